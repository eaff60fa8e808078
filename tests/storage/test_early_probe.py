"""The start-up check made on a worker thread while the libraries load (diagnosis.EarlyProbe):
its answer counts only for the files it checked, and a damaged database is still never
written to."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from rehablogg.storage.database import open_database_file
from rehablogg.storage.diagnosis import EarlyProbe
from rehablogg.storage.errors import DamagedDatabaseError


def _good(path: Path, entries: int = 3) -> Path:
    db = open_database_file(path)
    with db.engine.begin() as conn:
        for i in range(entries):
            conn.execute(text("INSERT INTO settings (key, value) VALUES (:k, 'x')"), {"k": f"k{i}"})
    db.close()
    return path


def _damaged(path: Path) -> Path:
    """A database whose pages after the first two are overwritten (quick_check fails)."""
    _good(path, entries=400)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    raw = bytearray(path.read_bytes())
    raw[4096 + 50 : 4096 * 3] = b"\xab" * (4096 * 2 - 50)
    path.write_bytes(bytes(raw))
    return path


def test_a_damaged_database_is_reported_and_left_as_it_was(tmp_path: Path) -> None:
    db = _damaged(tmp_path / "rehablogg.sqlite3")
    before = db.read_bytes()
    probe = EarlyProbe(db)
    with pytest.raises(DamagedDatabaseError):
        probe.result()
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rehablogg.sqlite3"]


def test_a_good_database_passes(tmp_path: Path) -> None:
    probe = EarlyProbe(_good(tmp_path / "rehablogg.sqlite3"))
    probe.result()


def test_a_database_replaced_after_the_check_is_checked_again(tmp_path: Path) -> None:
    """A good file checked early, a damaged one in its place when the answer is used (what a
    restore put back, or another program): the answer is for the file there now."""
    db = _good(tmp_path / "rehablogg.sqlite3")
    probe = EarlyProbe(db)
    probe.wait()
    os.replace(_damaged(tmp_path / "other.sqlite3"), db)
    with pytest.raises(DamagedDatabaseError):
        probe.result()


def test_a_damaged_database_put_right_before_the_answer_is_used_passes(tmp_path: Path) -> None:
    db = _damaged(tmp_path / "rehablogg.sqlite3")
    probe = EarlyProbe(db)
    probe.wait()
    os.replace(_good(tmp_path / "restored.sqlite3"), db)
    probe.result()


def test_a_database_made_after_the_check_is_checked(tmp_path: Path) -> None:
    db = tmp_path / "rehablogg.sqlite3"
    probe = EarlyProbe(db)  # nothing there yet: nothing to refuse
    probe.wait()
    os.replace(_damaged(tmp_path / "other.sqlite3"), db)
    with pytest.raises(DamagedDatabaseError):
        probe.result()
