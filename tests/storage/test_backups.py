"""Backups, rotation and restore."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from rehablogg.core.entry import EntryDraft
from rehablogg.storage.backup import backup_name
from rehablogg.storage.backups import (
    daily_backup_if_due,
    list_backups,
    restore_backup,
    rotate,
    take_backup,
    verify_backup,
)
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import open_database
from rehablogg.storage.entries import add_entry, update_entry
from rehablogg.storage.errors import DamagedDatabaseError, DataDirLockedError, StorageError
from rehablogg.storage.lock import DataDirLock
from rehablogg.storage.paths import DataPaths, resolve_data_dir
from rehablogg.storage.periods import mark_submitted

CAT = ("rehablogg-standard", 1)


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    p = resolve_data_dir(tmp_path / "data")
    db = open_database(p)
    child = add_client(db.engine, "Backup Barn", birth_year=2018)
    first = add_entry(
        db.engine,
        EntryDraft(date(2026, 3, 2), 45, "D02", None, (child,), parties=("foreldre",)),
        *CAT,
    )
    with db.engine.begin() as conn:
        mark_submitted(conn, "2026-03", "exp-1", "2026-04-01T08:00:00")
    update_entry(
        db.engine, first, EntryDraft(date(2026, 3, 2), 50, "D02", None, (child,)), reason="retting"
    )
    db.close()
    return p


def _snapshot(p: DataPaths) -> dict[str, list[tuple[object, ...]]]:
    db = open_database(p)
    try:
        with db.engine.connect() as conn:
            return {
                t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))]
                for t in (
                    "entry",
                    "client",
                    "entry_client",
                    "entry_party",
                    "period",
                    "audit",
                    "profile",
                )
            }
    finally:
        db.close()


def test_backup_and_restore_round_trip(paths: DataPaths, tmp_path: Path) -> None:
    before = _snapshot(paths)
    copy = take_backup(paths, "manuell", out=tmp_path / "kopi.sqlite3")
    assert verify_backup(copy) == 1
    db = open_database(paths)
    add_entry(db.engine, EntryDraft(date(2026, 5, 4), 30, "A03"), *CAT)
    db.close()
    kept = restore_backup(paths, copy, now=datetime(2026, 11, 20, 9, 0)).backup
    assert _snapshot(paths) == before
    assert kept is not None and verify_backup(kept) == 2  # the replaced database is kept


def test_restore_refuses_corrupt_and_foreign_files(paths: DataPaths, tmp_path: Path) -> None:
    before = _snapshot(paths)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    with pytest.raises(StorageError):
        restore_backup(paths, junk)
    foreign = tmp_path / "foreign.sqlite3"
    import sqlite3

    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="ikke en rehablogg-database"):
        restore_backup(paths, foreign)
    damaged = tmp_path / "damaged.sqlite3"
    take_backup(paths, "manuell", out=damaged)
    raw = bytearray(damaged.read_bytes())
    raw[4096 + 100 : 4096 * 3] = b"\xee" * (4096 * 2 - 100)
    damaged.write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabaseError):
        restore_backup(paths, damaged)
    assert _snapshot(paths) == before


def test_restore_refuses_while_the_app_is_open(paths: DataPaths, tmp_path: Path) -> None:
    copy = take_backup(paths, "manuell", out=tmp_path / "kopi.sqlite3")
    with DataDirLock(paths.lock_file), pytest.raises(DataDirLockedError, match="lukk appen"):
        restore_backup(paths, copy)


def test_daily_backup_once_a_day(paths: DataPaths) -> None:
    morning = datetime(2026, 11, 20, 8, 0)
    assert daily_backup_if_due(paths, morning) is not None
    assert daily_backup_if_due(paths, morning + timedelta(hours=5)) is None
    assert daily_backup_if_due(paths, morning + timedelta(days=1)) is not None
    assert len(list_backups(paths.backups)) == 2


def _plant(paths: DataPaths, when: datetime, reason: str = "daglig") -> Path:
    source = sorted(paths.backups.glob("seed*.sqlite3"))[0]
    target = paths.backups / backup_name(reason, when)
    shutil.copy(source, target)
    return target


def test_rotation_keeps_7_daily_5_weekly_12_monthly(paths: DataPaths) -> None:
    take_backup(paths, "manuell", out=paths.backups / "seed.sqlite3")
    start = datetime(2025, 1, 1, 8, 0)
    for day in range(700):  # almost two years of daily backups
        _plant(paths, start + timedelta(days=day))
    migration = _plant(paths, start + timedelta(days=3, hours=2), "migrering")
    today = (start + timedelta(days=699)).date()
    rotate(paths.backups, today)
    kept = list_backups(paths.backups)
    days = {b.day for b in kept}
    assert migration.exists()  # the way back from an upgrade is never rotated away
    last7 = {today - timedelta(days=i) for i in range(7)}
    assert last7 <= days
    months = {(d.year, d.month) for d in days}
    assert len(months) >= 12
    assert len(kept) <= 7 + 5 + 12 + 1


def test_rotation_never_deletes_the_newest_good_copy(paths: DataPaths) -> None:
    take_backup(paths, "manuell", out=paths.backups / "seed.sqlite3")
    good = _plant(paths, datetime(2024, 1, 1, 8, 0))
    broken = paths.backups / backup_name("daglig", datetime(2026, 11, 20, 8, 0))
    broken.write_bytes(b"garbage")
    rotate(paths.backups, date(2026, 11, 20))
    assert good.exists()
    assert broken.exists()  # never counted, never silently deleted either


def test_todays_copies_all_survive_rotation(paths: DataPaths) -> None:
    take_backup(paths, "manuell", out=paths.backups / "seed.sqlite3")
    today = datetime(2026, 11, 20, 8, 0)
    before_restore = _plant(paths, today, "gjenoppretting")
    _plant(paths, today + timedelta(hours=2), "daglig")
    rotate(paths.backups, today.date())
    assert before_restore.exists()
    rotate(paths.backups, today.date() + timedelta(days=1))
    assert not before_restore.exists()  # the next day only the newest of that day stays


def test_rotation_reads_each_backup_once(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    import rehablogg.storage.backups as backups_module

    take_backup(paths, "manuell", out=paths.backups / "seed.sqlite3")
    for day in range(5):
        _plant(paths, datetime(2026, 11, 10 + day, 8, 0))
    calls: list[Path] = []
    real = backups_module.verify_backup
    monkeypatch.setattr(
        backups_module, "verify_backup", lambda path: calls.append(path) or real(path)
    )
    rotate(paths.backups, date(2026, 11, 20))
    assert len(calls) == 5
    calls.clear()
    rotate(paths.backups, date(2026, 11, 20))
    assert calls == []  # unchanged files are not checked again
    victim = sorted(paths.backups.glob("rehablogg-*.sqlite3"))[-1]
    victim.write_bytes(b"now damaged")  # a changed file is checked again, and not trusted
    rotate(paths.backups, date(2026, 11, 20))
    assert calls == [victim]
