# Typed stub of ui_backups_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSpacerItem, QTableView, QVBoxLayout


class Ui_BackupsDialog:
    mainLayout: QVBoxLayout
    introLabel: QLabel
    backupsTable: QTableView
    messageLabel: QLabel
    buttonRow: QHBoxLayout
    backupNowButton: QPushButton
    restoreButton: QPushButton
    spacer: QSpacerItem
    buttonBox: QDialogButtonBox

    def setupUi(self, BackupsDialog: QDialog) -> None: ...
    def retranslateUi(self, BackupsDialog: QDialog) -> None: ...
