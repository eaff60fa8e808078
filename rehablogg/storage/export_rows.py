"""The rows an export needs, read as plain rows inside the caller's transaction.

Client labels are never selected here: the export must not be able to leak what it never
read. Notes are read because the user may choose to include them; the exchange layer drops
them otherwise. Entries come in a fixed order (date, timed before untimed, start time, when
they were created, id), so exporting an unchanged month twice gives the same rows in the same
order, which is what makes its checksum and export id stable.

The statements are SQLAlchemy Core on the table classes (``schema.py``, compiled to
``tables_compiled.py``). ``ExportEntry`` is the compiled ``EntryRow`` (every column of the entry
table, by name) plus its links, so a new entry column reaches the export with no edit here; a
field of ``ExportClient`` is the client column of that name.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, Integer, Select, and_, func, or_, select, type_coerce, union

from rehablogg.storage.column_types import Flag
from rehablogg.storage.queries import in_span, reading_order
from rehablogg.storage.tables_compiled import (
    AUDIT,
    CLIENT,
    ENTRY,
    ENTRY_CLIENT,
    ENTRY_PARTY,
    EPISODE,
    EPISODE_PAUSE,
    NEEDS_ASSESSMENT,
    SUBMISSION,
    EntryRow,
)


class ExportClient(NamedTuple):
    pseudonym: str
    birth_year: int | None
    service: str
    has_ip: int
    has_coordinator: int
    has_child_coordinator: int
    therapist_is_coordinator: int
    # '' is the therapist's own municipality (the export writes the profile's kommunenr).
    home_municipality: str = ""
    arrangement: str = "egen"


@dataclass(kw_only=True)
class ExportEntry(EntryRow):
    """An entry as an export reads it: every column of ``entry`` (``date`` is ISO yyyy-mm-dd,
    ``start_time`` HH:MM, as stored) with its parties and its clients."""

    parties: tuple[str, ...] = ()
    clients: tuple[ExportClient, ...] = ()


_ENTRY_COLUMNS = tuple(ENTRY.c.keys())
_ENTRIES: Select[Any] = select(ENTRY).where(in_span(ENTRY)).order_by(*reading_order(ENTRY))

# Yes/no columns as the 0/1 the file writes (the table class reads them as bool).
_CLIENT_COLUMNS = tuple(
    type_coerce(CLIENT.c[name], Integer)
    if isinstance(CLIENT.c[name].type, Flag)
    else CLIENT.c[name]
    for name in ExportClient._fields
)

# Participants in pseudonym order: stable whatever order the user picked them in.
_CLIENTS: Select[Any] = (
    select(ENTRY_CLIENT.c.entry_id, *_CLIENT_COLUMNS)
    .select_from(ENTRY.join(ENTRY_CLIENT).join(CLIENT))
    .where(in_span(ENTRY))
    .order_by(ENTRY_CLIENT.c.entry_id, CLIENT.c.pseudonym)
)

_PARTIES: Select[Any] = (
    select(ENTRY_PARTY.c.entry_id, ENTRY_PARTY.c.party)
    .select_from(ENTRY.join(ENTRY_PARTY))
    .where(in_span(ENTRY))
)


def read_export_entries(conn: Connection, start: date, end: date) -> list[ExportEntry]:
    """Every entry from ``start`` to ``end`` inclusive with its clients and parties.

    Run it inside one transaction (the caller's) so entries, clients and parties come from
    the same snapshot of the database.
    """
    span = {"start": start.isoformat(), "end": end.isoformat()}
    clients: dict[str, list[ExportClient]] = {}
    for entry_id, *client in conn.execute(_CLIENTS, span):
        clients.setdefault(entry_id, []).append(ExportClient._make(client))
    parties: dict[str, list[str]] = {}
    for entry_id, party in conn.execute(_PARTIES, span):
        parties.setdefault(entry_id, []).append(party)
    no_clients: tuple[ExportClient, ...] = ()
    no_parties: tuple[str, ...] = ()
    found = []
    for row in conn.execute(_ENTRIES, span):
        columns = dict(zip(_ENTRY_COLUMNS, row, strict=True))
        entry_id = columns["id"]
        found.append(
            ExportEntry(
                **columns,
                parties=tuple(parties[entry_id]) if entry_id in parties else no_parties,
                clients=tuple(clients[entry_id]) if entry_id in clients else no_clients,
            )
        )
    return found


# -- The care pathway (format 1.1): episodes, pauses, needs, and a correction's changes -------


class ExportPause(NamedTuple):
    start: str  # ISO dates, as stored
    end: str | None
    kind: str


@dataclass(frozen=True)
class ExportEpisode:
    """An episode active in the period, with its client's pseudonym and home, its pauses and
    its first direct contact (computed, never stored: docs/export-format.md, "Forløp")."""

    id: str
    pseudonym: str
    referral_date: str
    referral_source: str
    start_date: str | None
    end_date: str | None
    end_reason: str | None
    first_direct: str | None
    home_municipality: str
    arrangement: str
    pauses: tuple[ExportPause, ...] = ()


class ExportNeeds(NamedTuple):
    """A client's newest needs assessment on or before the period's end."""

    pseudonym: str
    birth_year: int | None
    home_municipality: str
    assessed_on: str
    barnehage_skole: str
    bolig: str
    hjelpemidler: str
    transport: str
    ip_koordinator: str


@dataclass(frozen=True)
class ExportChange:
    """What happened to one entry since a submission, from the audit trail: the entry as it
    was in the submission (None: it did not exist) and as it is now (None: deleted), each the
    audit trail's columns by name with ``clients`` as pseudonyms, and the reasons given."""

    entry_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reasons: tuple[str, ...]


def read_export_episodes(
    conn: Connection, start: date, end: date, direct_codes: Collection[str]
) -> list[ExportEpisode]:
    """Every episode active from ``start`` to ``end`` (referral on or before ``end``, no end or
    an end on or after ``start``), in pseudonym and referral order, with its pauses and first
    direct contact: the first entry of one of ``direct_codes`` naming the client on or after
    the referral, not after the episode's end nor after ``end``. Computed here in SQL, so the
    export needs no earlier month's entries."""
    e, c = EPISODE.c, CLIENT.c
    first = (
        select(func.min(ENTRY.c.date))
        .select_from(ENTRY.join(ENTRY_CLIENT))
        .where(
            ENTRY_CLIENT.c.client_id == e.client_id,
            ENTRY.c.code.in_(sorted(direct_codes)),
            ENTRY.c.date >= e.referral_date,
            ENTRY.c.date <= end.isoformat(),
            or_(e.end_date.is_(None), ENTRY.c.date <= e.end_date),
        )
        .scalar_subquery()
    )
    rows = conn.execute(
        select(
            e.id,
            c.pseudonym,
            e.referral_date,
            e.referral_source,
            e.start_date,
            e.end_date,
            e.end_reason,
            first,
            c.home_municipality,
            c.arrangement,
        )
        .select_from(EPISODE.join(CLIENT))
        .where(
            e.referral_date <= end.isoformat(),
            or_(e.end_date.is_(None), e.end_date >= start.isoformat()),
        )
        .order_by(c.pseudonym, e.referral_date, e.id)
    ).all()
    pauses: dict[str, list[ExportPause]] = {}
    if rows:
        found = conn.execute(
            select(
                EPISODE_PAUSE.c.episode_id,
                EPISODE_PAUSE.c.start_date,
                EPISODE_PAUSE.c.end_date,
                EPISODE_PAUSE.c.kind,
            )
            .where(EPISODE_PAUSE.c.episode_id.in_([r[0] for r in rows]))
            .order_by(EPISODE_PAUSE.c.episode_id, EPISODE_PAUSE.c.start_date)
        )
        for episode_id, *pause in found:
            pauses.setdefault(episode_id, []).append(ExportPause._make(pause))
    return [ExportEpisode(*row[:10], tuple(pauses.get(row[0], ()))) for row in rows]


def read_export_needs(conn: Connection, start: date, end: date) -> list[ExportNeeds]:
    """The newest needs assessment on or before ``end`` of every client on the file: named by
    an entry from ``start`` to ``end`` or with an episode active then; in pseudonym order."""
    span = {"start": start.isoformat(), "end": end.isoformat()}
    e = EPISODE.c
    on_file = union(
        select(ENTRY_CLIENT.c.client_id)
        .select_from(ENTRY.join(ENTRY_CLIENT))
        .where(in_span(ENTRY)),
        select(e.client_id).where(
            e.referral_date <= span["end"],
            or_(e.end_date.is_(None), e.end_date >= span["start"]),
        ),
    ).subquery()
    n, c = NEEDS_ASSESSMENT.c, CLIENT.c
    newest = (
        select(n.client_id, func.max(n.assessed_on).label("assessed_on"))
        .where(n.assessed_on <= span["end"], n.client_id.in_(select(on_file.c.client_id)))
        .group_by(n.client_id)
        .subquery()
    )
    rows = conn.execute(
        select(
            c.pseudonym,
            c.birth_year,
            c.home_municipality,
            n.assessed_on,
            n.barnehage_skole,
            n.bolig,
            n.hjelpemidler,
            n.transport,
            n.ip_koordinator,
        )
        .select_from(
            NEEDS_ASSESSMENT.join(
                newest,
                and_(n.client_id == newest.c.client_id, n.assessed_on == newest.c.assessed_on),
            ).join(CLIENT, c.id == n.client_id)
        )
        .order_by(c.pseudonym),
        span,
    ).all()
    return [ExportNeeds._make(row) for row in rows]


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def read_export_changes(conn: Connection, month: str, since_export_id: str) -> list[ExportChange]:
    """What changed in ``month`` since the submission ``since_export_id`` was made (none when
    it is "" or unknown): per entry, from the first audit row at or after that moment to the
    last, in the order the entries were first changed. An entry created and deleted again, or
    changed back to what it was, is left out. Times are compared to the second (as stored)."""
    if not since_export_id:
        return []
    made = conn.execute(
        select(SUBMISSION.c.created_at).where(SUBMISSION.c.export_id == since_export_id)
    ).scalar()
    since = _moment(made) if isinstance(made, str) else None
    if since is None:
        return []
    a = AUDIT.c
    rows = conn.execute(
        select(a.at, a.entry_id, a.reason, a.before_json, a.after_json)
        .where(a.month == month)
        .order_by(a.at, a.id)
    ).all()
    first: dict[str, dict[str, Any] | None] = {}
    last: dict[str, dict[str, Any] | None] = {}
    reasons: dict[str, list[str]] = {}
    for at, entry_id, reason, before, after in rows:
        moment = _moment(at)
        if moment is None or _comparable(moment, since) < since:
            continue
        if entry_id not in first:
            first[entry_id] = _loaded(before)
            reasons[entry_id] = []
        last[entry_id] = _loaded(after)
        if reason and reason not in reasons[entry_id]:
            reasons[entry_id].append(reason)
    pseudonyms = _pseudonyms(conn, [*first.values(), *last.values()])
    changes = []
    for entry_id, before in first.items():
        after = last[entry_id]
        if before == after:
            continue
        changes.append(
            ExportChange(
                entry_id,
                _with_pseudonyms(before, pseudonyms),
                _with_pseudonyms(after, pseudonyms),
                tuple(reasons[entry_id]),
            )
        )
    return changes


def _comparable(moment: datetime, since: datetime) -> datetime:
    """``moment`` comparable with ``since`` (a naive time is taken in ``since``'s offset)."""
    if (moment.tzinfo is None) != (since.tzinfo is None):
        return moment.replace(tzinfo=since.tzinfo)
    return moment


def _loaded(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else None


def _pseudonyms(conn: Connection, drafts: list[dict[str, Any] | None]) -> dict[int, str]:
    ids = {int(i) for d in drafts if d for i in d.get("client_ids", ()) if isinstance(i, int)}
    if not ids:
        return {}
    found = conn.execute(select(CLIENT.c.id, CLIENT.c.pseudonym).where(CLIENT.c.id.in_(ids)))
    return {int(i): str(p) for i, p in found}


def _with_pseudonyms(
    draft: dict[str, Any] | None, pseudonyms: dict[int, str]
) -> dict[str, Any] | None:
    """The audit trail's entry with its client ids as the pseudonyms the file shows (an id of
    a client erased since shows as empty)."""
    if draft is None:
        return None
    out = {k: v for k, v in draft.items() if k != "client_ids"}
    out["clients"] = sorted(pseudonyms.get(i, "") for i in draft.get("client_ids", ()))
    return out
