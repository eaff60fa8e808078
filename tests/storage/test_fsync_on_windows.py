"""Every file rehablogg fsyncs is open for writing when it does, as Windows requires.

On Windows ``os.fsync`` is ``FlushFileBuffers``, which needs a handle with write access: on a
file opened ``"rb"`` it fails with EACCES ("Permission denied"), so a backup, and with it
every submission and the daily backup at start, failed on Windows while Linux, which syncs any
descriptor, passed. Found by the Windows installer's test under Wine
(tests/packaging/test_windows_installer.py); here the same rule is held on Linux by an fsync
that refuses a read-only descriptor the way Windows does.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.core.periods import Month
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.storage.backups import restore_backup, take_backup
from rehablogg.storage.database import open_database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.paths import DataPaths, resolve_data_dir
from rehablogg.storage.profile import update_profile

CAT = ("rehablogg-standard", 1)


@pytest.fixture
def windows_fsync(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """os.fsync as on Windows for files (folders are not synced there at all: the code skips
    them by os.name, which stays "posix" here, so a folder descriptor is let through)."""
    real = os.fsync
    synced: list[int] = []

    def fsync(fd: int) -> None:
        is_file = stat.S_ISREG(os.fstat(fd).st_mode)
        if is_file and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise PermissionError(
                errno.EACCES, "Permission denied (FlushFileBuffers needs write access)"
            )
        if is_file:
            synced.append(fd)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return synced


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    p = resolve_data_dir(tmp_path / "data")
    db = open_database(p)
    add_entry(db.engine, EntryDraft(date(2026, 3, 2), 45, "I01", None, ()), *CAT)
    update_profile(db.engine, therapist_code="T-07", municipality="4601", unit="Barn")
    db.close()
    return p


def test_a_backup_syncs_its_copy_through_a_writable_handle(
    paths: DataPaths, windows_fsync: list[int]
) -> None:
    copy = take_backup(paths, "manuell")
    assert copy.is_file()
    assert windows_fsync  # the copy was synced, not skipped


def test_a_restore_and_a_submission_sync_through_writable_handles(
    paths: DataPaths, tmp_path: Path, windows_fsync: list[int]
) -> None:
    copy = take_backup(paths, "manuell")
    restore_backup(paths, copy)
    db = open_database(paths)
    try:
        month = Month.parse("2026-03")
        out = tmp_path / "out"
        out.mkdir()
        result = export(
            db.engine,
            ExportRequest(
                month.first_day, month.last_day, out, whole_month=True, fmt="xlsx", submit=True
            ),
        )
    finally:
        db.close()
    assert Path(result.path).is_file()
