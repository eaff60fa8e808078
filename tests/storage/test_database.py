"""Engine settings, schema versions, migrations and refusing a newer database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from rehablogg.storage.database import Database, migrate, open_database_file, read_schema_version
from rehablogg.storage.errors import DamagedDatabaseError, NewerDatabaseError
from rehablogg.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration


def test_every_connection_is_durable(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_new_database_is_at_latest_version(db: Database) -> None:
    assert read_schema_version(db.path) == LATEST_VERSION


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="nyere rehablogg"):
        open_database_file(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "newer.sqlite3-wal").exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DamagedDatabaseError, match="skadet"):
        open_database_file(path)


def _broken_v2() -> tuple[Migration, ...]:
    good = Migration(
        LATEST_VERSION + 1, "adds a column", ("ALTER TABLE client ADD COLUMN extra TEXT",)
    )
    broken = Migration(
        LATEST_VERSION + 2,
        "fails half-way",
        (
            "ALTER TABLE entry ADD COLUMN doomed TEXT",
            "THIS IS NOT SQL",
        ),
    )
    return (*MIGRATIONS, good, broken)


def test_failing_migration_rolls_back_and_a_backup_was_taken(db: Database, tmp_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO client (label, pseudonym, created_at) "
                "VALUES ('Testbarn', 'K-AAAAAA', 'now')"
            )
        )
    db.close()
    backups = tmp_path / "backups"
    with pytest.raises(sqlite3.OperationalError):
        migrate(db.path, backups, _broken_v2())
    # The good step committed, the broken one rolled back as a whole (its first statement
    # included).
    assert read_schema_version(db.path) == LATEST_VERSION + 1
    conn = sqlite3.connect(db.path)
    entry_columns = [r[1] for r in conn.execute("PRAGMA table_info(entry)")]
    assert "doomed" not in entry_columns
    assert conn.execute("SELECT label FROM client").fetchall() == [("Testbarn",)]
    conn.close()
    copies = sorted(backups.glob("rehablogg-*-migrering.sqlite3"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert copy.execute("SELECT label FROM client").fetchall() == [("Testbarn",)]
    copy.close()


def test_no_backup_for_a_brand_new_database(tmp_path: Path) -> None:
    database = open_database_file(tmp_path / "fresh.sqlite3")
    database.close()
    assert not list((tmp_path / "backups").glob("*.sqlite3"))
