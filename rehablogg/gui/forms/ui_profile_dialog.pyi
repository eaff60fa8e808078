# Typed stub of ui_profile_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpacerItem, QSpinBox, QTableView, QTimeEdit, QVBoxLayout


class Ui_ProfileDialog:
    outerLayout: QVBoxLayout
    introLabel: QLabel
    columnsLayout: QHBoxLayout
    leftColumn: QVBoxLayout
    personGroup: QGroupBox
    personLayout: QGridLayout
    therapistLabel: QLabel
    therapistEdit: QLineEdit
    therapistError: QLabel
    professionLabel: QLabel
    professionCombo: QComboBox
    professionError: QLabel
    municipalityLabel: QLabel
    municipalityEdit: QLineEdit
    municipalityInfo: QLabel
    municipalityError: QLabel
    unitLabel: QLabel
    unitEdit: QLineEdit
    unitError: QLabel
    positionLabel: QLabel
    positionSpin: QSpinBox
    positionError: QLabel
    kostraLabel: QLabel
    kostraCombo: QComboBox
    workGroup: QGroupBox
    workLayout: QGridLayout
    workdaysLabel: QLabel
    workdaysChecks: QHBoxLayout
    mondayCheck: QCheckBox
    tuesdayCheck: QCheckBox
    wednesdayCheck: QCheckBox
    thursdayCheck: QCheckBox
    fridayCheck: QCheckBox
    saturdayCheck: QCheckBox
    sundayCheck: QCheckBox
    workdaysSpacer: QSpacerItem
    workdaysError: QLabel
    hoursLabel: QLabel
    hoursRow: QHBoxLayout
    dayStartEdit: QTimeEdit
    hoursDash: QLabel
    dayEndEdit: QTimeEdit
    hoursSpacer: QSpacerItem
    hoursError: QLabel
    defaultsGroup: QGroupBox
    defaultsLayout: QGridLayout
    arenaLabel: QLabel
    arenaCombo: QComboBox
    contactLabel: QLabel
    contactCombo: QComboBox
    leftSpacer: QSpacerItem
    absenceGroup: QGroupBox
    absenceLayout: QVBoxLayout
    absenceAddLayout: QGridLayout
    absenceFromLabel: QLabel
    absenceFromEdit: QDateEdit
    absenceToLabel: QLabel
    absenceToEdit: QDateEdit
    absenceKindLabel: QLabel
    absenceKindCombo: QComboBox
    addAbsenceButton: QPushButton
    absenceError: QLabel
    absenceTable: QTableView
    absenceButtons: QHBoxLayout
    absenceInfo: QLabel
    removeAbsenceButton: QPushButton
    laterLabel: QLabel
    messageLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, ProfileDialog: QDialog) -> None: ...
    def retranslateUi(self, ProfileDialog: QDialog) -> None: ...
