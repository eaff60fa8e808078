"""Highlights and message texts stay readable in a light, a dark and a high-contrast theme:
every colour the app sets itself has a WCAG 2 contrast of at least 4.5:1 against the text on
it (or the background under it), computed with the WCAG formula."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.palette_colours import (
    MIN_CONTRAST,
    TONE_PROPERTY,
    contrast,
    install_tones,
    luminance,
    remove_tones,
)

_R = QPalette.ColorRole


def make_palette(roles: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in roles.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    return palette


DARK = make_palette(
    {
        _R.Window: "#2b2b2b",
        _R.WindowText: "#eeeeee",
        _R.Base: "#1e1e1e",
        _R.AlternateBase: "#282828",
        _R.Text: "#eeeeee",
        _R.Button: "#353535",
        _R.ButtonText: "#eeeeee",
        _R.Highlight: "#2f65ca",
        _R.HighlightedText: "#ffffff",
        _R.ToolTipBase: "#353535",
        _R.ToolTipText: "#eeeeee",
        _R.PlaceholderText: "#9a9a9a",
    }
)
# Windows' «High contrast black»: black ground, white text, yellow for what is active.
HIGH_CONTRAST = make_palette(
    {
        _R.Window: "#000000",
        _R.WindowText: "#ffffff",
        _R.Base: "#000000",
        _R.AlternateBase: "#000000",
        _R.Text: "#ffffff",
        _R.Button: "#000000",
        _R.ButtonText: "#ffffff",
        _R.Highlight: "#ffff00",
        _R.HighlightedText: "#000000",
        _R.Link: "#ffff00",
        _R.PlaceholderText: "#ffff00",
    }
)
LIGHT = make_palette(
    {
        _R.Window: "#efefef",
        _R.WindowText: "#000000",
        _R.Base: "#ffffff",
        _R.AlternateBase: "#f7f7f7",
        _R.Text: "#000000",
        _R.Button: "#efefef",
        _R.ButtonText: "#000000",
        _R.Highlight: "#308cc6",
        _R.HighlightedText: "#ffffff",
    }
)
PALETTES = {"lyst": LIGHT, "mørkt": DARK, "høy kontrast": HIGH_CONTRAST}


@pytest.fixture
def themed(request: pytest.FixtureRequest) -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(PALETTES[request.param])
    install_tones(app)
    try:
        yield PALETTES[request.param]
    finally:
        remove_tones(app)
        app.setPalette(before)


def test_wcag_formula() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert luminance(QColor("#808080")) == pytest.approx(0.2159, abs=0.001)
    # The colours the app used to fix vanish on a dark ground; that is what this file guards.
    assert contrast(QColor("#b00020"), DARK.color(_R.Window)) < MIN_CONTRAST
    assert contrast(QColor("#fff3c4"), DARK.color(_R.Text)) < MIN_CONTRAST


def _brush_colour(value: object) -> QColor | None:
    return value.color() if isinstance(value, QBrush) else None


@pytest.mark.parametrize("themed", list(PALETTES), indirect=True)
def test_day_highlights_read_in_every_theme(window: MainWindow, themed: QPalette) -> None:
    window.refresh()  # the shown week: empty working days and a weekend
    model = window.days_model
    text = themed.color(_R.Text)
    base = themed.color(_R.Base)
    seen = set()
    for column in range(len(model.days)):  # the days; the week's total column is plain
        for row in range(model.rowCount()):
            colour = _brush_colour(model.index(row, column).data(Qt.ItemDataRole.BackgroundRole))
            assert colour is not None, "every day in a week without entries is highlighted"
            ratio = contrast(colour, text)
            assert ratio >= MIN_CONTRAST, (
                f"{model.headerData(column, Qt.Orientation.Horizontal)}: {colour.name()} "
                f"under {text.name()} has contrast {ratio:.2f}"
            )
            assert colour != base, "a highlight that looks like no highlight"
            seen.add(colour.name())
    assert len(seen) == 2, "empty working days and days off are told apart"


@pytest.mark.parametrize("themed", list(PALETTES), indirect=True)
def test_missing_day_rows_read_in_every_theme(window: MainWindow, themed: QPalette) -> None:
    window.refresh()
    model = window.entries_model
    found = [
        _brush_colour(model.index(r, 3).data(Qt.ItemDataRole.ForegroundRole))
        for r in range(model.rowCount())
    ]
    colours = [c for c in found if c is not None]
    assert colours, "the week without entries lists its days as placeholders"
    for colour in colours:
        for ground in (themed.color(_R.Base), themed.color(_R.AlternateBase)):
            assert contrast(colour, ground) >= MIN_CONTRAST, (colour.name(), ground.name())


@pytest.mark.parametrize("themed", list(PALETTES), indirect=True)
def test_error_and_hint_labels_read_in_every_theme(window: MainWindow, themed: QPalette) -> None:
    form = window.form
    form.ui.minutesEdit.setText("tre kvarter")
    form.try_save()
    labels = [label for label in window.findChildren(QLabel) if label.property(TONE_PROPERTY)]
    assert form.ui.minutesError in labels
    assert form.ui.minutesError.isVisible()
    for label in labels:
        label.ensurePolished()
        colour = label.palette().color(_R.WindowText)
        ratio = contrast(colour, themed.color(_R.Window))
        assert ratio >= MIN_CONTRAST, f"{label.objectName()}: {colour.name()} ({ratio:.2f})"
    assert form.ui.minutesError.palette().color(_R.WindowText) != themed.color(_R.WindowText), (
        "an error sentence stands out from ordinary text"
    )


def test_tones_follow_a_palette_change(window: MainWindow) -> None:
    """Switching the system to dark mode while the app runs recolours the messages."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(LIGHT)
    install_tones(app)
    try:
        label = window.form.ui.minutesError
        label.ensurePolished()
        light_colour = label.palette().color(_R.WindowText)
        app.setPalette(DARK)
        QApplication.processEvents()
        label.ensurePolished()
        dark_colour = label.palette().color(_R.WindowText)
        assert dark_colour != light_colour
        assert contrast(dark_colour, DARK.color(_R.Window)) >= MIN_CONTRAST
    finally:
        remove_tones(app)
        app.setPalette(before)
