"""Starting the app: single instance, a damaged database, an unsafe folder, faults on save."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.single_instance import server_name
from rehablogg.storage.database import Database
from rehablogg.storage.paths import risky_location
from rehablogg.storage.queries import count_entries
from tests.cli_runner import run_cli
from tests.gui.conftest import Keyboard

K = Qt.Key


def _start_app(data_dir: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, REHABLOGG_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "rehablogg"],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_for(predicate: object, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def _listening(name: str) -> bool:
    """The first app's single-instance server takes connections (a probe that asks nothing)."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    connected = probe.waitForConnected(100)
    probe.abort()
    return connected


@pytest.mark.slow
def test_second_start_brings_the_first_forward(
    qapp: QApplication, data_dir: Path, tmp_path: Path
) -> None:
    assert (
        run_cli(
            "profile", "set", "--therapist", "T1", "--municipality", "0301", data_dir=data_dir
        ).returncode
        == 0
    )
    log_file = data_dir / "logs" / "rehablogg.log"
    with _start_app(data_dir) as first:
        try:
            _wait_for(lambda: _listening(server_name(data_dir)))
            second = run_cli(data_dir=data_dir, timeout=60)
            assert second.returncode == 0, second.stderr
            assert "kjører allerede" in second.stdout
            _wait_for(lambda: "brought to front" in log_file.read_text())
            other = run_cli("--quit-after-startup", data_dir=tmp_path / "other", timeout=60)
            assert other.returncode == 0, other.stderr  # another data dir runs side by side
        finally:
            first.terminate()
            first.communicate(timeout=30)


def test_damaged_database_is_refused_and_left_alone(data_dir: Path) -> None:
    assert run_cli("profile", "set", "--unit", "X", data_dir=data_dir).returncode == 0
    db = data_dir / "rehablogg.sqlite3"
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    raw = bytearray(db.read_bytes())
    raw[4096 + 50 : 4096 * 3] = b"\xab" * (4096 * 2 - 50)
    db.write_bytes(bytes(raw))
    before = db.read_bytes()
    result = run_cli("--quit-after-startup", data_dir=data_dir)
    assert result.returncode == 1
    assert "er skadet" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_unreadable_data_dir_gives_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("--quit-after-startup", data_dir=blocker / "data")
    assert result.returncode == 1
    assert "Datamappen" in result.stderr and "Traceback" not in result.stderr


def test_synced_and_network_folders_are_recognised(tmp_path: Path) -> None:
    assert (
        risky_location(Path("/home/kari/OneDrive - Kommunen/rehablogg")) == "synkronisert skymappe"
    )
    assert risky_location(Path("/home/kari/Dropbox/data")) == "synkronisert skymappe"
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n//server/share /mnt/h cifs rw 0 0\n")
    assert risky_location(Path("/mnt/h/rehablogg"), mounts) == "nettverksmappe"
    assert risky_location(Path("/home/kari/.local/share/rehablogg"), mounts) is None


@pytest.mark.expect_log("save failed: OperationalError", level="WARNING", logger="rehablogg")
def test_disk_full_keeps_what_was_typed(window: MainWindow, kb: Keyboard, db: Database) -> None:
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def cap(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    kb.ctrl(K.Key_N)
    kb.type("administrasjon")
    kb.press(K.Key_Return)
    window.form.ui.noteEdit.setText("x" * 20000)  # needs new pages: the disk is "full"
    window.form.ui.minutesEdit.setFocus()
    kb.type("45")
    kb.press(K.Key_Return)
    assert "Disken er full" in window.form.problem_texts()["message"]
    assert window.form.ui.minutesEdit.text() == "45"
    assert window.form.code is not None and window.form.code.code == "A03"
    event.remove(db.engine, "connect", cap)
    db.engine.dispose()
    kb.press(K.Key_Return)  # space freed: the same form saves
    assert count_entries(db.engine) == 1


@pytest.mark.expect_log("save failed: OperationalError", level="WARNING", logger="rehablogg")
def test_database_locked_by_another_process(
    window: MainWindow, kb: Keyboard, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from rehablogg.storage import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def short_wait(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout = 200")  # type: ignore[attr-defined]

    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        kb.ctrl(K.Key_N)
        kb.type("administrasjon")
        kb.press(K.Key_Return)
        kb.type("30")
        kb.press(K.Key_Return)
        assert "opptatt av et annet program" in window.form.problem_texts()["message"]
        assert window.form.ui.minutesEdit.text() == "30"
    finally:
        other.execute("ROLLBACK")
        other.close()
    kb.press(K.Key_Return)
    assert count_entries(db.engine) == 1


def test_saving_logs_no_label_or_note(
    window: MainWindow, kb: Keyboard, db: Database, data_dir: Path
) -> None:
    from rehablogg.storage.logs import close_logging, setup_logging
    from rehablogg.storage.paths import resolve_data_dir

    paths = resolve_data_dir(data_dir)
    setup_logging(paths)
    try:
        kb.ctrl(K.Key_N)
        kb.type("veiledning foreldre")
        kb.press(K.Key_Return)
        kb.type("ola")
        kb.press(K.Key_Return)
        window.form.ui.noteEdit.setText("Ola Testesen sin mor ringte")
        window.form.ui.minutesEdit.setFocus()
        kb.type("30")
        kb.press(K.Key_Return)
    finally:
        close_logging(paths)
    text = (paths.logs / "rehablogg.log").read_text(encoding="utf-8")
    assert "saved entry" in text
    assert "Ola" not in text and "Testesen" not in text and "mor ringte" not in text


@pytest.mark.expect_log("save failed: OperationalError", level="WARNING", logger="rehablogg")
def test_read_only_database_keeps_what_was_typed(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    # Tests run as root, where file permissions do not bite; query_only makes SQLite refuse
    # writes exactly as it does for a read-only file.
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def read_only(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute("PRAGMA query_only = ON")  # type: ignore[attr-defined]

    kb.ctrl(K.Key_N)
    kb.type("administrasjon")
    kb.press(K.Key_Return)
    kb.type("30")
    kb.press(K.Key_Return)
    assert "skrivebeskyttet" in window.form.problem_texts()["message"]
    assert window.form.ui.minutesEdit.text() == "30"
    event.remove(db.engine, "connect", read_only)
    db.engine.dispose()
    kb.press(K.Key_Return)
    assert count_entries(db.engine) == 1


@pytest.mark.expect_log("save failed: DatabaseGoneError", level="WARNING", logger="rehablogg")
def test_vanished_data_folder_is_noticed_before_saving(
    window: MainWindow, kb: Keyboard, db: Database, tmp_path: Path
) -> None:
    moved = tmp_path / "moved"
    moved.mkdir()
    db.path.rename(moved / db.path.name)  # the folder was moved away under the running app
    kb.ctrl(K.Key_N)
    kb.type("administrasjon")
    kb.press(K.Key_Return)
    kb.type("30")
    kb.press(K.Key_Return)
    assert "finnes ikke lenger" in window.form.problem_texts()["message"]
    assert window.form.ui.minutesEdit.text() == "30"
    (moved / db.path.name).rename(db.path)
    kb.press(K.Key_Return)
    assert count_entries(db.engine) == 1
