"""The question a change to a submitted month asks: why (the answer goes into the audit
trail). A reason holding an identity number is refused in the dialog itself, with the
sentence under the question and the reason left as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QWidget

from rehablogg.core.free_text import REASON, identity_number_refusal
from rehablogg.gui.buttons import button_text
from rehablogg.gui.language import translated


class ReasonDialog(QInputDialog):
    def __init__(self, parent: QWidget | None, title: str, question: str) -> None:
        super().__init__(parent)
        self.question = question
        self.setWindowTitle(title)
        self.setLabelText(question)
        self.setInputMode(QInputDialog.InputMode.TextInput)
        # Qt's own "Cancel" otherwise: it ships no bokmål translation (gui/buttons.py).
        self.setOkButtonText(button_text(QDialogButtonBox.StandardButton.Ok))
        self.setCancelButtonText(button_text(QDialogButtonBox.StandardButton.Cancel))

    def done(self, result: int) -> None:  # Qt calls this for OK and Cancel alike
        if result == QDialog.DialogCode.Accepted:
            refusal = identity_number_refusal(REASON, self.textValue())
            if refusal is not None:
                self.setLabelText(f"{self.question}\n\n{translated(refusal)}")
                return  # stays open, the reason as typed
        super().done(result)


def ask_reason(parent: QWidget | None, title: str, question: str) -> str | None:
    """The reason typed (stripped), or None when cancelled or left empty."""
    dialog = ReasonDialog(parent, title, question)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue().strip()
    dialog.deleteLater()
    return text if ok and text else None
