"""Reading the audit trail of submitted months, and what the completeness check needs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, select

from rehablogg.core.completeness import MonthEntry
from rehablogg.storage.entries import _get
from rehablogg.storage.queries import in_span
from rehablogg.storage.tables_compiled import AUDIT, CLIENT, ENTRY


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
            select(AUDIT).where(AUDIT.c.month == month).order_by(AUDIT.c.at, AUDIT.c.id)
        ).all()
    return [
        AuditRow(
            r.at, r.month, r.entry_id, r.action, r.reason, _json(r.before_json), _json(r.after_json)
        )
        for r in rows
    ]


def audited_months(engine: Engine) -> list[str]:
    """Months with at least one audit row, newest first."""
    with engine.connect() as conn:
        rows = conn.execute(select(AUDIT.c.month).distinct().order_by(AUDIT.c.month.desc()))
        return [str(r[0]) for r in rows]


def month_entries(engine: Engine, start: date, end: date) -> list[MonthEntry]:
    """Every entry from ``start`` to ``end`` as the completeness check wants it."""
    with engine.connect() as conn:
        ids = list(
            conn.execute(
                select(ENTRY.c.id).where(in_span(ENTRY)).order_by(ENTRY.c.date, ENTRY.c.start_time),
                {"start": start.isoformat(), "end": end.isoformat()},
            ).scalars()
        )
        out = []
        for entry_id in ids:
            stored = _get(conn, entry_id)
            if stored is not None:
                out.append(MonthEntry(stored.id, stored.draft))
        return out


def clients_without_birth_year(engine: Engine) -> dict[int, str]:
    """``{client id: pseudonym}`` of clients with no birth year."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(CLIENT.c.id, CLIENT.c.pseudonym).where(CLIENT.c.birth_year.is_(None))
        )
        return {int(r[0]): str(r[1]) for r in rows}
