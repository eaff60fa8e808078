"""Never lose the write-ahead log.

A child process saves entries and is killed with SIGKILL, so those entries are committed only to
the database's ``-wal``. Then rehablogg starts with the file locked by another process,
unreadable (permissions) or really damaged (its header overwritten), through the real start-up
check of the app (rehablogg/gui/app.py, driven with pytest-qt; every offer accepted) and through
the command line as a user runs it. Nothing that was saved may be lost: a locked or unreadable
file is left byte for byte as it was and still holds every entry; a damaged one is restored from
the backup only after the file, its ``-wal`` and ``-shm`` were moved untouched into an
owner-only folder, where (header repaired) they still hold every entry. The Sikkerhetskopier
window and ``rehablogg restore`` keep the same set, and a restore cut off at any step is put
right before the database is opened again.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.core.entry import EntryDraft
from rehablogg.gui.app import database_ready
from rehablogg.gui.backups_dialog import BackupsDialog
from rehablogg.storage.backups import restore_backup, take_backup, verify_backup
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import open_database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.lock import DataDirLock
from rehablogg.storage.paths import DataPaths, resolve_data_dir
from rehablogg.storage.set_aside import KEPT_PREFIX, UNFINISHED, recover_interrupted_restore
from tests.gui.dialogs import when_modal
from tests.robustness.helpers import HERE, child_env, hang_guard
from tests.robustness.privileges import DROP_IN_CHILD, permissions_bite, permissions_can_bite

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and file modes are POSIX"),
]

CHILD = HERE / "crash_child.py"
SAVES = 5
CAT = ("rehablogg-standard", 1)
HEADER = 100  # bytes of the SQLite header; the damaged case overwrites its first 16


@dataclass
class Crashed:
    paths: DataPaths
    saved: dict[str, int]  # entry id -> minutes, as the killed child reported them
    files: dict[str, bytes]  # the database and its -wal right after the kill
    backup: Path  # the good backup taken before the crash

    @property
    def wal(self) -> Path:
        return self.paths.root / (self.paths.db_name + "-wal")

    def live(self) -> dict[str, bytes]:
        return {name: (self.paths.root / name).read_bytes() for name in self.files}


def _entries(
    folder: Path, db_name: str = "rehablogg.sqlite3", header: bytes | None = None
) -> dict[str, int]:
    """The entries the database in ``folder`` holds with its -wal, read from a copy (opening
    the original read-write would checkpoint it); ``header`` repairs the copy's first bytes."""
    scratch = folder.parent / f"{folder.name}-read"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for suffix in ("", "-wal"):
        if (folder / (db_name + suffix)).exists():
            shutil.copyfile(folder / (db_name + suffix), scratch / (db_name + suffix))
    if header is not None:
        with open(scratch / db_name, "r+b") as fh:
            fh.write(header)
    conn = sqlite3.connect(scratch / db_name)
    try:
        return dict(conn.execute("SELECT id, minutes FROM entry").fetchall())
    finally:
        conn.close()
        shutil.rmtree(scratch)


def _crash_after_saves(root: Path) -> Crashed:
    paths = resolve_data_dir(root)
    db = open_database(paths)
    client = add_client(db.engine, "Før krasjet", birth_year=2016)
    add_entry(db.engine, EntryDraft(date(2026, 3, 2), 45, "D02", None, (client,)), *CAT)
    db.close()
    backup = take_backup(paths, "daglig", now=datetime(2026, 3, 2, 8, 0))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "16"],
        env=child_env(root),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    saved: dict[str, int] = {}
    try:
        assert child.stdout is not None
        with hang_guard(60):
            while len(saved) < SAVES:
                words = child.stdout.readline().split()
                assert words, "the child stopped before saving"
                if words[0] == "saved":
                    saved[words[1]] = int(words[2])
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    crashed = Crashed(paths, saved, {}, backup)
    crashed.files = {
        name: (root / name).read_bytes() for name in (paths.db_name, paths.db_name + "-wal")
    }
    # The premise: the saved entries are in the -wal only, not in the database file.
    alone = root.parent / "file-alone"
    alone.mkdir()
    shutil.copyfile(paths.database, alone / paths.db_name)
    assert not set(_entries(alone)) & set(saved), "a checkpoint moved the entries out of the WAL"
    shutil.rmtree(alone)
    assert _all_entries_in(root, crashed)
    return crashed


