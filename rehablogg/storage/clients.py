"""The client register: local labels stay on this machine, pseudonyms travel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Row,
    Select,
    bindparam,
    func,
    insert,
    or_,
    select,
    true,
    update,
)

from rehablogg.core.care_pathway import ARRANGEMENTS, OWN_ARRANGEMENT
from rehablogg.core.free_text import LABEL
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.municipalities import municipalities
from rehablogg.core.pseudonym import random_pseudonym
from rehablogg.storage.clock import now_iso
from rehablogg.storage.engine import writer
from rehablogg.storage.errors import StorageError
from rehablogg.storage.free_text import refuse_identity_numbers
from rehablogg.storage.tables_compiled import CLIENT, ENTRY, ENTRY_CLIENT, ClientRow

ClientData = ClientRow  # one client as read (a dataclass of the Client table class)
CLIENT_COLUMNS = tuple(c.name for c in CLIENT.columns)
_SELECT_CLIENT = select(CLIENT).where(CLIENT.c.id == bindparam("id"))


PSEUDONYM_TAKEN = QT_TRANSLATE_NOOP(
    "clients", "Brukeren med pseudonymet {pseudonym} finnes allerede i brukerregisteret."
)


UNKNOWN_HOME_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "clients",
    "Bostedskommunen «{number}» finnes ikke i kommunelisten for 2024; velg en kommune fra "
    "listen, eller la feltet stå tomt når brukeren bor i din egen kommune.",
)
UNKNOWN_ARRANGEMENT = QT_TRANSLATE_NOOP(
    "clients",
    "Tjenesteformen «{value}» er ukjent; velg egen kommune, interkommunalt samarbeid eller kjøp.",
)


class PseudonymTakenError(StorageError):
    """A client with this (linked) pseudonym is already registered."""


class ClientFieldError(StorageError):
    """A client field holds a value the register cannot take; ``field`` names it, so the
    window can show the sentence beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _refuse_pathway_fields(changes: dict[str, object]) -> None:
    """Home municipality: '' (the therapist's own) or a kommunenr of the shipped 2024 list;
    arrangement: one of ARRANGEMENTS (docs/care-pathway.md)."""
    if "home_municipality" in changes:
        number = changes["home_municipality"]
        if number != "" and (not isinstance(number, str) or number not in municipalities()):
            raise ClientFieldError(
                "home_municipality", UNKNOWN_HOME_MUNICIPALITY.format(number=number)
            )
    if "arrangement" in changes and changes["arrangement"] not in ARRANGEMENTS:
        raise ClientFieldError(
            "arrangement", UNKNOWN_ARRANGEMENT.format(value=changes["arrangement"])
        )


def add_client(
    engine: Engine,
    label: str,
    *,
    birth_year: int | None = None,
    service: str = "habilitering",
    has_ip: bool = False,
    has_coordinator: bool = False,
    has_child_coordinator: bool = False,
    therapist_is_coordinator: bool = False,
    home_municipality: str = "",
    arrangement: str = OWN_ARRANGEMENT,
    pseudonym: str | None = None,
) -> int:
    refuse_identity_numbers(LABEL, label)
    _refuse_pathway_fields({"home_municipality": home_municipality, "arrangement": arrangement})
    with writer(engine).begin() as conn:
        taken = set(conn.execute(select(CLIENT.c.pseudonym)).scalars())
        if pseudonym is not None and pseudonym in taken:
            # A given (linked) pseudonym names one person: a second client with it would be a
            # double registration, and a random one instead would silently break the link.
            raise PseudonymTakenError(PSEUDONYM_TAKEN.format(pseudonym=pseudonym))
        chosen = pseudonym or random_pseudonym()
        while chosen in taken:  # 30 bits make a clash rare, but a clash must never merge people
            chosen = random_pseudonym()
        added = conn.execute(
            insert(CLIENT).values(
                label=label.strip(),
                pseudonym=chosen,
                birth_year=birth_year,
                service=service,
                has_ip=has_ip,
                has_coordinator=has_coordinator,
                has_child_coordinator=has_child_coordinator,
                therapist_is_coordinator=therapist_is_coordinator,
                home_municipality=home_municipality,
                arrangement=arrangement,
                created_at=now_iso(),
            )
        )
        new_id = added.inserted_primary_key[0] if added.inserted_primary_key else None
        assert isinstance(new_id, int)
        return new_id


def get_client(engine: Engine, client_id: int) -> ClientData | None:
    with engine.connect() as conn:
        row = conn.execute(_SELECT_CLIENT, {"id": client_id}).first()
    return None if row is None else ClientData(**row._mapping)


def _rows(engine: Engine, query: Select[Any]) -> Sequence[Row[tuple[object, ...]]]:
    with engine.connect() as conn:
        return conn.execute(query).all()


def _matching(search: str, *, include_closed: bool) -> list[ColumnElement[bool]]:
    """A register search: the label or pseudonym contains ``search``; active clients only
    unless closed ones are asked for."""
    where: list[ColumnElement[bool]] = []
    if not include_closed:
        where.append(CLIENT.c.active == true())
    if search:
        like = f"%{search}%"
        where.append(or_(CLIENT.c.label.like(like), CLIENT.c.pseudonym.like(like)))
    return where


