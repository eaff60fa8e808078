"""Every window and dialog, opened the way a user opens it, is usable with a screen reader and
the keyboard alone.

The rules, the same for every window:

- every input (line edits, combo and spin boxes, date and time edits, item views, text edits,
  sliders, check and radio boxes without text of their own) has a name a screen reader can read
  out: a non-empty ``accessibleName()`` *or* a ``QLabel`` whose buddy it is (Qt reads the
  buddy's text as the name, and the label's mnemonic then also jumps to it);
- every button has a text or an accessible name;
- item views do not move between their cells on Tab (arrows do that), so Tab never gets stuck;
- every enabled, visible control that takes keyboard focus is reached by pressing Tab, starting
  from where the window puts the focus, before the focus comes round again.

At 200 % scaling (a 2560 × 1440 screen at scale factor 2) the main windows fit on the screen
and no label, button or check box shows less than its text (docs/screenshots/scaled_shots.py).

The windows, and how each is opened, are listed in tests/gui/windows.py: a window added there
is checked here.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehablogg.core.entry import EntryDraft
from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.entries import add_entry
from tests.gui.conftest import db_of
from tests.gui.windows import CASES, Case, describe

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
)
MAX_TAB_PRESSES = 600  # item views with Tab navigation walk their cells; this bounds a trap


# -- the checks -------------------------------------------------------------------------------
def _internal(widget: QWidget, top: QWidget) -> bool:
    """Qt's own parts of a composite widget (the line edit in a spin box, a calendar popup,
    scroll bars): the composite is what the user meets and what is checked."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True  # a scroll area's viewport: focus on it is focus on the view
    while parent is not None and parent is not top:
        if isinstance(
            parent, QAbstractSpinBox | QComboBox | QCalendarWidget | QLineEdit | QAbstractItemView
        ):
            return True
        parent = parent.parentWidget()
    return False


def _own_widgets(top: QWidget) -> list[QWidget]:
    """The widgets of ``top``, not of other windows parented to it."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.window() is top and not _internal(widget, top):
            found.append(widget)
    return found


def _buddied(top: QWidget) -> set[int]:
    return {
        id(label.buddy())
        for label in top.findChildren(QLabel)
        if label.buddy() is not None and label.text().replace("&", "").strip()
    }


def unnamed_inputs(top: QWidget) -> list[str]:
    buddied = _buddied(top)
    missing = []
    for widget in _own_widgets(top):
        texted = isinstance(widget, QCheckBox | QRadioButton) and widget.text().strip()
        is_input = isinstance(widget, INPUTS) or (
            isinstance(widget, QCheckBox | QRadioButton) and not texted
        )
        if not is_input:
            continue
        if not widget.accessibleName().strip() and id(widget) not in buddied:
            missing.append(describe(widget))
    return missing


def unnamed_buttons(top: QWidget) -> list[str]:
    return [
        describe(b)
        for b in _own_widgets(top)
        if isinstance(b, QAbstractButton)
        and not b.text().replace("&", "").strip()
        and not b.accessibleName().strip()
    ]


def tab_trapping_views(top: QWidget) -> list[str]:
    """Item views that move between their cells on Tab (Qt's default for tables, which wraps
    round at the last cell): Tab must leave a view; the arrow keys move inside it."""
    return [
        describe(w)
        for w in _own_widgets(top)
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation()
    ]


def _takes_tab(widget: QWidget, top: QWidget) -> bool:
    return (
        widget.isVisibleTo(top)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _owner(widget: QWidget) -> QWidget:
    """A spin box or editable combo box hands its focus to an inner line edit."""
    parent = widget.parentWidget()
    if parent is not None and parent.focusProxy() is widget:
        return parent
    return widget


def tab_walk(top: QWidget) -> list[QWidget]:
    """Press Tab from the window's own focus until the focus comes round again."""
    start = QApplication.focusWidget()
    assert start is not None and start.window() is top, (
        f"{describe(top)} gives no widget keyboard focus when it opens"
    )
    visited = [_owner(start)]
    previous = start
    for _ in range(MAX_TAB_PRESSES):
        QTest.keyClick(previous, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now.window() is not top:
            break
        # Date edits step through their sections and tables through their cells on Tab, so
        # the walk is round only when the focus comes back to the start from elsewhere.
        if now is start and previous is not start:
            return visited
        visited.append(_owner(now))
        previous = now
    pytest.fail(
        f"{describe(top)}: Tab kommer ikke rundt igjen etter {MAX_TAB_PRESSES} "
        f"trykk (fanget i {describe(QApplication.focusWidget() or top)})"
    )


def unreachable(top: QWidget) -> list[str]:
    reached = {id(w) for w in tab_walk(top)}
    return [
        describe(w)
        for w in _own_widgets(top)
        if _takes_tab(w, top) and id(_owner(w)) not in reached and id(w) not in reached
    ]


def audit(top: QWidget) -> list[str]:
    problems = [f"mangler tilgjengelig navn: {w}" for w in unnamed_inputs(top)]
    problems += [f"knapp uten tekst eller navn: {w}" for w in unnamed_buttons(top)]
    problems += [f"Tab flytter mellom cellene: {w}" for w in tab_trapping_views(top)]
    if not any(p.startswith("Tab flytter") for p in problems):  # the walk would be trapped
        problems += [f"nås ikke med Tab: {w}" for w in unreachable(top)]
    return problems


@pytest.fixture
def with_entry(window: MainWindow) -> MainWindow:
    """One saved entry, so the tables and the export have something to show."""
    add_entry(
        db_of(window).engine,
        EntryDraft(date(2026, 11, 18), 45, "D02", None, ()),
        window.catalogue.id,
        window.catalogue.version,
    )
    window.refresh()
    return window


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_window_is_named_and_tabbable(with_entry: MainWindow, case: Case) -> None:
    found: list[list[str]] = []

    def inspect(top: QWidget) -> None:
        QApplication.processEvents()
        found.append(audit(top))

    case.open(with_entry, inspect)
    assert found, f"{case.name} ble ikke åpnet"
    assert found[0] == [], f"{case.name}:\n  " + "\n  ".join(found[0])


W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str = "") -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


