"""Errors the storage layer reports to users: each carries one bokmål sentence."""

from __future__ import annotations


class StorageError(Exception):
    """A problem with the data files that the user must be told about in one sentence."""


class NewerDatabaseError(StorageError):
    pass


class DamagedDatabaseError(StorageError):
    """The file is not a readable SQLite database (or fails its check): restoring is the remedy."""


class DatabaseLockedError(StorageError):
    """Another program holds a lock on the database: waiting or closing it is the remedy, never a
    restore (the file is fine, and its -wal may hold entries saved nowhere else)."""


class DatabaseUnreadableError(StorageError):
    """The operating system refuses rehablogg the database or its -wal/-shm (permissions):
    fixing the permissions is the remedy, never a restore."""


class DataDirLockedError(StorageError):
    pass


class DatabaseGoneError(StorageError):
    pass


class DataDirReadOnlyError(StorageError):
    """The data folder cannot be written (read-only disk or share, no permission)."""


def explain_write_error(exc: BaseException) -> str:
    """One bokmål sentence for a failed save, saying what the user can do; the caller keeps
    what was typed."""
    from rehablogg.core.i18n import QT_TRANSLATE_NOOP

    if isinstance(exc, StorageError):
        return str(exc)
    text = str(getattr(exc, "orig", exc) or exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return QT_TRANSLATE_NOOP(
            "storage",
            "Disken er full, så registreringen er ikke lagret; frigjør plass og "
            "lagre igjen (det du skrev står fortsatt i skjemaet).",
        )
    if "locked" in text or "busy" in text:
        return QT_TRANSLATE_NOOP(
            "storage",
            "Databasen er opptatt av et annet program; vent litt og lagre igjen "
            "(det du skrev står fortsatt i skjemaet).",
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return QT_TRANSLATE_NOOP(
            "storage",
            "Datamappen er skrivebeskyttet, så registreringen er ikke lagret; be "
            "IT om skrivetilgang (det du skrev står fortsatt i skjemaet).",
        )
    if "unable to open" in text or "no such" in text or "disk i/o" in text:
        return QT_TRANSLATE_NOOP(
            "storage",
            "Databasefilen kan ikke nås (er datamappen flyttet eller frakoblet?); "
            "det du skrev står fortsatt i skjemaet.",
        )
    return QT_TRANSLATE_NOOP(
        "storage",
        "Registreringen kunne ikke lagres ({error}); det du skrev står fortsatt i skjemaet.",
    ).format(error=type(exc).__name__)
