"""The pilot lead's workbench: pick a collection, add the folders of handed-in files, run
``aggregate`` with a progress bar and a way to stop, read the file-by-file report and the
months still missing, and open the summary workbook.

The window never touches the collection itself: every run happens in an
:class:`~rehablogg.gui.aggregate_worker.AggregateWorker` on a thread of its own, so the window
stays responsive however many files there are.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QThread, QUrl, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QWidget,
)

from rehablogg.aggregate.run import Options
from rehablogg.aggregate.status import Status
from rehablogg.aggregate.workbook import SummaryResult
from rehablogg.gui.aggregate_worker import SENTENCE_ERRORS, AggregateWorker, explain_os_error
from rehablogg.gui.forms.ui_workbench import Ui_WorkbenchWindow
from rehablogg.gui.workbench_models import (
    MissingModel,
    ReportModel,
    ReportRow,
    StatusFilter,
    status_counts,
    status_text,
)
from rehablogg.gui.workbench_receipts import ReceiptControls

COLLECTION_NAME = "samling.sqlite3"
SUMMARY_NAME = "sammendrag.xlsx"
REPORT_NAME = "rapport.pdf"
DATASET_NAME = "datasett"


def _number(value: float, decimals: int = 0) -> str:
    """Norwegian style: a (no-break) space between thousands and a decimal comma."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u00a0").replace(".", ",")


