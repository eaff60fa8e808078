"""The app's start-up check runs on a worker thread while the libraries load (cli.py starts
diagnosis.EarlyProbe): the window, and so every save, comes only after its answer, and the
answer is for the files that are there when the database is opened."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from rehablogg.gui.app import database_ready
from rehablogg.storage.database import open_database
from rehablogg.storage.diagnosis import EarlyProbe
from rehablogg.storage.paths import DataPaths, ensure_data_dir
from rehablogg.storage.set_aside import set_aside
from tests.cli_runner import run_cli


def _damage(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    raw = bytearray(db.read_bytes())
    raw[4096 + 50 : 4096 * 3] = b"\xab" * (4096 * 2 - 50)
    db.write_bytes(bytes(raw))


@pytest.mark.expect_log("quick_check failed", level="ERROR", logger="rehablogg")
def test_a_damaged_database_put_back_by_the_recovery_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A restore cut off after setting a damaged database aside: the early check sees no
    database, the recovery puts the damaged one back, and that is the one checked."""
    paths = ensure_data_dir(DataPaths(tmp_path / "data"))
    open_database(paths).close()
    assert run_cli("demo", "--entries", "300", data_dir=paths.root).returncode == 0
    _damage(paths.database)
    damaged = paths.database.read_bytes()
    folder = set_aside(paths, datetime(2026, 12, 4, 8, 0))  # marked unfinished, never finished
    assert not paths.database.exists()
    probe = EarlyProbe(paths.database)
    assert not database_ready(paths, interactive=False, probe=probe)
    assert "er skadet" in capsys.readouterr().err
    assert paths.database.read_bytes() == damaged
    assert not folder.exists() or not any(folder.iterdir())
