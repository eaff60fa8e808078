"""Every window and dialog of the app, and how a user opens it from the main window.

The accessibility, mnemonic and bokmål tests loop over ``CASES``. To add a window, add one
``Case``: a name and a function that opens the window from the main window and hands the open
window to ``inspect`` (a modal dialog is handed over while its exec() runs, and closed after).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from rehablogg.gui.main_window import MainWindow, ask_date
from rehablogg.gui.timer_dialog import TimerStopDialog
from rehablogg.storage.periods import mark_submitted
from tests.gui.conftest import TODAY, db_of
from tests.gui.dialogs import when_modal

Inspect = Callable[[QWidget], None]
Opener = Callable[[MainWindow, Inspect], None]


@dataclass(frozen=True)
class Case:
    name: str
    open: Opener


# -- how each window is opened ----------------------------------------------------------------
def _main_window(window: MainWindow, inspect: Inspect) -> None:
    inspect(window)


def _by_action(action: str) -> Opener:
    """A modal dialog opened by one of the main window's menu actions."""

    def open_(window: MainWindow, inspect: Inspect) -> None:
        when_modal(inspect)
        getattr(window.ui, action).trigger()

    return open_


def _client_page(window: MainWindow, inspect: Inspect) -> None:
    def from_register(register: QDialog) -> None:
        when_modal(inspect)
        register.open_page()  # type: ignore[attr-defined]

    when_modal(from_register)
    window.ui.actionClients.trigger()


def _client_pathway(window: MainWindow, inspect: Inspect) -> None:
    """The client page's second tab: episodes and needs ahead."""

    def on_pathway_tab(page: QWidget) -> None:
        page.ui.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        QApplication.processEvents()
        inspect(page)

    _client_page(window, on_pathway_tab)


def _from_client_page(open_dialog: Callable[[QWidget], None]) -> Opener:
    """A dialog the client page opens (the episode or the needs dialog)."""

    def open_(window: MainWindow, inspect: Inspect) -> None:
        def from_page(page: QWidget) -> None:
            when_modal(inspect)
            open_dialog(page)

        _client_page(window, from_page)

    return open_


def _episode_with_a_pause(page: QWidget) -> None:
    from rehablogg.gui.episode_dialog import EpisodeDialog

    dialog = EpisodeDialog(page.logbook, page.client_id, None, page)  # type: ignore[attr-defined]
    dialog.add_pause()
    dialog.exec()


def _needs(page: QWidget) -> None:
    page.new_needs()  # type: ignore[attr-defined]


def _client_edit(window: MainWindow, inspect: Inspect) -> None:
    """The edit dialog for an existing client (the name field and the history differ from new)."""

    def from_register(register: QDialog) -> None:
        when_modal(inspect)
        register.edit_selected()  # type: ignore[attr-defined]

    when_modal(from_register)
    window.ui.actionClients.trigger()


def _timer_stop(window: MainWindow, inspect: Inspect) -> None:
    # Only a timer left running overnight asks this; build the dialog as _stop_timer does.
    started = datetime(2026, 11, 19, 8, 0).astimezone()
    now = datetime(2026, 11, 20, 9, 0).astimezone()
    dialog = TimerStopDialog(started, now, started.replace(hour=15, minute=30), "D02", window)
    dialog.show()
    try:
        inspect(dialog)
    finally:
        dialog.close()


def _copy_to_day(window: MainWindow, inspect: Inspect) -> None:
    when_modal(inspect)
    ask_date(window, "Kopier til dag", "Kopier registreringen til:", TODAY)


def _first_start(window: MainWindow, inspect: Inspect) -> None:
    """The profile dialog as it first meets a new user (a shorter form, its own buttons)."""
    from rehablogg.gui.profile_dialog import ProfileDialog

    when_modal(inspect)
    ProfileDialog(window.logbook, window, first_start=True).exec()


def _locked_month_reason(window: MainWindow, inspect: Inspect) -> None:
    """Changing a submitted month asks why (a Qt input dialog, named through its label)."""
    with db_of(window).engine.begin() as conn:
        mark_submitted(conn, TODAY.strftime("%Y-%m"), "test-export", "2026-11-30T12:00:00")
    when_modal(inspect)
    window._reason_if_locked(TODAY)


def _shortcuts(window: MainWindow, inspect: Inspect) -> None:
    window.ui.actionShortcuts.trigger()
    dialog = window.shortcuts_dialog
    dialog.activateWindow()
    QApplication.processEvents()
    try:
        inspect(dialog)
    finally:
        dialog.close()


def _codes(window: MainWindow, inspect: Inspect) -> None:
    window.ui.actionCodes.trigger()
    codes = window.codes_window
    codes.activateWindow()
    QApplication.processEvents()
    try:
        inspect(codes)
    finally:
        codes.close()


def _non_modal(show: Callable[[MainWindow], QWidget]) -> Opener:
    """A window that stays open beside the main window; ``show`` opens it and returns it."""

    def open_(window: MainWindow, inspect: Inspect) -> None:
        top = show(window)
        top.activateWindow()
        QApplication.processEvents()
        try:
            inspect(top)
        finally:
            top.close()

    return open_


def _report(window: MainWindow) -> QWidget:
    window.actionMyTime.trigger()  # type: ignore[attr-defined]
    report = window.report_window  # type: ignore[attr-defined]
    assert isinstance(report, QWidget)
    return report


def _journal_template(window: MainWindow, inspect: Inspect) -> None:
    when_modal(inspect)
    window.journal_text.template_action.trigger()  # type: ignore[attr-defined]


def _workbench(window: MainWindow) -> QWidget:
    from rehablogg.gui.workbench_window import open_workbench

    return open_workbench(window)


CASES = [
    Case("hovedvindu", _main_window),
    Case("profil", _by_action("actionProfile")),
    Case("profil ved første start", _first_start),
    Case("brukerregister", _by_action("actionClients")),
    Case("ny bruker", _by_action("actionNewClient")),
    Case("rediger bruker", _client_edit),
    Case("brukerside", _client_page),
    Case("brukerside, forløp og behov", _client_pathway),
    Case("forløp", _from_client_page(_episode_with_a_pause)),
    Case("behov fremover", _from_client_page(_needs)),
    Case("eksport", _by_action("actionExport")),
    Case("endringslogg", _by_action("actionAudit")),
    Case("pilot", _by_action("actionJoinPilot")),
    Case("sikkerhetskopier", _by_action("actionBackups")),
    Case("tidtaker stoppet", _timer_stop),
    Case("kopier til dag", _copy_to_day),
    Case("begrunnelse for levert måned", _locked_month_reason),
    Case("tastatursnarveier", _shortcuts),
    Case("koder", _codes),
    Case("min tid", _non_modal(_report)),
    Case("journaltekst-mal", _journal_template),
    Case("arbeidsbenk", _non_modal(_workbench)),
]


def describe(widget: QWidget) -> str:
    """``QLineEdit 'codeEdit'``, or the nearest named ancestor for Qt's own unnamed parts."""
    kind = type(widget).__name__
    if widget.objectName():
        return f"{kind} '{widget.objectName()}'"
    if isinstance(widget, QAbstractButton) and widget.text():
        return f"{kind} «{widget.text()}»"
    if widget.accessibleName():
        kind = f"{kind} «{widget.accessibleName()}»"
    parent = widget.parentWidget()
    while parent is not None and parent.objectName()[:3] in ("", "qt_"):
        parent = parent.parentWidget()
    return f"{kind} (uten objectName) i '{parent.objectName() if parent else '?'}'"
