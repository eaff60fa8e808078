"""Opening a data folder before a logbook exists: each step answers with what it made or one
sentence, and the app and the command line open the database through the same function."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from rehablogg.application.logbook import Logbook
from rehablogg.application.opening import (
    GoodBackup,
    Logs,
    OpeningFailed,
    check_database,
    lock_folder,
    open_for_app,
    open_logbook,
    prepare_folder,
    restore,
    start_logs,
)
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.storage.backups import take_backup
from rehablogg.storage.lock import DataDirLock
from rehablogg.storage.paths import DataPaths


def _damage(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    raw = bytearray(db.read_bytes())
    raw[4096 + 50 : 4096 * 3] = b"\xab" * (4096 * 2 - 50)
    db.write_bytes(bytes(raw))


def _with_entries(paths: DataPaths, n: int) -> None:
    """A database with ``n`` entries and enough pages that damaging the second and third
    leaves its first page readable."""
    logbook = open_logbook(paths)
    catalogue = default_catalogue()
    for i in range(n):
        logbook.entries.save(
            EntryDraft(date(2026, 1, 5), 30 + i % 50, "A03", None, (), note="x" * 200), catalogue
        )
    logbook.close()


def test_a_folder_that_cannot_be_made_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    failed = prepare_folder(DataPaths(blocker / "data"))
    assert isinstance(failed, OpeningFailed) and "Datamappen" in failed.sentence
    assert prepare_folder(DataPaths(tmp_path / "data")) is None
    assert (tmp_path / "data").is_dir()


def test_the_lock_is_held_once(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    assert prepare_folder(paths) is None
    first = lock_folder(paths)
    assert isinstance(first, DataDirLock)
    try:
        second = lock_folder(paths)
        assert isinstance(second, OpeningFailed) and "rehablogg" in second.sentence
    finally:
        first.release()


def test_logs_start_and_close(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    assert prepare_folder(paths) is None
    logs = start_logs(paths)
    assert isinstance(logs, Logs) and logs.previous_fault is None
    logs.close()
    assert (paths.root / "logs").is_dir()


def test_a_healthy_database_opens_as_a_logbook(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    logbook = open_for_app(paths)
    assert isinstance(logbook, Logbook)
    logbook.settings.change_profile(unit="Barn")
    logbook.close()
    assert check_database(paths) is None
    again = open_logbook(paths)
    assert again.settings.profile().unit == "Barn"
    again.close()


def test_a_newer_database_is_refused_with_its_sentence(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    open_logbook(paths).close()
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    failed = open_for_app(paths)
    assert isinstance(failed, OpeningFailed) and "nyere rehablogg" in failed.sentence


@pytest.mark.expect_log("quick_check failed", level="ERROR", logger="rehablogg")
def test_a_damaged_database_without_a_backup_is_refused_untouched(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    _with_entries(paths, 300)
    _damage(paths.database)
    before = paths.database.read_bytes()
    failed = check_database(paths)
    assert isinstance(failed, OpeningFailed)
    assert "er skadet" in failed.sentence and "Ingen god sikkerhetskopi" in failed.sentence
    assert paths.database.read_bytes() == before


@pytest.mark.expect_log("quick_check failed", level="ERROR", logger="rehablogg")
def test_a_damaged_database_offers_the_newest_good_backup(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    _with_entries(paths, 300)
    take_backup(paths, "manuell")
    _damage(paths.database)
    damaged = paths.database.read_bytes()
    refused = check_database(paths, can_ask=False)
    assert isinstance(refused, OpeningFailed) and "Start appen" in refused.sentence
    offered = check_database(paths)
    assert isinstance(offered, GoodBackup) and offered.entries == 300
    assert paths.database.read_bytes() == damaged  # offering changes nothing
    assert restore(paths, offered) is None
    assert check_database(paths) is None
    logbook = open_logbook(paths)
    assert logbook.entries.count() == 300
    logbook.close()
    kept = [p for p in paths.backups.rglob(paths.database.name) if p.read_bytes() == damaged]
    assert kept, "the damaged file is kept untouched"
