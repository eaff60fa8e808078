"""The main window's menu entries that the Designer form does not hold: Fil → Språk, Fil →
Importer kalender, Fil → Les kvittering, Fil → Arbeidsbenk for pilotleder, Rediger → Kopier
forrige uke, Rapporter and the journal-text actions. Their sentences keep the main window's
translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from rehablogg.gui.language import NAMES, current_language

if TYPE_CHECKING:
    from rehablogg.gui.main_window import MainWindow


def add_workbench_action(window: MainWindow) -> QAction:
    """Fil → Arbeidsbenk for pilotleder, right after Bli med i pilot."""
    ui = window.ui
    action = QAction(
        QCoreApplication.translate("MainWindow", "Arbeids&benk for pilotleder …"), window
    )
    action.setObjectName("actionWorkbench")
    action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Samle innleveringene fra terapeutene i en pilot og skriv sammendraget"
        )
    )
    actions = ui.menuFile.actions()
    after = actions.index(ui.actionJoinPilot) + 1
    if after < len(actions):
        ui.menuFile.insertAction(actions[after], action)
    else:
        ui.menuFile.addAction(action)
    action.triggered.connect(window.open_workbench)
    return action


def add_receipt_action(window: MainWindow) -> QAction:
    """Fil → Les kvittering …, right after Eksporter eller lever inn (docs/receipts.md)."""
    ui = window.ui
    action = QAction(QCoreApplication.translate("MainWindow", "&Les kvittering …"), window)
    action.setObjectName("actionReadReceipt")
    action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow",
            "Les kvitteringen fra pilotlederen: hvilke måneder er godkjent, og hvilke er "
            "returnert med en årsak",
        )
    )
    actions = ui.menuFile.actions()
    after = actions.index(ui.actionExport) + 1
    if after < len(actions):
        ui.menuFile.insertAction(actions[after], action)
    else:
        ui.menuFile.addAction(action)
    action.triggered.connect(lambda: window.read_receipt())
    return action


def add_proposal_actions(window: MainWindow) -> tuple[QAction, QAction]:
    """Fil → Importer kalender and Rediger → Kopier forrige uke: both end in the confirm list,
    where nothing is saved before the therapist says so."""
    ui = window.ui
    import_calendar = QAction(
        QCoreApplication.translate("MainWindow", "&Importer kalender …"), window
    )
    import_calendar.setObjectName("actionImportCalendar")
    import_calendar.setStatusTip(
        QCoreApplication.translate(
            "MainWindow",
            "Foreslå registreringer fra møtene i en kalenderfil (.ics) fra Outlook eller EPJ",
        )
    )
    ui.menuFile.insertAction(ui.actionExport, import_calendar)
    import_calendar.triggered.connect(lambda: window.import_calendar())
    copy_week = QAction(QCoreApplication.translate("MainWindow", "Kopier forrige &uke …"), window)
    copy_week.setObjectName("actionCopyLastWeek")
    copy_week.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Foreslå forrige ukes registreringer for uka som vises"
        )
    )
    ui.menuEdit.insertAction(ui.actionCopyToDay, copy_week)
    copy_week.triggered.connect(window.copy_last_week)
    return import_calendar, copy_week


def add_language_menu(window: MainWindow) -> dict[str, QAction]:
    """Fil → Språk: each language named in itself; the choice applies at the next start."""
    ui = window.ui
    menu = QMenu(QCoreApplication.translate("MainWindow", "&Språk"), ui.menuFile)
    menu.setObjectName("menuLanguage")
    ui.menuFile.insertMenu(ui.actionJoinPilot, menu)
    group = QActionGroup(window)
    chosen = window.logbook.settings.language() or current_language()
    language_actions: dict[str, QAction] = {}
    for code, name in NAMES.items():
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.triggered.connect(lambda _=False, c=code: window.choose_language(c))
        group.addAction(action)
        language_actions[code] = action
    menu.addSeparator()
    note = menu.addAction(
        QCoreApplication.translate("MainWindow", "Gjelder når rehablogg startes på nytt")
    )
    note.setEnabled(False)
    return language_actions


def add_reports_menu(window: MainWindow) -> QAction:
    """Rapporter → Min tid (Ctrl+Shift+R); returns its action. The report's charts are
    imported only when the window opens (start-up time)."""
    menu = QMenu(QCoreApplication.translate("MainWindow", "Ra&pporter"), window)
    menu.setObjectName("menuReports")
    window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), menu)
    my_time = menu.addAction(QCoreApplication.translate("MainWindow", "Min tid…"))
    my_time.setShortcut("Ctrl+Shift+R")
    my_time.triggered.connect(window.open_report)
    window.addAction(my_time)
    return my_time
