"""The audit trail of submitted months as the Endringslogg window shows it: every change to a
month after it was handed in, with its reason, and the month's state."""

from __future__ import annotations

from dataclasses import dataclass

from rehablogg.storage.audit import AuditRow, month_audit
from rehablogg.storage.database import Database
from rehablogg.storage.periods import period_state

__all__ = ["AuditBook", "AuditMonth", "AuditRow"]


@dataclass(frozen=True)
class AuditMonth:
    month: str  # YYYY-MM
    state: str  # open, submitted or changed (storage/periods.py)
    rows: list[AuditRow]  # oldest first


class AuditBook:
    def __init__(self, db: Database) -> None:
        self._db = db

    def month(self, month: str) -> AuditMonth:
        """``month``'s state and its changes since it was handed in."""
        rows = month_audit(self._db.engine, month)
        with self._db.engine.connect() as conn:
            state = period_state(conn, month)
        return AuditMonth(month, state, rows)
