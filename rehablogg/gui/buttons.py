"""Bokmål texts for Qt's standard dialog buttons.

Qt ships no bokmål translation of its own strings (only nynorsk), so without this the OK,
Cancel and Close buttons would be in English in an otherwise Norwegian app.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

_B = QDialogButtonBox.StandardButton
TEXTS = {
    _B.Ok: "OK",
    _B.Cancel: "Avbryt",
    _B.Close: "Lukk",
    _B.Save: "Lagre",
    _B.Yes: "Ja",
    _B.No: "Nei",
    _B.Apply: "Bruk",
}


def localise_buttons(dialog: QWidget) -> None:
    for box in dialog.findChildren(QDialogButtonBox):
        for which, text in TEXTS.items():
            button = box.button(which)
            if button is not None:
                button.setText(text)
