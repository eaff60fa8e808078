"""The therapist's own absence days (holiday, sick leave, course): not working days."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, text

from rehablogg.storage.engine import writer


def absences(engine: Engine) -> dict[date, str]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT date, kind FROM absence"))
        return {date.fromisoformat(d): str(kind) for d, kind in rows}


def set_absence(engine: Engine, day: date, kind: str | None) -> None:
    """Mark ``day`` as absence of ``kind``, or clear it when ``kind`` is None."""
    with writer(engine).begin() as conn:
        conn.execute(text("DELETE FROM absence WHERE date = :d"), {"d": day.isoformat()})
        if kind is not None:
            conn.execute(text("INSERT INTO absence (date, kind) VALUES (:d, :k)"),
                         {"d": day.isoformat(), "k": kind})
