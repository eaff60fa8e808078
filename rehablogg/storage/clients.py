"""The client register: local labels stay on this machine, pseudonyms travel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from sqlalchemy import Engine, Row, text

from rehablogg.core.free_text import LABEL
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.pseudonym import random_pseudonym
from rehablogg.storage.clock import now_iso
from rehablogg.storage.engine import writer
from rehablogg.storage.errors import StorageError
from rehablogg.storage.free_text import refuse_identity_numbers


@dataclass(frozen=True)
class ClientData:
    """One client as read (plain SQL, so reading needs no SQLModel import at start-up)."""

    id: int
    label: str | None
    pseudonym: str
    birth_year: int | None
    service: str
    has_ip: bool
    has_coordinator: bool
    has_child_coordinator: bool
    therapist_is_coordinator: bool
    active: bool
    erased_at: str | None
    created_at: str


CLIENT_COLUMNS = tuple(f.name for f in fields(ClientData))
_BOOLS = ("has_ip", "has_coordinator", "has_child_coordinator", "therapist_is_coordinator",
          "active")
_SELECT_CLIENT = text(f"SELECT {', '.join(CLIENT_COLUMNS)} FROM client WHERE id = :id")


PSEUDONYM_TAKEN = QT_TRANSLATE_NOOP(
    "clients", "Brukeren med pseudonymet {pseudonym} finnes allerede i brukerregisteret.")


class PseudonymTakenError(StorageError):
    """A client with this (linked) pseudonym is already registered."""


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
    pseudonym: str | None = None,
) -> int:
    from sqlmodel import Session

    from rehablogg.storage.schema import Client

    refuse_identity_numbers(LABEL, label)
    with Session(writer(engine)) as session:
        taken = {p for (p,) in session.connection().execute(text("SELECT pseudonym FROM client"))}
        if pseudonym is not None and pseudonym in taken:
            # A given (linked) pseudonym names one person: a second client with it would be a
            # double registration, and a random one instead would silently break the link.
            raise PseudonymTakenError(PSEUDONYM_TAKEN.format(pseudonym=pseudonym))
        chosen = pseudonym or random_pseudonym()
        while chosen in taken:  # 30 bits make a clash rare, but a clash must never merge people
            chosen = random_pseudonym()
        client = Client(
            label=label.strip(), pseudonym=chosen, birth_year=birth_year, service=service,
            has_ip=has_ip, has_coordinator=has_coordinator,
            has_child_coordinator=has_child_coordinator,
            therapist_is_coordinator=therapist_is_coordinator, created_at=now_iso(),
        )
        session.add(client)
        session.commit()
        assert client.id is not None
        return client.id


def get_client(engine: Engine, client_id: int) -> ClientData | None:
    with engine.connect() as conn:
        row = conn.execute(_SELECT_CLIENT, {"id": client_id}).first()
    if row is None:
        return None
    values = dict(row._mapping)
    for name in _BOOLS:
        values[name] = bool(values[name])
    return ClientData(**values)


def list_clients(engine: Engine, search: str = "", *, include_closed: bool = False
                 ) -> Sequence[Row[tuple[object, ...]]]:
    """``(id, label, pseudonym, birth_year, service, active)`` rows matching ``search``."""
    sql = (
        "SELECT id, label, pseudonym, birth_year, service, active FROM client "
        "WHERE (:all OR active = 1) AND (:q = '' OR label LIKE :like OR pseudonym LIKE :like) "
        "ORDER BY active DESC, label COLLATE NOCASE"
    )
    like = f"%{search.strip()}%"
    with engine.connect() as conn:
        return conn.execute(
            text(sql), {"all": include_closed, "q": search.strip(), "like": like}
        ).all()


def search_clients(engine: Engine, search: str, limit: int = 50
                   ) -> Sequence[Row[tuple[object, ...]]]:
    """Active clients for a picker: ``(id, label, pseudonym, birth_year)``, names that start
    with the search first, then names that contain it."""
    q = search.strip()
    sql = (
        "SELECT id, label, pseudonym, birth_year FROM client "
        "WHERE active = 1 AND erased_at IS NULL AND (:q = '' OR label LIKE :like) "
        "ORDER BY (label LIKE :prefix) DESC, label COLLATE NOCASE LIMIT :limit"
    )
    with engine.connect() as conn:
        return conn.execute(
            text(sql), {"q": q, "like": f"%{q}%", "prefix": f"{q}%", "limit": limit}
        ).all()


def client_labels(engine: Engine, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, coalesce(label, pseudonym) FROM client WHERE id IN "
                 f"({','.join(str(int(i)) for i in ids)})")
        )
        return {int(i): str(label) for i, label in rows}


def set_active(engine: Engine, client_id: int, active: bool) -> None:
    with writer(engine).begin() as conn:
        conn.execute(text("UPDATE client SET active = :a WHERE id = :id"),
                     {"a": active, "id": client_id})


CLIENT_FIELDS = frozenset({
    "label", "birth_year", "service", "has_ip", "has_coordinator", "has_child_coordinator",
    "therapist_is_coordinator", "active",
})


def update_client(engine: Engine, client_id: int, **changes: object) -> None:
    from sqlmodel import Session

    from rehablogg.storage.schema import Client

    unknown = set(changes) - CLIENT_FIELDS
    if unknown:
        raise TypeError(f"unknown client fields: {sorted(unknown)}")
    label = changes.get("label")
    refuse_identity_numbers(LABEL, label if isinstance(label, str) else None)
    with Session(writer(engine)) as session:
        client = session.get(Client, client_id)
        if client is None:
            raise KeyError(client_id)
        for name, value in changes.items():
            setattr(client, name, value)
        session.add(client)
        session.commit()


def register_rows(engine: Engine, search: str = "", *, include_closed: bool = False
                  ) -> Sequence[Row[tuple[object, ...]]]:
    """Every column the client register shows, with the number of entries per client."""
    q = search.strip()
    sql = (
        "SELECT c.id, c.label, c.pseudonym, c.birth_year, c.service, c.has_ip, "
        "c.has_coordinator, c.has_child_coordinator, c.therapist_is_coordinator, c.active, "
        "c.erased_at, (SELECT count(*) FROM entry_client ec WHERE ec.client_id = c.id) AS n "
        "FROM client c WHERE (:all OR c.active = 1) "
        "AND (:q = '' OR c.label LIKE :like OR c.pseudonym LIKE :like) "
        "ORDER BY c.active DESC, c.erased_at IS NOT NULL, c.label COLLATE NOCASE, c.pseudonym"
    )
    with engine.connect() as conn:
        return conn.execute(
            text(sql), {"all": include_closed, "q": q, "like": f"%{q}%"}
        ).all()


def client_month_totals(engine: Engine, client_id: int
                        ) -> list[tuple[str, str, int, int]]:
    """``(YYYY-MM, code, entries, minutes)`` for one client, newest month first."""
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT substr(e.date, 1, 7) AS month, e.code, count(*), sum(e.minutes) "
            "FROM entry e JOIN entry_client ec ON ec.entry_id = e.id "
            "WHERE ec.client_id = :id GROUP BY month, e.code ORDER BY month DESC, e.code"),
            {"id": client_id})
        return [(str(m), str(c), int(n), int(s)) for m, c, n, s in rows]


def client_entries(engine: Engine, client_id: int, *, limit: int = -1, offset: int = 0
                   ) -> Sequence[Row[tuple[object, ...]]]:
    """``(id, date, start_time, minutes, code, note)`` of the client's entries, newest first."""
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT e.id, e.date, e.start_time, e.minutes, e.code, e.note FROM entry e "
            "JOIN entry_client ec ON ec.entry_id = e.id WHERE ec.client_id = :id "
            "ORDER BY e.date DESC, e.start_time DESC LIMIT :limit OFFSET :offset"),
            {"id": client_id, "limit": limit, "offset": offset}).all()
