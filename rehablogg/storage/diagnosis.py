"""Telling a locked, an unreadable and a damaged database apart.

Only a damaged file calls for a restore. A file that another program has locked, or that the
operating system will not let rehablogg read, is fine as it is, and its ``-wal`` may hold entries
saved nowhere else: calling it damaged once led to a restore that lost them. Each case gets its
own error with its own sentence and remedy.
"""

from __future__ import annotations

import sqlite3
import threading
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
    return DatabaseLockedError(
        QT_TRANSLATE_NOOP(
            "storage",
            "Databasen {path} er låst av et annet program (for eksempel et "
            "databaseverktøy eller et sikkerhetskopiprogram); lukk det programmet eller vent litt, "
            "og prøv igjen – filen er ikke endret.",
        ).format(path=db_path)
    )


def unreadable(db_path: Path) -> DatabaseUnreadableError:
    return DatabaseUnreadableError(
        QT_TRANSLATE_NOOP(
            "storage",
            "rehablogg får ikke lese databasen {path}; sjekk at brukeren din eier "
            "datamappen og filene i den og har lese- og skrivetilgang til dem (be IT om hjelp ved "
            "behov), og prøv igjen – filen er ikke endret.",
        ).format(path=db_path)
    )


def damaged(db_path: Path) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        QT_TRANSLATE_NOOP(
            "storage", "Databasefilen {path} kan ikke leses: den er skadet eller ikke en database."
        ).format(path=db_path)
    )


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


# What a file is as far as a check is concerned: (device, inode, size, mtime) of the database
# and of its -wal (None where one is missing or empty: a reader of a WAL database may create an
# empty one, which holds nothing). The -shm is left out: readers write to it.
Identity = tuple[tuple[int, int, int, int] | None, ...]


def _identity(db_path: Path) -> Identity | None:
    """None when the files cannot be looked at (the check then runs again, where it is used)."""
    out: list[tuple[int, int, int, int] | None] = []
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            st = path.stat()
        except FileNotFoundError:
            out.append(None)
        except OSError:
            return None
        else:
            empty = path != db_path and st.st_size == 0
            out.append(None if empty else (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(out)


class EarlyProbe:
    """:func:`probe_database` on a worker thread, started before the app's libraries are
    imported: SQLite reads the whole file for ``quick_check`` (about 45 ms for 100 000 entries)
    without holding Python's lock, so the check and the imports share the time.

    Nothing is written before :meth:`result` has answered, exactly as with a check made there
    and then. Its answer is for the files it checked: when the database or its ``-wal`` is
    another file by then, or changed (a restore put back, another program's write), or could not
    be looked at, :meth:`result` checks again on the calling thread.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._checked = _identity(db_path)
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._run, name="rehablogg-quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            probe_database(self.db_path)
        except Exception as exc:  # handed to the thread that asks for the result
            self._error = exc

    def wait(self) -> None:
        """Until the check is done and its connection closed."""
        self._thread.join()

    def result(self) -> None:
        """Raise as :func:`probe_database` would for the database as it is now."""
        self.wait()
        if self._checked is None or _identity(self.db_path) != self._checked:
            probe_database(self.db_path)
            return
        if self._error is not None:
            raise self._error
