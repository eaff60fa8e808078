"""Export or hand in a period: a preview of exactly what leaves the machine, the completeness
check, and the export itself, all asked of the logbook's exports book (application/
exports_book.py), whose plan `rehablogg export` follows too."""

from __future__ import annotations

from collections.abc import Sequence
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
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QLabel, QWidget

from rehablogg.application.export_plan import ExportPlan
from rehablogg.application.exports_book import DATABASE_ERRORS, SubmissionBackupError
from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.completeness import Finding
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import IsoWeek, format_date
from rehablogg.core.submission_timing import Timing, timing
from rehablogg.core.workdays import WorkCalendar
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.export import ExportRequest, ExportResult
from rehablogg.exchange.naming import is_whole_month
from rehablogg.exchange.submission import Kind
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_export_dialog import Ui_ExportDialog
from rehablogg.gui.language import monday_first, number, translated, write_error_text
from rehablogg.gui.period_states import receipt_sentence

_Index = QModelIndex | QPersistentModelIndex
MONTH, WEEK, CUSTOM = 0, 1, 2
PERIODS = (
    QT_TRANSLATE_NOOP("ExportDialog", "Måned"),
    QT_TRANSLATE_NOOP("ExportDialog", "ISO-uke"),
    QT_TRANSLATE_NOOP("ExportDialog", "Fritt tidsrom"),
)
FORMATS = (
    ("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel (xlsx)")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (bare visning)")),
)
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

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
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
            "ExportDialog",
            "Levert som korreksjon nr. {n}: {name} (eksport-ID {id}, erstatter {replaces}).",
        ).format(n=result.correction, name=name, id=export_id, replaces=result.replaces)
    if result.kind is Kind.FIRST:
        return QCoreApplication.translate(
            "ExportDialog", "Levert: {name} (eksport-ID {id})."
        ).format(name=name, id=export_id)
    if result.kind is Kind.SAME:
        return QCoreApplication.translate(
            "ExportDialog",
            "Måneden er uendret siden innleveringen; {name} er skrevet på nytt "
            "med samme eksport-ID {id}.",
        ).format(name=name, id=export_id)
    if result.export_id:
        return QCoreApplication.translate(
            "ExportDialog", "Eksportert (ikke levert): {name} (eksport-ID {id})."
        ).format(name=name, id=export_id)
    return QCoreApplication.translate(
        "ExportDialog", "Eksportert: {name} (registreringer: {count})."
    ).format(name=name, count=number(result.entries))


