"""The workbench's half of the receipt loop (docs/receipts.md): a choice to write the
therapists' receipts with each run, a button to write them from the collection now, and a way to
send a selected submission back to its therapist with a reason (or take a return back).

A return is a small write to the collection file, made on the GUI thread while no run is under
way (the buttons are off during a run, which holds the collection in its own thread)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from rehablogg.aggregate.collection import Collection, CollectionError
from rehablogg.aggregate.receipts import (
    RETURNABLE,
    ReturnError,
    check_receipts_folder,
    return_month,
    write_receipts,
)
from rehablogg.core.receipt import MAX_REASON, return_reason_problem
from rehablogg.gui.aggregate_worker import explain_os_error
from rehablogg.gui.buttons import button_text
from rehablogg.gui.language import translated
from rehablogg.gui.workbench_models import ReportModel, ReportRow

RECEIPTS_NAME = "kvitteringer"


class ReturnReasonDialog(QInputDialog):
    """Asks why a month goes back; a reason that cannot be kept (empty, too long, an identity
    number) is said under the question, and the reason stays as typed."""

    def __init__(self, parent: QWidget | None, question: str) -> None:
        super().__init__(parent)
        self.question = question
        self.setWindowTitle(self.tr("Returner måned"))
        self.setLabelText(question)
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setOkButtonText(self.tr("Returner"))
        self.setCancelButtonText(button_text(QDialogButtonBox.StandardButton.Cancel))
        self.resize(560, self.sizeHint().height())

    def done(self, result: int) -> None:  # Qt calls this for OK and Cancel alike
        if result == QDialog.DialogCode.Accepted:
            problem = return_reason_problem(self.textValue())
            if problem is not None:
                self.setLabelText(f"{self.question}\n\n{translated(problem)}")
                return
        super().done(result)


class ReceiptControls(QObject):
    """Owned by the workbench window; ``say`` puts one sentence in the window's message line."""

    def __init__(
        self,
        window: QWidget,
        report: ReportModel,
        selected: Callable[[], ReportRow | None],
        collection: Callable[[], Path | None],
        say: Callable[..., None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.report = report
        self._selected = selected
        self._collection = collection
        self._say = say

    # -- the receipts row, under the dataset row ----------------------------------------------
    def add_row(self, box: QWidget, grid: QGridLayout, summary: Callable[[], Path | None]) -> None:
        self._summary = summary
        self.check = QCheckBox(self.tr("Kvitteringer til terapeutene:"), box)
        self.check.setObjectName("receiptsCheck")
        self.check.setToolTip(
            self.tr(
                "Skriv en kvittering (JSON) per terapeut etter hver samling: hver innlevert "
                "måned godtatt, erstattet eller returnert."
            )
        )
        self.edit = QLineEdit(box)
        self.edit.setObjectName("receiptsEdit")
        self.edit.setAccessibleName(self.tr("Mappe for kvitteringene"))
        self.edit.setEnabled(False)
        self.folderButton = QPushButton(self.tr("Velg mappe …"), box)
        self.folderButton.setObjectName("receiptsFolderButton")
        self.folderButton.setAccessibleName(self.tr("Velg mappe for kvitteringene"))
        row = grid.rowCount()
        grid.addWidget(self.check, row, 0)
        grid.addWidget(self.edit, row, 1)
        grid.addWidget(self.folderButton, row, 2)
        self.check.toggled.connect(self._toggled)
        self.folderButton.clicked.connect(self.choose_folder)

    def _toggled(self, on: bool) -> None:
        summary = self._summary()
        if on and not self.edit.text().strip() and summary is not None:
            self.edit.setText(str(summary.parent / RECEIPTS_NAME))  # beside the summary
        self.edit.setEnabled(on)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Velg mappe for kvitteringene"), self.edit.text()
        )
        if folder:
            self.edit.setText(folder)
            self.check.setChecked(True)

    def folder(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if self.check.isChecked() and text else None

    def problem(self) -> str:
        """What keeps a run from writing the receipts, as one sentence, or ''."""
        if self.check.isChecked() and self.folder() is None:
            return self.tr("Velg en mappe for kvitteringene, eller slå dem av.")
        folder = self.folder()
        if folder is not None:
            try:
                check_receipts_folder(folder)
            except ReturnError as exc:
                return translated(exc)
        return ""

    # -- the buttons under the file list ------------------------------------------------------
    def add_buttons(self, layout: QBoxLayout, parent: QWidget) -> None:
        row = QHBoxLayout()
        self.returnButton = QPushButton(self.tr("Retur&ner måned …"), parent)
        self.returnButton.setObjectName("returnButton")
        self.returnButton.setToolTip(
            self.tr(
                "Send den valgte innleveringen tilbake til terapeuten med en årsak; "
                "kvitteringen sier returnert til en korreksjon kommer."
            )
        )
        self.withdrawButton = QPushButton(self.tr("Angre retur"), parent)
        self.withdrawButton.setObjectName("withdrawReturnButton")
        self.writeButton = QPushButton(self.tr("Skriv &kvitteringer …"), parent)
        self.writeButton.setObjectName("writeReceiptsButton")
        self.writeButton.setToolTip(
            self.tr("Skriv kvitteringene fra samlingen nå, uten å samle på nytt.")
        )
        row.addWidget(self.returnButton)
        row.addWidget(self.withdrawButton)
        row.addStretch(1)
        row.addWidget(self.writeButton)
        layout.addLayout(row)
        self.returnButton.clicked.connect(self.return_selected)
        self.withdrawButton.clicked.connect(self.withdraw_selected)
        self.writeButton.clicked.connect(self.choose_and_write)

    def refresh(self, idle: bool) -> None:
        for widget in (self.check, self.folderButton):
            widget.setEnabled(idle)
        self.edit.setEnabled(idle and self.check.isChecked())
        row = self._selected()
        collection = self._collection()
        has_collection = collection is not None and collection.is_file()
        returned = row is not None and row.export_id in self.report.returned
        self.returnButton.setEnabled(
            idle and has_collection and row is not None and row.status in RETURNABLE
        )
        self.withdrawButton.setEnabled(idle and has_collection and returned)
        self.writeButton.setEnabled(idle and has_collection)

    # -- actions ------------------------------------------------------------------------------
    def _open(self) -> Collection | None:
        path = self._collection()
        if path is None or not path.is_file():
            self._say(self.tr("Samlingen finnes ikke ennå; trykk Samle først."), error=True)
            return None
        try:
            return Collection(path)
        except CollectionError as exc:
            self._say(translated(exc), error=True)
        except OSError as exc:
            self._say(explain_os_error(exc), error=True)
        return None

    def return_selected(self) -> None:
        row = self._selected()
        if row is None or row.status not in RETURNABLE:
            return
        question = self.tr(
            "Hvorfor sendes {therapist} {month} tilbake? Terapeuten ser årsaken i "
            "kvitteringen (høyst {limit} tegn, ingen fødselsnumre)."
        ).format(therapist=row.therapist, month=row.month, limit=MAX_REASON)
        dialog = ReturnReasonDialog(self.window, question)
        dialog.setTextValue(self.report.returned.get(row.export_id, ""))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.textValue().strip()
        dialog.deleteLater()
        if not accepted:
            return
        collection = self._open()
        if collection is None:
            return
        try:
            return_month(collection, row.export_id, reason, datetime.now(UTC))
            self.report.set_returned(collection.returned())
        except (ReturnError, CollectionError) as exc:
            self._say(translated(exc), error=True)
            return
        finally:
            collection.close()
        self.refresh(idle=True)
        self._say(
            self.tr(
                "{therapist} {month} er returnert; kvitteringen sier det når den skrives "
                "(Skriv kvitteringer, eller neste samling med kvitteringer valgt)."
            ).format(therapist=row.therapist, month=row.month)
        )

    def withdraw_selected(self) -> None:
        row = self._selected()
        if row is None or row.export_id not in self.report.returned:
            return
        collection = self._open()
        if collection is None:
            return
        try:
            collection.withdraw_return(row.export_id)
            self.report.set_returned(collection.returned())
        except CollectionError as exc:
            self._say(translated(exc), error=True)
            return
        finally:
            collection.close()
        self.refresh(idle=True)
        self._say(
            self.tr("Returen av {therapist} {month} er angret.").format(
                therapist=row.therapist, month=row.month
            )
        )

    def choose_and_write(self) -> None:
        start = self.folder()
        if start is None:
            summary = self._summary()
            start = summary.parent / RECEIPTS_NAME if summary else Path.home() / RECEIPTS_NAME
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Velg mappe for kvitteringene"), str(start.parent)
        )
        if folder:
            self.write(Path(folder))

    def write(self, folder: Path) -> None:
        """Write every receipt from the collection into ``folder``."""
        try:
            check_receipts_folder(folder)
        except ReturnError as exc:
            self._say(translated(exc), error=True)
            return
        collection = self._open()
        if collection is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_receipts(collection, folder, datetime.now(UTC))
        except OSError as exc:
            self._say(explain_os_error(exc), error=True)
            return
        finally:
            collection.close()
            QApplication.restoreOverrideCursor()
        self._say(
            self.tr("{count} kvitteringer er skrevet til {path}.").format(
                count=len(written), path=folder
            )
        )
