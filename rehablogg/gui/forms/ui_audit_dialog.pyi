# Typed stub of ui_audit_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QSpacerItem, QTableView, QVBoxLayout


class Ui_AuditDialog:
    mainLayout: QVBoxLayout
    monthLayout: QHBoxLayout
    monthLabel: QLabel
    monthEdit: QDateEdit
    stateLabel: QLabel
    monthSpacer: QSpacerItem
    auditView: QTableView
    buttonBox: QDialogButtonBox

    def setupUi(self, AuditDialog: QDialog) -> None: ...
    def retranslateUi(self, AuditDialog: QDialog) -> None: ...
