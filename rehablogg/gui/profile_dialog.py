"""Profile and settings: who the therapist is, where and when they work, their absence days and
the defaults for new entries. The same dialog, cut short, greets a first start.

Nothing is stored until the user saves; a refused save shows one sentence next to each field
with a problem and keeps everything typed. Cancel (Esc) discards every change, absence days
included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from rehablogg.application.errors import (
    IdentityNumberError,
    StorageError,
    WriteFailedError,
    machine_fault,
)
from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import SHIPPED_VERSIONS, Catalogue
from rehablogg.core.free_text import UNIT, identity_number_refusal
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.municipalities import municipalities
from rehablogg.core.periods import days_between, format_date
from rehablogg.core.profile_rules import (
    PROFESSIONS,
    validate_position,
    validate_profession,
    validate_therapist_code,
)
from rehablogg.core.workdays import ABSENCE_KINDS, WorkCalendar, parse_weekdays
from rehablogg.gui.forms.ui_profile_dialog import Ui_ProfileDialog
from rehablogg.gui.language import catalogue_text, monday_first, translated, weekday_short
from rehablogg.gui.municipality_model import (
    MunicipalityListModel,
    municipality_text,
    resolve_municipality,
)

# What a fault sentence names as not written (a full disk, a read-only folder …).
_PROFILE = QT_TRANSLATE_NOOP("ProfileDialog", "profilen")
# Marked with QT_TRANSLATE_NOOP("ProfileDialog", …) and translated where they are shown.
ABSENCE_LABELS = {
    "ferie": QT_TRANSLATE_NOOP("ProfileDialog", "Ferie"),
    "sykdom": QT_TRANSLATE_NOOP("ProfileDialog", "Sykefravær"),
    "kurs": QT_TRANSLATE_NOOP("ProfileDialog", "Kurs"),
    "annet": QT_TRANSLATE_NOOP("ProfileDialog", "Annet fravær"),
}
PROFESSION_LABELS = {
    "fysioterapeut": QT_TRANSLATE_NOOP("ProfileDialog", "Fysioterapeut"),
    "ergoterapeut": QT_TRANSLATE_NOOP("ProfileDialog", "Ergoterapeut"),
}
# KOSTRA functions a municipal physio- or occupational therapist's unit is usually booked under.
KOSTRA_FUNCTIONS = (
    ("241", QT_TRANSLATE_NOOP("ProfileDialog", "241 Diagnose, behandling, re-/habilitering")),
    ("232", QT_TRANSLATE_NOOP("ProfileDialog", "232 Helsestasjons- og skolehelsetjeneste")),
    ("233", QT_TRANSLATE_NOOP("ProfileDialog", "233 Annet forebyggende helsearbeid")),
    (
        "234",
        QT_TRANSLATE_NOOP(
            "ProfileDialog",
            "234 Aktiviserings- og servicetjenester for "
            "eldre og personer med funksjonsnedsettelser",
        ),
    ),
    ("253", QT_TRANSLATE_NOOP("ProfileDialog", "253 Helse- og omsorgstjenester i institusjon")),
    ("254", QT_TRANSLATE_NOOP("ProfileDialog", "254 Helse- og omsorgstjenester til hjemmeboende")),
)
MAX_ABSENCE_DAYS = 366
FIRST_START_WIDTH = 480
TIME_FORMAT = "HH:mm"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("ProfileDialog", …), translated."""
    return QCoreApplication.translate("ProfileDialog", text)


def absence_label(kind: str) -> str:
    name = ABSENCE_LABELS.get(kind)
    return _tr(name) if name else kind


def needs_profile(logbook: Logbook) -> bool:
    """True while the profile lacks a therapist code or a municipality: the app then offers the
    first-start dialog."""
    return logbook.settings.needs_profile()


