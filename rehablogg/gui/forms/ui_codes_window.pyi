# Typed stub of ui_codes_window.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSplitter, QTextBrowser, QVBoxLayout


class Ui_CodesWindow:
    mainLayout: QVBoxLayout
    searchLayout: QHBoxLayout
    searchLabel: QLabel
    searchEdit: QLineEdit
    countLabel: QLabel
    splitter: QSplitter
    codesList: QListView
    helpView: QTextBrowser
    buttonLayout: QHBoxLayout
    useButton: QPushButton
    buttonBox: QDialogButtonBox

    def setupUi(self, CodesWindow: QDialog) -> None: ...
    def retranslateUi(self, CodesWindow: QDialog) -> None: ...
