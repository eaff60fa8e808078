"""The entry form, built for speed: type to search codes and clients, Enter to pick and move on,
Enter to save, Esc to cancel. Nothing typed is lost: a refused save shows one sentence next to
the field and leaves every field as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidgetItem,
    QWidget,
)

from rehablogg.application.entries_book import EntriesBook, StorageError
from rehablogg.core.catalogue import Catalogue, Code
from rehablogg.core.durations import parse_duration
from rehablogg.core.entry import (
    MIN_MINUTES,
    EntryDraft,
    Problem,
    Severity,
    TimedSpan,
    find_overlaps,
    validate_entry,
)
from rehablogg.core.identity import find_identity_numbers
from rehablogg.gui.date_dialog import python_date
from rehablogg.gui.forms.ui_entry_form import Ui_EntryForm
from rehablogg.gui.language import catalogue_text, monday_first, translated, write_error_text
from rehablogg.gui.picker_models import ClientListModel, CodeListModel, category_name, code_text

QUICK_MINUTES = (15, 30, 45, 60, 90)
USAGE_DAYS = 90
MAX_SUGGESTIONS = 8
CODE_SUMMARY_CHARS = 110
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EntryForm(QWidget):
    """Emits ``submitted(draft, entry_id or None)`` when the user saves a valid entry."""

    submitted = Signal(object, object)
    cancelled = Signal()

    def __init__(
        self,
        entries: EntriesBook,
        catalogue: Catalogue,
        spans_for: Callable[[date], list[TimedSpan]],
        today: Callable[[], date] = date.today,
        language: str = "nb",
    ) -> None:
        super().__init__()
        self.help_language = language  # of the catalogue's code help
        self.entries = entries
        self.catalogue = catalogue
        self.spans_for = spans_for
        self.today = today
        self.ui = Ui_EntryForm()
        self.ui.setupUi(self)
        self.code: Code | None = None
        self.client_ids: list[int] = []
        self.editing_id: str | None = None
        self.default_arena = ""
        self.default_contact_mode = "oppmote"  # by far the most common
        self.required_fields: tuple[str, ...] = ()  # what a joined pilot makes compulsory
        # Per-code defaults (the catalogue's contact_mode/arena): the fields the user set in
        # this entry, which a picked code leaves alone, and for the fields a code's default
        # filled in, what they held before it, given back when a code without one is picked.
        self._user_set: set[str] = set()
        self._before_default: dict[str, str] = {}
        self._accepted_warnings: tuple[str, ...] = ()
        self.code_model = CodeListModel(catalogue)
        self.client_model = ClientListModel(entries)
        for view, model in (
            (self.ui.codeList, self.code_model),
            (self.ui.clientList, self.client_model),
        ):
            view.setModel(model)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        monday_first(self.ui.dateEdit)
        self._align_labels()
        self.ui.codeList.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_code_help(self.code_model.code_at(current.row()))
        )
        self._fill_choices()
        self._connect()
        self.new_entry(date.today(), keep_context=False)

    # -- set-up ----------------------------------------------------------------------------
    def _align_labels(self) -> None:
        """The labels sit at the top of their rows, which grow with suggestions, help and
        error sentences; as tall as a line edit, their text lines up with the field's."""
        line = self.ui.codeEdit.sizeHint().height()
        grid = self.ui.fieldsLayout
        for row in range(grid.rowCount()):
            item = grid.itemAtPosition(row, 0)
            label = item.widget() if item is not None else None
            if label is not None:
                label.setMinimumHeight(line)

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.contactCombo.addItem("–", "")
        for choice in self.catalogue.contact_modes:
            ui.contactCombo.addItem(catalogue_text(choice.label), choice.key)
        ui.arenaCombo.addItem("–", "")
        for choice in self.catalogue.arenas:
            ui.arenaCombo.addItem(catalogue_text(choice.label), choice.key)
        for choice in self.catalogue.parties:
            item = QListWidgetItem(catalogue_text(choice.label), ui.partiesList)
            item.setData(Qt.ItemDataRole.UserRole, choice.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Work in ``catalogue`` from now on (the logbook moved to another version): the code
        list, the choices and the chosen code follow; what was chosen stays where it still
        exists."""
        ui = self.ui
        contact, arena, parties = (
            ui.contactCombo.currentData(),
            ui.arenaCombo.currentData(),
            set(self._parties()),
        )
        chosen = self.code.code if self.code is not None else None
        self.catalogue = catalogue
        self.code_model.catalogue = catalogue
        self.code_model.set_query("")
        ui.contactCombo.clear()
        ui.arenaCombo.clear()
        ui.partiesList.clear()
        self._fill_choices()
        _select_data(ui.contactCombo, contact or "")
        _select_data(ui.arenaCombo, arena or "")
        for i in range(ui.partiesList.count()):
            item = ui.partiesList.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in parties:
                item.setCheckState(Qt.CheckState.Checked)
        self._set_code(catalogue.code(chosen) if chosen is not None else None)

    def _connect(self) -> None:
        ui = self.ui
        ui.codeEdit.textEdited.connect(self._code_typed)
        ui.minutesEdit.textEdited.connect(lambda _t: self._clear_problem(ui.minutesError))
        ui.startEdit.textEdited.connect(lambda _t: self._clear_problem(ui.startError))
        ui.clientEdit.textEdited.connect(self._client_typed)
        ui.codeList.clicked.connect(lambda index: self._pick_code(index.row()))
        ui.clientList.clicked.connect(lambda index: self._pick_client(index.row()))
        for widget in (ui.codeEdit, ui.clientEdit):
            widget.installEventFilter(self)
        for combo, field in self._default_fields():
            # activated: only the user's own choice, never a value set from code.
            combo.activated.connect(lambda _i, f=field: self._user_set.add(f))
        ui.saveButton.clicked.connect(self.try_save)
        ui.cancelButton.clicked.connect(self.cancel)
        for minutes in QUICK_MINUTES:
            button = getattr(ui, f"quick{minutes}Button")
            button.clicked.connect(lambda _=False, m=minutes: self._set_minutes(m))

    # -- filling the form ------------------------------------------------------------------
    def new_entry(self, day: date, *, keep_context: bool = True) -> None:
        """Ready for the next entry; after a save the client and arena stay (the next
        entry is usually about the same child in the same place)."""
        ui = self.ui
        self.editing_id = None
        ui.titleLabel.setText(self.tr("Ny registrering"))
        ui.dateEdit.setDate(_qdate(day))
        self._set_code(None)
        if not keep_context:
            self._set_clients([])
            _select_data(ui.arenaCombo, self.default_arena)
            _select_data(ui.contactCombo, self.default_contact_mode)
        else:
            # What a code's default put in stays with that entry, not the next one's context.
            for combo, field in self._default_fields():
                if field in self._before_default:
                    _select_data(combo, self._before_default[field])
        self._forget_defaults()
        # setText(""), not clear(): clear() is itself an undo step of the field, and Ctrl+Z in
        # a field with typing to undo undoes that typing, not the save (window_shortcuts.py).
        for edit in (ui.codeEdit, ui.clientEdit, ui.minutesEdit, ui.startEdit, ui.noteEdit):
            edit.setText("")
        ui.groupSizeSpin.setValue(0)
        ui.travelSpin.setValue(0)
        self._set_parties(())
        self.clear_problems()
        self._accepted_warnings = ()
        for view in (ui.codeList, ui.clientList):
            self._show_list(view, False)
        self.refresh_ranking()
        ui.codeEdit.setFocus()

    def refresh_ranking(self) -> None:
        """Favourites first, then the codes this therapist used most in the last 90 days."""
        self.code_model.set_ranking(
            self.entries.favourite_codes(), self.entries.code_usage(USAGE_DAYS)
        )

    def toggle_favourite(self) -> str | None:
        """Mark or unmark the chosen code as a favourite; returns a message for the status bar."""
        if self.code is None:
            return None
        code = self.code.code
        try:
            favourite = self.entries.toggle_favourite(code)
        except StorageError as exc:
            return write_error_text(exc)
        self.refresh_ranking()
        if favourite:
            return self.tr("{code} er nå favoritt.").format(code=code)
        return self.tr("{code} er ikke favoritt.").format(code=code)

    def load_entry(self, entry_id: str | None, draft: EntryDraft) -> None:
        """Fill the form from ``draft``; editing an existing entry when ``entry_id`` is given,
        otherwise a new entry prefilled from it (repeat last)."""
        ui = self.ui
        self.editing_id = entry_id
        ui.titleLabel.setText(
            self.tr("Rediger registrering") if entry_id else self.tr("Ny registrering (kopi)")
        )
        ui.dateEdit.setDate(_qdate(draft.date))
        self._set_code(self.catalogue.code(draft.code))
        self._set_clients(list(draft.client_ids))
        ui.clientEdit.setText("")
        ui.minutesEdit.setText(str(draft.minutes))
        ui.startEdit.setText(draft.start_time.strftime("%H:%M") if draft.start_time else "")
        _select_data(ui.contactCombo, draft.contact_mode or "")
        _select_data(ui.arenaCombo, draft.arena or "")
        self._forget_defaults()  # a copied or edited entry keeps what it had
        self._set_parties(draft.parties)
        ui.groupSizeSpin.setValue(draft.group_size or 0)
        ui.travelSpin.setValue(draft.travel_minutes)
        ui.noteEdit.setText(draft.note)
        self.clear_problems()
        ui.minutesEdit.setFocus()
        ui.minutesEdit.selectAll()

    def _set_minutes(self, minutes: int) -> None:
        self.ui.minutesEdit.setText(str(minutes))

    def _set_parties(self, keys: tuple[str, ...]) -> None:
        for i in range(self.ui.partiesList.count()):
            item = self.ui.partiesList.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _parties(self) -> tuple[str, ...]:
        items = (self.ui.partiesList.item(i) for i in range(self.ui.partiesList.count()))
        return tuple(
            str(it.data(Qt.ItemDataRole.UserRole))
            for it in items
            if it.checkState() == Qt.CheckState.Checked
        )

    # -- code picker -----------------------------------------------------------------------
    def _code_typed(self, text: str) -> None:
        self._set_code(None, keep_text=True)
        self.code_model.set_query(text)
        self._show_list(self.ui.codeList, bool(text.strip()))

    def _pick_code(self, row: int) -> bool:
        code = self.code_model.code_at(row)
        if code is None:
            return False
        self.choose_code(code)
        return True

    def choose_code(self, code: Code) -> None:
        """As picking ``code`` from the suggestions: its defaults, then on to the next field
        (also used by «Bruk koden» in the code help)."""
        self._set_code(code)
        self._apply_code_defaults(code)
        self._clear_problem(self.ui.codeError)
        self._show_list(self.ui.codeList, False)
        next_field = self.ui.clientEdit if code.allows_client else self.ui.minutesEdit
        next_field.setFocus()

    def _default_fields(self) -> tuple[tuple[QComboBox, str], ...]:
        return ((self.ui.contactCombo, "contact_mode"), (self.ui.arenaCombo, "arena"))

    def _forget_defaults(self) -> None:
        self._user_set = set()
        self._before_default = {}

    def _apply_code_defaults(self, code: Code) -> None:
        """The picked code's contact mode and arena, in the fields the user has not set."""
        for combo, field in self._default_fields():
            if field in self._user_set:
                continue
            default = code.contact_mode if field == "contact_mode" else code.arena
            if default is not None:
                self._before_default.setdefault(field, combo.currentData() or "")
                _select_data(combo, default)
            elif field in self._before_default:
                _select_data(combo, self._before_default.pop(field))

    def _set_code(self, code: Code | None, *, keep_text: bool = False) -> None:
        self.code = code
        ui = self.ui
        self._show_code_help(code)
        if code is None:
            ui.codeInfo.setText("")
            if not keep_text:
                ui.codeEdit.setText("")
            # As on a fresh form: the next code decides what the fields below it take.
            ui.clientEdit.setEnabled(True)
            ui.clientEdit.setPlaceholderText(self.tr("Søk på bruker"))
            ui.groupSizeSpin.setEnabled(True)
            return
        ui.codeEdit.setText(code_text(code))
        description = catalogue_text(code.description)
        summary = description.split(". ")[0].rstrip(".") + "."
        if len(summary) > CODE_SUMMARY_CHARS:
            summary = summary[:CODE_SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
        ui.codeInfo.setText(f"{category_name(code.category).capitalize()} · {summary}")
        ui.codeInfo.setToolTip(description)
        ui.clientEdit.setEnabled(code.allows_client)
        ui.groupSizeSpin.setEnabled(code.group)
        if code.group and ui.groupSizeSpin.value() < max(2, len(self.client_ids)):
            ui.groupSizeSpin.setValue(max(2, len(self.client_ids)))
        if not code.group:
            ui.groupSizeSpin.setValue(0)
        ui.clientEdit.setPlaceholderText(
            self.tr("Søk og legg til brukere (Enter), tom + Enter for å gå videre")
            if code.group
            else self.tr("Søk på bruker")
            if code.allows_client
            else self.tr("Koden gjelder ingen bruker")
        )

    def _show_code_help(self, code: Code | None) -> None:
        """The catalogue's when-to-use and when-not text of the highlighted or chosen code."""
        if code is None:
            help_ = None
        else:  # with the code help window, loaded when first needed (start-up time)
            from rehablogg.gui.codes_window import CodeHelp

            help_ = CodeHelp.of(code, self.catalogue, self.help_language)
        self.ui.codeHelp.setText(help_.html() if help_ else "")
        self.ui.codeHelp.setVisible(help_ is not None)
        self.ui.codeInfo.setVisible(help_ is None)  # its one-line summary is in the help
        self.ui.codeEdit.setAccessibleDescription(help_.plain() if help_ else "")

    # -- client picker ---------------------------------------------------------------------
    def _client_typed(self, text: str) -> None:
        self.client_model.exclude = set(self.client_ids)
        self.client_model.set_query(text)
        self._show_list(self.ui.clientList, bool(text.strip()))

    def _pick_client(self, row: int) -> bool:
        item = self.client_model.item_at(row)
        if item is None:
            return False
        group = self.code is not None and self.code.group
        self._set_clients([*self.client_ids, item.id] if group else [item.id])
        self._clear_problem(self.ui.clientsError)
        self.ui.clientEdit.setText("")
        self._show_list(self.ui.clientList, False)
        if not group:
            self.ui.minutesEdit.setFocus()
        return True

    def _set_clients(self, ids: list[int]) -> None:
        self.client_ids = ids
        labels = self.entries.client_labels(ids)
        names = [labels.get(i, "?") for i in ids]
        self.ui.selectedClients.setText(
            self.tr("Valgt: {names}").format(names=", ".join(names)) if names else ""
        )
        if self.code is not None and self.code.group and len(ids) > self.ui.groupSizeSpin.value():
            self.ui.groupSizeSpin.setValue(len(ids))

    # -- keyboard --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.ui.codeEdit:
                return self._picker_key(event, self.ui.codeList, self._pick_code)
            if watched is self.ui.clientEdit:
                return self._client_key(event)
        if event.type() == QEvent.Type.FocusOut and watched is self.ui.codeEdit:
            self._show_list(self.ui.codeList, False)
        return super().eventFilter(watched, event)

    def _picker_key(self, event: QKeyEvent, view: QListView, pick: Callable[[int], bool]) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._move_selection(view, 1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in _ENTER_KEYS and view.isVisible():
            return pick(view.currentIndex().row()) or True
        if key == Qt.Key.Key_Escape and view.isVisible():
            self._show_list(view, False)
            return True
        return False

    def _client_key(self, event: QKeyEvent) -> bool:
        if self._picker_key(event, self.ui.clientList, self._pick_client):
            return True
        empty = not self.ui.clientEdit.text()
        if event.key() == Qt.Key.Key_Backspace and empty and self.client_ids:
            self._set_clients(self.client_ids[:-1])
            return True
        if event.key() in _ENTER_KEYS and empty and self.client_ids:
            self.ui.minutesEdit.setFocus()  # group: an empty Enter ends the list of clients
            return True
        return False

    def _move_selection(self, view: QListView, step: int) -> None:
        model = view.model()
        if not view.isVisible():
            self._show_list(view, model.rowCount() > 0)
        row = max(0, min(model.rowCount() - 1, view.currentIndex().row() + step))
        view.setCurrentIndex(model.index(row, 0))

    def _show_list(self, view: QListView, visible: bool) -> None:
        model = view.model()
        if model is None:  # focus events still arrive while the window is being torn down
            return
        rows = model.rowCount()
        view.setVisible(visible and rows > 0)
        if view is self.ui.codeList and not view.isVisible():
            self._show_code_help(self.code)  # back from a highlighted suggestion to the choice
        if visible and rows > 0:
            # As tall as its suggestions (at most eight), so the form below does not jump far.
            row_height = max(view.sizeHintForRow(0), 1)
            view.setFixedHeight(min(rows, MAX_SUGGESTIONS) * row_height + 2 * view.frameWidth())
            view.setCurrentIndex(model.index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in _ENTER_KEYS:
            self.try_save()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    # -- saving ----------------------------------------------------------------------------
    def cancel(self) -> None:
        day = python_date(self.ui.dateEdit.date())
        self.new_entry(day, keep_context=False)
        self.cancelled.emit()

    def try_save(self) -> None:
        self.clear_problems()
        draft, problems = self._collect()
        errors = [p for p in problems if p.severity is Severity.ERROR]
        if errors or draft is None:
            self.show_problems(problems)
            return
        warnings = find_overlaps(draft, self.spans_for(draft.date), own_id=self.editing_id)
        signature = tuple(w.message for w in warnings)
        if warnings and signature != self._accepted_warnings:
            self._accepted_warnings = signature
            self.show_problems(warnings)
            self.ui.messageLabel.setText(
                self.tr("{warning} Trykk Enter igjen for å lagre.").format(
                    warning=translated(warnings[0].message)
                )
            )
            return
        self._accepted_warnings = ()
        self.submitted.emit(draft, self.editing_id)

    def _collect(self) -> tuple[EntryDraft | None, list[Problem]]:
        """The draft and every problem with it, all at once: the fields that cannot be read
        and the rules the rest breaks (None instead of a draft when a field cannot be read)."""
        ui = self.ui
        problems: list[Problem] = []
        minutes = MIN_MINUTES  # stands in for unreadable minutes while the rest is checked
        if not ui.minutesEdit.text().strip():
            problems.append(
                Problem("minutes", self.tr("Skriv minuttene, for eksempel 45, 1:30 eller 1,5t."))
            )
        else:
            try:
                minutes = parse_duration(ui.minutesEdit.text())
            except ValueError as exc:
                problems.append(Problem("minutes", exc.args[0] if exc.args else str(exc)))
        start: time | None = None
        if ui.startEdit.text().strip():
            try:
                start = time.fromisoformat(_pad_time(ui.startEdit.text().strip()))
            except ValueError:
                problems.append(
                    Problem(
                        "start_time",
                        self.tr(
                            "Starttid skrives tt:mm, for eksempel 08:30, eller la feltet stå tomt."
                        ),
                    )
                )
        if self.code is None:
            typed = ui.codeEdit.text().strip()
            problems.append(
                Problem(
                    "code",
                    self.tr("Ingen kode passer «{typed}»; velg fra listen.").format(typed=typed)
                    if typed
                    else self.tr("Velg en kode."),
                )
            )
        if self.code is None:
            return None, problems  # the rest depends on the code (a client or not, group)
        draft = EntryDraft(
            date=python_date(ui.dateEdit.date()),
            minutes=minutes,
            code=self.code.code,
            start_time=start,
            client_ids=tuple(self.client_ids) if self.code.allows_client else (),
            contact_mode=ui.contactCombo.currentData() or None,
            arena=ui.arenaCombo.currentData() or None,
            parties=self._parties(),
            group_size=(ui.groupSizeSpin.value() or None) if self.code.group else None,
            travel_minutes=ui.travelSpin.value(),
            note=ui.noteEdit.text().strip(),
        )
        unread = {p.field for p in problems}
        problems += [
            p
            for p in validate_entry(
                draft,
                self.catalogue,
                self.today(),
                allow_retired=self.editing_id is not None,
                required=self.required_fields,
            )
            if p.field not in unread
        ]
        return (None if unread else draft), _in_form_order(problems)

    def saved(self) -> None:
        """Called by the window once the entry is stored: ready for the next one."""
        self.new_entry(python_date(self.ui.dateEdit.date()), keep_context=True)

    def save_failed(self, message: str) -> None:
        self.ui.messageLabel.setText(translated(message))

    # -- problems --------------------------------------------------------------------------
    def _error_label(self, field: str) -> QLabel:
        ui = self.ui
        return {
            "date": ui.dateError,
            "code": ui.codeError,
            "clients": ui.clientsError,
            "minutes": ui.minutesError,
            "start_time": ui.startError,
            "group_size": ui.groupSizeError,
            "travel_minutes": ui.travelError,
            "note": ui.noteError,
        }.get(field, ui.messageLabel)

    def _field_widget(self, field: str) -> QWidget:
        ui = self.ui
        return {
            "date": ui.dateEdit,
            "code": ui.codeEdit,
            "clients": ui.clientEdit,
            "minutes": ui.minutesEdit,
            "start_time": ui.startEdit,
            "group_size": ui.groupSizeSpin,
            "travel_minutes": ui.travelSpin,
            "contact_mode": ui.contactCombo,
            "arena": ui.arenaCombo,
            "parties": ui.partiesList,
            "note": ui.noteEdit,
        }.get(field, ui.codeEdit)

    def show_problems(self, problems: list[Problem]) -> None:
        for problem in problems:
            label = self._error_label(problem.field)
            label.setText(translated(problem.message))
            label.setVisible(True)
        if problems:
            widget = self._field_widget(problems[0].field)
            if widget.isEnabled():
                widget.setFocus()
                if widget is self.ui.noteEdit:
                    self._select_identity_number()
                elif isinstance(widget, QLineEdit):
                    widget.selectAll()

    def _select_identity_number(self) -> None:
        """Select just the number in the note, so one Delete removes it and the rest of the
        note stays as typed (selecting everything would let the next key wipe the note)."""
        edit = self.ui.noteEdit
        found = find_identity_numbers(edit.text())
        if found:
            edit.setSelection(found[0].start, found[0].end - found[0].start)

    def _clear_problem(self, label: QLabel) -> None:
        """A field's sentence goes once the user has changed that field."""
        label.clear()
        label.setVisible(False)

    def clear_problems(self) -> None:
        ui = self.ui
        for label in (
            ui.dateError,
            ui.codeError,
            ui.clientsError,
            ui.minutesError,
            ui.startError,
            ui.groupSizeError,
            ui.travelError,
            ui.noteError,
        ):
            label.clear()
            label.setVisible(False)
        ui.messageLabel.clear()

    def problem_texts(self) -> dict[str, str]:
        """Visible problem sentences by label name (for tests and screenshots)."""
        ui = self.ui
        labels = {
            "date": ui.dateError,
            "code": ui.codeError,
            "clients": ui.clientsError,
            "minutes": ui.minutesError,
            "start_time": ui.startError,
            "group_size": ui.groupSizeError,
            "travel_minutes": ui.travelError,
            "note": ui.noteError,
            "message": ui.messageLabel,
        }
        return {k: v.text() for k, v in labels.items() if v.text()}


FORM_ORDER = (
    "date",
    "code",
    "clients",
    "minutes",
    "start_time",
    "contact_mode",
    "arena",
    "parties",
    "group_size",
    "travel_minutes",
    "note",
)


def _in_form_order(problems: list[Problem]) -> list[Problem]:
    """Top to bottom as the fields stand, so the focus goes to the first one shown."""

    def place(p: Problem) -> int:
        return FORM_ORDER.index(p.field) if p.field in FORM_ORDER else len(FORM_ORDER)

    return sorted(problems, key=place)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pad_time(text: str) -> str:
    """``8:30`` and ``0830`` → ``08:30``: therapists type times every which way."""
    digits = text.replace(".", ":")
    if ":" not in digits and digits.isdigit() and len(digits) in (3, 4):
        digits = f"{digits[:-2]}:{digits[-2:]}"
    hours, _, minutes = digits.partition(":")
    return f"{int(hours):02d}:{minutes}" if hours.isdigit() else text


def _select_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
