# Typed stub of ui_workbench.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMainWindow, QProgressBar, QPushButton, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget


class Ui_WorkbenchWindow:
    centralwidget: QWidget
    mainLayout: QVBoxLayout
    introLabel: QLabel
    collectionBox: QGroupBox
    collectionGrid: QGridLayout
    collectionLabel: QLabel
    collectionEdit: QLineEdit
    collectionButton: QPushButton
    summaryLabel: QLabel
    summaryEdit: QLineEdit
    summaryButton: QPushButton
    tariffLabel: QLabel
    tariffEdit: QLineEdit
    tariffButtons: QHBoxLayout
    tariffButton: QPushButton
    tariffClearButton: QPushButton
    inputBox: QGroupBox
    inputLayout: QVBoxLayout
    inputRow: QHBoxLayout
    inputList: QListWidget
    inputButtons: QVBoxLayout
    addFolderButton: QPushButton
    addFilesButton: QPushButton
    removeInputButton: QPushButton
    inputButtonsSpacer: QSpacerItem
    pilotHintLabel: QLabel
    runRow: QHBoxLayout
    runButton: QPushButton
    progressBar: QProgressBar
    cancelButton: QPushButton
    openSummaryButton: QPushButton
    messageLabel: QLabel
    reportTabs: QTabWidget
    filesTab: QWidget
    filesLayout: QVBoxLayout
    countsRow: QHBoxLayout
    countsLabel: QLabel
    statusFilterLabel: QLabel
    statusFilter: QComboBox
    reportTable: QTableView
    missingTab: QWidget
    missingLayout: QVBoxLayout
    missingLabel: QLabel
    missingTable: QTableView

    def setupUi(self, WorkbenchWindow: QMainWindow) -> None: ...
    def retranslateUi(self, WorkbenchWindow: QMainWindow) -> None: ...
