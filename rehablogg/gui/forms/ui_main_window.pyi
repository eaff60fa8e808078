# Typed stub of ui_main_window.py, written by ui/build_forms.py; do not edit.

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QMainWindow, QMenu, QMenuBar, QPushButton, QSpacerItem, QSplitter, QStatusBar, QTableView, QToolButton, QVBoxLayout, QWidget


class Ui_MainWindow:
    actionExport: QAction
    actionAudit: QAction
    actionProfile: QAction
    actionJoinPilot: QAction
    actionBackups: QAction
    actionClients: QAction
    actionNewClient: QAction
    actionTimer: QAction
    actionDiscardTimer: QAction
    actionQuit: QAction
    actionNew: QAction
    actionEdit: QAction
    actionDelete: QAction
    actionDuplicate: QAction
    actionRepeatLast: QAction
    actionCopyToDay: QAction
    actionFavourite: QAction
    actionUndo: QAction
    actionRedo: QAction
    actionDayView: QAction
    actionWeekView: QAction
    actionToday: QAction
    actionPrevious: QAction
    actionNext: QAction
    actionGoToDate: QAction
    actionCodes: QAction
    actionShortcuts: QAction
    central: QWidget
    centralLayout: QVBoxLayout
    navLayout: QHBoxLayout
    todayButton: QPushButton
    previousButton: QToolButton
    nextButton: QToolButton
    dateEdit: QDateEdit
    headingLabel: QLabel
    navSpacer: QSpacerItem
    timerIcon: QLabel
    timerLabel: QLabel
    timerButton: QPushButton
    dayViewButton: QPushButton
    weekViewButton: QPushButton
    newButton: QPushButton
    splitter: QSplitter
    listPane: QWidget
    listLayout: QVBoxLayout
    daysTable: QTableView
    entriesTable: QTableView
    totalsLabel: QLabel
    formHost: QWidget
    formHostLayout: QVBoxLayout
    menubar: QMenuBar
    menuFile: QMenu
    menuClients: QMenu
    menuTimer: QMenu
    menuEdit: QMenu
    menuView: QMenu
    menuHelp: QMenu
    statusbar: QStatusBar

    def setupUi(self, MainWindow: QMainWindow) -> None: ...
    def retranslateUi(self, MainWindow: QMainWindow) -> None: ...
