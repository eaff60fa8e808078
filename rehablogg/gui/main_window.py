"""The main window: a day or an ISO week of entries, the totals, and the entry form beside them.

The window shows and asks; what is done to the entries (saving with undo and redo, locked
months, the timer) is the logbook's (application/entries_book.py), the timer's controls are in
window_timer.py and the extra menus in window_menus.py."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QDialog, QHeaderView, QMainWindow

from rehablogg.application.entries_book import (
    NO_REASON,
    ChangeReason,
    LockedPeriodError,
    StorageError,
    StoredEntry,
)
from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.numbers import format_hours_minutes
from rehablogg.core.periods import IsoWeek, format_date
from rehablogg.core.totals import CategoryTotals
from rehablogg.gui.date_dialog import ask_date, python_date
from rehablogg.gui.days_model import DaysModel
from rehablogg.gui.entries_model import EntriesModel, EntryIdRole, short_day
from rehablogg.gui.entry_form import EntryForm
from rehablogg.gui.forms.ui_main_window import Ui_MainWindow
from rehablogg.gui.language import (
    NAMES,
    current_language,
    monday_first,
    percent,
    translated,
    week_label,
    write_error_text,
)
from rehablogg.gui.period_states import receipt_name, receipt_sentence, state_name
from rehablogg.gui.shortcuts_help import shortcut_rows, shortcuts_dialog
from rehablogg.gui.window_menus import (
    add_language_menu,
    add_proposal_actions,
    add_receipt_action,
    add_reports_menu,
    add_workbench_action,
)
from rehablogg.gui.window_reminders import WindowReminders
from rehablogg.gui.window_shortcuts import WindowShortcuts
from rehablogg.gui.window_timer import WindowTimer

__all__ = ["MainWindow", "ask_date"]

log = logging.getLogger("rehablogg.window")


class MainWindow(QMainWindow):
    def __init__(self, logbook: Logbook, *, catalogue: Catalogue | None = None) -> None:
        super().__init__()
        self.logbook = logbook
        self.entries = logbook.entries
        self.today = logbook.today
        self.now = logbook.now
        self._shown_once = False
        # The catalogue the logbook's profile names (``reload_settings`` follows a change);
        # a test may fix one.
        self._fixed_catalogue = catalogue
        self.catalogue = catalogue or logbook.catalogue
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.calendar = logbook.settings.work_calendar()
        self.current = self.today()
        self.mode = "week"
        self.last_draft: EntryDraft | None = None
        self.entries_model = EntriesModel(self.entries, self.catalogue, self.calendar)
        self.days_model = DaysModel(self.entries, self.catalogue, self.calendar)
        self.ui.entriesTable.setModel(self.entries_model)
        self.ui.daysTable.setModel(self.days_model)
        self.form = EntryForm(
            self.entries,
            self.catalogue,
            self.entries.timed_spans,
            today=self.today,
            language=current_language(),
        )
        self._apply_profile_defaults()
        self.ui.formHostLayout.addWidget(self.form)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._style_tables()
        monday_first(self.ui.dateEdit)
        self.language_actions = add_language_menu(self)
        self.workbench_action = add_workbench_action(self)
        self.receipt_action = add_receipt_action(self)
        self.import_calendar_action, self.copy_week_action = add_proposal_actions(self)
        self._add_reports_menu()
        self.timer = WindowTimer(self)
        self._connect()
        self.shortcuts = WindowShortcuts(self, self.ui.actionUndo, self.ui.actionRedo)
        self.reminders = WindowReminders(self)
        self.refresh()
        self.form.new_entry(self.current, keep_context=False)
        self.timer.show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            # The list has its height only once the window is laid out; scroll then.
            self._shown_once = True
            QTimer.singleShot(0, lambda: self._scroll_to_day(self.current))

    # -- set-up ----------------------------------------------------------------------------
    def _style_tables(self) -> None:
        table = self.ui.entriesTable
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((80, 50, 45, 260, 150, 110, 90, 180, 50)):
            table.setColumnWidth(column, width)
        days = self.ui.daysTable
        days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        days.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        days.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        days.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _add_reports_menu(self) -> None:
        """Rapporter → Min tid, and the journal-text actions in Rediger and the list's menu."""
        from rehablogg.gui.journal_text import JournalText

        self.actionMyTime = add_reports_menu(self)
        self.report_window: object | None = None  # the ReportWindow, once opened
        self.journal_text = JournalText(self)
        self.ui.menuEdit.addSeparator()
        for action in self.journal_text.actions():
            self.ui.menuEdit.addAction(action)

    def import_calendar(self, path: str | None = None) -> None:
        from rehablogg.gui.proposal_actions import import_calendar

        if import_calendar(
            self, self.entries, self.catalogue, self.today(), Path(path) if path else None
        ):
            self.refresh()

    def copy_last_week(self) -> None:
        from rehablogg.gui.proposal_actions import copy_last_week

        if copy_last_week(self, self.entries, self.catalogue, self.today(), self.current):
            self.refresh()

    def open_workbench(self) -> None:
        from rehablogg.gui.workbench_window import open_workbench

        open_workbench(self)

    def choose_language(self, language: str) -> None:
        try:
            self.logbook.settings.set_language(language)
        except StorageError as exc:
            self.statusBar().showMessage(write_error_text(exc), 10000)
            return
        self.language_actions[language].setChecked(True)
        self.statusBar().showMessage(
            self.tr(
                "Språket er endret til {name}. Det gjelder når rehablogg startes på nytt."
            ).format(name=NAMES[language]),
            10000,
        )

    def open_report(self) -> None:
        from rehablogg.gui.report_window import ReportWindow

        window = self.report_window
        if not isinstance(window, ReportWindow):
            window = ReportWindow(self.logbook, self.catalogue, parent=self)
            self.report_window = window
        else:
            window.refresh()  # entries may have changed since it was opened
        window.show()
        # Bring it forward, un-minimised (raise_() is not supported on every platform).
        window.setWindowState(
            window.windowState() & ~Qt.WindowState.WindowMinimized | Qt.WindowState.WindowActive
        )
        window.activateWindow()

    def _connect(self) -> None:
        ui = self.ui
        actions: dict[QAction, Callable[[], object]] = {
            ui.actionQuit: self.close,
            ui.actionNew: self.new_entry,
            ui.actionEdit: self.edit_selected,
            ui.actionDelete: self.delete_selected,
            ui.actionDuplicate: self.duplicate_selected,
            ui.actionRepeatLast: self.repeat_last,
            ui.actionCopyToDay: self.copy_selected_to_day,
            ui.actionUndo: self.undo,
            ui.actionRedo: self.redo,
            ui.actionDayView: lambda: self.set_mode("day"),
            ui.actionWeekView: lambda: self.set_mode("week"),
            ui.actionToday: lambda: self.go_to(self.today()),
            ui.actionPrevious: lambda: self.step(-1),
            ui.actionNext: lambda: self.step(1),
            ui.actionGoToDate: self._focus_date,
            ui.actionShortcuts: self.show_shortcuts,
            ui.actionCodes: self.open_codes,
            ui.actionFavourite: self.toggle_favourite,
            ui.actionProfile: self.open_profile,
            ui.actionBackups: self.open_backups,
            ui.actionJoinPilot: self.open_join_pilot,
            ui.actionClients: self.open_clients,
            ui.actionNewClient: self.new_client,
            ui.actionTimer: self.timer.toggle,
            ui.actionDiscardTimer: self.timer.discard,
            ui.actionExport: lambda: self.open_export(),
            ui.actionAudit: self.open_audit,
        }
        for action, slot in actions.items():
            action.triggered.connect(slot)
            self.addAction(action)
        self.entries.history.on_change(self._show_history)
        self._show_history()
        ui.todayButton.clicked.connect(lambda: self.go_to(self.today()))
        ui.previousButton.clicked.connect(lambda: self.step(-1))
        ui.nextButton.clicked.connect(lambda: self.step(1))
        ui.dayViewButton.clicked.connect(lambda: self.set_mode("day"))
        ui.weekViewButton.clicked.connect(lambda: self.set_mode("week"))
        ui.newButton.clicked.connect(self.new_entry)
        ui.timerButton.clicked.connect(self.timer.toggle)
        ui.dateEdit.dateChanged.connect(lambda d: self.go_to(python_date(d)))
        ui.entriesTable.activated.connect(lambda _index: self.edit_selected())
        ui.entriesTable.doubleClicked.connect(lambda _index: self.edit_selected())
        ui.daysTable.clicked.connect(lambda index: self._day_clicked(index.column()))
        self.form.submitted.connect(self.save_from_form)
        self.form.cancelled.connect(self._form_cancelled)

    def _show_history(self) -> None:
        """Ctrl+Z and Ctrl+Y enabled while there is a step to undo or redo (a disabled action
        leaves the key to the field with focus, window_shortcuts.py)."""
        history = self.entries.history
        self.ui.actionUndo.setEnabled(history.can_undo)
        self.ui.actionRedo.setEnabled(history.can_redo)

    # -- navigation ------------------------------------------------------------------------
    def range(self) -> tuple[date, date]:
        if self.mode == "day":
            return self.current, self.current
        week = IsoWeek.of(self.current)
        return week.monday, week.sunday

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.refresh()

    def go_to(self, day: date) -> None:
        if day != self.current:
            self.current = day
            self.refresh()

    def step(self, direction: int) -> None:
        self.go_to(self.current + timedelta(days=direction * (1 if self.mode == "day" else 7)))

    def _focus_date(self) -> None:
        self.ui.dateEdit.setFocus()
        self.ui.dateEdit.setSelectedSection(QDateEdit.Section.DaySection)

    def _day_clicked(self, column: int) -> None:
        if 0 <= column < len(self.days_model.days):
            self.current = self.days_model.days[column]
            self._sync_date_edit()
            self._show_totals()

    def refresh(self) -> None:
        start, end = self.range()
        self.entries_model.set_range(start, end)
        self.days_model.set_range(start, end)
        ui = self.ui
        ui.dayViewButton.setChecked(self.mode == "day")
        ui.weekViewButton.setChecked(self.mode == "week")
        week = IsoWeek.of(self.current)
        if self.mode == "week":
            ui.headingLabel.setText(
                f"<b>{week_label(week.week, title=True)}</b> {week.year} · "
                f"{format_date(start)}–{format_date(end)}"
            )
        else:
            ui.headingLabel.setText(
                f"<b>{short_day(self.current).capitalize()}</b> "
                f"{self.current.year} · {week_label(week.week)}"
            )
        ui.headingLabel.setText(f"{ui.headingLabel.text()} · {self.month_state_text()}")
        self._scroll_to_day(self.current)
        self._sync_date_edit()
        self._show_totals()
        self._fit_days_table()
        self.reminders.update()  # an I12 entry saved, a client changed: the count may differ

    def _scroll_to_day(self, day: date) -> None:
        """The week opens on the day shown (today after a start), not on its Monday."""
        row = self.entries_model.first_row_on(day)
        table = self.ui.entriesTable
        if row is None:
            table.scrollToTop()
            return
        table.scrollTo(self.entries_model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def month_state_text(self) -> str:
        """``måneden er åpen / levert / endret etter levering`` for the month shown, and what
        the pilot lead's receipt said of it (godkjent, returnert: docs/receipts.md)."""
        text = f"{self.current:%m.%Y} {state_name(self.entries.month_state(self.current))}"
        receipt = self.logbook.receipts.month(f"{self.current:%Y-%m}")
        self.ui.headingLabel.setToolTip(
            "" if receipt is None else receipt_sentence(receipt.status, receipt.reason)
        )
        return text if receipt is None else f"{text} · {receipt_name(receipt.status)}"

    def _fit_days_table(self) -> None:
        days = self.ui.daysTable
        height = days.horizontalHeader().height() + 2 * days.frameWidth()
        height += sum(days.rowHeight(r) for r in range(self.days_model.rowCount()))
        days.setFixedHeight(height)

    def _sync_date_edit(self) -> None:
        edit = self.ui.dateEdit
        edit.blockSignals(True)
        edit.setDate(QDate(self.current.year, self.current.month, self.current.day))
        edit.blockSignals(False)

    def week_totals(self) -> CategoryTotals:
        week = IsoWeek.of(self.current)
        if self.mode == "week":  # the per-day table already holds every day of this week
            return sum((self.days_model.totals(d) for d in week.days()), CategoryTotals())
        return self.entries.totals(self.catalogue, week.monday, week.sunday)

    def day_totals(self) -> CategoryTotals:
        return self.days_model.totals(self.current)

    def _show_totals(self) -> None:
        week = IsoWeek.of(self.current)
        self.ui.totalsLabel.setText(
            f"<b>{week_label(week.week, title=True)}</b>: {_totals_text(self.week_totals())}<br>"
            f"<b>{short_day(self.current).capitalize()}</b>: {_totals_text(self.day_totals())}"
        )

    # -- entry actions ---------------------------------------------------------------------
    def new_entry(self) -> None:
        self.timer.pending = False  # the timer's offer, if it was in the form, waits
        self.form.new_entry(self.current, keep_context=False)

    def undo(self) -> None:
        self._walk_history(
            self.entries.undo, self.entries.undo_needs_reason(), self.tr("Angret: {change}.")
        )

    def redo(self) -> None:
        self._walk_history(
            self.entries.redo, self.entries.redo_needs_reason(), self.tr("Gjort om: {change}.")
        )

    def _walk_history(
        self, walk: Callable[[ChangeReason], str], locked: tuple[date, ...], done: str
    ) -> None:
        # A month submitted since the step: undoing it is a change there, which needs a reason.
        reason = self._reason_if_locked(*locked)
        if reason is None:
            return
        try:
            text = walk(reason)
        except StorageError as exc:
            self._report(exc)  # the step is dropped; the views show what is stored
            return
        self.refresh()  # the data behind the views changed
        if text:
            self.statusBar().showMessage(
                done.format(change=QCoreApplication.translate("MainWindow", text)), 5000
            )

    def selected_entry_id(self) -> str | None:
        index = self.ui.entriesTable.currentIndex()
        if not index.isValid():
            return None
        value = self.entries_model.index(index.row(), 0).data(EntryIdRole)
        return str(value) if value else None

    def edit_selected(self) -> None:
        entry_id = self.selected_entry_id()
        stored = self.entries.get(entry_id) if entry_id else None
        if stored is not None:
            self.timer.pending = False
            self.form.load_entry(stored.id, stored.draft)

    def repeat_last(self) -> None:
        draft = self.last_draft
        if draft is None:
            stored = self.entries.last_created()
            draft = stored.draft if stored else None
        if draft is None:
            self.statusBar().showMessage(self.tr("Ingen registrering å gjenta ennå."), 5000)
            return
        self.timer.pending = False
        self.form.load_entry(None, replace(draft, date=self.current, start_time=None))

    def toggle_favourite(self) -> None:
        message = self.form.toggle_favourite()
        self.statusBar().showMessage(message or self.tr("Velg en kode i skjemaet først."), 5000)

    def duplicate_selected(self) -> None:
        stored = self._selected()
        if stored is not None:
            self.save_new(stored.draft, self.tr("Duplisert."))

    def copy_selected_to_day(self) -> None:
        stored = self._selected()
        if stored is None:
            return
        day = ask_date(
            self,
            self.tr("Kopier til dag"),
            self.tr("Kopier registreringen til:"),
            stored.draft.date,
        )
        if day is not None:
            self.save_new(
                replace(stored.draft, date=day),
                self.tr("Kopiert til {date}.").format(date=format_date(day)),
            )

    def delete_selected(self) -> None:
        stored = self._selected()
        if stored is None:
            return
        reason = self._reason_if_locked(stored.draft.date)
        if reason is None:
            return
        try:
            self.entries.delete(stored.id, reason)
        except StorageError as exc:
            self._report(exc)
            return
        log.info("deleted entry %s", stored.id)
        self.refresh()
        self.statusBar().showMessage(self.tr("Slettet. Angre med Ctrl+Z."), 8000)

    def save_from_form(self, draft: EntryDraft, entry_id: str | None) -> None:
        if entry_id is None:
            if self.save_new(draft, self.tr("Lagret.")):
                self.last_draft = draft
                self.form.saved()
                self.timer.saved()  # when it was the timer's entry, its work is saved now
            return
        before = self.entries.get(entry_id)
        if before is None:
            self.form.save_failed(self.tr("Registreringen finnes ikke lenger; lagre den som ny."))
            return
        reason = self._reason_if_locked(draft.date, before.draft.date)
        if reason is None:
            self.form.save_failed(
                self.tr("Ikke lagret: måneden er levert, og endringen trenger en begrunnelse.")
            )
            return
        try:
            self.entries.change(entry_id, draft, reason)
        except StorageError as exc:
            log.warning("update failed: %s", _cause_name(exc))
            self.form.save_failed(write_error_text(exc))
            return
        log.info("updated entry %s", entry_id)
        self.last_draft = draft
        self.form.saved()
        self._after_change(entry_id, draft.date, self.tr("Endret."))

    def save_new(self, draft: EntryDraft, message: str) -> bool:
        """Saves ``draft`` as a new entry (asking for a reason in a submitted month) and
        selects it; False, with the sentence in the form, when it was not saved."""
        reason = self._reason_if_locked(draft.date)
        if reason is None:
            self.form.save_failed(
                self.tr(
                    "Ikke lagret: måneden er levert, og en ny registrering "
                    "der trenger en begrunnelse."
                )
            )
            return False
        try:
            entry_id = self.entries.save(draft, self.catalogue, reason)
        except StorageError as exc:
            log.warning("save failed: %s", _cause_name(exc))
            self.form.save_failed(write_error_text(exc))
            return False
        log.info("saved entry %s (%s, %d min)", entry_id, draft.code, draft.minutes)
        self._after_change(entry_id, draft.date, message)
        return True

    def _after_change(self, entry_id: str, day: date, message: str) -> None:
        start, end = self.range()
        if not start <= day <= end:  # follow the entry to the day or week it was saved in
            self.current = day
        self.refresh()
        self._select(entry_id)
        self.statusBar().showMessage(message, 5000)

    def _select(self, entry_id: str) -> None:
        self.entries_model.fetch_all()
        row = self.entries_model.row_of(entry_id)
        if row is not None:
            index = self.entries_model.index(row, 0)
            self.ui.entriesTable.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.ui.entriesTable.scrollTo(index)  # the row just saved is on screen

    def _selected(self) -> StoredEntry | None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            self.statusBar().showMessage(self.tr("Velg en registrering i listen først."), 5000)
            return None
        return self.entries.get(entry_id)

    def _reason_if_locked(self, *days: date) -> ChangeReason | None:
        """NO_REASON when no month involved is submitted, the reason typed, or None when the
        question was cancelled (nothing is saved then)."""
        locked = self.entries.locked_month(*days)
        if locked is None:
            return NO_REASON
        from rehablogg.gui.reason_dialog import ask_reason

        reason = ask_reason(
            self,
            self.tr("Levert måned"),
            self.tr(
                "{month} er levert. Skriv hvorfor du endrer den (kommer i endringsloggen):"
            ).format(month=f"{locked:%m.%Y}"),
        )
        return ChangeReason(reason) if reason is not None else None

    def _report(self, exc: Exception) -> None:
        message = translated(exc) if isinstance(exc, LockedPeriodError) else write_error_text(exc)
        self.statusBar().showMessage(message, 10000)
        self.refresh()

    # -- profile, clients and the other windows ---------------------------------------------
    def open_profile(self) -> None:
        from rehablogg.gui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.logbook, self, catalogue=self.catalogue, today=self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_settings()

    def _apply_profile_defaults(self) -> None:
        defaults = self.entries.entry_defaults()
        self.form.default_arena = defaults.arena
        self.form.default_contact_mode = defaults.contact_mode
        self.form.required_fields = defaults.required_fields

    def reload_settings(self) -> None:
        """After the profile changed: working days, absence days and default choices."""
        self._apply_profile_defaults()
        self._follow_catalogue()
        self.calendar = self.logbook.settings.work_calendar()
        self.entries_model.calendar = self.calendar
        self.days_model.calendar = self.calendar
        self.refresh()

    def _follow_catalogue(self) -> None:
        """The profile may name another catalogue version now (a pilot joined, the profile's
        choice, a backup restored): the form, the lists and the code help work in it."""
        catalogue = self._fixed_catalogue or self.logbook.catalogue
        if (catalogue.id, catalogue.version) == (self.catalogue.id, self.catalogue.version):
            return
        self.catalogue = catalogue
        self.entries_model.catalogue = catalogue
        self.days_model.catalogue = catalogue
        self.form.set_catalogue(catalogue)
        codes_window = getattr(self, "codes_window", None)
        if codes_window is not None:  # opened again on the new catalogue when asked
            codes_window.close()
            codes_window.deleteLater()
            del self.codes_window

    def open_join_pilot(self) -> None:
        from rehablogg.gui.pilot_dialog import PilotDialog

        dialog = PilotDialog(self.logbook, self, catalogue=self.catalogue)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.pilot is not None:
            self.reload_settings()
            self.statusBar().showMessage(
                self.tr("Du er med i piloten {name}.").format(name=dialog.pilot.name), 8000
            )

    def open_backups(self) -> None:
        from rehablogg.gui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.logbook, self)
        dialog.exec()
        if dialog.restored:
            self.entries.history.clear()  # undo steps refer to the data that was replaced
            self.reload_settings()

    def open_export(self, shown: date | None = None) -> None:
        """The export dialog on the month of ``shown`` (the day shown when None)."""
        from rehablogg.gui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.logbook,
            shown or self.current,
            self,
            catalogue=self.catalogue,
            calendar=self.calendar,
        )
        self.export_dialog = dialog
        dialog.exec()
        self.refresh()
        if dialog.jump_to is not None:
            self.go_to(dialog.jump_to)

    def read_receipt(self, path: Path | None = None) -> None:
        """Fil → Les kvittering: the file (chosen unless given) read into the receipts window,
        where a returned month is handed in again."""
        from rehablogg.gui.receipt_dialog import ReceiptDialog

        dialog = ReceiptDialog(self.logbook, self, hand_in_again=self.open_export)
        self.receipt_dialog = dialog
        if path is None:
            dialog.choose_and_read()
        else:
            dialog.read(path)
        dialog.exec()
        self.refresh()

    def open_audit(self) -> None:
        from rehablogg.gui.audit_dialog import AuditDialog

        AuditDialog(self.logbook, self.current, self).exec()

    def open_clients(self) -> None:
        from rehablogg.gui.clients_dialog import ClientsDialog

        dialog = ClientsDialog(self.logbook, self)
        dialog.exec()
        if dialog.erased:  # undoing a step could bring an erased client's note back
            self.entries.history.clear()
        if dialog.changed:
            self.refresh()

    def new_client(self) -> None:
        from rehablogg.gui.clients_dialog import ClientEditDialog

        dialog = ClientEditDialog(self.logbook, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client_id is not None:
            self.statusBar().showMessage(self.tr("Brukeren er lagt til."), 5000)
            self.reminders.update()  # the new client may turn 6, 16 or 18 soon

    def _form_cancelled(self) -> None:
        if python_date(self.form.ui.dateEdit.date()) != self.current:
            self.form.new_entry(self.current, keep_context=False)  # as Ctrl+N: the day shown
        self.timer.cancelled()

    # -- help ------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every action with a shortcut, then the keys of the entry form (shortcuts_help.py)."""
        return shortcut_rows(self)

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = shortcuts_dialog(self, self.shortcut_rows())

    def open_codes(self) -> None:
        """The searchable code help, non-modal; opens on the code chosen in the form."""
        from rehablogg.gui.codes_window import CodesWindow

        if getattr(self, "codes_window", None) is None:
            self.codes_window = CodesWindow(self.catalogue, self, language=current_language())
            self.codes_window.code_chosen.connect(self._use_code)
        if self.form.code is not None:
            self.codes_window.show_code(self.form.code.code)
        self.codes_window.show()
        self.codes_window.activateWindow()  # brings it forward when it was already open

    def _use_code(self, code: str) -> None:
        """«Bruk koden» in the code help: the code goes into the form, the focus back here."""
        found = self.catalogue.code(code)
        if found is None:
            return
        self.activateWindow()
        self.form.choose_code(found)


def _cause_name(exc: StorageError) -> str:
    """The database's own error name for the log (OperationalError), else the refusal's."""
    return type(exc.__cause__ or exc).__name__


def _totals_text(t: CategoryTotals) -> str:
    share = "–" if t.direct_share is None else percent(t.direct_share)
    return QCoreApplication.translate(
        "MainWindow",
        "direkte {direct} · indirekte {indirect} · annet {other} · reise {travel} · "
        "direkteandel {share}",
    ).format(
        direct=format_hours_minutes(t.direct),
        indirect=format_hours_minutes(t.indirect),
        other=format_hours_minutes(t.other),
        travel=format_hours_minutes(t.travel),
        share=share,
    )
