"""Fixtures for driving the real window like a user: keyboard first, counting keystrokes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from rehablogg.application.logbook import Logbook
from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import Database

TODAY = date(2026, 11, 20)  # a Friday in ISO week 47


class Keyboard:
    """Sends keys to whatever has focus, as a user's keyboard does, and counts them."""

    def __init__(self) -> None:
        self.keys = 0  # keystrokes beyond the characters typed
        self.chars = 0

    @staticmethod
    def focus() -> QWidget:
        if QApplication.focusWidget() is None:
            # A window manager gives focus back to the main window when a dialog closes; the
            # offscreen platform does not, so do what it would.
            for top in QApplication.topLevelWidgets():
                if isinstance(top, QMainWindow) and top.isVisible():
                    top.activateWindow()
            QApplication.processEvents()
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)
        self.chars += len(text)

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.focus(), key, modifiers)
        self.keys += 1

    def ctrl(self, key: Qt.Key) -> None:
        self.press(key, Qt.KeyboardModifier.ControlModifier)


def log(kb: Keyboard, code_search: str, client_searches: list[str], minutes: str) -> None:
    """Log one entry by keyboard: a new form, the code searched, each client, the minutes."""
    kb.ctrl(Qt.Key.Key_N)
    kb.type(code_search)
    kb.press(Qt.Key.Key_Return)
    for search in client_searches:
        kb.type(search)
        kb.press(Qt.Key.Key_Return)
    kb.type(minutes)
    kb.press(Qt.Key.Key_Return)


def db_of(window: MainWindow) -> Database:
    """The database behind ``window``'s logbook, for a test that sets up or checks data the
    window itself never writes directly."""
    return window.logbook._db


def only_entry(db: Database) -> str:
    """The id of the one entry in ``db``."""
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT id FROM entry")).scalar_one())


@pytest.fixture
def clients(db: Database) -> dict[str, int]:
    names = {"Ola Testesen": 2019, "Kari Prøvesen": 2016, "Per Eksempel": 2017, "Nina Fiktiv": 1958}
    return {name: add_client(db.engine, name, birth_year=year) for name, year in names.items()}


@pytest.fixture
def window(qtbot: QtBot, db: Database, clients: dict[str, int]) -> Iterator[MainWindow]:
    w = MainWindow(Logbook(db, today=lambda: TODAY))
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.form.ui.codeEdit.setFocus()
    QApplication.processEvents()
    yield w


@pytest.fixture
def kb() -> Keyboard:
    return Keyboard()
