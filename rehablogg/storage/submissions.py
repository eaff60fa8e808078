"""Submitted months: the ``submission`` rows that form each month's correction chain.

A month's first submission has correction number 0 and replaces nothing; each correction
names the export id it replaces. The month's ``period`` row (``storage/periods.py``) says
whether the month is locked and which export id was submitted last.

Exports read their rows and record the submission in one transaction
(:func:`export_transaction`), so the file and the database cannot disagree: if another
process changed the database after the rows were read, recording fails and nothing is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import OperationalError

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.errors import StorageError
from rehablogg.storage.periods import mark_submitted, period_state
from rehablogg.storage.tables_compiled import SUBMISSION, SubmissionRow

SubmissionRecord = SubmissionRow  # one submission as read and recorded (Submission's dataclass)


class ConcurrentChangeError(StorageError):
    """The database changed between reading an export's rows and recording the submission."""


def month_submissions(conn: Connection, month: str) -> list[SubmissionRecord]:
    """The month's submissions, oldest first (the last one is the one that counts)."""
    rows = conn.execute(
        select(SUBMISSION)
        .where(SUBMISSION.c.month == month)
        .order_by(SUBMISSION.c.correction_number, SUBMISSION.c.created_at)
    )
    return [SubmissionRecord(**row._mapping) for row in rows]


def latest_submission(conn: Connection, month: str) -> SubmissionRecord | None:
    found = month_submissions(conn, month)
    return found[-1] if found else None


def month_state(conn: Connection, month: str) -> str:
    """``open``, ``submitted`` or ``changed`` (see ``storage/periods.py``)."""
    return period_state(conn, month)


def record_submission(conn: Connection, record: SubmissionRecord, *, new: bool) -> None:
    """Lock the month as submitted with ``record``; a new one also joins the chain.

    An unchanged resubmission (``new=False``) adds no row: collections take an export id once,
    so a second row with the same id would only be noise. It still marks the month submitted,
    which takes a month whose changes were all undone from ``changed`` back to ``submitted``.
    """
    if new:
        conn.execute(
            insert(SUBMISSION).values(
                {column.name: getattr(record, column.name) for column in SUBMISSION.columns}
            )
        )
    mark_submitted(conn, record.month, record.export_id, record.created_at)


_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "storage",
    "Databasen ble endret mens eksporten ble laget, så ingenting er lagret; kjør eksporten "
    "på nytt.",
)


@contextmanager
def export_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for reading an export's rows and recording its submission.

    With ``engine`` it is a read (so the GUI can keep saving while a plain export runs); a
    submission passes ``writer(engine)`` and takes the write lock at the start, waiting up to
    the busy timeout for anyone else's. Should a read still have to become a write, SQLite in
    WAL mode refuses that when someone else committed in between; that is reported as
    :class:`ConcurrentChangeError` and everything is rolled back. Leaving the block by an
    exception rolls back too.
    """
    with engine.connect() as conn:
        conn.begin()
        try:
            yield conn
            conn.commit()
        except OperationalError as exc:
            conn.rollback()
            if not _is_busy(exc):
                raise
            raise ConcurrentChangeError(_CHANGED_MEANWHILE) from exc


_SQLITE_BUSY = 5


def _is_busy(exc: OperationalError) -> bool:
    # SQLITE_BUSY and its extended codes (BUSY_SNAPSHOT is 517): the low byte is the primary.
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == _SQLITE_BUSY
