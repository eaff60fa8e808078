# Typed stub of ui_entry_form.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QPushButton, QSpacerItem, QSpinBox, QTextBrowser, QToolButton, QVBoxLayout, QWidget


class Ui_EntryForm:
    outerLayout: QVBoxLayout
    titleLabel: QLabel
    fieldsLayout: QGridLayout
    dateEditLabel: QLabel
    dateBox: QVBoxLayout
    dateEdit: QDateEdit
    dateError: QLabel
    codeEditLabel: QLabel
    codeBox: QVBoxLayout
    codeEdit: QLineEdit
    codeList: QListView
    codeInfo: QLabel
    codeHelp: QTextBrowser
    codeError: QLabel
    clientEditLabel: QLabel
    clientBox: QVBoxLayout
    clientEdit: QLineEdit
    clientList: QListView
    selectedClients: QLabel
    clientsError: QLabel
    minutesEditLabel: QLabel
    minutesBox: QVBoxLayout
    minutesRow: QHBoxLayout
    minutesEdit: QLineEdit
    quick15Button: QToolButton
    quick30Button: QToolButton
    quick45Button: QToolButton
    quick60Button: QToolButton
    quick90Button: QToolButton
    minutesError: QLabel
    startEditLabel: QLabel
    startBox: QVBoxLayout
    startEdit: QLineEdit
    startError: QLabel
    contactComboLabel: QLabel
    contactCombo: QComboBox
    arenaComboLabel: QLabel
    arenaCombo: QComboBox
    partiesListLabel: QLabel
    partiesList: QListWidget
    groupSizeSpinLabel: QLabel
    groupBox: QVBoxLayout
    groupSizeSpin: QSpinBox
    groupSizeError: QLabel
    travelSpinLabel: QLabel
    travelBox: QVBoxLayout
    travelSpin: QSpinBox
    travelError: QLabel
    noteEditLabel: QLabel
    noteBox: QVBoxLayout
    noteEdit: QLineEdit
    noteError: QLabel
    buttonRow: QHBoxLayout
    messageLabel: QLabel
    buttonSpacer: QSpacerItem
    cancelButton: QPushButton
    saveButton: QPushButton
    bottomSpacer: QSpacerItem

    def setupUi(self, EntryForm: QWidget) -> None: ...
    def retranslateUi(self, EntryForm: QWidget) -> None: ...
