# Typed stub of ui_export_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget


class Ui_ExportDialog:
    mainLayout: QVBoxLayout
    formLayout: QFormLayout
    periodLabel: QLabel
    periodLayout: QHBoxLayout
    periodCombo: QComboBox
    fromEdit: QDateEdit
    toLabel: QLabel
    toEdit: QDateEdit
    spanLabel: QLabel
    periodSpacer: QSpacerItem
    formatLabel: QLabel
    formatCombo: QComboBox
    submitCheck: QCheckBox
    earlyCheck: QCheckBox
    notesCheck: QCheckBox
    notesWarning: QLabel
    folderLabel: QLabel
    folderLayout: QHBoxLayout
    folderEdit: QLineEdit
    browseButton: QPushButton
    fileNameCaption: QLabel
    fileNameLabel: QLabel
    tabs: QTabWidget
    findingsTab: QWidget
    findingsLayout: QVBoxLayout
    findingsHint: QLabel
    findingsView: QListView
    entriesTab: QWidget
    entriesLayout: QVBoxLayout
    entriesView: QTableView
    participantsTab: QWidget
    participantsLayout: QVBoxLayout
    participantsView: QTableView
    metadataTab: QWidget
    metadataLayout: QVBoxLayout
    metadataView: QTableView
    messageLabel: QLabel
    buttonLayout: QHBoxLayout
    buttonSpacer: QSpacerItem
    exportButton: QPushButton
    buttonBox: QDialogButtonBox

    def setupUi(self, ExportDialog: QDialog) -> None: ...
    def retranslateUi(self, ExportDialog: QDialog) -> None: ...
