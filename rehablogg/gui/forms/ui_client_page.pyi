# Typed stub of ui_client_page.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget


class Ui_ClientPage:
    mainLayout: QVBoxLayout
    titleLabel: QLabel
    reminderLabel: QLabel
    tabs: QTabWidget
    timeTab: QWidget
    timeLayout: QVBoxLayout
    monthsLabel: QLabel
    monthsTable: QTableView
    entriesLabel: QLabel
    entriesTable: QTableView
    pathwayTab: QWidget
    pathwayLayout: QVBoxLayout
    episodesLabel: QLabel
    episodesTable: QTableView
    episodeButtons: QHBoxLayout
    newEpisodeButton: QPushButton
    editEpisodeButton: QPushButton
    deleteEpisodeButton: QPushButton
    episodeSpacer: QSpacerItem
    needsLabel: QLabel
    needsTable: QTableView
    needsButtons: QHBoxLayout
    newNeedsButton: QPushButton
    editNeedsButton: QPushButton
    deleteNeedsButton: QPushButton
    needsSpacer: QSpacerItem
    needsRuleLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, ClientPage: QDialog) -> None: ...
    def retranslateUi(self, ClientPage: QDialog) -> None: ...
