# Typed stub of ui_needs_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout


class Ui_NeedsDialog:
    mainLayout: QVBoxLayout
    introLabel: QLabel
    fields: QFormLayout
    assessedEditLabel: QLabel
    assessedEdit: QLineEdit
    barnehageSkoleComboLabel: QLabel
    barnehageSkoleCombo: QComboBox
    boligComboLabel: QLabel
    boligCombo: QComboBox
    hjelpemidlerComboLabel: QLabel
    hjelpemidlerCombo: QComboBox
    transportComboLabel: QLabel
    transportCombo: QComboBox
    ipKoordinatorComboLabel: QLabel
    ipKoordinatorCombo: QComboBox
    problemLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, NeedsDialog: QDialog) -> None: ...
    def retranslateUi(self, NeedsDialog: QDialog) -> None: ...
