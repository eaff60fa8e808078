"""A saved entry survives the process being killed right after the save."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from rehablogg.storage.database import open_database_file
from rehablogg.storage.entries import get_entry
from tests.cli_runner import run_cli

SAVE_THEN_HANG = """
import sys, time
from datetime import date, time as t
from rehablogg.core.entry import EntryDraft
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import open_database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.paths import resolve_data_dir

db = open_database(resolve_data_dir())
child = add_client(db.engine, "Testbarn Kill")
entry_id = add_entry(db.engine, EntryDraft(date(2025, 3, 4), 45, "D02", t(9, 0), (child,)),
                     "rehablogg-standard", 1)
print(entry_id, flush=True)
time.sleep(120)  # alive until the test kills it; the 120 s only bound an orphaned child
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_entry_survives_sigkill_after_save(data_dir: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", SAVE_THEN_HANG], stdout=subprocess.PIPE, text=True
    ) as proc:
        try:
            assert proc.stdout is not None
            entry_id = proc.stdout.readline().strip()
            assert entry_id, "the child did not report a saved entry"
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # The WAL is still beside the database: the commit lives there until a checkpoint.
    result = run_cli("check", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "1 registreringer" in result.stdout
    db = open_database_file(data_dir / "rehablogg.sqlite3")
    try:
        stored = get_entry(db.engine, entry_id)
        assert stored is not None and stored.draft.minutes == 45 and stored.draft.code == "D02"
    finally:
        db.close()
