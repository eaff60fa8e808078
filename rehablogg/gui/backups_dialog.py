"""The Sikkerhetskopier window: the backups with date, entries and size, backup now, restore."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from rehablogg.application.backups_book import BackupInfo, BackupsBook
from rehablogg.application.errors import StorageError, machine_fault
from rehablogg.application.logbook import Logbook
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from rehablogg.gui.language import number, translated
from rehablogg.gui.table_model import ColumnTableModel, Index

_C = "BackupsModel"
# What a fault sentence names as not written (a full disk, a read-only folder …).
_BACKUP = QT_TRANSLATE_NOOP("BackupsDialog", "sikkerhetskopien")
COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsModel", "Tatt"),
    QT_TRANSLATE_NOOP("BackupsModel", "Anledning"),
    QT_TRANSLATE_NOOP("BackupsModel", "Registreringer"),
    QT_TRANSLATE_NOOP("BackupsModel", "Størrelse"),
)
REASON_NAMES = {
    "daglig": QT_TRANSLATE_NOOP("BackupsModel", "daglig"),
    "manuell": QT_TRANSLATE_NOOP("BackupsModel", "manuell"),
    "migrering": QT_TRANSLATE_NOOP("BackupsModel", "før oppgradering"),
    "gjenoppretting": QT_TRANSLATE_NOOP("BackupsModel", "før gjenoppretting"),
    "innlevering": QT_TRANSLATE_NOOP("BackupsModel", "før innlevering"),
}


def human_size(size: int) -> str:
    kb = size / 1024
    return f"{number(kb)} kB" if kb < 1024 else f"{number(kb / 1024, 1)} MB"


class BackupsModel(ColumnTableModel):
    columns = COLUMNS
    context = _C

    def __init__(self, book: BackupsBook) -> None:
        super().__init__()
        self.book = book
        self.rows: list[tuple[BackupInfo, int | None]] = []

    def reload(self) -> None:
        rows = self.book.backups()
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup, entries = self.rows[index.row()]
        reason = REASON_NAMES.get(backup.reason)
        values = (
            backup.taken_at.strftime("%d.%m.%Y %H:%M"),
            QCoreApplication.translate(_C, reason) if reason else backup.reason,
            self.tr("skadet") if entries is None else number(entries),
            human_size(backup.size),
        )
        return values[index.column()]


class BackupsDialog(QDialog):
    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = logbook.backups
        self.restored = False
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        localise_buttons(self)
        self.model = BackupsModel(self.book)
        table = self.ui.backupsTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.model.reload()
        if self.model.rowCount():
            table.selectRow(0)

    def backup_now(self) -> None:
        try:
            self.book.take("manuell")
        except (OSError, sqlite3.Error, StorageError) as exc:
            # A full disk, a read-only folder …: what happened and what to do, in words.
            fault = machine_fault(exc, _BACKUP, self.book.folder)
            self.ui.messageLabel.setText(
                translated(fault)
                if fault is not None
                else self.tr("Sikkerhetskopien kunne ikke tas: {error}").format(
                    error=translated(exc)
                )
            )
            return
        self.model.reload()
        self.ui.backupsTable.selectRow(0)
        self.ui.messageLabel.setText(self.tr("Sikkerhetskopien er tatt."))

    def selected(self) -> BackupInfo | None:
        index = self.ui.backupsTable.currentIndex()
        return self.model.rows[index.row()][0] if index.isValid() else None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Gjenopprett"),
            self.tr(
                "Erstatte dagens data med sikkerhetskopien fra {taken}? Dagens "
                "database tas vare på som egen sikkerhetskopi først, så "
                "ingenting går tapt."
            ).format(taken=f"{backup.taken_at:%d.%m.%Y %H:%M}"),
            parent=self,
        )
        yes = box.addButton(self.tr("Gjenopprett"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            restored = self.book.restore(backup.path)
        except (OSError, StorageError) as exc:
            self.ui.messageLabel.setText(translated(exc))
            return
        self.restored = True
        self.model.reload()
        self.ui.messageLabel.setText(
            self.tr(
                "Gjenopprettet fra {taken}; den forrige databasen ligger øverst i listen, "
                "og filene dens er tatt vare på urørt i {folder}."
            ).format(taken=f"{backup.taken_at:%d.%m.%Y %H:%M}", folder=restored.folder)
        )
