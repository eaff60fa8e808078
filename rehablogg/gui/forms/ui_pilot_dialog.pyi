# Typed stub of ui_pilot_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout


class Ui_PilotDialog:
    mainLayout: QVBoxLayout
    introLabel: QLabel
    fileRow: QHBoxLayout
    pathLabel: QLabel
    pathEdit: QLineEdit
    browseButton: QPushButton
    pilotLabel: QLabel
    searchEdit: QLineEdit
    rosterTable: QTableView
    messageLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, PilotDialog: QDialog) -> None: ...
    def retranslateUi(self, PilotDialog: QDialog) -> None: ...
