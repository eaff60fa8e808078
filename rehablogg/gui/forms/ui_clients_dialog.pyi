# Typed stub of ui_clients_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpacerItem, QTableView, QVBoxLayout


class Ui_ClientsDialog:
    mainLayout: QVBoxLayout
    searchRow: QHBoxLayout
    searchLabel: QLabel
    searchEdit: QLineEdit
    showClosedCheck: QCheckBox
    clientsTable: QTableView
    buttonRow: QHBoxLayout
    newButton: QPushButton
    editButton: QPushButton
    pageButton: QPushButton
    activeButton: QPushButton
    eraseButton: QPushButton
    buttonSpacer: QSpacerItem
    buttonBox: QDialogButtonBox

    def setupUi(self, ClientsDialog: QDialog) -> None: ...
    def retranslateUi(self, ClientsDialog: QDialog) -> None: ...