def ask_for_profile(logbook: Logbook, parent: QWidget | None = None) -> bool:
    """Show the first-start dialog when the profile is incomplete; True when one was saved."""
    if not needs_profile(logbook):
        return False
    dialog = ProfileDialog(logbook, parent, first_start=True)
    return dialog.exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


# -- absence days -----------------------------------------------------------------------------
class AbsenceModel(QAbstractTableModel):
    """The absence days being edited, one row per day in date order: ``tir 14.07.2026 | Ferie``.
    Changes stay here until the dialog saves them."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AbsenceModel", "Dato"),
        QT_TRANSLATE_NOOP("AbsenceModel", "Fravær"),
    )
    DateRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, days: Mapping[date, str] | None = None) -> None:
        super().__init__()
        self._days: dict[date, str] = dict(days or {})
        self._order = sorted(self._days)

    def days(self) -> dict[date, str]:
        return dict(self._days)

    def set_days(self, days: Mapping[date, str]) -> None:
        self.beginResetModel()
        self._days = dict(days)
        self._order = sorted(self._days)
        self.endResetModel()

    def add(self, days: Iterable[date], kind: str) -> None:
        """Mark ``days`` as ``kind``; a day already marked takes the new kind."""
        merged = self.days()
        merged.update(dict.fromkeys(days, kind))
        self.set_days(merged)

    def remove(self, days: Iterable[date]) -> None:
        kept = self.days()
        for day in days:
            kept.pop(day, None)
        self.set_days(kept)

    def day_at(self, row: int) -> date | None:
        return self._order[row] if 0 <= row < len(self._order) else None

    def row_of(self, day: date) -> int | None:
        return self._order.index(day) if day in self._days else None

    def first_row_from(self, day: date) -> int | None:
        """The row of the first absence day on or after ``day``."""
        return next((i for i, d in enumerate(self._order) if d >= day), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AbsenceModel", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        day = self._order[index.row()]
        kind = self._days[day]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{weekday_short(day)} {format_date(day)}"
            return absence_label(kind)
        if role == self.DateRole:
            return day.isoformat()
        if role == self.KindRole:
            return kind
        return None


# -- the dialog -------------------------------------------------------------------------------
class ProfileDialog(QDialog):
    """Edit the profile; ``first_start`` shows only who and where, with "Senere" to postpone."""

    def __init__(
        self,
        logbook: Logbook,
        parent: QWidget | None = None,
        *,
        first_start: bool = False,
        catalogue: Catalogue | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.first_start = first_start
        self.catalogue = catalogue or logbook.catalogue
        self.today = today
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.day_checks: tuple[QCheckBox, ...] = (
            ui.mondayCheck,
            ui.tuesdayCheck,
            ui.wednesdayCheck,
            ui.thursdayCheck,
            ui.fridayCheck,
            ui.saturdayCheck,
            ui.sundayCheck,
        )
        self.absence_model = AbsenceModel()
        ui.absenceTable.setModel(self.absence_model)
        header = ui.absenceTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        rows = ui.absenceTable.verticalHeader()
        rows.setDefaultSectionSize(ui.absenceTable.fontMetrics().height() + 8)
        self.municipality_model = MunicipalityListModel()
        self.completer = QCompleter(self.municipality_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(8)
        self._suggestions().setAccessibleName(self.tr("Kommuneforslag"))
        ui.municipalityEdit.setCompleter(self.completer)
        self._add_catalogue_choice()
        self._fill_choices()
        self._set_up_buttons()
        self._connect()
        self.clear_problems()
        self.load()
        if first_start:
            self._cut_short()
        ui.therapistEdit.setFocus()

    # -- set-up ----------------------------------------------------------------------------
    def _add_catalogue_choice(self) -> None:
        """«Kodeverk»: the catalogue version the logbook works in, below the KOSTRA function
        (filled by ``load``)."""
        ui = self.ui
        self.catalogueLabel = QLabel(self.tr("Kode&verk"), ui.personGroup)
        self.catalogueCombo = QComboBox(ui.personGroup)
        self.catalogueCombo.setAccessibleName(self.tr("Kodeverk"))
        self.catalogueLabel.setBuddy(self.catalogueCombo)
        row = ui.personLayout.rowCount()
        ui.personLayout.addWidget(self.catalogueLabel, row, 0)
        ui.personLayout.addWidget(self.catalogueCombo, row, 1)
        QWidget.setTabOrder(ui.kostraCombo, self.catalogueCombo)
        QWidget.setTabOrder(self.catalogueCombo, ui.mondayCheck)

    def _load_catalogue_choice(self, version: int, pilot_id: str) -> None:
        """The versions a logbook on ``version`` may move to: its own and newer ones (a logbook
        made before version 2 stays on 1 until the therapist moves it; never back, as entries
        of a newer version would not export). In a pilot the pilot's file decides."""
        combo = self.catalogueCombo
        combo.clear()
        newest = max(SHIPPED_VERSIONS)
        for shipped in SHIPPED_VERSIONS:
            if shipped >= version:
                text = self.tr("Versjon {version}").format(version=shipped)
                if shipped == newest:
                    text = self.tr("Versjon {version} (nyeste)").format(version=shipped)
                combo.addItem(text, shipped)
        if combo.count() == 0:  # a version a newer rehablogg wrote: shown, kept as it is
            combo.addItem(self.tr("Versjon {version}").format(version=version), version)
        in_pilot = bool(pilot_id.strip())
        combo.setEnabled(not in_pilot)  # one version only: shown, still reached by Tab
        combo.setToolTip(
            self.tr("Piloten bestemmer kodeverket; pilotfilen sier hvilken versjon.")
            if in_pilot
            else self.tr("Kodene du registrerer med. Lagrede registreringer beholder sin versjon.")
        )

    def _fill_choices(self) -> None:
        ui = self.ui
        for key in PROFESSIONS:
            name = PROFESSION_LABELS.get(key)
            ui.professionCombo.addItem(_tr(name) if name else key, key)
        ui.kostraCombo.addItem("–", "")
        for key, label in KOSTRA_FUNCTIONS:
            ui.kostraCombo.addItem(_tr(label), key)
        ui.arenaCombo.addItem("–", "")
        for choice in self.catalogue.arenas:
            ui.arenaCombo.addItem(catalogue_text(choice.label), choice.key)
        ui.contactCombo.addItem("–", "")
        for choice in self.catalogue.contact_modes:
            ui.contactCombo.addItem(catalogue_text(choice.label), choice.key)
        for kind in ABSENCE_KINDS:
            ui.absenceKindCombo.addItem(absence_label(kind), kind)
        for edit in (ui.dayStartEdit, ui.dayEndEdit):
            edit.setDisplayFormat(TIME_FORMAT)
        monday_first(ui.absenceFromEdit, ui.absenceToEdit)

    def _set_up_buttons(self) -> None:
        box = self.ui.buttonBox
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setText(self.tr("Lagre (Enter)"))
        ok.setAccessibleName(self.tr("Lagre profilen"))
        cancel.setText(self.tr("Senere (Esc)") if self.first_start else self.tr("Avbryt (Esc)"))
        cancel.setAccessibleName(
            self.tr("Senere") if self.first_start else self.tr("Avbryt uten å lagre")
        )
        ok.setDefault(True)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.municipalityEdit.textEdited.connect(self._municipality_typed)
        ui.municipalityEdit.editingFinished.connect(self._municipality_done)
        # The text overload of the completer's activated signal (the stubs do not index them).
        self.completer.activated[str].connect(  # type: ignore[index]
            self._municipality_picked
        )
        ui.addAbsenceButton.clicked.connect(self.add_absence)
        ui.removeAbsenceButton.clicked.connect(self.remove_selected_absences)
        ui.absenceFromEdit.dateChanged.connect(self._from_changed)
        # Installed after the completer's own filter, so this one sees the field lose focus
        # even while the suggestion list is open (the completer swallows that event).
        for widget in (
            ui.municipalityEdit,
            self._suggestions(),
            ui.absenceFromEdit,
            ui.absenceToEdit,
            ui.absenceKindCombo,
            ui.absenceTable,
        ):
            widget.installEventFilter(self)

    def _suggestions(self) -> QAbstractItemView:
        """The completer's suggestion list (made with the completer, so always there)."""
        popup = self.completer.popup()
        assert popup is not None
        return popup

    def _cut_short(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Velkommen til rehablogg"))
        self.setAccessibleName(self.tr("Velkommen til rehablogg"))
        ui.introLabel.setText(
            self.tr(
                "Fyll inn hvem du er og hvor du jobber, så er rehablogg "
                "klar til bruk. Terapeutkoden får du av pilotlederen."
            )
        )
        ui.laterLabel.setText(
            self.tr(
                "Arbeidsdager, arbeidstid, fravær og forvalg for nye "
                "registreringer kan endres senere under Fil → Profil og "
                "innstillinger."
            )
        )
        ui.introLabel.setVisible(True)
        ui.laterLabel.setVisible(True)
        for widget in (
            ui.kostraLabel,
            ui.kostraCombo,
            self.catalogueLabel,
            self.catalogueCombo,
            ui.workGroup,
            ui.defaultsGroup,
            ui.absenceGroup,
        ):
            widget.setVisible(False)
        ui.personGroup.setTitle(self.tr("Profil"))
        self.setMinimumWidth(FIRST_START_WIDTH)
        self.adjustSize()

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        """Fill every field from the stored profile and absence days."""
        ui = self.ui
        profile = self.logbook.settings.profile()
        ui.therapistEdit.setText(profile.therapist_code)
        _select_data(ui.professionCombo, profile.profession)
        found = municipalities().get(profile.municipality)
        ui.municipalityEdit.setText(municipality_text(found) if found else profile.municipality)
        self._show_municipality_info()
        ui.unitEdit.setText(profile.unit)
        ui.positionSpin.setValue(min(max(profile.position_percent, 1), 100))
        _select_data(ui.kostraCombo, profile.kostra_function, add_unknown=True)
        self._load_catalogue_choice(profile.catalogue_version, profile.pilot_id)
        try:
            weekdays = parse_weekdays(profile.working_days)
        except ValueError:
            weekdays = frozenset({1, 2, 3, 4, 5})
        for number, check in enumerate(self.day_checks, start=1):
            check.setChecked(number in weekdays)
        ui.dayStartEdit.setTime(_qtime(profile.day_start, QTime(8, 0)))
        ui.dayEndEdit.setTime(_qtime(profile.day_end, QTime(15, 30)))
        _select_data(ui.arenaCombo, profile.default_arena, add_unknown=True)
        _select_data(ui.contactCombo, profile.default_contact_mode, add_unknown=True)
        self.absence_model.set_days(self.logbook.settings.absences())
        today = _qdate(self.today())
        ui.absenceFromEdit.setDate(today)
        ui.absenceToEdit.setDate(today)
        upcoming = self.absence_model.first_row_from(self.today())
        if upcoming is not None:
            ui.absenceTable.scrollTo(self.absence_model.index(upcoming, 0))

    # -- municipality ----------------------------------------------------------------------
    def _municipality_typed(self, _text: str) -> None:
        self.ui.municipalityInfo.clear()
        self.ui.municipalityInfo.setVisible(False)
        self._clear_problem("municipality")

    def _municipality_picked(self, text: str) -> None:
        self.ui.municipalityEdit.setText(text)
        self._municipality_done()

    def _municipality_done(self) -> None:
        """On leaving the field: show what the text resolves to, or why it does not."""
        text = self.ui.municipalityEdit.text()
        if not text.strip():
            return
        try:
            found = resolve_municipality(text)
        except ValueError as exc:
            self._show_problem(Problem("municipality", translated(exc)))
            return
        self._clear_problem("municipality")
        self.ui.municipalityEdit.setText(municipality_text(found))
        self._show_municipality_info()

    def _show_municipality_info(self) -> None:
        text = self.ui.municipalityEdit.text()
        found = municipalities().get(text[:4]) if text else None
        info = self.ui.municipalityInfo
        info.setText(
            self.tr("{name} kommune i {county}").format(name=found.name, county=found.county_name)
            if found
            else ""
        )
        info.setVisible(found is not None)

    # -- absence days ----------------------------------------------------------------------
    def _from_changed(self, first: QDate) -> None:
        if self.ui.absenceToEdit.date() < first:
            self.ui.absenceToEdit.setDate(first)

    def _weekdays(self) -> frozenset[int]:
        return frozenset(n for n, c in enumerate(self.day_checks, start=1) if c.isChecked())

    def add_absence(self) -> None:
        """Mark the working days from–to (inclusive) as absence of the chosen kind; weekends,
        public holidays and days not ticked as working days need no absence and are skipped."""
        ui = self.ui
        self._clear_problem("absence")
        first = _python_date(ui.absenceFromEdit.date())
        last = _python_date(ui.absenceToEdit.date())
        if last < first:
            self._show_problem(
                Problem("absence", self.tr("Til-datoen kan ikke være før fra-datoen."))
            )
            return
        if (last - first).days >= MAX_ABSENCE_DAYS:
            self._show_problem(
                Problem("absence", self.tr("Legg inn høyst ett år med fravær om gangen."))
            )
            return
        calendar = WorkCalendar(self._weekdays() or frozenset({1, 2, 3, 4, 5}))
        span = days_between(first, last)
        days = calendar.working_days(span)
        if not days:
            self._show_problem(
                Problem(
                    "absence",
                    self.tr(
                        "Perioden har ingen arbeidsdager; helg, helligdager og "
                        "dager du ikke jobber trenger ikke fravær."
                    ),
                )
            )
            return
        kind = str(ui.absenceKindCombo.currentData())
        self.absence_model.add(days, kind)
        self._select_days(days)
        skipped = len(span) - len(days)
        what = absence_label(kind).lower()
        ui.absenceInfo.setText(
            self.tr("La til {count} {kind}, hoppet over {skipped} fridager.").format(
                count=self._days_text(len(days)), kind=what, skipped=skipped
            )
            if skipped
            else self.tr("La til {count} {kind}.").format(
                count=self._days_text(len(days)), kind=what
            )
        )

    def remove_selected_absences(self) -> None:
        rows = sorted(i.row() for i in self.ui.absenceTable.selectionModel().selectedRows())
        days = [d for d in (self.absence_model.day_at(r) for r in rows) if d is not None]
        if not days:
            self.ui.absenceInfo.setText(self.tr("Velg dagene som skal fjernes i listen først."))
            return
        self.absence_model.remove(days)
        self.ui.absenceInfo.setText(
            self.tr("Fjernet {count}.").format(count=self._days_text(len(days)))
        )
        if self.absence_model.rowCount():
            row = min(rows[0], self.absence_model.rowCount() - 1)
            self.ui.absenceTable.setCurrentIndex(self.absence_model.index(row, 0))

    def _days_text(self, n: int) -> str:
        return self.tr("1 dag") if n == 1 else self.tr("{n} dager").format(n=n)

    def _select_days(self, days: list[date]) -> None:
        table = self.ui.absenceTable
        selection = QItemSelection()
        for day in days:
            row = self.absence_model.row_of(day)
            if row is not None:
                selection.select(self.absence_model.index(row, 0), self.absence_model.index(row, 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        table.selectionModel().select(selection, flags)
        first = self.absence_model.row_of(days[0])
        if first is not None:
            table.scrollTo(self.absence_model.index(first, 0))

    # -- keyboard --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.FocusOut
            and watched is self.ui.municipalityEdit
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self._suggestions().hide()
            self._municipality_done()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ui = self.ui
            if watched is self._suggestions() and event.key() in (
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
            ):
                self._leave_suggestions(forward=event.key() == Qt.Key.Key_Tab)
                return True
            if watched is ui.absenceTable and event.key() in (
                Qt.Key.Key_Delete,
                Qt.Key.Key_Backspace,
            ):
                self.remove_selected_absences()
                return True
            if watched in (ui.absenceFromEdit, ui.absenceToEdit, ui.absenceKindCombo) and (
                event.key() in _ENTER_KEYS
            ):
                self.add_absence()  # Enter among the absence fields adds, it does not save
                return True
        return super().eventFilter(watched, event)

    def _leave_suggestions(self, *, forward: bool) -> None:
        """Tab in the open suggestion list takes the highlighted one (if any) and moves on,
        instead of being swallowed by the list."""
        popup = self._suggestions()
        index = popup.currentIndex()
        popup.hide()
        if index.isValid():
            self.ui.municipalityEdit.setText(str(index.data()))
        self._municipality_done()
        # The neighbours in the form's tab order (ui/profile_dialog.ui).
        target = self.ui.unitEdit if forward else self.ui.professionCombo
        target.setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        )

    # -- saving ----------------------------------------------------------------------------
    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Validate every field and store the profile and absence days; False (with the
        reasons shown next to the fields) when something is refused or cannot be written."""
        self.clear_problems()
        fields, problems = self._collect()
        if problems:
            self.show_problems(problems)
            return False
        try:
            self.logbook.settings.change_profile(**fields)
            self.logbook.settings.set_absences(self.absence_model.days())
        except IdentityNumberError as exc:  # storage's own check of the other fields
            self._show_problem(Problem(exc.field, translated(exc)))
            return False
        except (WriteFailedError, OSError) as exc:
            fault = machine_fault(exc, _PROFILE, Path(self.logbook.path).parent)
            if fault is not None:  # a full disk, a read-only folder …: say what to do
                self._show_problem(Problem("message", translated(fault)))
                return False
            cause = exc.__cause__ if isinstance(exc, WriteFailedError) else exc
            self._show_problem(
                Problem(
                    "message",
                    self.tr(
                        "Profilen ble ikke lagret ({error}); det du skrev er beholdt, prøv igjen."
                    ).format(error=type(cause or exc).__name__),
                )
            )
            return False
        except StorageError as exc:  # the file is gone: its own sentence
            self._show_problem(Problem("message", translated(exc)))
            return False
        return True

    def _collect(self) -> tuple[dict[str, Any], list[Problem]]:
        ui = self.ui
        problems: list[Problem] = []
        fields: dict[str, Any] = {}

        code = ui.therapistEdit.text().strip()
        if not code and self.first_start:
            problems.append(
                Problem(
                    "therapist",
                    self.tr("Skriv terapeutkoden du har fått av pilotlederen, for eksempel FT01."),
                )
            )
        elif code:
            try:
                validate_therapist_code(code)
            except ValueError as exc:
                problems.append(Problem("therapist", translated(exc)))
        fields["therapist_code"] = code

        profession = str(ui.professionCombo.currentData())
        try:
            fields["profession"] = validate_profession(profession)
        except ValueError as exc:
            problems.append(Problem("profession", translated(exc)))

        typed = ui.municipalityEdit.text()
        fields["municipality"] = ""
        if typed.strip() or self.first_start:
            try:
                found = resolve_municipality(typed)
            except ValueError as exc:
                problems.append(Problem("municipality", translated(exc)))
            else:
                fields["municipality"] = found.number
                ui.municipalityEdit.setText(municipality_text(found))
                self._show_municipality_info()

        fields["unit"] = " ".join(ui.unitEdit.text().split())
        refusal = identity_number_refusal(UNIT, fields["unit"])
        if refusal is not None:
            problems.append(Problem("unit", translated(refusal)))
        try:
            fields["position_percent"] = validate_position(ui.positionSpin.value())
        except ValueError as exc:
            problems.append(Problem("position", translated(exc)))
        fields["kostra_function"] = str(ui.kostraCombo.currentData() or "")
        if self.catalogueCombo.isEnabled():
            fields["catalogue_version"] = int(self.catalogueCombo.currentData())

        weekdays = self._weekdays()
        if not weekdays:
            problems.append(Problem("workdays", self.tr("Kryss av minst én arbeidsdag.")))
        fields["working_days"] = ",".join(str(n) for n in sorted(weekdays))
        start, end = ui.dayStartEdit.time(), ui.dayEndEdit.time()
        if end <= start:
            problems.append(
                Problem(
                    "hours",
                    self.tr(
                        "Arbeidsdagen må slutte etter at den begynner, for eksempel 08:00–15:30."
                    ),
                )
            )
        fields["day_start"] = start.toString(TIME_FORMAT)
        fields["day_end"] = end.toString(TIME_FORMAT)
        fields["default_arena"] = str(ui.arenaCombo.currentData() or "")
        fields["default_contact_mode"] = str(ui.contactCombo.currentData() or "")
        return fields, problems

    # -- problems --------------------------------------------------------------------------
    def _labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "therapist": ui.therapistError,
            "profession": ui.professionError,
            "municipality": ui.municipalityError,
            "unit": ui.unitError,
            "position": ui.positionError,
            "workdays": ui.workdaysError,
            "hours": ui.hoursError,
            "absence": ui.absenceError,
            "message": ui.messageLabel,
        }

    def _field_widget(self, field: str) -> QWidget:
        ui = self.ui
        return {
            "therapist": ui.therapistEdit,
            "profession": ui.professionCombo,
            "municipality": ui.municipalityEdit,
            "unit": ui.unitEdit,
            "position": ui.positionSpin,
            "workdays": ui.mondayCheck,
            "hours": ui.dayEndEdit,
            "absence": ui.absenceFromEdit,
        }.get(field, ui.therapistEdit)

    def _show_problem(self, problem: Problem) -> None:
        labels = self._labels()
        label = labels.get(problem.field, labels["message"])
        if not _shown_with(label, self):
            label = labels["message"]  # its field is hidden (first start): say it at the bottom
        label.setText(problem.message if not label.text() else f"{label.text()} {problem.message}")
        label.setVisible(True)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) so that wrapped problem sentences are not cut off."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def _clear_problem(self, field: str) -> None:
        label = self._labels()[field]
        label.clear()
        label.setVisible(False)

    def show_problems(self, problems: list[Problem]) -> None:
        for problem in problems:
            self._show_problem(problem)
        if problems:
            widget = self._field_widget(problems[0].field)
            if widget.isVisibleTo(self):
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()

    def clear_problems(self) -> None:
        for field in self._labels():
            self._clear_problem(field)

    def problem_texts(self) -> dict[str, str]:
        """Visible problem sentences by field (for tests and screenshots)."""
        return {k: v.text() for k, v in self._labels().items() if v.text()}


def _shown_with(label: QLabel, dialog: QDialog) -> bool:
    """Whether ``label`` would be seen once made visible: none of its parents is hidden."""
    parent = label.parentWidget()
    while parent is not None and parent is not dialog:
        if parent.isHidden():
            return False
        parent = parent.parentWidget()
    return True


def _python_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qtime(text: str, fallback: QTime) -> QTime:
    parsed = QTime.fromString(text, TIME_FORMAT)
    return parsed if parsed.isValid() else fallback


def _select_data(combo: QComboBox, value: str, *, add_unknown: bool = False) -> None:
    """Select the item holding ``value``; an unknown stored value is kept as its own item."""
    index = combo.findData(value)
    if index < 0 and add_unknown and value:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
