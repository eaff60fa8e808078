# Typed stub of ui_client_page.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout


class Ui_ClientPage:
    mainLayout: QVBoxLayout
    titleLabel: QLabel
    monthsLabel: QLabel
    monthsTable: QTableView
    entriesLabel: QLabel
    entriesTable: QTableView
    buttonBox: QDialogButtonBox

    def setupUi(self, ClientPage: QDialog) -> None: ...
    def retranslateUi(self, ClientPage: QDialog) -> None: ...
