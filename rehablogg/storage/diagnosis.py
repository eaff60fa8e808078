"""Telling a locked, an unreadable and a damaged database apart.

Only a damaged file calls for a restore. A file that another program has locked, or that the
operating system will not let rehablogg read, is fine as it is, and its ``-wal`` may hold entries
saved nowhere else: calling it damaged once led to a restore that lost them. Each case gets its
own error with its own sentence and remedy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.engine import read_only
from rehablogg.storage.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DatabaseUnreadableError,
    StorageError,
)

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_CANTOPEN, SQLITE_AUTH = 14, 23
_LOCKED_CODES = {SQLITE_BUSY, SQLITE_LOCKED}
_UNREADABLE_CODES = {SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH}
COMPANIONS = ("-wal", "-shm")


def companion_files(db_path: Path) -> list[Path]:
    """The database file with the ``-wal`` and ``-shm`` beside it (those that exist); together
    they are the database, and are never separated or deleted."""
    companions = [db_path.with_name(db_path.name + suffix) for suffix in COMPANIONS]
    return [db_path, *(p for p in companions if p.exists())]


def locked(db_path: Path) -> DatabaseLockedError:
    return DatabaseLockedError(QT_TRANSLATE_NOOP(
        "storage", "Databasen {path} er låst av et annet program (for eksempel et "
        "databaseverktøy eller et sikkerhetskopiprogram); lukk det programmet eller vent litt, "
        "og prøv igjen – filen er ikke endret.").format(path=db_path))


def unreadable(db_path: Path) -> DatabaseUnreadableError:
    return DatabaseUnreadableError(QT_TRANSLATE_NOOP(
        "storage", "rehablogg får ikke lese databasen {path}; sjekk at brukeren din eier "
        "datamappen og filene i den og har lese- og skrivetilgang til dem (be IT om hjelp ved "
        "behov), og prøv igjen – filen er ikke endret.").format(path=db_path))


def damaged(db_path: Path) -> DamagedDatabaseError:
    return DamagedDatabaseError(QT_TRANSLATE_NOOP(
        "storage", "Databasefilen {path} kan ikke leses: den er skadet eller ikke en "
        "database.").format(path=db_path))


def _denied(db_path: Path) -> bool:
    """True when the operating system refuses to let us read the database or a companion file.
    Opened for real rather than asked with os.access, which answers yes to root even where an
    open fails (a process without CAP_DAC_OVERRIDE, a network share)."""
    for path in companion_files(db_path):
        try:
            with open(path, "rb") as fh:
                fh.read(1)
        except PermissionError:
            return True
        except OSError:
            continue
    return False


def explain_open_failure(db_path: Path, exc: BaseException) -> StorageError:
    """The error to raise when SQLite could not open or read ``db_path``."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in _LOCKED_CODES:
        return locked(db_path)
    if code in _UNREADABLE_CODES or _denied(db_path):
        return unreadable(db_path)
    return damaged(db_path)


def probe_database(db_path: Path) -> None:
    """Raise DatabaseLockedError, DatabaseUnreadableError or DamagedDatabaseError when the
    database cannot be used; nothing when it can or when there is none yet.

    Read-only throughout: a read-only connection never checkpoints or deletes the ``-wal``.
    """
    if not db_path.exists():
        return
    if _denied(db_path):
        raise unreadable(db_path)
    try:
        conn = read_only(db_path)
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # A damaged schema can hold bytes that are not UTF-8; sqlite3 then fails decoding.
        raise explain_open_failure(db_path, exc) from exc
    if result != ["ok"]:
        raise damaged(db_path)
