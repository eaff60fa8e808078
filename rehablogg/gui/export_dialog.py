"""Export or hand in a period: a preview of exactly what leaves the machine, the completeness
check, and the export itself through ``rehablogg.exchange.export``."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget
from sqlalchemy.exc import SQLAlchemyError

from rehablogg.core.catalogue import Catalogue, default_catalogue
from rehablogg.core.completeness import Finding, check_month
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import IsoWeek, days_between, format_date
from rehablogg.core.submission_timing import Timing, timing, working_days_left
from rehablogg.core.workdays import WorkCalendar
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.export import ExportRequest, ExportResult, base_metadata, export
from rehablogg.exchange.metadata import ExportMetadata
from rehablogg.exchange.naming import export_file_name, is_whole_month
from rehablogg.exchange.rows import RowBuilder, content_checksum
from rehablogg.exchange.submission import DRAFT, Kind, SubmissionPlan, plan_submission
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_export_dialog import Ui_ExportDialog
from rehablogg.gui.language import monday_first, number, translated, write_error_text
from rehablogg.storage.audit import clients_without_birth_year, month_entries
from rehablogg.storage.backups import take_backup
from rehablogg.storage.clock import Clock
from rehablogg.storage.database import Database
from rehablogg.storage.errors import StorageError
from rehablogg.storage.export_rows import ExportEntry, read_export_entries
from rehablogg.storage.paths import DataPaths
from rehablogg.storage.profile import get_profile
from rehablogg.storage.submissions import latest_submission
from rehablogg.storage.timer import get_timer

_Index = QModelIndex | QPersistentModelIndex
MONTH, WEEK, CUSTOM = 0, 1, 2
PERIODS = (QT_TRANSLATE_NOOP("ExportDialog", "Måned"), QT_TRANSLATE_NOOP("ExportDialog", "ISO-uke"),
           QT_TRANSLATE_NOOP("ExportDialog", "Fritt tidsrom"))
FORMATS = (("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel (xlsx)")),
           ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (bare visning)")))
PENDING = QT_TRANSLATE_NOOP("ExportDialog", "(settes når filen skrives)")


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("ExportDialog", …), translated."""
    return QCoreApplication.translate("ExportDialog", text)