# -- the checks themselves can fail -----------------------------------------------------------
def test_checks_catch_unnamed_and_untabbable(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    top = QDialog()
    layout = QVBoxLayout(top)
    first = named(QLineEdit(top), "named", "Navn")
    label = QLabel("&Dato", top)
    buddy = named(QLineEdit(top), "buddied")
    label.setBuddy(buddy)
    bare = named(QLineEdit(top), "bare")
    icon_only = named(QCheckBox(top), "iconOnly")
    click_only = named(QLineEdit(top), "clickOnly", "Bare klikk")
    click_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    trap = named(QPlainTextEdit(top), "trap", "Notat")
    for w in (first, label, buddy, bare, icon_only, click_only, trap):
        layout.addWidget(w)
    qtbot.addWidget(top)
    top.show()
    top.activateWindow()
    first.setFocus()
    QApplication.processEvents()
    assert unnamed_inputs(top) == ["QLineEdit 'bare'", "QCheckBox 'iconOnly'"]
    assert unnamed_buttons(top) == ["QCheckBox 'iconOnly'"]
    # The plain-text edit takes Tab as a character, so nothing after it is reached …
    with pytest.raises(pytest.fail.Exception, match="Tab kommer ikke rundt"):
        tab_walk(top)
    trap.setTabChangesFocus(True)
    first.setFocus()
    # … and once it passes Tab on, everything is, except what only takes focus by clicking.
    assert unreachable(top) == []
    # A widget that sends Tab elsewhere leaves the controls in between unreachable.
    skipper = _TabTo(trap)
    buddy.installEventFilter(skipper)
    first.setFocus()
    assert unreachable(top) == ["QLineEdit 'bare'", "QCheckBox 'iconOnly'"]


class _TabTo(QObject):
    def __init__(self, target: QWidget) -> None:
        super().__init__()
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
        ):
            self.target.setFocus()
            return True
        return False


# -- 200 % scaling ----------------------------------------------------------------------------
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "scaled_shots.py"


def _scaled_shots() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scaled_shots", SHOTS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_text_is_cut_off_at_200_percent() -> None:
    """Main window (with the code picker and its help open), entry form, client register,
    profile and export, laid out on a 2560 × 1440 screen at scale factor 2 (1280 × 720 logical
    pixels): every window fits, and no label, button or check box is narrower (or, word-wrapped,
    lower) than its text."""
    done = subprocess.run(
        [sys.executable, str(SHOTS), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "PYTHONPATH": str(SHOTS.parents[2])},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("[")]
    assert lines, done.stdout + done.stderr
    assert json.loads(lines[-1]) == []
    assert done.returncode == 0, done.stderr


def test_cut_off_check_sees_cut_off_text(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout

    clipped_texts = _scaled_shots().clipped_texts
    top = named(QDialog(), "probe")
    layout = QHBoxLayout(top)
    whole = named(QLabel("Denne teksten får plass", top), "whole")
    squeezed = named(QLabel("Denne teksten får ikke plass i 40 punkter", top), "squeezed")
    squeezed.setFixedWidth(40)
    wrapped = named(QLabel("Ord " * 40, top), "wrapped")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 30)
    button = named(QPushButton("Lagre registreringen", top), "button")
    button.setMaximumWidth(30)
    for widget in (whole, squeezed, wrapped, button):
        layout.addWidget(widget)
    qtbot.addWidget(top)
    top.show()
    QApplication.processEvents()
    found = " | ".join(clipped_texts(top))
    assert "squeezed" in found and "wrapped" in found and "button" in found
    assert "whole" not in found
    top.resize(top.screen().availableGeometry().width() + 200, 200)
    assert "vinduet er" in " | ".join(clipped_texts(top))
