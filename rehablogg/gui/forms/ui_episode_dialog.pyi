# Typed stub of ui_episode_dialog.py, written by ui/build_forms.py; do not edit.

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpacerItem, QVBoxLayout


class Ui_EpisodeDialog:
    mainLayout: QVBoxLayout
    fields: QFormLayout
    referralEditLabel: QLabel
    referralEdit: QLineEdit
    sourceComboLabel: QLabel
    sourceCombo: QComboBox
    startEditLabel: QLabel
    startEdit: QLineEdit
    endEditLabel: QLabel
    endEdit: QLineEdit
    endReasonComboLabel: QLabel
    endReasonCombo: QComboBox
    pausesBox: QGroupBox
    pausesLayout: QVBoxLayout
    pausesGrid: QGridLayout
    pauseFromHeader: QLabel
    pauseToHeader: QLabel
    pauseKindHeader: QLabel
    noPausesLabel: QLabel
    pauseButtons: QHBoxLayout
    addPauseButton: QPushButton
    pauseSpacer: QSpacerItem
    problemLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, EpisodeDialog: QDialog) -> None: ...
    def retranslateUi(self, EpisodeDialog: QDialog) -> None: ...
