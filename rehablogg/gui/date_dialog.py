"""Asking for one date (Kopier til dag), and Qt's dates as Python's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.language import monday_first


def python_date(value: QDate) -> date:
    """``value`` as a ``date`` (QDate.toPython is typed as returning object)."""
    return date(value.year(), value.month(), value.day())


def ask_date(parent: QWidget, title: str, prompt: str, initial: date) -> date | None:
    """The date chosen, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    label = QLabel(prompt, dialog)
    edit = QDateEdit(QDate(initial.year, initial.month, initial.day), dialog)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    monday_first(edit)
    edit.setAccessibleName(QCoreApplication.translate("MainWindow", "Dato"))
    label.setBuddy(edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for widget in (label, edit, buttons):
        layout.addWidget(widget)
    localise_buttons(dialog)
    edit.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return python_date(edit.date())
