"""Monthly period state: open, submitted (locked) and changed after submission."""

from __future__ import annotations

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects.sqlite import insert

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.errors import StorageError
from rehablogg.storage.tables_compiled import PERIOD

OPEN = "open"
SUBMITTED = "submitted"
CHANGED = "changed"


class LockedPeriodError(StorageError):
    """A change to a submitted month was attempted without a reason."""


def period_state(conn: Connection, month: str) -> str:
    row = conn.execute(select(PERIOD.c.state).where(PERIOD.c.month == month)).first()
    return OPEN if row is None else str(row[0])


def require_reason_if_locked(conn: Connection, month: str, reason: str | None) -> bool:
    """True when the month is submitted (so the change must be audited)."""
    if period_state(conn, month) == OPEN:
        return False
    if not (reason and reason.strip()):
        raise LockedPeriodError(
            QT_TRANSLATE_NOOP(
                "storage",
                "Måneden {month} er levert; oppgi en begrunnelse for endringen.",
            ).format(month=month)
        )
    return True


def mark_changed(conn: Connection, month: str) -> None:
    conn.execute(
        update(PERIOD)
        .where(PERIOD.c.month == month, PERIOD.c.state == SUBMITTED)
        .values(state=CHANGED)
    )


def mark_submitted(conn: Connection, month: str, export_id: str, at: str) -> None:
    values = {"state": SUBMITTED, "submitted_at": at, "export_id": export_id}
    conn.execute(
        insert(PERIOD)
        .values(month=month, **values)
        .on_conflict_do_update(index_elements=[PERIOD.c.month], set_=values)
    )