class ExportDialog(QDialog):
    def __init__(
        self,
        logbook: Logbook,
        shown: date,
        parent: QWidget | None = None,
        *,
        catalogue: Catalogue | None = None,
        calendar: WorkCalendar | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.book = logbook.exports
        self.catalogue = catalogue or logbook.catalogue
        self.calendar = calendar or WorkCalendar()
        self.today = logbook.today
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
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Which span the submit ticks were last set for: a confirmation to hand in a month
        # before it is over belongs to that month only.
        self._ticks_for: tuple[date, date] | None = None
        ui.notesWarning.setVisible(False)
        # What the pilot lead's receipt said of the month (docs/receipts.md), above the message.
        self.receiptLabel = QLabel(self)
        self.receiptLabel.setObjectName("receiptLabel")
        self.receiptLabel.setWordWrap(True)
        self.receiptLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ui.mainLayout.insertWidget(ui.mainLayout.indexOf(ui.messageLabel), self.receiptLabel)
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
        self.plan: ExportPlan | None = None
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

    def request(self) -> ExportRequest:
        """What the user asked for; the plan says how much of it may be done (a submission
        only of a month that may be handed in, the early confirmation only where it counts)."""
        start, end = self.span()
        return ExportRequest(
            start=start,
            end=end,
            out=Path(self.ui.folderEdit.text().strip()),
            whole_month=is_whole_month(start, end),
            fmt=self.fmt(),
            submit=(
                self.ui.periodCombo.currentIndex() == MONTH and self.ui.submitCheck.isChecked()
            ),
            include_notes=self.ui.notesCheck.isChecked(),
            before_month_end=self.ui.earlyCheck.isChecked(),
        )

    def can_submit(self) -> bool:
        """A month, as xlsx, that has begun (a future month can never be handed in)."""
        return (
            self.ui.periodCombo.currentIndex() == MONTH
            and self.plan is not None
            and self.plan.hand_in.may_submit
        )

    def submitting(self) -> bool:
        return self.plan is not None and self.plan.hand_in.submitting

    def early(self) -> bool:
        """Handing in a month that is not over yet (it needs the named confirmation)."""
        return self.plan is not None and self.plan.hand_in.early

    # -- preview --------------------------------------------------------------------------
    def update_preview(self) -> None:
        ui = self.ui
        kind = ui.periodCombo.currentIndex()
        ui.toEdit.setVisible(kind == CUSTOM)
        ui.toLabel.setVisible(kind == CUSTOM)
        start, end = self.span()
        ui.spanLabel.setText(f"{format_date(start)}–{format_date(end)}")
        self._reset_ticks(start, end)
        plan = self.plan = self.book.plan(
            self.request(), catalogue=self.catalogue, calendar=self.calendar
        )
        ui.submitCheck.setEnabled(self.can_submit())
        ui.notesWarning.setVisible(ui.notesCheck.isChecked())
        ui.exportButton.setText(
            self.tr("Lever &inn") if self.submitting() else self.tr("&Eksporter")
        )
        ui.messageLabel.setText("")
        self._show_early(plan)
        if plan.preview_error is not None:
            self._clear_preview()
            ui.messageLabel.setText(translated(plan.preview_error))
        else:
            self._show_preview(plan)
        self._check(start, end)
        self._show_target()
        self._show_receipt(start, end)

    def _show_receipt(self, start: date, end: date) -> None:
        receipt = (
            self.logbook.receipts.month(f"{start:%Y-%m}") if is_whole_month(start, end) else None
        )
        self.receiptLabel.setVisible(receipt is not None)
        if receipt is None:
            self.receiptLabel.setText("")
            return
        self.receiptLabel.setText(receipt_sentence(receipt.status, receipt.reason))
        returned = receipt.status == "returnert"
        self.receiptLabel.setProperty("tone", "error" if returned else None)
        self.receiptLabel.style().unpolish(self.receiptLabel)
        self.receiptLabel.style().polish(self.receiptLabel)

    def _reset_ticks(self, start: date, end: date) -> None:
        """For a newly chosen span: "Lever inn" ticked only for a month that is over, and the
        early confirmation never carried over from another month."""
        if self._ticks_for == (start, end):
            return
        self._ticks_for = (start, end)
        ended = timing(start, end, self.today()) is Timing.ENDED
        for check, on in ((self.ui.submitCheck, ended), (self.ui.earlyCheck, False)):
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)

    def _show_early(self, plan: ExportPlan) -> None:
        ui = self.ui
        rules = plan.hand_in
        ui.earlyCheck.setVisible(rules.early)
        ui.exportButton.setEnabled(rules.confirmed)
        if not rules.early:
            return
        left = rules.days_left
        ui.earlyCheck.setText(
            self.tr(
                "Lever inn før måneden er &slutt ({left} av {total} arbeidsdager gjenstår)"
            ).format(left=left.left, total=left.total)
        )
        if not rules.confirmed:
            ui.messageLabel.setText(
                self.tr(
                    "Måneden er ikke slutt før {last}; kryss av for å levere den før måneden er "
                    "slutt, eller vent til den er over."
                ).format(last=format_date(plan.request.end))
            )

    def _clear_preview(self) -> None:
        for model in (self.entries_model, self.participants_model, self.metadata_model):
            model.set_rows((), [])

    def _show_preview(self, plan: ExportPlan) -> None:
        self.entries_model.set_rows(plan.entry_columns, plan.entry_rows)
        self.participants_model.set_rows(plan.participant_columns, plan.participant_rows)
        if plan.metadata is not None and plan.request.fmt == "xlsx":
            self.metadata_model.set_rows(
                ("felt", "verdi"),
                plan.metadata.fields(
                    export_id=_tr(PENDING), checksum=_tr(PENDING), sheets_checksum=_tr(PENDING)
                ),
            )
        else:
            self.metadata_model.set_rows(
                ("felt", "verdi"), [("", self.tr("CSV-filen har ingen metadata."))]
            )

    def _check(self, start: date, end: date) -> None:
        findings = self.book.check(start, end, catalogue=self.catalogue, calendar=self.calendar)
        self.findings_model.set_findings(findings)
        title = (
            self.tr("Kontroll ({count})").format(count=len(findings))
            if findings
            else self.tr("Kontroll (ingen funn)")
        )
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.findingsTab), title)

    def file_name(self) -> str:
        return self.plan.file_name if self.plan is not None else ""

    def _show_target(self) -> None:
        self.ui.fileNameLabel.setText(self.file_name())

    # -- actions --------------------------------------------------------------------------
    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Velg mappe"), self.ui.folderEdit.text()
        )
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
        asked = self.request()
        request = self.book.hand_in(asked, self.calendar).run(asked)
        if not request.out.is_dir():
            # The line edit is a folder; export() would take a missing one for a file name.
            self.ui.messageLabel.setText(
                self.tr("Mappen {folder} finnes ikke; opprett den eller velg en annen.").format(
                    folder=request.out
                )
            )
            return
        try:
            result = self.book.export(request, catalogue=self.catalogue)
        except ExportError as exc:
            self.ui.messageLabel.setText(translated(exc))
            return
        except SubmissionBackupError as exc:
            if exc.fault is not None:  # a full disk, a read-only folder …: say what to do
                self.ui.messageLabel.setText(
                    self.tr("Innleveringen er stoppet, og ingenting er levert: {fault}").format(
                        fault=translated(exc.fault)
                    )
                )
                return
            reason = getattr(exc.cause, "strerror", None) or type(exc.cause).__name__
            self.ui.messageLabel.setText(
                self.tr(
                    "Sikkerhetskopien før innleveringen kunne ikke tas ({reason}); "
                    "ingenting er levert."
                ).format(reason=reason)
            )
            return
        except DATABASE_ERRORS as exc:
            self.ui.messageLabel.setText(write_error_text(exc))
            return
        self.written = result
        self.update_preview()
        self.ui.messageLabel.setText(result_sentence(result))
