"""The main window's quiet count of transition reminders, at the right of the status bar.

Shown only when some client turns 6, 16 or 18 within two years with no transition planning
(I12) and no needs assessment; the tooltip names them and the link opens the client register,
where the Påminnelse column says the same per client (Ctrl+B from the keyboard)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from rehablogg.application.errors import StorageError
from rehablogg.gui.reminder_text import by_client, reminder_sentence

if TYPE_CHECKING:
    from rehablogg.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


class WindowReminders:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("remindersLabel")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName(_tr("Overgangspåminnelser"))
        self.label.linkActivated.connect(lambda _link: window.open_clients())
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)

    def update(self) -> None:
        """Count the clients with a reminder now (after a save, a client change, a new day)."""
        logbook = self.window.logbook
        try:
            grouped = by_client(logbook.pathway.reminders(logbook.today()))
        except StorageError:  # the file gone: the window says so elsewhere; stay quiet here
            grouped = {}
        self.label.setVisible(bool(grouped))
        if not grouped:
            return
        n = len(grouped)
        text = (
            _tr("1 overgangspåminnelse") if n == 1 else _tr("{n} overgangspåminnelser").format(n=n)
        )
        self.label.setText(f'<a href="#brukere">{text}</a> (Ctrl+B)')
        lines = [reminder_sentence(r[0].label or _tr("En bruker"), r) for r in grouped.values()]
        self.label.setToolTip("\n".join(lines))
