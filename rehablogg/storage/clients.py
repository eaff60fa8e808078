"""The client register: local labels stay on this machine, pseudonyms travel."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine, Row, text
from sqlmodel import Session

from rehablogg.core.pseudonym import random_pseudonym
from rehablogg.storage.clock import now_iso
from rehablogg.storage.schema import Client


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
    with Session(engine) as session:
        taken = {p for (p,) in session.connection().execute(text("SELECT pseudonym FROM client"))}
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


def get_client(engine: Engine, client_id: int) -> Client | None:
    with Session(engine) as session:
        client = session.get(Client, client_id)
        session.expunge_all()
        return client


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
    with engine.begin() as conn:
        conn.execute(text("UPDATE client SET active = :a WHERE id = :id"),
                     {"a": active, "id": client_id})
