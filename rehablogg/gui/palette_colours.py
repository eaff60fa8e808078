"""Colours computed from the palette in use, never fixed, so the highlights and message texts
stay readable in a light, a dark and a high-contrast theme.

"Readable" is the WCAG 2 rule for normal text: a contrast ratio of at least 4.5:1 between the
text and what it sits on. A colour that falls short is moved towards black or white (whichever
is further from its background) until it passes, so a theme can never make it vanish.

Labels mark what they are in the Designer form with a dynamic property ``tone`` ("error" for a
refused input's sentence, "muted" for a hint); ``install_tones`` colours them for the whole
application and again whenever the palette changes (the user switches to dark mode).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MIN_CONTRAST = 4.5
TONE_PROPERTY = "tone"
ERROR_HUE = QColor("#b00020")  # the red the light theme has always used
WARNING_HUE = QColor("#8a5a00")
GAP_TINT = QColor("#ffc400")  # amber: an empty working day
GAP_STRENGTH = 0.28
OFF_STRENGTH = 0.12  # how far a day off moves from the background towards the text colour

_Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 for black to 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(_Role.Base)) < 0.18  # darker than mid grey


def readable_on(colour: QColor, *backgrounds: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``colour``, or the nearest colour towards black or white that reaches ``minimum``
    against every one of ``backgrounds``."""
    worst = min(backgrounds, key=lambda bg: contrast(colour, bg))
    target = QColor("black") if luminance(worst) > 0.18 else QColor("white")
    step = 0.0
    candidate = QColor(colour)
    while step < 1.0 and min(contrast(candidate, bg) for bg in backgrounds) < minimum:
        step += 0.05
        candidate = mix(colour, target, step)
    return candidate


def tinted_background(palette: QPalette, tint: QColor, strength: float) -> QColor:
    """The base colour moved ``strength`` towards ``tint``, weakened until the palette's text
    still reads on it."""
    base, text = palette.color(_Role.Base), palette.color(_Role.Text)
    while strength > 0 and contrast(mix(base, tint, strength), text) < MIN_CONTRAST:
        strength -= 0.02
    return mix(base, tint, strength)


def gap_background(palette: QPalette) -> QColor:
    """Background of a working day with nothing logged."""
    return tinted_background(palette, GAP_TINT, GAP_STRENGTH)


def off_background(palette: QPalette) -> QColor:
    """Background of a weekend, holiday or absence day."""
    return tinted_background(palette, palette.color(_Role.Text), OFF_STRENGTH)


def error_text(palette: QPalette) -> QColor:
    """A refused input's sentence, on the window background."""
    return readable_on(ERROR_HUE, palette.color(_Role.Window), palette.color(_Role.Base))


def warning_text(palette: QPalette) -> QColor:
    """A missing working day in a list, on either of a view's alternating row colours."""
    return readable_on(WARNING_HUE, palette.color(_Role.Base), palette.color(_Role.AlternateBase))


def muted_text(palette: QPalette) -> QColor:
    """Secondary text (a hint, a closed client): half-way to the background, still readable."""
    text = palette.color(_Role.Text)
    return readable_on(
        mix(text, palette.color(_Role.Base), 0.45),
        palette.color(_Role.Base),
        palette.color(_Role.AlternateBase),
        palette.color(_Role.Window),
    )


def tone_style_sheet(palette: QPalette) -> str:
    return (
        f'QLabel[{TONE_PROPERTY}="error"] {{ color: {error_text(palette).name()}; }}\n'
        f'QLabel[{TONE_PROPERTY}="muted"] {{ color: {muted_text(palette).name()}; }}\n'
    )


class _ToneKeeper(QWidget):
    """Recolours the toned labels when the application palette changes: a widget that is never
    shown, because Qt tells every widget of the change. An event filter on the application
    would see every event of every widget instead, in Python: 30 ms of a start's widgets and
    their first paint (benchmarks/README.md), and every mouse move after it."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                _apply(app)
        return super().event(event)


_keeper: list[_ToneKeeper] = []  # the one keeper, kept alive here (a widget has no app parent)


def _apply(app: QApplication) -> None:
    sheet = tone_style_sheet(app.palette())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def install_tones(app: QApplication) -> None:
    """Colour ``tone`` labels from the palette now and after every palette change."""
    _apply(app)
    if not _keeper:
        _keeper.append(_ToneKeeper())


def remove_tones(app: QApplication) -> None:
    """Undo ``install_tones`` (tests share one application)."""
    while _keeper:
        _keeper.pop().deleteLater()
    app.setStyleSheet("")
