"""Reading the audit trail of submitted months, and what the completeness check needs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, text

from rehablogg.core.completeness import MonthEntry
from rehablogg.storage.entries import _get


@dataclass(frozen=True)
class AuditRow:
    at: str
    month: str
    entry_id: str
    action: str  # create, update or delete
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _json(value: str | None) -> dict[str, Any] | None:
    if not value:
        return None
    loaded = json.loads(value)
    return loaded if isinstance(loaded, dict) else None


def month_audit(engine: Engine, month: str) -> list[AuditRow]:
    """The month's audit rows, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT at, month, entry_id, action, reason, before_json, after_json "
                 "FROM audit WHERE month = :m ORDER BY at, id"),
            {"m": month},
        ).all()
    return [AuditRow(r[0], r[1], r[2], r[3], r[4], _json(r[5]), _json(r[6])) for r in rows]


def audited_months(engine: Engine) -> list[str]:
    """Months with at least one audit row, newest first."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT DISTINCT month FROM audit ORDER BY month DESC"))
        return [str(r[0]) for r in rows]


def month_entries(engine: Engine, start: date, end: date) -> list[MonthEntry]:
    """Every entry from ``start`` to ``end`` as the completeness check wants it."""
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(
            text("SELECT id FROM entry WHERE date BETWEEN :s AND :e ORDER BY date, start_time"),
            {"s": start.isoformat(), "e": end.isoformat()})]
        out = []
        for entry_id in ids:
            stored = _get(conn, entry_id)
            if stored is not None:
                out.append(MonthEntry(stored.id, stored.draft))
        return out


def clients_without_birth_year(engine: Engine) -> dict[int, str]:
    """``{client id: pseudonym}`` of clients with no birth year."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, pseudonym FROM client WHERE birth_year IS NULL"))
        return {int(r[0]): str(r[1]) for r in rows}
