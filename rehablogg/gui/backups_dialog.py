"""The Sikkerhetskopier window: the backups with date, entries and size, backup now, restore."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from rehablogg.gui.table_model import ColumnTableModel, Index
from rehablogg.storage.backups import (
    BackupInfo,
    backup_entries,
    restore_backup,
    take_backup,
)
from rehablogg.storage.database import Database
from rehablogg.storage.errors import StorageError
from rehablogg.storage.paths import DataPaths

COLUMNS = ("Tatt", "Anledning", "Registreringer", "Størrelse")
REASON_NAMES = {"daglig": "daglig", "manuell": "manuell", "migrering": "før oppgradering",
                "gjenoppretting": "før gjenoppretting", "innlevering": "før innlevering"}


def human_size(size: int) -> str:
    kb = size / 1024
    return f"{kb:,.0f} kB".replace(",", " ") if kb < 1024 else \
        f"{kb / 1024:,.1f} MB".replace(",", " ").replace(".", ",")


class BackupsModel(ColumnTableModel):
    columns = COLUMNS

    def __init__(self, paths: DataPaths) -> None:
        super().__init__()
        self.paths = paths
        self.rows: list[tuple[BackupInfo, int | None]] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = backup_entries(self.paths.backups)
        self.endResetModel()


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup, entries = self.rows[index.row()]
        values = (backup.taken_at.strftime("%d.%m.%Y %H:%M"),
                  REASON_NAMES.get(backup.reason, backup.reason),
                  "skadet" if entries is None else f"{entries:,}".replace(",", " "),
                  human_size(backup.size))
        return values[index.column()]


class BackupsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = DataPaths.of_database(db.path)
        self.restored = False
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        localise_buttons(self)
        self.model = BackupsModel(self.paths)
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
            take_backup(self.paths, "manuell")
        except (OSError, StorageError) as exc:
            self.ui.messageLabel.setText(f"Sikkerhetskopien kunne ikke tas: {exc}")
            return
        self.model.reload()
        self.ui.backupsTable.selectRow(0)
        self.ui.messageLabel.setText("Sikkerhetskopien er tatt.")

    def selected(self) -> BackupInfo | None:
        index = self.ui.backupsTable.currentIndex()
        return self.model.rows[index.row()][0] if index.isValid() else None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Gjenopprett",
                          f"Erstatte dagens data med sikkerhetskopien fra "
                          f"{backup.taken_at:%d.%m.%Y %H:%M}? Dagens database tas vare på som "
                          "egen sikkerhetskopi først, så ingenting går tapt.", parent=self)
        yes = box.addButton("Gjenopprett", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not yes:
            return
        self.db.engine.dispose()  # no open connection may see the file being replaced
        try:
            restore_backup(self.paths, backup.path, app_holds_lock=True)
        except (OSError, StorageError) as exc:
            self.ui.messageLabel.setText(str(exc))
            return
        self.restored = True
        self.model.reload()
        self.ui.messageLabel.setText(
            f"Gjenopprettet fra {backup.taken_at:%d.%m.%Y %H:%M}; den forrige databasen ligger "
            "øverst i listen.")
