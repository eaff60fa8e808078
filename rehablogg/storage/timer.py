"""The running timer lives in the database, so it survives closing or a crash of the app.

It is removed only when the entry it produced has been saved (``clear_timer``), or when the
user discards it, so stopping and then cancelling the form loses nothing. Stopping records the
moment (``stop_timer``): a stopped timer offered again later gives the same minutes, not the
minutes up to the new offer.

The contact mode and arena chosen in the form when the timer started, and the stop, have no
column in schema 1's ``timer`` table; they are kept under one settings key in the same
transaction, tied to the timer's start so a value left from an earlier timer is never applied.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update
from sqlalchemy.dialects.sqlite import insert

from rehablogg.core.free_text import NOTE
from rehablogg.storage.engine import writer
from rehablogg.storage.free_text import refuse_identity_numbers
from rehablogg.storage.settings import read_setting, write_setting
from rehablogg.storage.tables_compiled import SETTINGS, TIMER

STATE_KEY = "timer_state"


@dataclass(frozen=True)
class RunningTimer:
    started_at: datetime
    code: str
    client_id: int | None
    note: str
    contact_mode: str | None = None
    arena: str | None = None
    stopped_at: datetime | None = None

    @property
    def running(self) -> bool:
        return self.stopped_at is None


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def _state(conn: Connection, started_at: str) -> dict[str, Any]:
    stored = read_setting(conn, STATE_KEY)
    state = json.loads(stored) if stored is not None else None
    if not isinstance(state, dict) or state.get("started_at") != started_at:
        return {}  # none, or left from an earlier timer
    return state


def _write_state(conn: Connection, state: dict[str, Any]) -> None:
    write_setting(conn, STATE_KEY, state)


def get_timer(engine: Engine) -> RunningTimer | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(TIMER.c.started_at, TIMER.c.code, TIMER.c.client_id, TIMER.c.note).where(
                TIMER.c.id == 1
            )
        ).first()
        if row is None:
            return None
        state = _state(conn, str(row[0]))
    stopped = state.get("stopped_at")
    return RunningTimer(
        datetime.fromisoformat(row[0]),
        str(row[1]),
        row[2],
        str(row[3]),
        contact_mode=state.get("contact_mode") or None,
        arena=state.get("arena") or None,
        stopped_at=datetime.fromisoformat(stopped) if stopped else None,
    )


def start_timer(
    engine: Engine,
    started_at: datetime,
    code: str,
    client_id: int | None,
    note: str = "",
    *,
    contact_mode: str | None = None,
    arena: str | None = None,
) -> RunningTimer:
    refuse_identity_numbers(NOTE, note)
    started = _iso(started_at)
    with writer(engine).begin() as conn:
        values = {"started_at": started, "code": code, "client_id": client_id, "note": note}
        conn.execute(
            insert(TIMER)
            .values(id=1, **values)
            .on_conflict_do_update(index_elements=[TIMER.c.id], set_=values)
        )
        _write_state(
            conn,
            {
                "started_at": started,
                "contact_mode": contact_mode,
                "arena": arena,
                "stopped_at": None,
            },
        )
    return RunningTimer(
        started_at.replace(microsecond=0), code, client_id, note, contact_mode, arena
    )


def stop_timer(
    engine: Engine, stopped_at: datetime, *, rest_from: datetime | None = None
) -> RunningTimer | None:
    """Record when the timer stopped; ``rest_from`` moves its start there when the part
    before it was saved separately (a forgotten timer split in two). None when no timer."""
    with writer(engine).begin() as conn:
        row = conn.execute(select(TIMER.c.started_at).where(TIMER.c.id == 1)).first()
        if row is None:
            return None
        state = _state(conn, str(row[0]))
        if rest_from is not None:
            conn.execute(update(TIMER).where(TIMER.c.id == 1).values(started_at=_iso(rest_from)))
        _write_state(
            conn,
            {
                "started_at": _iso(rest_from) if rest_from is not None else str(row[0]),
                "contact_mode": state.get("contact_mode"),
                "arena": state.get("arena"),
                "stopped_at": _iso(stopped_at),
            },
        )
    return get_timer(engine)


def clear_timer(engine: Engine) -> None:
    with writer(engine).begin() as conn:
        conn.execute(delete(TIMER).where(TIMER.c.id == 1))
        conn.execute(delete(SETTINGS).where(SETTINGS.c.key == STATE_KEY))
