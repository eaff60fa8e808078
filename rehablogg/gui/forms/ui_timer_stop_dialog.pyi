# Typed stub of ui_timer_stop_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


class Ui_TimerStopDialog:
    mainLayout: QVBoxLayout
    questionLabel: QLabel
    fields: QFormLayout
    stoppedEditLabel: QLabel
    stoppedEdit: QDateTimeEdit
    splitCheck: QCheckBox
    splitEditLabel: QLabel
    splitEdit: QDateTimeEdit
    timeError: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, TimerStopDialog: QDialog) -> None: ...
    def retranslateUi(self, TimerStopDialog: QDialog) -> None: ...
