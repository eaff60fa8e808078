"""The confirm list: proposed entries the therapist saves, changes or skips, one row each.

Used by Fil → Importer kalender and Rediger → Kopier forrige uke. Nothing is saved before the
therapist presses Lagre valgte; a row that cannot be saved as it stands (a code that needs a
client, a locked month) says why in its own row and stays ticked, so nothing typed is lost.
Built in code rather than Designer: its rows are made from data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehablogg.application.entries_book import EntriesBook, StorageError
from rehablogg.application.proposals import Proposal, problems
from rehablogg.core.catalogue import Catalogue
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.language import catalogue_text, format_date, translated
from rehablogg.gui.palette_colours import error_text

CHECK, DAY, START, MINUTES, CODE, CLIENT, SOURCE, NOTE = range(8)


class ProposalsDialog(QDialog):
    def __init__(
        self,
        entries: EntriesBook,
        catalogue: Catalogue,
        proposals: list[Proposal],
        *,
        title: str,
        intro: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proposalsDialog")
        self.setWindowTitle(title)
        self.entries, self.catalogue, self.today = entries, catalogue, today
        self.proposals = list(proposals)
        self.saved: list[str] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(self.proposals), 8, self)
        self.table.setObjectName("proposalsTable")
        self.table.setAccessibleName(self.tr("Forslag"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Ta med"),
                self.tr("Dato"),
                self.tr("Start"),
                self.tr("Min"),
                self.tr("Kode"),
                self.tr("Bruker"),
                self.tr("Fra"),
                self.tr("Merknad"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the code and client choosers of each row, in row order.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((CODE, 250), (CLIENT, 170), (SOURCE, 230)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        self.status = QLabel(self)
        self.status.setObjectName("proposalsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Lagre valgte"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveProposals")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save_checked)
        buttons.rejected.connect(self.reject)
        localise_buttons(self)
        layout.addWidget(buttons)
        self._clients = [(c.id, c.label) for c in entries.find_clients("", limit=2000)]
        self._codes = catalogue.active_codes()
        for row, proposal in enumerate(self.proposals):
            self._fill_row(row, proposal)
        self.table.resizeRowsToContents()
        self.resize(1180, 520)
        self._count()

    # -- rows --------------------------------------------------------------------------------

    def _fill_row(self, row: int, proposal: Proposal) -> None:
        draft = proposal.draft
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        ticked = not proposal.done_before and proposal.has_code
        check.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.table.setItem(row, CHECK, check)
        start = draft.start_time.strftime("%H:%M") if draft.start_time else ""
        for column, text in (
            (DAY, format_date(draft.date)),
            (START, start),
            (MINUTES, str(draft.minutes)),
        ):
            self.table.setItem(row, column, QTableWidgetItem(text))
        source = proposal.title
        if proposal.guessed_from:
            source += "  " + self.tr("(kode gjettet fra «{word}»)").format(
                word=proposal.guessed_from
            )
        self.table.setItem(row, SOURCE, QTableWidgetItem(source))
        code = QComboBox(self.table)
        code.setAccessibleName(self.tr("Kode, rad {row}").format(row=row + 1))
        code.addItem(self.tr("– velg kode –"), "")
        for c in self._codes:
            code.addItem(f"{c.code} {catalogue_text(c.label)}", c.code)
        code.setCurrentIndex(max(0, code.findData(draft.code)))
        code.currentIndexChanged.connect(lambda _i, r=row: self._code_chosen(r))
        self.table.setCellWidget(row, CODE, code)
        client = QComboBox(self.table)
        client.setAccessibleName(self.tr("Bruker, rad {row}").format(row=row + 1))
        client.addItem(self.tr("– ingen –"), 0)
        for client_id, name in self._clients:
            client.addItem(name, client_id)
        if draft.client_ids:
            client.setCurrentIndex(max(0, client.findData(draft.client_ids[0])))
        self.table.setCellWidget(row, CLIENT, client)
        if proposal.done_before:
            self._finish_row(row, self.tr("importert eller kopiert før"))

    def _code_chosen(self, row: int) -> None:
        item = self.table.item(row, CHECK)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            item.setCheckState(Qt.CheckState.Checked)
        self._count()

    def _finish_row(self, row: int, note: str) -> None:
        """A saved (or earlier) row: greyed, unticked, its choosers locked."""
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is not None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget = self.table.cellWidget(row, column)
            if widget is not None:
                widget.setEnabled(False)
        check = self.table.item(row, CHECK)
        if check is not None:
            check.setCheckState(Qt.CheckState.Unchecked)
        self._note(row, note, error=False)

    def _note(self, row: int, text: str, *, error: bool) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if error:
            item.setForeground(error_text(self.palette()))
        self.table.setItem(row, NOTE, item)

    def is_checked(self, row: int) -> bool:
        item = self.table.item(row, CHECK)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_checked(self, row: int, checked: bool) -> None:
        item = self.table.item(row, CHECK)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def code_box(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, CODE)
        assert isinstance(widget, QComboBox)
        return widget

    def client_box(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, CLIENT)
        assert isinstance(widget, QComboBox)
        return widget

    def _count(self) -> None:
        ticked = sum(self.is_checked(r) for r in range(self.table.rowCount()))
        self.status.setText(
            self.tr("{n} av {total} forslag er valgt.").format(n=ticked, total=len(self.proposals))
        )

    # -- saving ------------------------------------------------------------------------------

    def save_checked(self) -> None:
        """Saves every ticked row that can be saved; the others say why and stay ticked."""
        failed = 0
        for row, proposal in enumerate(self.proposals):
            if not self.is_checked(row):
                continue
            client = int(self.client_box(row).currentData() or 0)
            draft = replace(
                proposal.draft,
                code=str(self.code_box(row).currentData() or ""),
                client_ids=(client,) if client else (),
            )
            reasons = (
                [translated(r) for r in problems(draft, self.catalogue, self.today)]
                if draft.code
                else [self.tr("Velg en kode.")]
            )
            if not reasons:
                try:
                    self.saved.append(self.entries.save_proposal(proposal, self.catalogue, draft))
                except StorageError as exc:
                    reasons = [translated(exc)]
            if reasons:
                failed += 1
                self._note(row, " ".join(reasons), error=True)
            else:
                self._finish_row(row, self.tr("lagret"))
        self.table.resizeRowsToContents()
        if failed:
            self.status.setText(
                self.tr(
                    "{saved} lagret; {failed} må endres først (se Merknad), eller fjern haken."
                ).format(saved=len(self.saved), failed=failed)
            )
            return
        self.accept()