def list_clients(
    engine: Engine, search: str = "", *, include_closed: bool = False
) -> Sequence[Row[tuple[object, ...]]]:
    """``(id, label, pseudonym, birth_year, service, active)`` rows matching ``search``."""
    c = CLIENT.c
    query = (
        select(c.id, c.label, c.pseudonym, c.birth_year, c.service, c.active)
        .where(*_matching(search.strip(), include_closed=include_closed))
        .order_by(c.active.desc(), c.label.collate("NOCASE"))
    )
    return _rows(engine, query)


def search_clients(
    engine: Engine, search: str, limit: int = 50
) -> Sequence[Row[tuple[object, ...]]]:
    """Active clients for a picker: ``(id, label, pseudonym, birth_year)``, names that start
    with the search first, then names that contain it."""
    q = search.strip()
    c = CLIENT.c
    query = (
        select(c.id, c.label, c.pseudonym, c.birth_year)
        .where(c.active == true(), c.erased_at.is_(None))
        .order_by(c.label.like(f"{q}%").desc(), c.label.collate("NOCASE"))
        .limit(limit)
    )
    if q:
        query = query.where(c.label.like(f"%{q}%"))
    return _rows(engine, query)


def client_labels(engine: Engine, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = select(CLIENT.c.id, func.coalesce(CLIENT.c.label, CLIENT.c.pseudonym)).where(
        CLIENT.c.id.in_([int(i) for i in ids])
    )
    with engine.connect() as conn:
        return {int(i): str(label) for i, label in conn.execute(query)}


def set_active(engine: Engine, client_id: int, active: bool) -> None:
    with writer(engine).begin() as conn:
        conn.execute(update(CLIENT).where(CLIENT.c.id == client_id).values(active=active))


CLIENT_FIELDS = frozenset(
    {
        "label",
        "birth_year",
        "service",
        "has_ip",
        "has_coordinator",
        "has_child_coordinator",
        "therapist_is_coordinator",
        "active",
        "home_municipality",
        "arrangement",
    }
)


def update_client(engine: Engine, client_id: int, **changes: object) -> None:
    unknown = set(changes) - CLIENT_FIELDS
    if unknown:
        raise TypeError(f"unknown client fields: {sorted(unknown)}")
    label = changes.get("label")
    refuse_identity_numbers(LABEL, label if isinstance(label, str) else None)
    _refuse_pathway_fields(changes)
    with writer(engine).begin() as conn:
        found = conn.execute(select(CLIENT.c.id).where(CLIENT.c.id == client_id)).first()
        if found is None:
            raise KeyError(client_id)
        if changes:
            conn.execute(update(CLIENT).where(CLIENT.c.id == client_id).values(changes))


def register_rows(
    engine: Engine, search: str = "", *, include_closed: bool = False
) -> Sequence[Row[tuple[object, ...]]]:
    """Every column the client register shows, with the number of entries per client."""
    c = CLIENT.c
    entries = (
        select(func.count()).where(ENTRY_CLIENT.c.client_id == c.id).scalar_subquery().label("n")
    )
    shown = [column for column in CLIENT.columns if column.name != "created_at"]
    query = (
        select(*shown, entries)
        .where(*_matching(search.strip(), include_closed=include_closed))
        .order_by(c.active.desc(), c.erased_at.is_not(None), c.label.collate("NOCASE"), c.pseudonym)
    )
    return _rows(engine, query)


def client_month_totals(engine: Engine, client_id: int) -> list[tuple[str, str, int, int]]:
    """``(YYYY-MM, code, entries, minutes)`` for one client, newest month first."""
    month = func.substr(ENTRY.c.date, 1, 7).label("month")
    query = (
        select(month, ENTRY.c.code, func.count(), func.sum(ENTRY.c.minutes))
        .join(ENTRY_CLIENT, ENTRY_CLIENT.c.entry_id == ENTRY.c.id)
        .where(ENTRY_CLIENT.c.client_id == client_id)
        .group_by(month, ENTRY.c.code)
        .order_by(month.desc(), ENTRY.c.code)
    )
    with engine.connect() as conn:
        return [(str(m), str(c), int(n), int(s)) for m, c, n, s in conn.execute(query)]


def client_entries(
    engine: Engine, client_id: int, *, limit: int = -1, offset: int = 0
) -> Sequence[Row[tuple[object, ...]]]:
    """``(id, date, start_time, minutes, code, note)`` of the client's entries, newest first."""
    e = ENTRY.c
    query = (
        select(e.id, e.date, e.start_time, e.minutes, e.code, e.note)
        .join(ENTRY_CLIENT, ENTRY_CLIENT.c.entry_id == e.id)
        .where(ENTRY_CLIENT.c.client_id == client_id)
        .order_by(e.date.desc(), e.start_time.desc())
        .limit(limit)
        .offset(offset)
    )
    return _rows(engine, query)