def _all_entries_in(
    folder: Path, crashed: Crashed, header: bytes | None = None, db_name: str | None = None
) -> bool:
    found = _entries(folder, db_name or crashed.paths.db_name, header)
    return all(found.get(entry) == minutes for entry, minutes in crashed.saved.items())


@pytest.fixture(scope="module")
def crashed_once(tmp_path_factory: pytest.TempPathFactory) -> Crashed:
    return _crash_after_saves(tmp_path_factory.mktemp("crashed") / "data")


@pytest.fixture
def crashed(crashed_once: Crashed, tmp_path: Path) -> Crashed:
    """A copy of the crashed data folder for one test (the kill costs a second; copying the
    files of a dead process is exact)."""
    root = tmp_path / "crashed"
    shutil.copytree(crashed_once.paths.root, root)
    backup = root / "backups" / crashed_once.backup.name
    return Crashed(resolve_data_dir(root), crashed_once.saved, crashed_once.files, backup)


def _kept_folders(paths: DataPaths) -> list[Path]:
    return sorted(paths.backups.glob(f"{KEPT_PREFIX}*"))


def _cli(
    crashed: Crashed, *args: str, drop_privileges: bool = False
) -> subprocess.CompletedProcess[str]:
    prefix = "import sys; " + (DROP_IN_CHILD if drop_privileges else "")
    code = f"from rehablogg.cli import main; sys.exit(main({list(args)!r}))"
    return subprocess.run(
        [sys.executable, "-c", prefix + code],
        env=dict(child_env(crashed.paths.root), QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _one_sentence(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, (
        result.stderr
    )
    for word in words:
        assert word in result.stderr, result.stderr


Answer = Callable[[QDialog], None]


def _accept_every_offer(seen: list[str]) -> Answer:
    """Click the accepting button of whatever box start-up shows, and remember its text."""

    def accept(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        buttons = {b.text(): b for b in box.findChildren(QPushButton)}
        accepting = (
            buttons.get("Gjenopprett")
            or box.button(QMessageBox.StandardButton.Ok)
            or next(iter(buttons.values()))
        )
        accepting.click()

    return accept


def _start_up(qtbot: QtBot, paths: DataPaths) -> tuple[bool, list[str]]:
    """The app's real start-up check, interactive, every box answered yes."""
    seen: list[str] = []
    answer = when_modal(_accept_every_offer(seen))
    ready = database_ready(paths, interactive=True)
    answer.stop()  # had no box come, the answer must not wait on into a later start-up
    return ready, seen


# ---------------------------------------------------------------------------------------------
# Locked by another process
# ---------------------------------------------------------------------------------------------

LOCKER = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
    "conn.execute('SELECT count(*) FROM entry').fetchone()\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


@pytest.fixture
def locker(crashed: Crashed) -> Iterator[subprocess.Popen[str]]:
    """Another program holding an exclusive lock on the crashed database (as a database tool
    in exclusive mode does); killed, not closed, so it never checkpoints the -wal either."""
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(crashed.paths.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline() == "held\n"
    yield proc
    proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


@pytest.mark.expect_log(
    "database not usable: DatabaseLockedError", level="ERROR", logger="rehablogg"
)
def test_locked_database_is_left_alone_and_loses_nothing(
    qtbot: QtBot, crashed: Crashed, locker: subprocess.Popen[str]
) -> None:
    ready, seen = _start_up(qtbot, crashed.paths)
    assert not ready
    assert len(seen) == 1 and "låst av et annet program" in seen[0], seen  # no restore offered
    _one_sentence(_cli(crashed, "--quit-after-startup"), "låst av et annet program")
    _one_sentence(_cli(crashed, "check"), "låst av et annet program")
    _one_sentence(_cli(crashed, "restore", str(crashed.backup)), "låst av et annet program")
    assert crashed.live() == crashed.files  # byte for byte, the -wal included
    assert not _kept_folders(crashed.paths)
    locker.kill()
    locker.wait()
    assert _all_entries_in(crashed.paths.root, crashed)
    assert database_ready(crashed.paths, interactive=False)  # the lock gone, it simply opens


# ---------------------------------------------------------------------------------------------
# Unreadable (permissions)
# ---------------------------------------------------------------------------------------------


@pytest.mark.skipif(
    not permissions_can_bite(),
    reason="root outside Linux reads a chmod 000 file; no way to make it bite",
)
@pytest.mark.expect_log(
    "database not usable: DatabaseUnreadableError", level="ERROR", logger="rehablogg"
)
def test_unreadable_database_is_left_alone_and_loses_nothing(
    qtbot: QtBot, crashed: Crashed
) -> None:
    crashed.paths.database.chmod(0)
    try:
        with permissions_bite():
            ready, seen = _start_up(qtbot, crashed.paths)
        assert not ready
        assert len(seen) == 1 and "får ikke lese databasen" in seen[0], seen
        for args in (("--quit-after-startup",), ("check",), ("restore", str(crashed.backup))):
            _one_sentence(
                _cli(crashed, *args, drop_privileges=True), "får ikke lese databasen", "tilgang"
            )
        assert stat.S_IMODE(crashed.paths.database.stat().st_mode) == 0  # not even chmodded
    finally:
        crashed.paths.database.chmod(0o600)
    assert crashed.live() == crashed.files
    assert not _kept_folders(crashed.paths)
    assert _all_entries_in(crashed.paths.root, crashed)


# ---------------------------------------------------------------------------------------------
# Really damaged
# ---------------------------------------------------------------------------------------------


def _damage(crashed: Crashed) -> bytes:
    """Overwrite the 16-byte magic string at the start of the file; returns the header as it
    was, to repair a copy later."""
    header = crashed.files[crashed.paths.db_name][:HEADER]
    with open(crashed.paths.database, "r+b") as fh:
        fh.write(b"\x00" * 16)
    return header


def _assert_kept(crashed: Crashed, header: bytes | None = None) -> Path:
    """One complete kept folder, owner-only, holding the database file and its -wal byte for
    byte as they were, and with them every saved entry."""
    folders = _kept_folders(crashed.paths)
    assert len(folders) == 1, folders
    folder = folders[0]
    assert not (folder / UNFINISHED).exists()
    names = {p.name for p in folder.iterdir()}
    assert {crashed.paths.db_name, crashed.paths.db_name + "-wal"} <= names, names
    assert (folder / (crashed.paths.db_name + "-wal")).read_bytes() == crashed.files[
        crashed.paths.db_name + "-wal"
    ]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in folder.iterdir())
    assert _all_entries_in(folder, crashed, header)
    return folder


@pytest.mark.expect_log("quick_check failed", level="ERROR", logger="rehablogg")
def test_damaged_database_is_restored_only_after_its_files_are_kept(
    qtbot: QtBot, crashed: Crashed
) -> None:
    header = _damage(crashed)
    damaged = crashed.paths.database.read_bytes()
    _one_sentence(_cli(crashed, "--quit-after-startup"), "skadet")
    assert not _kept_folders(crashed.paths)
    ready, seen = _start_up(qtbot, crashed.paths)
    assert ready
    assert len(seen) == 1 and "er skadet" in seen[0] and "-wal" in seen[0], seen
    folder = _assert_kept(crashed, header)
    assert (folder / crashed.paths.db_name).read_bytes() == damaged
    assert verify_backup(crashed.paths.database) == 1  # the backup from before the crash
    assert not crashed.wal.exists()  # the kept -wal never meets the restored database


def test_restore_on_the_command_line_over_a_damaged_database(crashed: Crashed) -> None:
    header = _damage(crashed)
    result = _cli(crashed, "restore", str(crashed.backup))
    assert result.returncode == 0, result.stderr
    folder = _assert_kept(crashed, header)
    assert str(folder) in result.stdout
    assert _cli(crashed, "check").returncode == 0


# ---------------------------------------------------------------------------------------------
# A healthy database: the Sikkerhetskopier window and `rehablogg restore`
# ---------------------------------------------------------------------------------------------


def test_restore_on_the_command_line_keeps_the_wal(crashed: Crashed) -> None:
    result = _cli(crashed, "restore", str(crashed.backup))
    assert result.returncode == 0, result.stderr
    folder = _assert_kept(crashed)
    assert (folder / crashed.paths.db_name).read_bytes() == crashed.files[crashed.paths.db_name]
    assert "tatt vare på urørt" in result.stdout
    copies = list(crashed.paths.backups.glob("rehablogg-*-gjenoppretting.sqlite3"))
    assert len(copies) == 1  # and listed in Sikkerhetskopier, to undo the restore
    # (the child may have saved more than it reported before the kill: at least these)
    assert verify_backup(copies[0]) >= 1 + SAVES
    assert _all_entries_in(copies[0].parent, crashed, db_name=copies[0].name)


def test_restore_in_the_backups_window_keeps_everything(qtbot: QtBot, crashed: Crashed) -> None:
    db = open_database(crashed.paths)  # the app runs: its connections recover the -wal
    try:
        with DataDirLock(crashed.paths.lock_file):
            dialog = BackupsDialog(Logbook(db))
            qtbot.addWidget(dialog)
            row = next(r for r, (b, _n) in enumerate(dialog.model.rows) if b.path == crashed.backup)
            dialog.ui.backupsTable.selectRow(row)
            seen: list[str] = []
            when_modal(_accept_every_offer(seen))
            dialog.restore_selected()
            assert dialog.restored, dialog.ui.messageLabel.text()
    finally:
        db.close()
    folders = _kept_folders(crashed.paths)
    assert len(folders) == 1 and str(folders[0]) in dialog.ui.messageLabel.text()
    assert _all_entries_in(folders[0], crashed)
    assert verify_backup(crashed.paths.database) == 1


# ---------------------------------------------------------------------------------------------
# A restore cut off at every step
# ---------------------------------------------------------------------------------------------


class PowerCut(Exception):  # noqa: N818 - reads as what happened
    pass


@pytest.mark.parametrize("renames_before_the_cut", range(7))
def test_a_restore_cut_off_at_any_rename_loses_nothing(
    crashed: Crashed, monkeypatch: pytest.MonkeyPatch, renames_before_the_cut: int
) -> None:
    """Every rename a restore makes (staging the copy, the backup-list copy, moving the three
    files, putting the restored copy in place) is where a power cut may land. Afterwards the
    recovery that runs before anything opens the database must leave either the old set in
    place or the restored database with the old set complete in its kept folder."""
    real_replace = os.replace
    calls = {"n": 0}

    def cut(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if calls["n"] == renames_before_the_cut:
            raise PowerCut
        calls["n"] += 1
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", cut)
    try:
        restore_backup(crashed.paths, crashed.backup)
        finished = True
    except PowerCut:
        finished = False
    monkeypatch.setattr(os, "replace", real_replace)
    recover_interrupted_restore(crashed.paths)
    folders = _kept_folders(crashed.paths)
    if folders:
        _assert_kept(crashed)
        assert verify_backup(crashed.paths.database) == 1
        assert not crashed.wal.exists()
    else:
        assert not finished
        assert crashed.live() == crashed.files
        assert _all_entries_in(crashed.paths.root, crashed)
    leftovers = [
        p.name
        for p in crashed.paths.root.iterdir()
        if "gjenoppretting" in p.name or p.name.endswith(".part")
    ]
    assert not leftovers


@pytest.mark.parametrize("renames_before_the_failure", range(6))
def test_a_failed_rename_is_rolled_back_at_once(
    crashed: Crashed, monkeypatch: pytest.MonkeyPatch, renames_before_the_failure: int
) -> None:
    """A rename that fails while the app runs on (another program holds a file) must not leave
    the folder half moved until the next start: the app's connections would open it at once."""
    real_replace = os.replace
    calls = {"n": 0}

    def failing(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls["n"] += 1
        if calls["n"] == renames_before_the_failure + 1:
            raise PermissionError(13, "held by another program", str(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        restore_backup(crashed.paths, crashed.backup)
    monkeypatch.setattr(os, "replace", real_replace)
    assert crashed.live() == crashed.files
    assert not _kept_folders(crashed.paths)
    assert not [p for p in crashed.paths.root.iterdir() if "gjenoppretting" in p.name]
    assert _all_entries_in(crashed.paths.root, crashed)


def test_a_restore_that_cannot_write_says_so_in_one_sentence(crashed: Crashed) -> None:
    """A folder where the restore's working copy must go (any file-system refusal will do):
    one sentence, exit 1, and the database with its -wal as it was."""
    blocker = crashed.paths.root / (crashed.paths.db_name + ".gjenoppretting")
    blocker.mkdir()
    (blocker / "noe").write_text("x")
    result = _cli(crashed, "restore", str(crashed.backup))
    _one_sentence(result, "ingenting er slettet")
    _one_sentence(_cli(crashed, "--quit-after-startup"), "Datamappen", "kan ikke")
    assert crashed.live() == crashed.files
    assert not _kept_folders(crashed.paths)
