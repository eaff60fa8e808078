"""The therapist's own absence days (holiday, sick leave, course): not working days."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, delete, insert, select

from rehablogg.storage.engine import writer
from rehablogg.storage.tables_compiled import ABSENCE


def absences(engine: Engine) -> dict[date, str]:
    with engine.connect() as conn:
        rows = conn.execute(select(ABSENCE.c.date, ABSENCE.c.kind))
        return {date.fromisoformat(d): str(kind) for d, kind in rows}


def set_absence(engine: Engine, day: date, kind: str | None) -> None:
    """Mark ``day`` as absence of ``kind``, or clear it when ``kind`` is None."""
    with writer(engine).begin() as conn:
        conn.execute(delete(ABSENCE).where(ABSENCE.c.date == day.isoformat()))
        if kind is not None:
            conn.execute(insert(ABSENCE).values(date=day.isoformat(), kind=kind))
