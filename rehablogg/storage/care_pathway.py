"""The care pathway as stored: episodes with their pauses, dated needs assessments, and what
is derived from the entries (the first direct contact of an episode, whether a client has
transition planning). The rules live in core/care_pathway.py; the model in plain words is
docs/care-pathway.md.

Storage knows no catalogue: which codes are direct is the caller's to say.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Row,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    true,
    update,
)

from rehablogg.core.care_pathway import NEED_KINDS, Episode, NeedsAssessment, Pause
from rehablogg.core.transitions import TRANSITION_CODE
from rehablogg.storage.clock import now_iso
from rehablogg.storage.engine import writer
from rehablogg.storage.tables_compiled import (
    CLIENT,
    ENTRY,
    ENTRY_CLIENT,
    EPISODE,
    EPISODE_PAUSE,
    NEEDS_ASSESSMENT,
)


@dataclass(frozen=True)
class StoredEpisode:
    """One episode as stored: its id (uuid4 hex), whose it is, and the episode itself."""

    id: str
    client_id: int
    episode: Episode


@dataclass(frozen=True)
class ReminderFacts:
    """What the transition reminders need to know about one active client with a birth year."""

    client_id: int
    label: str  # the local label, or the pseudonym when there is none
    birth_year: int
    has_transition_planning: bool  # an entry of TRANSITION_CODE names the client
    has_needs_assessment: bool


# -- episodes ----------------------------------------------------------------------------------


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: object) -> date | None:
    return None if text is None else date.fromisoformat(str(text))


def _episode_values(episode: Episode) -> dict[str, object]:
    return {
        "referral_date": episode.referral_date.isoformat(),
        "referral_source": episode.referral_source,
        "start_date": _iso(episode.start_date),
        "end_date": _iso(episode.end_date),
        "end_reason": episode.end_reason,
    }


def _insert_pauses(conn: Connection, episode_id: str, pauses: Iterable[Pause]) -> None:
    rows = [
        {
            "episode_id": episode_id,
            "start_date": p.start.isoformat(),
            "end_date": _iso(p.end),
            "kind": p.kind,
        }
        for p in pauses
    ]
    if rows:
        conn.execute(insert(EPISODE_PAUSE), rows)


def _client_exists(conn: Connection, client_id: int) -> bool:
    return conn.execute(select(CLIENT.c.id).where(CLIENT.c.id == client_id)).first() is not None


# Run inside the write transaction with the client's other episodes: the write lock is held
# from the start (BEGIN IMMEDIATE), so no other program can add an episode between the check of
# the one-at-a-time rule and the write. It refuses by raising; the transaction then rolls back.
OthersCheck = Callable[[Sequence[Episode]], None]


def _accept_all(_others: Sequence[Episode]) -> None:
    return None


def _others(conn: Connection, client_id: int, except_id: str | None) -> list[Episode]:
    theirs = _read_episodes(conn, EPISODE.c.client_id == client_id)
    return [s.episode for s in theirs if s.id != except_id]


def add_episode(
    engine: Engine, client_id: int, episode: Episode, *, check: OthersCheck = _accept_all
) -> str:
    """Store a new episode with its pauses in one transaction and return its id; KeyError for
    an unknown client. ``check`` gets the client's episodes (see OthersCheck)."""
    episode_id = uuid.uuid4().hex
    stamp = now_iso()
    with writer(engine).begin() as conn:
        if not _client_exists(conn, client_id):
            raise KeyError(client_id)
        check(_others(conn, client_id, None))
        conn.execute(
            insert(EPISODE).values(
                id=episode_id,
                client_id=client_id,
                created_at=stamp,
                updated_at=stamp,
                **_episode_values(episode),
            )
        )
        _insert_pauses(conn, episode_id, episode.pauses)
    return episode_id


def update_episode(
    engine: Engine, episode_id: str, episode: Episode, *, check: OthersCheck = _accept_all
) -> None:
    """Replace the episode's dates, reasons and its whole pause list in one transaction;
    KeyError for an episode that is not there (deleted in another window, say). ``check``
    gets the client's other episodes (see OthersCheck)."""
    with writer(engine).begin() as conn:
        owner = conn.execute(
            select(EPISODE.c.client_id).where(EPISODE.c.id == episode_id)
        ).scalar_one_or_none()
        if owner is None:
            raise KeyError(episode_id)
        check(_others(conn, int(owner), episode_id))
        conn.execute(
            update(EPISODE)
            .where(EPISODE.c.id == episode_id)
            .values(updated_at=now_iso(), **_episode_values(episode))
        )
        conn.execute(delete(EPISODE_PAUSE).where(EPISODE_PAUSE.c.episode_id == episode_id))
        _insert_pauses(conn, episode_id, episode.pauses)


