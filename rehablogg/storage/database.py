"""Opening, creating and upgrading the rehablogg database file."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, update

from rehablogg.core.catalogue import DEFAULT_VERSION
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.backup import backup_database, free_backup_path
from rehablogg.storage.diagnosis import explain_open_failure
from rehablogg.storage.engine import make_engine, raw_connect, read_only, writer
from rehablogg.storage.errors import DatabaseGoneError, NewerDatabaseError
from rehablogg.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration
from rehablogg.storage.owner_only import owner_only
from rehablogg.storage.paths import DataPaths, ensure_data_dir
from rehablogg.storage.set_aside import recover_interrupted_restore
from rehablogg.storage.tables_compiled import PROFILE


@dataclass
class Database:
    path: Path
    engine: Engine

    def close(self) -> None:
        self.engine.dispose()

    def require_present(self) -> None:
        """Raise before a write when the file is gone: SQLite would go on writing into the
        unlinked file and everything saved from then on would vanish with it."""
        if not self.path.exists():
            raise DatabaseGoneError(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "Databasefilen {path} finnes ikke lenger (er datamappen flyttet eller "
                    "frakoblet?); det du skrev står fortsatt i skjemaet.",
                ).format(path=self.path)
            )


def read_schema_version(db_path: Path) -> int:
    """The schema version, read without writing anything (a newer file must stay untouched)."""
    try:
        conn = read_only(db_path)
        try:
            row = conn.execute("PRAGMA user_version").fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # A damaged schema can hold bytes that are not UTF-8; sqlite3 then fails decoding. A
        # locked or forbidden file is not damaged, and is told apart (diagnosis.py).
        raise explain_open_failure(db_path, exc) from exc
    return int(row[0])


def refuse_newer(db_path: Path, version: int, latest: int = LATEST_VERSION) -> None:
    if version > latest:
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "storage",
                "Databasen {path} er laget av en nyere rehablogg (skjemaversjon {found}, denne "
                "versjonen kjenner {known}); oppdater rehablogg, filen er ikke endret.",
            ).format(path=db_path, found=version, known=latest)
        )


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in migration.statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(migration.version)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def migrate(db_path: Path, backup_dir: Path, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Bring ``db_path`` to the newest schema; returns the version it started from.

    An existing database with data is copied with the backup API before the first migration, so
    a migration that goes wrong can be undone by restoring that copy.
    """
    exists = db_path.exists() and db_path.stat().st_size > 0
    start = read_schema_version(db_path) if exists else 0
    refuse_newer(db_path, start, migrations[-1].version)
    pending = [m for m in migrations if m.version > start]
    if not pending:
        return start
    if start > 0:
        backup_database(db_path, free_backup_path(backup_dir, "migrering", datetime.now()))
    conn = raw_connect(db_path)
    try:
        for migration in pending:
            _apply(conn, migration)
    finally:
        conn.close()
    return start


def _start_logbook(engine: Engine) -> None:
    """A new logbook uses the newest shipped catalogue. The profile column's default (1) stays
    what the first schema made it, so a logbook made before catalogue version 2 keeps saying
    version 1; only a database created just now is moved."""
    with writer(engine).begin() as conn:
        conn.execute(
            update(PROFILE).where(PROFILE.c.id == 1).values(catalogue_version=DEFAULT_VERSION)
        )


def open_database(paths: DataPaths) -> Database:
    """Create or upgrade the database in ``paths`` and return it ready for use."""
    ensure_data_dir(paths)
    # A restore cut off half-way must be finished or undone before SQLite sees the folder.
    recover_interrupted_restore(paths)
    # Health-related data: readable by its owner only from the moment SQLite creates it (a
    # chmod afterwards would leave a moment for another user to open it).
    with owner_only():
        started_at = migrate(paths.database, paths.backups)
    if os.name == "posix":  # a file an older rehablogg made
        paths.database.chmod(0o600)
    engine = make_engine(paths.database)
    if started_at == 0:
        _start_logbook(engine)
    return Database(paths.database, engine)


def open_database_file(db_path: Path, backup_dir: Path | None = None) -> Database:
    """Open a database at an explicit path (tests, tools); backups go beside it by default."""
    started_at = migrate(db_path, backup_dir or db_path.parent / "backups")
    engine = make_engine(db_path)
    if started_at == 0:
        _start_logbook(engine)
    return Database(db_path, engine)
