"""The running timer lives in the database, so it survives closing or a crash of the app.

It is removed only when the entry it produced has been saved (``clear_timer``), so stopping
and then cancelling the form loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, text


@dataclass(frozen=True)
class RunningTimer:
    started_at: datetime
    code: str
    client_id: int | None
    note: str


def get_timer(engine: Engine) -> RunningTimer | None:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT started_at, code, client_id, note FROM timer WHERE id = 1")
        ).first()
    if row is None:
        return None
    return RunningTimer(datetime.fromisoformat(row[0]), str(row[1]), row[2], str(row[3]))


def start_timer(engine: Engine, started_at: datetime, code: str, client_id: int | None,
                note: str = "") -> RunningTimer:
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO timer (id, started_at, code, client_id, note) "
                 "VALUES (1, :s, :c, :k, :n) ON CONFLICT (id) DO UPDATE SET "
                 "started_at = excluded.started_at, code = excluded.code, "
                 "client_id = excluded.client_id, note = excluded.note"),
            {"s": started_at.isoformat(timespec="seconds"), "c": code, "k": client_id,
             "n": note},
        )
    return RunningTimer(started_at.replace(microsecond=0), code, client_id, note)


def clear_timer(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM timer WHERE id = 1"))
