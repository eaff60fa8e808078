# Typed stub of ui_client_edit_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout


class Ui_ClientEditDialog:
    mainLayout: QVBoxLayout
    introLabel: QLabel
    fields: QFormLayout
    labelEditLabel: QLabel
    labelBox: QVBoxLayout
    labelEdit: QLineEdit
    labelError: QLabel
    birthYearSpinLabel: QLabel
    yearBox: QVBoxLayout
    birthYearSpin: QSpinBox
    birthYearError: QLabel
    serviceComboLabel: QLabel
    serviceCombo: QComboBox
    homeEditLabel: QLabel
    homeBox: QVBoxLayout
    homeEdit: QLineEdit
    homeError: QLabel
    arrangementComboLabel: QLabel
    arrangementCombo: QComboBox
    pseudonymValueLabel: QLabel
    pseudonymValue: QLabel
    flagsLayout: QVBoxLayout
    ipCheck: QCheckBox
    coordinatorCheck: QCheckBox
    childCoordinatorCheck: QCheckBox
    meCoordinatorCheck: QCheckBox
    buttonBox: QDialogButtonBox

    def setupUi(self, ClientEditDialog: QDialog) -> None: ...
    def retranslateUi(self, ClientEditDialog: QDialog) -> None: ...