def delete_episode(engine: Engine, episode_id: str) -> None:
    """Delete the episode and its pauses (ON DELETE CASCADE); KeyError when it is not there.
    Entries are never touched: they are the therapist's time, not part of the episode."""
    with writer(engine).begin() as conn:
        gone = conn.execute(delete(EPISODE).where(EPISODE.c.id == episode_id))
        if gone.rowcount != 1:
            raise KeyError(episode_id)


def _pauses_by_episode(conn: Connection, episode_ids: Sequence[str]) -> dict[str, list[Pause]]:
    found: dict[str, list[Pause]] = {}
    if not episode_ids:
        return found
    p = EPISODE_PAUSE.c
    query = (
        select(p.episode_id, p.start_date, p.end_date, p.kind)
        .where(p.episode_id.in_(bindparam("ids", expanding=True)))
        .order_by(p.episode_id, p.start_date)
    )
    for episode_id, start, end, kind in conn.execute(query, {"ids": list(episode_ids)}):
        start_day = _day(start)
        assert start_day is not None  # NOT NULL in the schema
        found.setdefault(str(episode_id), []).append(Pause(start_day, _day(end), str(kind)))
    return found


def _stored(row: Row[tuple[object, ...]], pauses: Sequence[Pause]) -> StoredEpisode:
    referral = _day(row.referral_date)
    assert referral is not None  # NOT NULL in the schema
    episode = Episode(
        referral_date=referral,
        referral_source=str(row.referral_source),
        start_date=_day(row.start_date),
        end_date=_day(row.end_date),
        end_reason=None if row.end_reason is None else str(row.end_reason),
        pauses=tuple(pauses),
    )
    client_id = row.client_id
    assert isinstance(client_id, int)
    return StoredEpisode(str(row.id), client_id, episode)


def _read_episodes(conn: Connection, *where: ColumnElement[bool]) -> list[StoredEpisode]:
    e = EPISODE.c
    query = (
        select(e.id, e.client_id, e.referral_date, e.referral_source, e.start_date)
        .add_columns(e.end_date, e.end_reason)
        .where(*where)
        .order_by(e.client_id, e.referral_date, e.id)
    )
    rows = conn.execute(query).all()
    pauses = _pauses_by_episode(conn, [str(r.id) for r in rows])
    return [_stored(r, pauses.get(str(r.id), [])) for r in rows]


def get_episode(engine: Engine, episode_id: str) -> StoredEpisode | None:
    with engine.connect() as conn:
        found = _read_episodes(conn, EPISODE.c.id == episode_id)
    return found[0] if found else None


def client_episodes(engine: Engine, client_id: int) -> list[StoredEpisode]:
    """The client's episodes, oldest referral first."""
    with engine.connect() as conn:
        return _read_episodes(conn, EPISODE.c.client_id == client_id)


def episodes_active_in(engine: Engine, first: date, last: date) -> list[StoredEpisode]:
    """Every episode with a day between ``first`` and ``last`` (referral on or before ``last``,
    and no end or an end on or after ``first``): an export period's episodes."""
    e = EPISODE.c
    with engine.connect() as conn:
        return _read_episodes(
            conn,
            e.referral_date <= last.isoformat(),
            or_(e.end_date.is_(None), e.end_date >= first.isoformat()),
        )


def first_direct_contacts(
    engine: Engine, episode_ids: Sequence[str], direct_codes: Collection[str]
) -> dict[str, date]:
    """For each of ``episode_ids`` that has one: the date of the first entry of a direct code
    naming the episode's client, on or after the referral and not after the episode's end.
    Episodes without such an entry are left out. Dates are ISO text, so they compare as dates."""
    if not episode_ids or not direct_codes:
        return {}
    ep, ec, en = EPISODE.c, ENTRY_CLIENT.c, ENTRY.c
    query = (
        select(ep.id, func.min(en.date))
        .select_from(EPISODE)
        .join(ENTRY_CLIENT, ec.client_id == ep.client_id)
        .join(
            ENTRY,
            and_(
                en.id == ec.entry_id,
                en.date >= ep.referral_date,
                or_(ep.end_date.is_(None), en.date <= ep.end_date),
                en.code.in_(bindparam("codes", expanding=True)),
            ),
        )
        .where(ep.id.in_(bindparam("ids", expanding=True)))
        .group_by(ep.id)
    )
    params = {"ids": list(episode_ids), "codes": sorted(direct_codes)}
    with engine.connect() as conn:
        rows = conn.execute(query, params).all()
    return {str(episode_id): date.fromisoformat(str(first)) for episode_id, first in rows}


