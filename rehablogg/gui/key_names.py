"""Key names as a Norwegian keyboard and user say them, for the F1 help.

``QKeySequence.toString()`` gives Qt's English names (Alt+Left), and Qt ships no bokmål
translation for its NativeText names; the keys whose names differ are named here and marked
for translation like any other text. Keys printed on the keyboard the same way in Norwegian
(Ctrl, Shift, Alt, Del, Home, End, Esc, F1 …) keep their names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "keys"
NAMES = {
    "Left": QT_TRANSLATE_NOOP("keys", "Venstre"),
    "Right": QT_TRANSLATE_NOOP("keys", "Høyre"),
    "Up": QT_TRANSLATE_NOOP("keys", "Pil opp"),
    "Down": QT_TRANSLATE_NOOP("keys", "Pil ned"),
    "Return": QT_TRANSLATE_NOOP("keys", "Enter"),
    "Space": QT_TRANSLATE_NOOP("keys", "Mellomrom"),
    "Backspace": QT_TRANSLATE_NOOP("keys", "Tilbake"),
    "PgUp": QT_TRANSLATE_NOOP("keys", "Page Up"),
    "PgDown": QT_TRANSLATE_NOOP("keys", "Page Down"),
    "Ins": QT_TRANSLATE_NOOP("keys", "Insert"),
}


def key_text(sequence: QKeySequence) -> str:
    """``Alt+Left`` → ``Alt+Venstre``; several sequences are joined with ``, ``."""
    parts = []
    for combination in sequence.toString(QKeySequence.SequenceFormat.PortableText).split(", "):
        keys = combination.split("+") if combination != "+" else ["+"]
        parts.append(
            "+".join(
                QCoreApplication.translate(_CONTEXT, NAMES[k]) if k in NAMES else k for k in keys
            )
        )
    return ", ".join(parts)
