"""The Sikkerhetskopier window: list, back up now, restore inside the running app."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rehablogg.core.entry import EntryDraft
from rehablogg.gui.backups_dialog import BackupsDialog, human_size
from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.entries import add_entry
from rehablogg.storage.lock import DataDirLock
from rehablogg.storage.queries import count_entries
from tests.gui.conftest import db_of
from tests.gui.dialogs import when_modal

CAT = ("rehablogg-standard", 1)


def test_backup_now_and_restore_in_the_app(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    db = db_of(window)
    add_entry(db.engine, EntryDraft(date(2026, 11, 16), 30, "A03"), *CAT)
    with DataDirLock(db.path.parent / "rehablogg.lock"):  # as the running app holds it
        dialog = BackupsDialog(window.logbook, window)
        qtbot.addWidget(dialog)
        dialog.backup_now()
        assert dialog.model.rowCount() == 1
        qtmodeltester.check(dialog.model)
        assert dialog.model.index(0, 1).data() == "manuell"
        assert dialog.model.index(0, 2).data() == "1"
        add_entry(db.engine, EntryDraft(date(2026, 11, 17), 45, "A03"), *CAT)
        assert count_entries(db.engine) == 2
        dialog.ui.backupsTable.selectRow(0)

        def confirm(box: object) -> None:
            from PySide6.QtWidgets import QMessageBox, QPushButton

            assert isinstance(box, QMessageBox)
            next(b for b in box.findChildren(QPushButton) if b.text() == "Gjenopprett").click()

        when_modal(confirm)
        dialog.restore_selected()
        assert dialog.restored
        assert count_entries(db.engine) == 1
        reasons = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
        assert reasons == ["før gjenoppretting", "manuell"]  # the replaced data was kept


def test_sizes_read_the_norwegian_way() -> None:
    assert human_size(2048) == "2 kB"
    assert human_size(5 * 1024 * 1024 + 300 * 1024) == "5,3 MB"


def _full_os(*_args: object, **_kwargs: object) -> Path:
    raise OSError(errno.ENOSPC, "No space left on device")


def _full_sqlite(*_args: object, **_kwargs: object) -> Path:
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL, as SQLite sets it
    raise exc


@pytest.mark.parametrize("refuse", [_full_os, _full_sqlite], ids=["os", "sqlite"])
def test_a_backup_the_disk_refuses_is_said_in_words(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    refuse: Callable[..., Path],
) -> None:
    """A full disk while backing up: the window says so and what to do — not the system's
    English ('[Errno 28] No space left on device'), and SQLite's own error is not a crash."""
    monkeypatch.setattr("rehablogg.application.backups_book.take_backup", refuse)
    dialog = BackupsDialog(window.logbook, window)
    qtbot.addWidget(dialog)
    dialog.backup_now()
    message = dialog.ui.messageLabel.text()
    assert "Disken er full" in message and "sikkerhetskopien" in message
    assert "Errno" not in message and "No space" not in message
    assert dialog.model.rowCount() == 0
