"""Monthly period state: open, submitted (locked) and changed after submission."""

from __future__ import annotations

from sqlalchemy import Connection, text

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.errors import StorageError

OPEN = "open"
SUBMITTED = "submitted"
CHANGED = "changed"


class LockedPeriodError(StorageError):
    """A change to a submitted month was attempted without a reason."""


_STATE = text("SELECT state FROM period WHERE month = :m")


def period_state(conn: Connection, month: str) -> str:
    row = conn.execute(_STATE, {"m": month}).first()
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
        text("UPDATE period SET state = :changed WHERE month = :m AND state = :submitted"),
        {"changed": CHANGED, "m": month, "submitted": SUBMITTED},
    )


def mark_submitted(conn: Connection, month: str, export_id: str, at: str) -> None:
    conn.execute(
        text(
            "INSERT INTO period (month, state, submitted_at, export_id) "
            "VALUES (:m, :s, :at, :id) ON CONFLICT (month) DO UPDATE SET "
            "state = excluded.state, submitted_at = excluded.submitted_at, "
            "export_id = excluded.export_id"
        ),
        {"m": month, "s": SUBMITTED, "at": at, "id": export_id},
    )
