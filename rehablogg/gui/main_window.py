"""The main window: a day or an ISO week of entries, the totals, and the entry form beside them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QPalette, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from sqlalchemy.exc import SQLAlchemyError

from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import Catalogue, default_catalogue
from rehablogg.core.entry import EntryDraft, TimedSpan
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.numbers import format_hours_minutes
from rehablogg.core.periods import IsoWeek, format_date
from rehablogg.core.timer_rules import elapsed_minutes, needs_question, suggested_stop
from rehablogg.core.totals import CategoryTotals
from rehablogg.core.workdays import WorkCalendar, parse_weekdays
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.days_model import DaysModel
from rehablogg.gui.entries_model import EntriesModel, EntryIdRole, short_day
from rehablogg.gui.entry_form import EntryForm
from rehablogg.gui.forms.ui_main_window import Ui_MainWindow
from rehablogg.gui.icons import icon_pixmap
from rehablogg.gui.key_names import key_text
from rehablogg.gui.language import (
    NAMES,
    catalogue_text,
    current_language,
    monday_first,
    percent,
    save_language,
    stored_language,
    translated,
    week_label,
    write_error_text,
)
from rehablogg.gui.period_states import state_name
from rehablogg.gui.undo import DoneCommand
from rehablogg.gui.window_shortcuts import WindowShortcuts
from rehablogg.storage.absence import absences
from rehablogg.storage.database import Database
from rehablogg.storage.entries import StoredEntry, add_entry, delete_entry, get_entry, update_entry
from rehablogg.storage.errors import StorageError
from rehablogg.storage.periods import OPEN, LockedPeriodError, period_state
from rehablogg.storage.pilot import joined_pilot
from rehablogg.storage.profile import get_profile
from rehablogg.storage.queries import category_totals, last_created_entry_id, timed_spans_on
from rehablogg.storage.timer import (
    RunningTimer,
    clear_timer,
    get_timer,
    start_timer,
    stop_timer,
)

log = logging.getLogger("rehablogg.window")
FORM_KEYS = (
    (QT_TRANSLATE_NOOP("MainWindow", "Enter"),
     QT_TRANSLATE_NOOP("MainWindow", "Lagre registreringen (i skjemaet)")),
    (QT_TRANSLATE_NOOP("MainWindow", "Esc"),
     QT_TRANSLATE_NOOP("MainWindow", "Avbryt og tøm skjemaet")),
    (QT_TRANSLATE_NOOP("MainWindow", "Pil opp/ned"),
     QT_TRANSLATE_NOOP("MainWindow", "Bla i kode- eller brukerforslagene")),
    (QT_TRANSLATE_NOOP("MainWindow", "Enter i forslagslisten"),
     QT_TRANSLATE_NOOP("MainWindow", "Velg koden eller brukeren og gå videre")),
    (QT_TRANSLATE_NOOP("MainWindow", "Tilbake i tomt brukerfelt"),
     QT_TRANSLATE_NOOP("MainWindow", "Fjern sist valgte bruker")),
    (QT_TRANSLATE_NOOP("MainWindow", "Enter i tomt brukerfelt"),
     QT_TRANSLATE_NOOP("MainWindow", "Ferdig med brukerne (gruppe), gå til minutter")),
    (QT_TRANSLATE_NOOP("MainWindow", "Enter i listen"),
     QT_TRANSLATE_NOOP("MainWindow", "Rediger valgt registrering")),
    (QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Z i et felt"),
     QT_TRANSLATE_NOOP("MainWindow", "Angre skrivingen i feltet; når feltet ikke har mer å "
                                     "angre: angre siste lagring, endring eller sletting")),
)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
                 catalogue: Catalogue | None = None) -> None:
        super().__init__()
        self.db = db
        # The GUI's way into the file; self.db goes once every window calls the logbook.
        self.logbook = Logbook(db, today=today, now=now)
        self.today = today
        self.now = now
        self.timer_pending = False
        self._shown_once = False
        self.catalogue = catalogue or default_catalogue()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.calendar = self._load_calendar()
        self.current = today()
        self.mode = "week"
        self.last_draft: EntryDraft | None = None
        self.undo_stack = QUndoStack(self)
        self.entries_model = EntriesModel(db, self.catalogue, self.calendar)
        self.days_model = DaysModel(db, self.catalogue, self.calendar)
        self.ui.entriesTable.setModel(self.entries_model)
        self.ui.daysTable.setModel(self.days_model)
        self.form = EntryForm(db, self.catalogue, self._spans_for, today=today,
                              language=current_language())
        self._apply_profile_defaults()
        self.ui.formHostLayout.addWidget(self.form)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._style_tables()
        monday_first(self.ui.dateEdit)
        self._add_language_menu()
        self._add_workbench_action()
        self._add_proposal_actions()
        self._add_reports_menu()
        self._connect()
        self.shortcuts = WindowShortcuts(self, self.ui.actionUndo, self.ui.actionRedo)
        self.refresh()
        self.form.new_entry(self.current, keep_context=False)
        self._show_timer()
        self._timer_tick = QTimer(self)
        self._timer_tick.timeout.connect(self._show_timer)
        self._timer_tick.start(30_000)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            # The list has its height only once the window is laid out; scroll then.
            self._shown_once = True
            QTimer.singleShot(0, lambda: self._scroll_to_day(self.current))

    # -- set-up ----------------------------------------------------------------------------
    def _load_calendar(self) -> WorkCalendar:
        profile = get_profile(self.db.engine)
        return WorkCalendar(parse_weekdays(profile.working_days), absences(self.db.engine))

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

    def _add_workbench_action(self) -> None:
        """Fil → Arbeidsbenk for pilotleder, right after Bli med i pilot."""
        action = QAction(self.tr("Arbeids&benk for pilotleder …"), self)
        action.setObjectName("actionWorkbench")
        action.setStatusTip(self.tr("Samle innleveringene fra terapeutene i en pilot og skriv "
                                    "sammendraget"))
        actions = self.ui.menuFile.actions()
        after = actions.index(self.ui.actionJoinPilot) + 1
        if after < len(actions):
            self.ui.menuFile.insertAction(actions[after], action)
        else:
            self.ui.menuFile.addAction(action)
        action.triggered.connect(self.open_workbench)
        self.workbench_action = action

    def _add_proposal_actions(self) -> None:
        """Fil → Importer kalender and Rediger → Kopier forrige uke: both end in the confirm
        list, where nothing is saved before the therapist says so."""
        self.import_calendar_action = QAction(self.tr("&Importer kalender …"), self)
        self.import_calendar_action.setObjectName("actionImportCalendar")
        self.import_calendar_action.setStatusTip(self.tr(
            "Foreslå registreringer fra møtene i en kalenderfil (.ics) fra Outlook eller EPJ"))
        self.ui.menuFile.insertAction(self.ui.actionExport, self.import_calendar_action)
        self.import_calendar_action.triggered.connect(self.import_calendar)
        self.copy_week_action = QAction(self.tr("Kopier forrige &uke …"), self)
        self.copy_week_action.setObjectName("actionCopyLastWeek")
        self.copy_week_action.setStatusTip(self.tr(
            "Foreslå forrige ukes registreringer for uka som vises"))
        self.ui.menuEdit.insertAction(self.ui.actionCopyToDay, self.copy_week_action)
        self.copy_week_action.triggered.connect(self.copy_last_week)

    def import_calendar(self, path: str | None = None) -> None:
        from rehablogg.gui.proposal_actions import import_calendar

        if import_calendar(self, self.db, self.catalogue, self.today(), path):
            self.refresh()

    def copy_last_week(self) -> None:
        from rehablogg.gui.proposal_actions import copy_last_week

        if copy_last_week(self, self.db, self.catalogue, self.today(), self.current):
            self.refresh()

    def open_workbench(self) -> None:
        from rehablogg.gui.workbench_window import open_workbench

        open_workbench(self)

    def _add_language_menu(self) -> None:
        """Fil → Språk: each language named in itself; the choice applies at the next start."""
        menu = QMenu(self.tr("&Språk"), self.ui.menuFile)
        menu.setObjectName("menuLanguage")
        self.ui.menuFile.insertMenu(self.ui.actionJoinPilot, menu)
        group = QActionGroup(self)
        chosen = stored_language(self.logbook) or current_language()
        self.language_actions: dict[str, QAction] = {}
        for code, name in NAMES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        menu.addSeparator()
        note = menu.addAction(self.tr("Gjelder når rehablogg startes på nytt"))
        note.setEnabled(False)

    def choose_language(self, language: str) -> None:
        save_language(self.logbook, language)
        self.language_actions[language].setChecked(True)
        self.statusBar().showMessage(
            self.tr("Språket er endret til {name}. Det gjelder når rehablogg startes på nytt."
                    ).format(name=NAMES[language]), 10000)

    def _add_reports_menu(self) -> None:
        """Rapporter → Min tid, and the journal-text actions in Rediger and the list's menu.
        Both modules are imported here, not at the top: the report's charts only when the
        window opens (start-up time)."""
        from rehablogg.gui.journal_text import JournalText

        menu = QMenu(self.tr("Ra&pporter"), self)
        menu.setObjectName("menuReports")
        self.menuBar().insertMenu(self.ui.menuHelp.menuAction(), menu)
        self.actionMyTime = menu.addAction(self.tr("Min tid…"))
        self.actionMyTime.setShortcut("Ctrl+Shift+R")
        self.actionMyTime.triggered.connect(self.open_report)
        self.addAction(self.actionMyTime)
        self.report_window: object | None = None  # the ReportWindow, once opened
        self.journal_text = JournalText(self)
        self.ui.menuEdit.addSeparator()
        for action in self.journal_text.actions():
            self.ui.menuEdit.addAction(action)

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
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized
                              | Qt.WindowState.WindowActive)
        window.activateWindow()

    def _connect(self) -> None:
        ui = self.ui
        actions: dict[QAction, Callable[[], None]] = {
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
            ui.actionTimer: self.toggle_timer,
            ui.actionDiscardTimer: self.discard_timer,
            ui.actionExport: self.open_export,
            ui.actionAudit: self.open_audit,
        }
        for action, slot in actions.items():
            action.triggered.connect(slot)
            self.addAction(action)
        self.undo_stack.canUndoChanged.connect(ui.actionUndo.setEnabled)
        self.undo_stack.canRedoChanged.connect(ui.actionRedo.setEnabled)
        ui.actionUndo.setEnabled(False)
        ui.actionRedo.setEnabled(False)
        ui.todayButton.clicked.connect(lambda: self.go_to(self.today()))
        ui.previousButton.clicked.connect(lambda: self.step(-1))
        ui.nextButton.clicked.connect(lambda: self.step(1))
        ui.dayViewButton.clicked.connect(lambda: self.set_mode("day"))
        ui.weekViewButton.clicked.connect(lambda: self.set_mode("week"))
        ui.newButton.clicked.connect(self.new_entry)
        ui.timerButton.clicked.connect(self.toggle_timer)
        ui.dateEdit.dateChanged.connect(lambda d: self.go_to(d.toPython()))
        ui.entriesTable.activated.connect(lambda _index: self.edit_selected())
        ui.entriesTable.doubleClicked.connect(lambda _index: self.edit_selected())
        ui.daysTable.clicked.connect(lambda index: self._day_clicked(index.column()))
        self.form.submitted.connect(self.save_from_form)
        self.form.cancelled.connect(self._form_cancelled)

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
            ui.headingLabel.setText(f"<b>{week_label(week.week, title=True)}</b> {week.year} · "
                                    f"{format_date(start)}–{format_date(end)}")
        else:
            ui.headingLabel.setText(f"<b>{short_day(self.current).capitalize()}</b> "
                                    f"{self.current.year} · {week_label(week.week)}")
        ui.headingLabel.setText(f"{ui.headingLabel.text()} · {self.month_state_text()}")
        self._scroll_to_day(self.current)
        self._sync_date_edit()
        self._show_totals()
        self._fit_days_table()

    def _scroll_to_day(self, day: date) -> None:
        """The week opens on the day shown (today after a start), not on its Monday."""
        row = self.entries_model.first_row_on(day)
        table = self.ui.entriesTable
        if row is None:
            table.scrollToTop()
            return
        table.scrollTo(self.entries_model.index(row, 0),
                       QAbstractItemView.ScrollHint.PositionAtTop)

    def month_state_text(self) -> str:
        """``måneden er åpen / levert / endret etter levering`` for the month shown."""
        with self.db.engine.connect() as conn:
            state = period_state(conn, self.current.strftime("%Y-%m"))
        return f"{self.current:%m.%Y} {state_name(state)}"

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
        return category_totals(self.db.engine, self.catalogue, week.monday, week.sunday)

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
        self.timer_pending = False  # the timer's offer, if it was in the form, waits
        self.form.new_entry(self.current, keep_context=False)

    def undo(self) -> None:
        text = self.undo_stack.undoText()
        self.undo_stack.undo()
        self.refresh()  # the data behind the views changed
        if text:
            self.statusBar().showMessage(self.tr("Angret: {change}.").format(change=text), 5000)

    def redo(self) -> None:
        text = self.undo_stack.redoText()
        self.undo_stack.redo()
        self.refresh()
        if text:
            self.statusBar().showMessage(self.tr("Gjort om: {change}.").format(change=text),
                                         5000)

    def selected_entry_id(self) -> str | None:
        index = self.ui.entriesTable.currentIndex()
        if not index.isValid():
            return None
        value = self.entries_model.index(index.row(), 0).data(EntryIdRole)
        return str(value) if value else None

    def edit_selected(self) -> None:
        entry_id = self.selected_entry_id()
        stored = get_entry(self.db.engine, entry_id) if entry_id else None
        if stored is not None:
            self.timer_pending = False
            self.form.load_entry(stored.id, stored.draft)

    def repeat_last(self) -> None:
        draft = self.last_draft
        if draft is None:
            last_id = last_created_entry_id(self.db.engine)
            stored = get_entry(self.db.engine, last_id) if last_id else None
            draft = stored.draft if stored else None
        if draft is None:
            self.statusBar().showMessage(self.tr("Ingen registrering å gjenta ennå."), 5000)
            return
        self.timer_pending = False
        self.form.load_entry(None, replace(draft, date=self.current, start_time=None))

    def toggle_favourite(self) -> None:
        message = self.form.toggle_favourite()
        self.statusBar().showMessage(message or self.tr("Velg en kode i skjemaet først."), 5000)

    def duplicate_selected(self) -> None:
        stored = self._selected()
        if stored is not None:
            self._create(stored.draft, self.tr("Duplisert."))

    def copy_selected_to_day(self) -> None:
        stored = self._selected()
        if stored is None:
            return
        day = ask_date(self, self.tr("Kopier til dag"), self.tr("Kopier registreringen til:"),
                       stored.draft.date)
        if day is not None:
            self._create(replace(stored.draft, date=day),
                         self.tr("Kopiert til {date}.").format(date=format_date(day)))

    def delete_selected(self) -> None:
        stored = self._selected()
        if stored is None:
            return
        reason = self._reason_if_locked(stored.draft.date)
        if reason is False:
            return
        try:
            self.db.require_present()
            delete_entry(self.db.engine, stored.id, reason=reason or None)
        except (SQLAlchemyError, StorageError) as exc:
            self._report(exc)
            return
        log.info("deleted entry %s", stored.id)

        def redo() -> None:
            delete_entry(self.db.engine, stored.id, reason=reason or None)

        self.undo_stack.push(DoneCommand(
            self.tr("Slett registrering"), redo, lambda: self._restore(stored, reason or None),
            self._report))
        self.refresh()
        self.statusBar().showMessage(self.tr("Slettet. Angre med Ctrl+Z."), 8000)

    def save_from_form(self, draft: EntryDraft, entry_id: str | None) -> None:
        if entry_id is None:
            if self._create(draft, self.tr("Lagret.")):
                self.last_draft = draft
                self.form.saved()
                if self.timer_pending:  # the timer's work is now safely an entry
                    clear_timer(self.db.engine)
                    self.timer_pending = False
                    self._show_timer()
            return
        before = get_entry(self.db.engine, entry_id)
        if before is None:
            self.form.save_failed(self.tr("Registreringen finnes ikke lenger; lagre den som ny."))
            return
        reason = self._reason_if_locked(draft.date, before.draft.date)
        if reason is False:
            self.form.save_failed(self.tr("Ikke lagret: måneden er levert, og endringen trenger "
                                          "en begrunnelse."))
            return
        try:
            self.db.require_present()
            update_entry(self.db.engine, entry_id, draft, reason=reason or None)
        except (SQLAlchemyError, StorageError) as exc:
            log.warning("update failed: %s", type(exc).__name__)
            self.form.save_failed(write_error_text(exc))
            return
        log.info("updated entry %s", entry_id)
        self.undo_stack.push(DoneCommand(
            self.tr("Endre registrering"),
            redo=lambda: update_entry(self.db.engine, entry_id, draft, reason=reason or None),
            undo=lambda: update_entry(self.db.engine, entry_id, before.draft,
                                      reason=reason or None),
            on_error=self._report,
        ))
        self.last_draft = draft
        self.form.saved()
        self._after_change(entry_id, draft.date, self.tr("Endret."))

    def _create(self, draft: EntryDraft, message: str) -> bool:
        reason = self._reason_if_locked(draft.date)
        if reason is False:
            self.form.save_failed(self.tr("Ikke lagret: måneden er levert, og en ny registrering "
                                          "der trenger en begrunnelse."))
            return False
        cat_id, cat_version = self.catalogue.id, self.catalogue.version
        try:
            self.db.require_present()
            entry_id = add_entry(self.db.engine, draft, cat_id, cat_version,
                                 reason=reason or None)
        except (SQLAlchemyError, StorageError) as exc:
            log.warning("save failed: %s", type(exc).__name__)
            self.form.save_failed(write_error_text(exc))
            return False
        log.info("saved entry %s (%s, %d min)", entry_id, draft.code, draft.minutes)

        def redo() -> None:
            add_entry(self.db.engine, draft, cat_id, cat_version, reason=reason or None,
                      entry_id=entry_id)

        def undo() -> None:
            delete_entry(self.db.engine, entry_id, reason=reason or None)

        self.undo_stack.push(DoneCommand(self.tr("Ny registrering"), redo, undo, self._report))
        self._after_change(entry_id, draft.date, message)
        return True

    def _restore(self, stored: StoredEntry, reason: str | None) -> None:
        add_entry(self.db.engine, stored.draft, stored.catalogue_id, stored.catalogue_version,
                  reason=reason, entry_id=stored.id)

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
        return get_entry(self.db.engine, entry_id)

    def _reason_if_locked(self, *days: date) -> str | bool:
        """'' when no month involved is submitted, the reason typed, or False when cancelled."""
        with self.db.engine.connect() as conn:
            locked = [d for d in days if period_state(conn, d.strftime("%Y-%m")) != OPEN]
        if not locked:
            return ""
        from rehablogg.gui.reason_dialog import ask_reason

        reason = ask_reason(
            self, self.tr("Levert måned"),
            self.tr("{month} er levert. Skriv hvorfor du endrer den (kommer i endringsloggen):"
                    ).format(month=f"{locked[0]:%m.%Y}"))
        return reason if reason is not None else False

    def _report(self, exc: Exception) -> None:
        message = translated(exc) if isinstance(exc, LockedPeriodError) else write_error_text(exc)
        self.statusBar().showMessage(message, 10000)
        self.refresh()

    def _spans_for(self, day: date) -> list[TimedSpan]:
        return [TimedSpan(i, time.fromisoformat(s), m)
                for i, s, m in timed_spans_on(self.db.engine, day)]

    # -- profile, clients, timer ----------------------------------------------------------
    def open_profile(self) -> None:
        from rehablogg.gui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.logbook, self, catalogue=self.catalogue, today=self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_settings()

    def _apply_profile_defaults(self) -> None:
        profile = get_profile(self.db.engine)
        self.form.default_arena = profile.default_arena
        self.form.default_contact_mode = profile.default_contact_mode
        pilot = joined_pilot(self.db.engine) or {}
        self.form.required_fields = tuple(pilot.get("required_fields", ()))

    def reload_settings(self) -> None:
        """After the profile changed: working days, absence days and default choices."""
        self._apply_profile_defaults()
        self.calendar = self._load_calendar()
        self.entries_model.calendar = self.calendar
        self.days_model.calendar = self.calendar
        self.refresh()

    def open_join_pilot(self) -> None:
        from rehablogg.gui.pilot_dialog import PilotDialog

        dialog = PilotDialog(self.logbook, self, catalogue=self.catalogue)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.pilot is not None:
            self.reload_settings()
            self.statusBar().showMessage(
                self.tr("Du er med i piloten {name}.").format(name=dialog.pilot.name), 8000)

    def open_backups(self) -> None:
        from rehablogg.gui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.logbook, self)
        dialog.exec()
        if dialog.restored:
            self.undo_stack.clear()  # undo steps refer to the data that was replaced
            self.reload_settings()

    def open_export(self) -> None:
        from rehablogg.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.logbook, self.current, self, catalogue=self.catalogue,
                              calendar=self.calendar)
        self.export_dialog = dialog
        dialog.exec()
        self.refresh()
        if dialog.jump_to is not None:
            self.go_to(dialog.jump_to)

    def open_audit(self) -> None:
        from rehablogg.gui.audit_dialog import AuditDialog

        AuditDialog(self.logbook, self.current, self).exec()

    def open_clients(self) -> None:
        from rehablogg.gui.clients_dialog import ClientsDialog

        dialog = ClientsDialog(self.logbook, self)
        dialog.exec()
        if dialog.erased:  # undoing a step could bring an erased client's note back
            self.undo_stack.clear()
        if dialog.changed:
            self.refresh()

    def new_client(self) -> None:
        from rehablogg.gui.clients_dialog import ClientEditDialog

        dialog = ClientEditDialog(self.logbook, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client_id is not None:
            self.statusBar().showMessage(self.tr("Brukeren er lagt til."), 5000)

    def toggle_timer(self) -> None:
        """Ctrl+T: start; stop a running timer; offer a stopped one again."""
        timer = get_timer(self.db.engine)
        if timer is None:
            self._start_timer()
        elif timer.running:
            self._stop_timer(timer)
        else:
            self._offer_timer(timer)

    def _start_timer(self) -> None:
        code = self.form.code
        if code is None:
            self.statusBar().showMessage(
                self.tr("Velg kode (og bruker) i skjemaet først, og trykk Ctrl+T igjen."), 8000)
            self.form.ui.codeEdit.setFocus()
            return
        client = self.form.client_ids[0] if self.form.client_ids else None
        form = self.form.ui
        start_timer(self.db.engine, self.now(), code.code, client,
                    contact_mode=form.contactCombo.currentData() or None,
                    arena=form.arenaCombo.currentData() or None)
        self._show_timer()
        self.statusBar().showMessage(self.tr("Tidtakeren går. Stopp med Ctrl+T."), 5000)

    def _stop_timer(self, timer: RunningTimer) -> None:
        now = self.now()
        start, stop = timer.started_at, now
        rest_from = None
        if needs_question(start, now):
            code = self.catalogue.code(timer.code)
            code_text = f"{timer.code} {catalogue_text(code.label)}" if code else timer.code
            day_end = time.fromisoformat(get_profile(self.db.engine).day_end)
            from rehablogg.gui.timer_dialog import TimerStopDialog

            dialog = TimerStopDialog(start, now, suggested_stop(start, day_end), code_text, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            stop, split = dialog.stopped(), dialog.split_at()
            if split is not None:
                if not self._create(self._timer_draft(timer, start, split),
                                    self.tr("Første del er lagret.")):
                    return
                rest_from = split
        stopped = stop_timer(self.db.engine, stop, rest_from=rest_from)
        if stopped is not None:
            self._offer_timer(stopped)

    def _timer_draft(self, timer: RunningTimer, start: datetime, stop: datetime) -> EntryDraft:
        """The entry the timer's work makes: the contact mode and arena chosen in the form
        when it started (which hold the code's default when it has one); for a timer that
        kept none (started before they were kept), the code's default, else the profile's."""
        code = self.catalogue.code(timer.code)
        contact, arena = timer.contact_mode, timer.arena
        if contact is None and arena is None:
            contact = (code.contact_mode if code is not None and code.contact_mode is not None
                       else self.form.default_contact_mode)
            # A code's arena of "" means none (a phone call has no arena).
            arena = (code.arena if code is not None and code.arena is not None
                     else self.form.default_arena)
        return EntryDraft(start.date(), elapsed_minutes(start, stop), timer.code,
                          start.time().replace(second=0, microsecond=0),
                          (timer.client_id,) if timer.client_id is not None else (),
                          contact_mode=contact or None, arena=arena or None, note=timer.note)

    def _offer_timer(self, timer: RunningTimer) -> None:
        """The stopped timer's entry in the form, saved with Enter; kept until it is saved."""
        assert timer.stopped_at is not None
        self.form.load_entry(None, self._timer_draft(timer, timer.started_at, timer.stopped_at))
        self.timer_pending = True
        self._show_timer()
        self.statusBar().showMessage(
            self.tr("Tidtakeren er stoppet: sjekk skjemaet og lagre med Enter."), 8000)

    def _form_cancelled(self) -> None:
        if self.form.ui.dateEdit.date().toPython() != self.current:
            self.form.new_entry(self.current, keep_context=False)  # as Ctrl+N: the day shown
        if self.timer_pending:
            self.timer_pending = False
            self.statusBar().showMessage(self.tr(
                "Tidtakerens tid er ikke lagret. Ctrl+T henter den fram igjen; Tidtaker → "
                "Forkast stoppet tidtaker fjerner den."), 10000)

    def discard_timer(self) -> None:
        if self.timer_pending:
            self.timer_pending = False
            self.form.new_entry(self.current, keep_context=False)
        clear_timer(self.db.engine)
        self._show_timer()
        self.statusBar().showMessage(self.tr("Tidtakerens tid er forkastet."), 5000)

    def _show_timer(self) -> None:
        timer = get_timer(self.db.engine)
        ui = self.ui
        ui.actionDiscardTimer.setEnabled(timer is not None and not timer.running)
        self._show_timer_icon(timer is not None)
        if timer is None:
            ui.timerLabel.setText("")
            ui.timerButton.setText(self.tr("Start tidtaker"))
            return
        if timer.stopped_at is not None:
            ui.timerLabel.setText(self.tr(
                "{code} stoppet {time} ({minutes}), ikke lagret").format(
                    code=timer.code, time=f"{timer.stopped_at:%H:%M}",
                    minutes=format_hours_minutes(elapsed_minutes(timer.started_at,
                                                           timer.stopped_at))))
            ui.timerButton.setText(self.tr("Hent tidtakerens tid"))
            return
        running = format_hours_minutes(elapsed_minutes(timer.started_at, self.now()))
        ui.timerLabel.setText(self.tr("{code} siden {date} {time} ({running})").format(
            code=timer.code, date=format_date(timer.started_at.date()),
            time=f"{timer.started_at:%H:%M}", running=running))
        ui.timerButton.setText(self.tr("Stopp tidtaker"))

    def _show_timer_icon(self, shown: bool) -> None:
        icon = self.ui.timerIcon
        if shown and icon.pixmap().isNull():
            icon.setPixmap(icon_pixmap("timer", self.palette().color(QPalette.ColorRole.WindowText),
                                       self.ui.timerLabel.fontMetrics().height(),
                                       self.devicePixelRatioF()))
        icon.setVisible(shown)

    # -- help ------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every action with a shortcut, read from the actions themselves so it never goes
        stale, followed by the keys of the entry form."""
        rows = [(key_text(a.shortcut()), a.text().replace("&", "").rstrip(" …"))
                for a in self.actions() if not a.shortcut().isEmpty()]
        return rows + [(QCoreApplication.translate("MainWindow", keys),
                        QCoreApplication.translate("MainWindow", what))
                       for keys, what in FORM_KEYS]

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

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Tastatursnarveier"))
        layout = QVBoxLayout(dialog)
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2, dialog)
        table.setAccessibleName(self.tr("Tastatursnarveier"))
        table.setHorizontalHeaderLabels([self.tr("Tast"), self.tr("Handling")])
        table.verticalHeader().setVisible(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        for i, (keys, what) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(keys))
            table.setItem(i, 1, QTableWidgetItem(what))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        localise_buttons(dialog)
        dialog.resize(520, 560)
        dialog.open()
        self.shortcuts_dialog = dialog


def _totals_text(t: CategoryTotals) -> str:
    share = "–" if t.direct_share is None else percent(t.direct_share)
    return QCoreApplication.translate(
        "MainWindow", "direkte {direct} · indirekte {indirect} · annet {other} · reise {travel} · "
        "direkteandel {share}").format(
            direct=format_hours_minutes(t.direct), indirect=format_hours_minutes(t.indirect),
            other=format_hours_minutes(t.other), travel=format_hours_minutes(t.travel), share=share)


def ask_date(parent: QMainWindow, title: str, prompt: str, initial: date) -> date | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    label = QLabel(prompt, dialog)
    edit = QDateEdit(QDate(initial.year, initial.month, initial.day), dialog)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    monday_first(edit)
    edit.setAccessibleName(QCoreApplication.translate("MainWindow", "Dato"))
    label.setBuddy(edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for widget in (label, edit, buttons):
        layout.addWidget(widget)
    localise_buttons(dialog)
    edit.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.date().toPython()