class WorkbenchWindow(QMainWindow):
    """Non-modal; closing it during a run stops the run and waits for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkbenchWindow()
        self.ui.setupUi(self)
        self.result: SummaryResult | None = None
        self._thread: QThread | None = None
        self._worker: AggregateWorker | None = None
        self._summary_follows = True  # the summary path follows the collection until edited
        self._total = 0  # files in the run under way

        self.report = ReportModel()
        self.report_filter = StatusFilter()
        self.report_filter.setSourceModel(self.report)
        self._setup_table(self.ui.reportTable, self.report_filter)
        header = self.ui.reportTable.horizontalHeader()
        header.setSectionResizeMode(ReportModel.FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReportModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.missing = MissingModel()
        self._setup_table(self.ui.missingTable, self.missing)
        self.ui.missingTable.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self._fill_status_filter()

        ui = self.ui
        ui.collectionButton.clicked.connect(self.choose_collection)
        ui.collectionEdit.textChanged.connect(self._collection_changed)
        ui.summaryButton.clicked.connect(self.choose_summary)
        ui.summaryEdit.textEdited.connect(self._summary_edited)
        ui.summaryEdit.textChanged.connect(self._update_buttons)
        ui.tariffButton.clicked.connect(self.choose_tariffs)
        ui.tariffClearButton.clicked.connect(self.clear_tariffs)
        self._add_dataset_row()
        # Receipts and returned months (docs/receipts.md): a row under the dataset's, buttons
        # under the file list.
        self.receipts = ReceiptControls(
            self, self.report, self.selected_row, self.collection_path, self._message
        )
        self.receipts.add_row(ui.collectionBox, ui.collectionGrid, self.summary_path)
        self.receipts.add_buttons(ui.filesLayout, ui.filesTab)
        ui.reportTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.addFolderButton.clicked.connect(self.choose_folder)
        ui.addFilesButton.clicked.connect(self.choose_files)
        ui.removeInputButton.clicked.connect(self.remove_selected_inputs)
        ui.inputList.itemSelectionChanged.connect(self._update_buttons)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.inputList)
        remove.activated.connect(self.remove_selected_inputs)
        ui.runButton.clicked.connect(self.run)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.openSummaryButton.clicked.connect(self.open_summary)
        self._add_report_button()
        ui.statusFilter.currentIndexChanged.connect(self._filter_changed)
        self.setAcceptDrops(True)
        app = QApplication.instance()
        if app is not None:
            # A run must not outlive the app: its thread would be destroyed while running.
            app.aboutToQuit.connect(self.wait_for_run)
        self._update_buttons()

    @staticmethod
    def _setup_table(table: QWidget, model: QObject) -> None:
        table.setModel(model)  # type: ignore[attr-defined]
        table.verticalHeader().setVisible(False)  # type: ignore[attr-defined]
        table.verticalHeader().setDefaultSectionSize(  # type: ignore[attr-defined]
            table.fontMetrics().height() + 8
        )
        table.horizontalHeader().setHighlightSections(False)  # type: ignore[attr-defined]

    def _add_dataset_row(self) -> None:
        """The Parquet dataset for analysts (docs/analysts.md): a checkbox and its folder, a row
        under the tariff file in the form's grid (made here, so the form stays as it is)."""
        box = self.ui.collectionBox
        self.datasetCheck = QCheckBox(self.tr("Datasett for analyse:"), box)
        self.datasetCheck.setToolTip(
            self.tr(
                "Skriv også de godtatte radene som Parquet-filer (DuckDB, pandas, R) i en mappe."
            )
        )
        self.datasetCheck.setObjectName("datasetCheck")
        self.datasetEdit = QLineEdit(box)
        self.datasetEdit.setObjectName("datasetEdit")
        # No label of its own (the checkbox names the row), so a screen reader needs a name.
        self.datasetEdit.setAccessibleName(self.tr("Mappe for datasettet"))
        self.datasetEdit.setEnabled(False)
        self.datasetButton = QPushButton(self.tr("Velg mappe …"), box)
        self.datasetButton.setObjectName("datasetButton")
        grid = self.ui.collectionGrid
        row = grid.rowCount()
        grid.addWidget(self.datasetCheck, row, 0)
        grid.addWidget(self.datasetEdit, row, 1)
        grid.addWidget(self.datasetButton, row, 2)
        self.datasetCheck.toggled.connect(self._dataset_toggled)
        self.datasetButton.clicked.connect(self.choose_dataset)

    def _dataset_toggled(self, on: bool) -> None:
        summary = self.summary_path()
        if on and not self.datasetEdit.text().strip() and summary is not None:
            self.datasetEdit.setText(str(summary.parent / DATASET_NAME))  # beside the summary
        self._update_buttons()

    def choose_dataset(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Velg mappe for datasettet"), self.datasetEdit.text()
        )
        if folder:
            self.datasetEdit.setText(folder)
            self.datasetCheck.setChecked(True)

    def dataset_path(self) -> Path | None:
        text = self.datasetEdit.text().strip()
        return Path(text).expanduser() if self.datasetCheck.isChecked() and text else None

    # -- paths --------------------------------------------------------------------------------
    def collection_path(self) -> Path | None:
        text = self.ui.collectionEdit.text().strip()
        return Path(text).expanduser() if text else None

    def summary_path(self) -> Path | None:
        text = self.ui.summaryEdit.text().strip()
        return Path(text).expanduser() if text else None

    def tariff_path(self) -> Path | None:
        text = self.ui.tariffEdit.text().strip()
        return Path(text) if text else None

    def inputs(self) -> list[Path]:
        return [Path(self.ui.inputList.item(i).text()) for i in range(self.ui.inputList.count())]

    def set_collection(self, path: Path | str) -> None:
        self.ui.collectionEdit.setText(str(path))

    def set_summary(self, path: Path | str) -> None:
        self._summary_follows = False
        self.ui.summaryEdit.setText(str(path))

    def _collection_changed(self, text: str) -> None:
        if self._summary_follows and text.strip():
            self.ui.summaryEdit.setText(str(Path(text.strip()).expanduser().parent / SUMMARY_NAME))

    def _summary_edited(self, _text: str) -> None:
        self._summary_follows = False

    def choose_collection(self) -> None:
        start = self.ui.collectionEdit.text() or str(Path.home() / COLLECTION_NAME)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Velg eller opprett en samling"),
            start,
            self.tr("Samlinger (*.sqlite3);;Alle filer (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.set_collection(path)

    def choose_summary(self) -> None:
        start = self.ui.summaryEdit.text() or str(Path.home() / SUMMARY_NAME)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lagre sammendraget som"), start, self.tr("Excel-arbeidsbøker (*.xlsx)")
        )
        if path:
            self.set_summary(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def choose_tariffs(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Velg takstfil"),
            self.ui.tariffEdit.text(),
            self.tr("Takstmodeller (*.toml);;Alle filer (*)"),
        )
        if path:
            self.set_tariffs(path)

    def set_tariffs(self, path: Path | str) -> None:
        self.ui.tariffEdit.setText(str(path))
        self._update_buttons()

    def clear_tariffs(self) -> None:
        self.ui.tariffEdit.clear()
        self._update_buttons()

    # -- inputs -------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Legg til en mappe med filer"))
        if folder:
            self.add_inputs([Path(folder)])

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Legg til filer"),
            "",
            self.tr("Månedsfiler og pilotfiler (*.xlsx *.toml);;Alle filer (*)"),
        )
        if files:
            self.add_inputs([Path(f) for f in files])

    def add_inputs(self, paths: list[Path]) -> None:
        """Add files or folders once each; the first one also suggests where the collection
        goes (beside the folder of handed-in files) when none is chosen yet."""
        known = {str(p) for p in self.inputs()}
        for path in paths:
            text = str(path.expanduser().absolute())
            if text in known:
                continue
            known.add(text)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.ui.inputList.addItem(item)
        if paths and self.collection_path() is None:
            first = paths[0].expanduser().absolute()
            self.set_collection(first.parent / COLLECTION_NAME)
        self._update_buttons()

    def remove_selected_inputs(self) -> None:
        if self.running:
            return
        for item in self.ui.inputList.selectedItems():
            self.ui.inputList.takeItem(self.ui.inputList.row(item))
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if not self.running and self._local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._local_paths(event.mimeData())
        if paths and not self.running:
            self.add_inputs(paths)
            event.acceptProposedAction()

    @staticmethod
    def _local_paths(mime: QMimeData) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    # -- running ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

    def problem(self) -> str:
        """What keeps a run from starting, as one sentence, or ''."""
        collection, summary = self.collection_path(), self.summary_path()
        if not self.inputs():
            return self.tr("Legg til minst én mappe eller fil som skal samles.")
        if collection is None:
            return self.tr("Velg eller opprett en samlingsfil først.")
        if collection.is_dir():
            return self.tr("{path} er en mappe; velg en fil for samlingen.").format(path=collection)
        if not collection.parent.is_dir():
            return self.tr("Mappen {path} for samlingen finnes ikke.").format(
                path=collection.parent
            )
        if summary is None:
            return self.tr("Velg hvor sammendraget skal lagres.")
        if summary.suffix.lower() != ".xlsx":
            return self.tr("Sammendraget må være en .xlsx-fil, ikke {name}.").format(
                name=summary.name
            )
        if not summary.parent.is_dir():
            return self.tr("Mappen {path} for sammendraget finnes ikke.").format(
                path=summary.parent
            )
        if summary.absolute() == collection.absolute():
            return self.tr("Sammendraget og samlingen kan ikke være samme fil.")
        dataset = self.dataset_path()
        if self.datasetCheck.isChecked() and dataset is None:
            return self.tr("Velg en mappe for datasettet, eller slå det av.")
        if dataset is not None and dataset.exists() and not dataset.is_dir():
            return self.tr("{path} er en fil; velg en mappe for datasettet.").format(path=dataset)
        return self.receipts.problem()

    def options(self) -> Options:
        summary, collection = self.summary_path(), self.collection_path()
        assert summary is not None and collection is not None
        return Options(
            tuple(self.inputs()),
            summary,
            collection,
            tariffs=self.tariff_path(),
            dataset=self.dataset_path(),
            receipts=self.receipts.folder(),
        )

    def run(self) -> None:
        if self.running:
            return
        problem = self.problem()
        if problem:
            self._message(problem, error=True)
            return
        worker = AggregateWorker(self.options())
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.writing.connect(self._writing)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        # Direct: quit() is thread-safe, and a queued call would wait for this thread's event
        # loop, which is blocked while closeEvent waits for the run to end.
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        # The worker is Python's (self._worker) and ends when _thread_finished lets go of it:
        # no deleteLater, which would delete it a second time from inside the ending thread.
        thread.finished.connect(self._thread_finished)
        self._worker, self._thread, self._total = worker, thread, 0
        bar = self.ui.progressBar
        bar.setRange(0, 0)  # busy until the files are counted
        bar.setFormat("")
        self._message(self.tr("Finner filene …"))
        self._update_buttons()
        thread.start()

    def cancel(self) -> None:
        if self._worker is None:
            return
        self._worker.cancel()
        self.ui.cancelButton.setEnabled(False)
        self._message(self.tr("Avbryter etter filen som leses nå …"))

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, path: str) -> None:
        if self._worker is None or self._worker.cancel_requested:
            return
        self._total = total
        bar = self.ui.progressBar
        bar.setRange(0, total)
        bar.setValue(done)
        bar.setFormat(self.tr("%v av %m filer"))
        self._message(self.tr("Leser {name} …").format(name=Path(path).name))

    @Slot()
    def _writing(self) -> None:
        if self._worker is None or self._worker.cancel_requested:
            return
        self.ui.progressBar.setRange(0, 0)
        self.ui.cancelButton.setEnabled(False)  # the files are in; only the summary is left
        self._message(self.tr("Skriver sammendraget…"))

    @Slot(object, bool)
    def _succeeded(self, result: SummaryResult, has_pilot: bool) -> None:
        self.show_result(result, has_pilot=has_pilot)
        accepted = (
            self.tr("1 godtatt innlevering")
            if len(result.accepted) == 1
            else self.tr("{count} godtatte innleveringer").format(
                count=_number(len(result.accepted))
            )
        )
        summary = self.tr(
            "Sammendraget er skrevet til {path}: {accepted}, {minutes} minutter ({hours} timer)."
        ).format(
            path=result.path,
            accepted=accepted,
            minutes=_number(result.total_minutes),
            hours=_number(result.total_minutes / 60, 1),
        )
        if result.csv_files:
            summary += " " + self.tr("Radene ligger i {files} ved siden av den.").format(
                files=", ".join(p.name for p in result.csv_files)
            )
        if result.receipts:
            summary += " " + self.tr("{count} kvitteringer er skrevet til {path}.").format(
                count=len(result.receipts), path=result.receipts[0].parent
            )
        self._message(summary)
        self._end_progress(done=True)

    @Slot(str)
    def _failed(self, sentence: str) -> None:
        self._message(sentence, error=True)
        self._end_progress(done=False)

    @Slot()
    def _cancelled(self) -> None:
        self._message(self.tr("Avbrutt: samlingen er som før, og sammendraget er ikke skrevet."))
        self._end_progress(done=False)

    def _end_progress(self, *, done: bool) -> None:
        bar = self.ui.progressBar
        bar.setRange(0, max(self._total, 1))
        bar.setValue(bar.maximum() if done else 0)
        bar.setFormat(self.tr("%v av %m filer") if self._total else "")

    @Slot()
    def _thread_finished(self) -> None:
        thread = self._thread
        if thread is not None:
            # finished is sent from inside the ending thread, before it has ended. Wait for
            # the end (wait() lets go of the GIL; the thread is past its last Python code, so
            # this takes no time): the worker must not be destroyed while its thread can
            # still touch it, nor the thread while it runs (~QThread would wait holding the
            # GIL, a deadlock if the ending thread needs it).
            thread.wait()
        self._thread, self._worker = None, None
        if thread is not None:
            thread.deleteLater()
        self._update_buttons()

    def wait_for_run(self) -> None:
        """Stop a run (if any) and wait until its thread has ended."""
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.wait()
            # Deliver what the worker sent while we waited, so the window ends in order.
            QApplication.sendPostedEvents(self)
            QApplication.processEvents()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.wait_for_run()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_status_filter()
        super().changeEvent(event)

    # -- the report ---------------------------------------------------------------------------
    def show_result(self, result: SummaryResult, *, has_pilot: bool) -> None:
        self.result = result
        self.report.returned = dict(result.returned)
        self.report.set_outcomes(result.outcomes)
        self.ui.reportTable.resizeColumnsToContents()
        self.ui.reportTable.horizontalHeader().setSectionResizeMode(
            ReportModel.REASON, QHeaderView.ResizeMode.Stretch
        )
        self.missing.set_missing(result.missing)
        files = len(result.outcomes)
        self.ui.countsLabel.setText(
            self.tr("{files} filer i samlingen: {counts}").format(
                files=_number(files), counts=status_counts(result.outcomes)
            )
        )
        self._fill_status_filter()
        if self.ui.reportTabs.indexOf(self.ui.missingTab) >= 0:
            self.ui.reportTabs.setTabText(
                self.ui.reportTabs.indexOf(self.ui.missingTab),
                self.tr("Mangler ({count})").format(count=len(result.missing)),
            )
        if result.missing:
            self.ui.missingLabel.setText(
                self.tr(
                    "Terapeuter på pilotens liste uten godtatt innlevering for måneden, til og med "
                    "den nyeste måneden i samlingen."
                )
            )
        elif has_pilot:
            self.ui.missingLabel.setText(
                self.tr(
                    "Alle terapeuter på pilotens liste har levert hver måned til og med den nyeste "
                    "måneden i samlingen."
                )
            )
        else:
            self.ui.missingLabel.setText(
                self.tr(
                    "Listen over manglende leveringer trenger pilotfilen (pilot.toml med "
                    "terapeutlisten) blant filene som samles."
                )
            )
        self.ui.missingTable.resizeColumnsToContents()
        self.ui.missingTable.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )

    def _fill_status_filter(self) -> None:
        combo = self.ui.statusFilter
        keep = combo.currentData() or ""
        outcomes = self.result.outcomes if self.result else []
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle ({count})").format(count=len(outcomes)), "")
        for status in Status:
            count = sum(1 for _offer, outcome in outcomes if outcome.status is status)
            if count:
                combo.addItem(f"{status_text(status)} ({count})", status.value)
        index = combo.findData(keep)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.report_filter.set_status(combo.currentData() or "")

    def _filter_changed(self, _index: int) -> None:
        self.report_filter.set_status(self.ui.statusFilter.currentData() or "")

    def show_status(self, status: Status | None) -> None:
        """Show only the files of ``status`` (None: all)."""
        index = self.ui.statusFilter.findData("" if status is None else status.value)
        self.ui.statusFilter.setCurrentIndex(max(index, 0))

    def _add_report_button(self) -> None:
        """The council report (gui/council_report.py), from the collection file, beside
        "Åpne sammendraget"."""
        self.reportButton = QPushButton(self.tr("Lag rapp&ort (PDF) …"), self)
        self.reportButton.setToolTip(
            self.tr(
                "En rapport til kommunestyret med tall per kommune fra samlingen; små tall "
                "skjules med pilotens terskel."
            )
        )
        self.ui.runRow.addWidget(self.reportButton)
        self.reportButton.clicked.connect(self.choose_report)
        self.ui.collectionEdit.textChanged.connect(self._update_buttons)

    def choose_report(self) -> None:
        summary = self.summary_path()
        start = summary.with_name(REPORT_NAME) if summary else Path.home() / REPORT_NAME
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lagre rapporten som"), str(start), self.tr("PDF-filer (*.pdf)")
        )
        if path:
            self.write_report(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def write_report(self, out: Path) -> None:
        """Draw the report from the collection; the outcome in one sentence in the window."""
        collection = self.collection_path()
        if collection is None or not collection.is_file():
            self._message(self.tr("Samlingen finnes ikke ennå; trykk Samle først."), error=True)
            return
        from rehablogg.aggregate.council_figures import NoRowsError
        from rehablogg.gui.council_report import report_from_collection

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = report_from_collection(collection, self.inputs(), self.tariff_path(), out)
        except (NoRowsError, *SENTENCE_ERRORS) as exc:
            self._message(str(exc), error=True)
        except OSError as exc:
            self._message(explain_os_error(exc), error=True)
        else:
            self._message(
                self.tr("Rapporten ({pages} sider) er skrevet til {path}.").format(
                    pages=pages, path=out
                )
            )
        finally:
            QApplication.restoreOverrideCursor()

    def open_summary(self) -> None:
        summary = self.summary_path()
        if summary is None or not summary.is_file():
            self._message(self.tr("Sammendraget finnes ikke ennå; trykk Samle først."), error=True)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(summary.absolute()))):
            self._message(
                self.tr("Fant ikke noe program som kan åpne {path}; åpne filen fra mappen.").format(
                    path=summary
                ),
                error=True,
            )

    # -- state --------------------------------------------------------------------------------
    def _message(self, text: str, *, error: bool = False) -> None:
        label = self.ui.messageLabel
        # The app's tone style sheet colours "error" labels from the palette (palette_colours).
        label.setProperty("tone", "error" if error else None)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    def _update_buttons(self, *_: object) -> None:
        ui, idle = self.ui, not self.running
        for widget in (
            ui.collectionEdit,
            ui.collectionButton,
            ui.summaryEdit,
            ui.summaryButton,
            ui.tariffButton,
            self.datasetCheck,
            self.datasetButton,
            ui.addFolderButton,
            ui.addFilesButton,
            ui.runButton,
        ):
            widget.setEnabled(idle)
        ui.tariffClearButton.setEnabled(idle and bool(ui.tariffEdit.text()))
        self.datasetEdit.setEnabled(idle and self.datasetCheck.isChecked())
        ui.removeInputButton.setEnabled(idle and bool(ui.inputList.selectedItems()))
        ui.cancelButton.setEnabled(
            not idle and self._worker is not None and not self._worker.cancel_requested
        )
        summary = self.summary_path()
        ui.openSummaryButton.setEnabled(idle and summary is not None and summary.is_file())
        collection = self.collection_path()
        self.reportButton.setEnabled(idle and collection is not None and collection.is_file())
        self.receipts.refresh(idle)

    def selected_row(self) -> ReportRow | None:
        """The file selected in the list (the current row of the filtered, sorted view)."""
        table = self.ui.reportTable
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        source = self.report_filter.mapToSource(rows[0])
        return self.report.row_at(source.row()) if source.isValid() else None


def open_workbench(parent: QWidget | None = None) -> WorkbenchWindow:
    """Show the workbench (the one already open for ``parent``, if any) and return it."""
    window = parent.findChild(WorkbenchWindow) if parent is not None else None
    if window is None:
        window = WorkbenchWindow(parent)
    window.show()
    if QGuiApplication.platformName() != "offscreen":  # which has no window stack to raise
        window.raise_()
    window.activateWindow()
    return window


def main(argv: list[str] | None = None) -> int:
    """Start the workbench on its own (``python -m rehablogg.gui.workbench_window``)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    from rehablogg.gui.palette_colours import install_tones

    install_tones(app)  # type: ignore[arg-type]
    window = open_workbench(None)
    window.resize(1100, 780)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
