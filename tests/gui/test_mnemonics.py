"""Every Alt mnemonic leads to one place (issue 17, item 4).

In each window and dialog of the app (the same list as the accessibility checks), the
mnemonics of the menu bar's titles and of every button, tab, group box and buddied label shown
are unique; and within each menu (sub-menus included) the items' mnemonics are unique. Two
owners of one letter make Alt+letter go to the first only (Qt cycles between them on repeated
presses, which nobody expects), so Samarbeidsparter was unreachable by Alt+M and the Rediger
menu by Alt+R.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehablogg.gui.main_window import MainWindow
from tests.gui.conftest import db_of
from tests.gui.windows import CASES, Case, describe


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased."""
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i += 2
    return None


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.window() is top and widget.isVisibleTo(top)


def window_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Letter → what owns it in ``top``: menu titles, buttons, tabs, group boxes and buddied
    labels that are shown (a hidden widget's mnemonic is not active)."""
    owners: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            owners[letter].append(f"{what} «{text}»")

    for bar in top.findChildren(QMenuBar):
        if _shown(bar, top):
            for action in bar.actions():
                if action.isVisible():
                    add(action.text(), "meny")
    for button in top.findChildren(QAbstractButton):
        if _shown(button, top):
            add(button.text(), describe(button))
    for label in top.findChildren(QLabel):
        if _shown(label, top) and label.buddy() is not None:
            add(label.text(), describe(label))
    for box in top.findChildren(QGroupBox):
        if _shown(box, top):
            add(box.title(), describe(box))
    for tabs in top.findChildren(QTabBar):
        if _shown(tabs, top):
            for i in range(tabs.count()):
                if tabs.isTabVisible(i):
                    add(tabs.tabText(i), describe(tabs))
    return owners


def menu_mnemonics(menu: QMenu) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        letter = mnemonic(action.text()) if action.isVisible() else None
        if letter:
            owners[letter].append(action.text())
    return owners


def _menus(top: QWidget) -> list[QMenu]:
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())

    for bar in top.findChildren(QMenuBar):
        for action in bar.actions():
            if action.menu() is not None:
                walk(action.menu())
    return found


def clashes(top: QWidget) -> list[str]:
    found = [
        f"Alt+{letter.upper()}: {' / '.join(owners)}"
        for letter, owners in sorted(window_mnemonics(top).items())
        if len(owners) > 1
    ]
    for menu in _menus(top):
        found += [
            f"{menu.title().replace('&', '')} → {letter.upper()}: {' / '.join(owners)}"
            for letter, owners in sorted(menu_mnemonics(menu).items())
            if len(owners) > 1
        ]
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_mnemonic_is_unique(window: MainWindow, case: Case) -> None:
    found: list[list[str]] = []

    def inspect(top: QWidget) -> None:
        QApplication.processEvents()
        found.append(clashes(top))

    case.open(window, inspect)
    assert found, f"{case.name} ble ikke åpnet"
    assert found[0] == [], f"{case.name}:\n  " + "\n  ".join(found[0])


def test_the_timer_states_keep_their_mnemonics_unique(window: MainWindow) -> None:
    """The timer button's text changes with the timer; each text must fit the window."""
    from datetime import datetime

    from rehablogg.storage.timer import start_timer, stop_timer

    started = datetime(2026, 11, 20, 9, 0).astimezone()
    start_timer(db_of(window).engine, started, "A03", None)
    window.timer.show()
    assert clashes(window) == []
    stop_timer(db_of(window).engine, started.replace(minute=5))
    window.timer.show()
    assert clashes(window) == []


def test_alt_letters_reach_the_menus_and_the_form_fields(window: MainWindow) -> None:
    """Driven with real key presses: each Alt+letter of the issue lands where it says."""
    form = window.form.ui
    form.codeEdit.setFocus()
    QTest.keyClick(form.codeEdit, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.minutesEdit
    parties = mnemonic(form.partiesListLabel.text())
    assert parties is not None and parties != "m"
    QTest.keyClick(form.minutesEdit, ord(parties.upper()), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.partiesList
    for menu in (window.ui.menuEdit, window.ui.menuClients, window.ui.menuTimer):
        letter = mnemonic(menu.title())
        assert letter is not None
        owners = window_mnemonics(window)[letter]
        assert owners == [f"meny «{menu.title()}»"], owners


def test_the_check_sees_a_clash(qtbot: QtBot) -> None:
    top = QDialog()
    layout = QVBoxLayout(top)
    first, second = QLabel("&Minutter", top), QLabel("Sa&marbeidsparter", top)
    for label in (first, second):
        edit = QLineEdit(top)
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit)
    layout.addWidget(QPushButton("&Lagre && lukk", top))
    qtbot.addWidget(top)
    top.show()
    assert mnemonic("&Lagre && lukk") == "l" and mnemonic("Rock && roll") is None
    found = clashes(top)
    assert len(found) == 1 and found[0].startswith("Alt+M:")
