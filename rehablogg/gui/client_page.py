"""One client's page: time per month and category, and their entries."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from rehablogg.application.clients_book import ClientEntry, MonthFigures
from rehablogg.application.logbook import Logbook
from rehablogg.core.agegroups import age_group
from rehablogg.core.catalogue import Catalogue, default_catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.numbers import format_hours_minutes
from rehablogg.core.periods import format_date
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_client_page import Ui_ClientPage
from rehablogg.gui.language import catalogue_text, number
from rehablogg.gui.table_model import ColumnTableModel, Index

_C = "ClientPage"
MONTH_COLUMNS = (
    QT_TRANSLATE_NOOP("ClientPage", "Måned"),
    QT_TRANSLATE_NOOP("ClientPage", "Direkte"),
    QT_TRANSLATE_NOOP("ClientPage", "Indirekte"),
    QT_TRANSLATE_NOOP("ClientPage", "Annet"),
    QT_TRANSLATE_NOOP("ClientPage", "Sum"),
    QT_TRANSLATE_NOOP("ClientPage", "Registreringer"),
)
ENTRY_COLUMNS = (
    QT_TRANSLATE_NOOP("ClientPage", "Dato"),
    QT_TRANSLATE_NOOP("ClientPage", "Start"),
    QT_TRANSLATE_NOOP("ClientPage", "Min"),
    QT_TRANSLATE_NOOP("ClientPage", "Kode"),
    QT_TRANSLATE_NOOP("ClientPage", "Notat"),
)
PAGE_SIZE = 200


class MonthTotalsModel(ColumnTableModel):
    columns = MONTH_COLUMNS
    context = _C

    def __init__(self, rows: list[MonthFigures]) -> None:
        super().__init__()
        self.rows: list[MonthFigures] = rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        year, mon = r.month.split("-")
        values = (
            f"{mon}.{year}",
            format_hours_minutes(r.direct),
            format_hours_minutes(r.indirect),
            format_hours_minutes(r.other),
            format_hours_minutes(r.total),
            number(r.entries),
        )
        return values[index.column()]


class ClientEntriesModel(ColumnTableModel):
    columns = ENTRY_COLUMNS
    context = _C

    """The client's entries, newest first, fetched a page at a time."""

    def __init__(self, logbook: Logbook, client_id: int, catalogue: Catalogue) -> None:
        super().__init__()
        self.logbook, self.client_id, self.catalogue = logbook, client_id, catalogue
        self.rows: list[ClientEntry] = []
        self._done = False
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._done:
            return
        page = self.logbook.clients.entries(self.client_id, limit=PAGE_SIZE, offset=len(self.rows))
        self._done = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows += page
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        code = self.catalogue.code(r.code)
        values = (
            format_date(date.fromisoformat(r.date)),
            r.start_time or "",
            number(r.minutes),
            f"{r.code} {catalogue_text(code.label)}" if code else r.code,
            r.note,
        )
        return values[index.column()]


class ClientPage(QDialog):
    def __init__(
        self,
        logbook: Logbook,
        client_id: int,
        parent: QWidget | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientPage()
        self.ui.setupUi(self)
        localise_buttons(self)
        catalogue = catalogue or default_catalogue()
        client = logbook.clients.get(client_id)
        assert client is not None
        name = client.label or self.tr("(navn slettet)")
        self.setWindowTitle(self.tr("Brukerside – {name}").format(name=name))
        born = (
            self.tr("født {year} ({group})").format(
                year=client.birth_year, group=age_group(date.today().year, client.birth_year)
            )
            if client.birth_year
            else self.tr("fødselsår ukjent")
        )
        self.ui.titleLabel.setText(
            f"<b>{name}</b> · {client.pseudonym} · {born} · {client.service}"
        )
        self.months = MonthTotalsModel(logbook.clients.month_figures(client_id, catalogue))
        self.entries = ClientEntriesModel(logbook, client_id, catalogue)
        for table, model in (
            (self.ui.monthsTable, self.months),
            (self.ui.entriesTable, self.entries),
        ):
            table.setModel(model)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.ui.buttonBox.rejected.connect(self.reject)