def cell_text(value: object) -> str:
    """How a preview cell shows a value that is written to the file."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return number(value, 2)
    return str(value)


class RowsModel(QAbstractTableModel):
    """A read-only table of rows under fixed column names."""

    def __init__(self) -> None:
        super().__init__()
        self.columns: tuple[str, ...] = ()
        self.rows: list[list[str]] = []

    def set_rows(self, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        self.beginResetModel()
        self.columns = tuple(columns)
        self.rows = [[cell_text(v) for v in row] for row in rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not (0 <= index.row() < len(self.rows) and 0 <= index.column() < len(self.columns)):
            return None
        return self.rows[index.row()][index.column()]


class FindingsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return translated(self.findings[index.row()].text)
        return None


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def month_span(d: date) -> tuple[date, date]:
    first = d.replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    return first, after - timedelta(days=1)


def result_sentence(result: ExportResult) -> str:
    """What was written, in one sentence."""
    name, export_id = result.path.name, result.export_id
    if result.kind is Kind.CORRECTION:
        return QCoreApplication.translate(
            "ExportDialog", "Levert som korreksjon nr. {n}: {name} (eksport-ID {id}, erstatter "
            "{replaces}).").format(n=result.correction, name=name, id=export_id,
                                   replaces=result.replaces)
    if result.kind is Kind.FIRST:
        return QCoreApplication.translate(
            "ExportDialog", "Levert: {name} (eksport-ID {id}).").format(name=name, id=export_id)
    if result.kind is Kind.SAME:
        return QCoreApplication.translate(
            "ExportDialog", "Måneden er uendret siden innleveringen; {name} er skrevet på nytt "
            "med samme eksport-ID {id}.").format(name=name, id=export_id)
    if result.export_id:
        return QCoreApplication.translate(
            "ExportDialog", "Eksportert (ikke levert): {name} (eksport-ID {id}).").format(
                name=name, id=export_id)
    return QCoreApplication.translate(
        "ExportDialog", "Eksportert: {name} (registreringer: {count}).").format(
            name=name, count=number(result.entries))


class ExportDialog(QDialog):
    def __init__(self, db: Database, shown: date, parent: QWidget | None = None, *,
                 catalogue: Catalogue | None = None, calendar: WorkCalendar | None = None,
                 today: Callable[[], date] = date.today, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.catalogue = catalogue or default_catalogue()
        self.calendar = calendar or WorkCalendar()
        self.today = today
        self.jump_to: date | None = None
        self.written: ExportResult | None = None
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.periodCombo.addItems([_tr(p) for p in PERIODS])
        for key, text in FORMATS:
            ui.formatCombo.addItem(_tr(text), key)
        monday_first(ui.fromEdit, ui.toEdit)
        ui.fromEdit.setDate(_qdate(shown))
        ui.toEdit.setDate(_qdate(shown))
        ui.folderEdit.setText(str(folder or Path.home()))
        self.entries_model = RowsModel()
        self.participants_model = RowsModel()
        self.metadata_model = RowsModel()
        self.findings_model = FindingsModel()
        ui.entriesView.setModel(self.entries_model)
        ui.participantsView.setModel(self.participants_model)
        ui.metadataView.setModel(self.metadata_model)
        ui.findingsView.setModel(self.findings_model)
        for view in (ui.entriesView, ui.participantsView, ui.metadataView):
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
        # Which span the submit ticks were last set for: a confirmation to hand in a month
        # before it is over belongs to that month only.
        self._ticks_for: tuple[date, date] | None = None
        ui.notesWarning.setVisible(False)
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.update_preview())
        ui.formatCombo.currentIndexChanged.connect(lambda _i: self.update_preview())
        ui.fromEdit.dateChanged.connect(lambda _d: self.update_preview())
        ui.toEdit.dateChanged.connect(lambda _d: self.update_preview())
        ui.submitCheck.toggled.connect(lambda _b: self.update_preview())
        ui.earlyCheck.toggled.connect(lambda _b: self.update_preview())
        ui.notesCheck.toggled.connect(lambda _b: self.update_preview())
        ui.folderEdit.textChanged.connect(lambda _t: self._show_target())
        ui.browseButton.clicked.connect(self.browse)
        ui.exportButton.clicked.connect(self.run_export)
        ui.findingsView.activated.connect(self._finding_chosen)
        ui.findingsView.doubleClicked.connect(self._finding_chosen)
        ui.buttonBox.rejected.connect(self.reject)
        localise_buttons(self)
        self._plan: SubmissionPlan = DRAFT
        self._meta: ExportMetadata | None = None
        self.update_preview()
        ui.exportButton.setFocus()

    # -- the request ----------------------------------------------------------------------
    def span(self) -> tuple[date, date]:
        start = _pydate(self.ui.fromEdit.date())
        kind = self.ui.periodCombo.currentIndex()
        if kind == MONTH:
            return month_span(start)
        if kind == WEEK:
            week = IsoWeek.of(start)
            return week.monday, week.sunday
        end = _pydate(self.ui.toEdit.date())
        return (start, end) if start <= end else (end, start)

    def fmt(self) -> str:
        return str(self.ui.formatCombo.currentData())

    def clock(self) -> Clock:
        return Clock(self.today())

    def timing(self) -> Timing:
        return timing(*self.span(), self.today())

    def can_submit(self) -> bool:
        """A month, as xlsx, that has begun (a future month can never be handed in)."""
        return (self.ui.periodCombo.currentIndex() == MONTH and self.fmt() == "xlsx"
                and self.timing() is not Timing.FUTURE)

    def submitting(self) -> bool:
        return self.can_submit() and self.ui.submitCheck.isChecked()

    def early(self) -> bool:
        """Handing in a month that is not over yet (it needs the named confirmation)."""
        return self.submitting() and self.timing() is Timing.RUNNING

    def request(self) -> ExportRequest:
        start, end = self.span()
        return ExportRequest(
            start=start, end=end, out=Path(self.ui.folderEdit.text().strip()),
            whole_month=is_whole_month(start, end), fmt=self.fmt(), submit=self.submitting(),
            include_notes=self.ui.notesCheck.isChecked(),
            before_month_end=self.early() and self.ui.earlyCheck.isChecked())

    # -- preview --------------------------------------------------------------------------
    def update_preview(self) -> None:
        ui = self.ui
        kind = ui.periodCombo.currentIndex()
        ui.toEdit.setVisible(kind == CUSTOM)
        ui.toLabel.setVisible(kind == CUSTOM)
        start, end = self.span()
        ui.spanLabel.setText(f"{format_date(start)}–{format_date(end)}")
        self._reset_ticks(start, end)
        ui.submitCheck.setEnabled(self.can_submit())
        ui.notesWarning.setVisible(ui.notesCheck.isChecked())
        ui.exportButton.setText(self.tr("Lever &inn") if self.submitting()
                                else self.tr("&Eksporter"))
        ui.messageLabel.setText("")
        self._show_early(start, end)
        try:
            self._preview(self.request())
        except ExportError as exc:
            self._clear_preview()
            ui.messageLabel.setText(translated(exc))
        self._check(start, end)
        self._show_target()

    def _reset_ticks(self, start: date, end: date) -> None:
        """For a newly chosen span: "Lever inn" ticked only for a month that is over, and the
        early confirmation never carried over from another month."""
        if self._ticks_for == (start, end):
            return
        self._ticks_for = (start, end)
        for check, on in ((self.ui.submitCheck, self.timing() is Timing.ENDED),
                          (self.ui.earlyCheck, False)):
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)

    def _show_early(self, start: date, end: date) -> None:
        ui = self.ui
        early = self.early()
        ui.earlyCheck.setVisible(early)
        confirmed = not early or ui.earlyCheck.isChecked()
        ui.exportButton.setEnabled(confirmed)
        if not early:
            return
        left = working_days_left(days_between(start, end), self.calendar, self.today())
        ui.earlyCheck.setText(self.tr(
            "Lever inn før måneden er &slutt ({left} av {total} arbeidsdager gjenstår)").format(
                left=left.left, total=left.total))
        if not confirmed:
            ui.messageLabel.setText(self.tr(
                "Måneden er ikke slutt før {last}; kryss av for å levere den før måneden er "
                "slutt, eller vent til den er over.").format(last=format_date(end)))

    def _clear_preview(self) -> None:
        for model in (self.entries_model, self.participants_model, self.metadata_model):
            model.set_rows((), [])
        self._meta = None

    def _preview(self, request: ExportRequest) -> None:
        builder = RowBuilder(self.catalogue, request.include_notes)
        profile = get_profile(self.db.engine)
        with self.db.engine.connect() as conn:
            entries = read_export_entries(conn, request.start, request.end)
            meta = dataclasses.replace(
                base_metadata(profile, self.catalogue, request, created=self.clock().now_iso()),
                entry_count=len(entries))
            plan = DRAFT
            if request.fmt == "xlsx" and request.whole_month:
                plan = plan_submission(latest_submission(conn, f"{request.start:%Y-%m}"),
                                       request.submit, self._checksum_as(meta, entries, builder))
        self._plan = plan
        self._meta = dataclasses.replace(meta, submission=plan.is_submission,
                                         replaces=plan.replaces)
        self.entries_model.set_rows(builder.entry_columns,
                                    [builder.entry_row(e) for e in entries])
        self.participants_model.set_rows(
            builder.participant_columns,
            [row for e in entries for row in builder.participant_rows(e)])
        if request.fmt == "xlsx":
            self.metadata_model.set_rows(
                ("felt", "verdi"),
                self._meta.fields(export_id=_tr(PENDING), checksum=_tr(PENDING)))
        else:
            self.metadata_model.set_rows(("felt", "verdi"),
                                         [("", self.tr("CSV-filen har ingen metadata."))])

    @staticmethod
    def _checksum_as(meta: ExportMetadata, entries: list[ExportEntry], builder: RowBuilder
                     ) -> Callable[[bool, str], str]:
        def checksum_as(submission: bool, replaces: str) -> str:
            candidate = dataclasses.replace(meta, submission=submission, replaces=replaces)
            return content_checksum(candidate, entries, builder)
        return checksum_as

    def _check(self, start: date, end: date) -> None:
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        engine = self.db.engine
        findings = check_month(
            days, self.calendar, month_entries(engine, start, end), self.catalogue,
            today=self.today(), timer_running=get_timer(engine) is not None,
            clients_without_birth_year=clients_without_birth_year(engine))
        self.findings_model.set_findings(findings)
        title = (self.tr("Kontroll ({count})").format(count=len(findings)) if findings
                 else self.tr("Kontroll (ingen funn)"))
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.findingsTab), title)

    def file_name(self) -> str:
        meta = self._meta
        if meta is None:
            return ""
        return export_file_name(
            pilot=meta.pilot, municipality=meta.municipality, therapist=meta.therapist,
            start=meta.start, end=meta.end, extension=self.fmt(),
            submission=self._plan.is_submission, correction=self._plan.correction)

    def _show_target(self) -> None:
        self.ui.fileNameLabel.setText(self.file_name())

    # -- actions --------------------------------------------------------------------------
    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Velg mappe"),
                                                  self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def _finding_chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        finding = self.findings_model.findings[index.row()]
        if finding.day is not None:
            self.jump_to = finding.day
            self.accept()

    def run_export(self) -> None:
        request = self.request()
        if not request.out.is_dir():
            # The line edit is a folder; export() would take a missing one for a file name.
            self.ui.messageLabel.setText(
                self.tr("Mappen {folder} finnes ikke; opprett den eller velg en annen.").format(
                    folder=request.out))
            return
        try:
            self.db.require_present()
            if request.submit:
                take_backup(DataPaths.of_database(self.db.path), "innlevering")
            result = export(self.db.engine, request, catalogue=self.catalogue,
                            clock=self.clock())
        except ExportError as exc:
            self.ui.messageLabel.setText(translated(exc))
            return
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self.ui.messageLabel.setText(
                self.tr("Sikkerhetskopien før innleveringen kunne ikke tas ({reason}); "
                        "ingenting er levert.").format(reason=reason))
            return
        except (SQLAlchemyError, StorageError) as exc:
            self.ui.messageLabel.setText(write_error_text(exc))
            return
        self.written = result
        self.update_preview()
        self.ui.messageLabel.setText(result_sentence(result))
