"""Bokmål texts for Qt's standard dialog buttons.

Qt ships no bokmål translation of its own strings (only nynorsk), so without this the OK,
Cancel and Close buttons would be in English in an otherwise Norwegian app. The texts are
marked for translation like any other, so in nynorsk and English they follow the chosen
language too (gui/language.py also installs Qt's own qtbase translation for those).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QShortcutEvent
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

_B = QDialogButtonBox.StandardButton
TEXTS = {
    _B.Ok: QT_TRANSLATE_NOOP("buttons", "OK"),
    _B.Cancel: QT_TRANSLATE_NOOP("buttons", "Avbryt"),
    _B.Close: QT_TRANSLATE_NOOP("buttons", "Lukk"),
    _B.Save: QT_TRANSLATE_NOOP("buttons", "Lagre"),
    _B.Yes: QT_TRANSLATE_NOOP("buttons", "Ja"),
    _B.No: QT_TRANSLATE_NOOP("buttons", "Nei"),
    _B.Apply: QT_TRANSLATE_NOOP("buttons", "Bruk"),
}


def button_text(which: QDialogButtonBox.StandardButton) -> str:
    return QCoreApplication.translate("buttons", TEXTS[which])


def localise_buttons(dialog: QWidget) -> None:
    for box in dialog.findChildren(QDialogButtonBox):
        for which in TEXTS:
            button = box.button(which)
            if button is not None:
                button.setText(button_text(which))


class _ClickAtOnce(QObject):
    """Clicks a button the moment its Alt mnemonic is pressed (see click_at_once)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Shortcut
            and isinstance(event, QShortcutEvent)
            and not event.isAmbiguous()
            and isinstance(watched, QAbstractButton)
            and watched.isEnabled()
        ):
            watched.click()
            return True
        return super().eventFilter(watched, event)


def click_at_once(*buttons: QAbstractButton) -> None:
    """Make each button act on its Alt mnemonic at once. Qt animates a mnemonic's click and
    runs it 100 ms later, so what the user types right after Alt+letter (the date of the pause
    row the button adds, the first letters in the dialog it opens) lands in the old field."""
    for button in buttons:
        click_filter = _ClickAtOnce(button)
        button.installEventFilter(click_filter)