# -- needs assessments -------------------------------------------------------------------------


class NeedsDateTakenError(ValueError):
    """The client already has another assessment dated ``day``: one a day is the key, and
    replacing it unasked would lose what was recorded there."""

    def __init__(self, day: date) -> None:
        super().__init__(day.isoformat())
        self.day = day


def save_needs(
    engine: Engine, client_id: int, assessment: NeedsAssessment, *, replaces: date | None = None
) -> None:
    """Store the assessment in one transaction. A new one (``replaces`` None) on a date the
    client already has is refused; a change names the date it had (``replaces``): that one is
    replaced, and moved when the date changed, unless the new date is another's. Refused with
    NeedsDateTakenError, or KeyError for an unknown client (``KeyError(client_id)``) or a
    ``replaces`` that is not there (``KeyError((client_id, replaces))``); nothing is written
    then. The caller has checked the assessment (core.care_pathway.needs_problem)."""
    n = NEEDS_ASSESSMENT.c
    day = assessment.assessed_on.isoformat()
    with writer(engine).begin() as conn:
        if not _client_exists(conn, client_id):
            raise KeyError(client_id)
        if replaces is not None:
            # Deleted first, in the same transaction: a failure on the insert rolls it back.
            gone = conn.execute(
                delete(NEEDS_ASSESSMENT).where(
                    n.client_id == client_id, n.assessed_on == replaces.isoformat()
                )
            )
            if gone.rowcount != 1:
                raise KeyError((client_id, replaces))
        taken = conn.execute(
            select(n.assessed_on).where(n.client_id == client_id, n.assessed_on == day)
        ).first()
        if taken is not None:
            raise NeedsDateTakenError(assessment.assessed_on)
        levels = {kind: assessment.level(kind) for kind in NEED_KINDS}
        conn.execute(
            insert(NEEDS_ASSESSMENT).values(client_id=client_id, assessed_on=day, **levels)
        )


def delete_needs(engine: Engine, client_id: int, assessed_on: date) -> None:
    """Delete the client's assessment of that day; KeyError when there is none."""
    n = NEEDS_ASSESSMENT.c
    with writer(engine).begin() as conn:
        gone = conn.execute(
            delete(NEEDS_ASSESSMENT).where(
                n.client_id == client_id, n.assessed_on == assessed_on.isoformat()
            )
        )
        if gone.rowcount != 1:
            raise KeyError((client_id, assessed_on))


def client_needs(engine: Engine, client_id: int) -> list[NeedsAssessment]:
    """The client's needs assessments, newest first."""
    n = NEEDS_ASSESSMENT.c
    kinds = [n[kind] for kind in NEED_KINDS]
    query = (
        select(n.assessed_on, *kinds).where(n.client_id == client_id).order_by(n.assessed_on.desc())
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [
        NeedsAssessment(
            date.fromisoformat(str(row[0])),
            {kind: str(level) for kind, level in zip(NEED_KINDS, row[1:], strict=True)},
        )
        for row in rows
    ]


# -- reminders ---------------------------------------------------------------------------------


def reminder_facts(engine: Engine, client_id: int | None = None) -> list[ReminderFacts]:
    """Every active client with a birth year (or only ``client_id``), with whether transition
    planning (an entry of TRANSITION_CODE naming them) or a needs assessment is recorded, in
    label order."""
    c, ec, en, n = CLIENT.c, ENTRY_CLIENT.c, ENTRY.c, NEEDS_ASSESSMENT.c
    planning = exists(
        select(1)
        .select_from(ENTRY_CLIENT)
        .join(ENTRY, en.id == ec.entry_id)
        .where(ec.client_id == c.id, en.code == TRANSITION_CODE)
    )
    assessed = exists(select(1).select_from(NEEDS_ASSESSMENT).where(n.client_id == c.id))
    query = (
        select(
            c.id,
            func.coalesce(c.label, c.pseudonym),
            c.birth_year,
            planning.label("planning"),
            assessed.label("assessed"),
        )
        .where(c.active == true(), c.erased_at.is_(None), c.birth_year.is_not(None))
        .order_by(func.coalesce(c.label, c.pseudonym).collate("NOCASE"), c.id)
    )
    if client_id is not None:
        query = query.where(c.id == client_id)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [
        ReminderFacts(int(i), str(label), int(year), bool(planned), bool(has_needs))
        for i, label, year, planned, has_needs in rows
    ]
