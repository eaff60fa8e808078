"""No English and no missing glyphs in the bokmål window (issue 17, item 5): the locked-month
reason dialog, the key names in the F1 help, and the timer's icon."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.periods import mark_submitted
from rehablogg.storage.timer import start_timer
from tests.gui.conftest import TODAY, db_of
from tests.gui.dialogs import when_modal
from tests.gui.windows import CASES, Case

ROOT = Path(__file__).resolve().parents[2]
# Qt's own English texts for standard buttons, as they would leak through ("OK" is bokmål too).
ENGLISH = {
    "Cancel",
    "&Cancel",
    "Close",
    "&Close",
    "Apply",
    "&Apply",
    "Yes",
    "&Yes",
    "No",
    "&No",
    "Save",
    "&Save",
    "Open",
    "&Open",
    "Reset",
    "Help",
    "Discard",
    "Restore Defaults",
}


def _button_texts(top: QWidget) -> list[str]:
    return [b.text() for b in top.findChildren(QAbstractButton) if b.isVisibleTo(top)]


def test_the_locked_month_reason_dialog_is_in_bokmal(window: MainWindow) -> None:
    with db_of(window).engine.begin() as conn:
        mark_submitted(conn, TODAY.strftime("%Y-%m"), "test-export", "2026-11-30T12:00:00")
    seen: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        seen.append(_button_texts(dialog))

    when_modal(look)
    assert window._reason_if_locked(TODAY) is None  # closed without a reason
    assert seen and sorted(seen[0]) == ["Avbryt", "OK"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_no_english_button_in_any_window(window: MainWindow, case: Case) -> None:
    found: list[list[str]] = []
    case.open(window, lambda top: found.append(_button_texts(top)))
    assert found, f"{case.name} ble ikke åpnet"
    assert [t for t in found[0] if t in ENGLISH] == []


def test_f1_names_the_keys_in_norwegian(window: MainWindow) -> None:
    keys = [keys for keys, _what in window.shortcut_rows()]
    assert "Alt+Venstre" in keys and "Alt+Høyre" in keys and "Del" in keys
    words = {part for k in keys for part in k.split("+")}
    assert not words & {
        "Left",
        "Right",
        "Up",
        "Down",
        "Delete",
        "Return",
        "Space",
        "Backspace",
        "PgUp",
        "PgDown",
    }


def test_the_timer_shows_an_icon_not_a_glyph(window: MainWindow) -> None:
    start_timer(db_of(window).engine, datetime(2026, 11, 20, 9, 0).astimezone(), "A03", None)
    window.timer.show()
    ui = window.ui
    assert "⏱" not in ui.timerLabel.text()
    assert ui.timerIcon.isVisibleTo(window)
    pixmap = ui.timerIcon.pixmap()
    assert not pixmap.isNull() and pixmap.height() > 0
    image = pixmap.toImage()
    assert (
        len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}) > 2
    ), "the icon is empty"


def test_no_emoji_or_symbol_glyphs_in_the_gui_code() -> None:
    """Fonts on a plain desktop lack them (⏱ showed as a box); icons come from resources/."""
    found = []
    for path in (ROOT / "rehablogg" / "gui").rglob("*.py"):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if any(0x2300 <= ord(c) <= 0x23FF or ord(c) >= 0x1F300 for c in line):
                found.append(f"{path.name}:{n}")
    assert found == []


def test_the_icon_is_shipped() -> None:
    import tomllib

    icon = ROOT / "resources" / "icons" / "timer.svg"
    assert icon.is_file()
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "**/*.svg" in config["tool"]["setuptools"]["package-data"]["rehablogg.resources"]
