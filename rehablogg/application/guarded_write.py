"""The one way the books write: the file must still be there, and a database error comes back
as one sentence (``WriteFailedError``), so callers catch only ``StorageError``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError

from rehablogg.storage.database import Database
from rehablogg.storage.errors import StorageError, explain_write_error

T = TypeVar("T")


class WriteFailedError(StorageError):
    """A write the database refused (disk full, file busy or unreachable), in one sentence."""


def guarded_write(db: Database, action: Callable[[], T]) -> T:
    """Run ``action`` once the file is known to be there (DatabaseGoneError otherwise: SQLite
    would write into an unlinked file and lose it); a refused write as WriteFailedError."""
    db.require_present()
    try:
        return action()
    except SQLAlchemyError as exc:
        raise WriteFailedError(explain_write_error(exc)) from exc
