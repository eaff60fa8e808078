"""The data-directory lock: one holder at a time, released when the holder dies."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rehablogg.storage.errors import DataDirLockedError
from rehablogg.storage.lock import DataDirLock, is_locked


def test_second_holder_is_refused(tmp_path: Path) -> None:
    lock_file = tmp_path / "rehablogg.lock"
    with DataDirLock(lock_file):
        assert is_locked(lock_file)
        with pytest.raises(DataDirLockedError, match="i bruk"):
            DataDirLock(lock_file).acquire()
    assert not is_locked(lock_file)


def test_lock_of_a_killed_process_is_free(tmp_path: Path) -> None:
    lock_file = tmp_path / "rehablogg.lock"
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from rehablogg.storage.lock import DataDirLock; "
            f"lock = DataDirLock(Path({str(lock_file)!r})); lock.acquire(); "
            "print('held', flush=True); "
            "time.sleep(60)",
        ],  # held until the test kills it; 60 s only bound an orphan
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "held"
            assert is_locked(lock_file)
        finally:
            child.kill()
            child.wait()
    assert not is_locked(lock_file)
