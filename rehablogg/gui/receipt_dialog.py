"""Fil → Les kvittering …: read the pilot lead's receipt (docs/receipts.md) and show each month
as godkjent, erstattet or returnert with the reason; a returned month is handed in again from
here (the export dialog opens on that month, and the plan makes it a correction).

A receipt that cannot be read is said in one sentence in the dialog; the months already read
stay in the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehablogg.application.exports_book import DATABASE_ERRORS
from rehablogg.application.logbook import Logbook
from rehablogg.application.receipts_book import ReceiptProblem, ReceiptRead
from rehablogg.core.periods import Month, format_date
from rehablogg.core.receipt import RETURNED
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.language import translated, write_error_text
from rehablogg.gui.period_states import AWAITING, receipt_name

MONTH_ROLE = Qt.ItemDataRole.UserRole  # the row's month (YYYY-MM)


def _month_text(month: str) -> str:
    m = Month.parse(month)
    return f"{m.month:02d}.{m.year}"


class ReceiptDialog(QDialog):
    """``hand_in_again(first day of the month)`` opens the export dialog for that month."""

    def __init__(
        self,
        logbook: Logbook,
        parent: QWidget | None = None,
        *,
        hand_in_again: Callable[[date], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self._hand_in_again = hand_in_again
        self.setObjectName("ReceiptDialog")
        self.setWindowTitle(self.tr("Kvitteringer fra pilotlederen"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.introLabel = QLabel(
            self.tr(
                "Hva pilotlederen har sagt om hver måned du har levert. En returnert måned "
                "rettes og leveres på nytt som korreksjon."
            ),
            self,
        )
        self.introLabel.setWordWrap(True)
        layout.addWidget(self.introLabel)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("receiptTable")
        self.table.setAccessibleName(self.tr("Månedene i kvitteringene"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Måned"), self.tr("Kvittering"), self.tr("Årsak")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # A long reason wraps: the rows follow the reason column's width as it changes.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.messageLabel)
        buttons = QHBoxLayout()
        self.readButton = QPushButton(self.tr("&Les kvittering …"), self)
        self.readButton.setObjectName("readReceiptButton")
        self.againButton = QPushButton(self.tr("Lever &på nytt …"), self)
        self.againButton.setObjectName("handInAgainButton")
        self.againButton.setToolTip(
            self.tr("Åpne eksporten for den returnerte måneden og lever den på nytt.")
        )
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addWidget(self.readButton)
        buttons.addWidget(self.againButton)
        buttons.addStretch(1)
        buttons.addWidget(self.buttonBox)
        layout.addLayout(buttons)
        localise_buttons(self)
        self.readButton.clicked.connect(self.choose_and_read)
        self.againButton.clicked.connect(self.hand_in_again)
        self.buttonBox.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the reason column has its width only now

    # -- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """One row per month a receipt spoke of: what its latest submission was told."""
        keep = self.selected_month()
        months = sorted({r.month for r in self.logbook.receipts.all()}, reverse=True)
        self.table.setRowCount(len(months))
        for row, month in enumerate(months):
            receipt = self.logbook.receipts.month(month)
            if receipt is None:  # handed in again since the last receipt
                status, reason = QCoreApplication.translate("states", AWAITING), ""
            else:
                status, reason = receipt_name(receipt.status), receipt.reason
            cells = (_month_text(month), status, reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(MONTH_ROLE, month)
                item.setData(
                    Qt.ItemDataRole.UserRole + 1,
                    receipt is not None and receipt.status == RETURNED,
                )
                if column == 2 and text:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if keep is not None:
            self.select_month(keep)
        self._update_buttons()

    def selected_month(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(MONTH_ROLE))

    def select_month(self, month: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(MONTH_ROLE) == month:
                self.table.selectRow(row)
                return

    def _selected_returned(self) -> bool:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return False
        item = self.table.item(rows[0].row(), 0)
        return item is not None and bool(item.data(Qt.ItemDataRole.UserRole + 1))

    def _update_buttons(self) -> None:
        self.againButton.setEnabled(self._hand_in_again is not None and self._selected_returned())

    # -- reading ------------------------------------------------------------------------------
    def choose_and_read(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Les kvittering"),
            "",
            self.tr("Kvitteringer (*.json);;Alle filer (*)"),
        )
        if path:
            self.read(Path(path))

    def read(self, path: Path) -> ReceiptRead | None:
        """Read ``path``; the outcome (or the refusal) in one sentence under the list."""
        try:
            read = self.logbook.receipts.read(path)
        except ReceiptProblem as exc:
            self._say(translated(exc), error=True)
            return None
        except DATABASE_ERRORS as exc:
            self._say(write_error_text(exc), error=True)
            return None
        self.refresh()
        returned = read.returned
        if returned:
            self.select_month(returned[0].month)
        self._say(self.outcome(read))
        return read

    def outcome(self, read: ReceiptRead) -> str:
        months = len({m.month for m in read.months})
        text = self.tr(
            "Kvitteringen skrevet {day} er lest inn: {months} måneder, {returned} returnert."
        ).format(
            day=format_date(date.fromisoformat(read.written[:10])),
            months=months,
            returned=len(read.returned),
        )
        if read.unknown:
            text += " " + self.tr(
                "{count} måneder i kvitteringen ble ikke gjenkjent (de er ikke levert fra "
                "denne loggboken) og er ikke lest inn."
            ).format(count=read.unknown)
        if not read.changed:
            text += " " + self.tr("Den sa ikke noe nyere enn det som alt var lest inn.")
        return text

    def _say(self, text: str, *, error: bool = False) -> None:
        label = self.messageLabel
        label.setProperty("tone", "error" if error else None)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    # -- handing in again ---------------------------------------------------------------------
    def hand_in_again(self) -> None:
        month = self.selected_month()
        if month is None or self._hand_in_again is None or not self._selected_returned():
            return
        self._hand_in_again(Month.parse(month).first_day)
        self.refresh()
