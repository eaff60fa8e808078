"""The entries of a day or week as a table, fetched lazily page by page from plain SQL rows.

Working days with nothing logged get a placeholder row (public holidays and absence days are
named) so the gaps in a week are visible where the entries would have been.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QGuiApplication

from rehablogg.application.entries_book import EntriesBook, EntryRow
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import days_between
from rehablogg.core.workdays import WorkCalendar, public_holiday
from rehablogg.gui.language import catalogue_text, count, translated, weekday_short
from rehablogg.gui.palette_colours import muted_text, warning_text
from rehablogg.gui.table_model import ColumnTableModel, Index

PAGE_SIZE = 200
_C = "EntriesModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("EntriesModel", "Dato"),
    QT_TRANSLATE_NOOP("EntriesModel", "Start"),
    QT_TRANSLATE_NOOP("EntriesModel", "Min"),
    QT_TRANSLATE_NOOP("EntriesModel", "Kode"),
    QT_TRANSLATE_NOOP("EntriesModel", "Bruker(e)"),
    QT_TRANSLATE_NOOP("EntriesModel", "Arena"),
    QT_TRANSLATE_NOOP("EntriesModel", "Kontaktform"),
    QT_TRANSLATE_NOOP("EntriesModel", "Parter"),
    QT_TRANSLATE_NOOP("EntriesModel", "Reise"),
)
ABSENCE_NAMES = {
    "ferie": QT_TRANSLATE_NOOP("absence", "ferie"),
    "sykdom": QT_TRANSLATE_NOOP("absence", "sykdom"),
    "kurs": QT_TRANSLATE_NOOP("absence", "kurs"),
    "annet": QT_TRANSLATE_NOOP("absence", "fravær"),
}

EntryIdRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class _Placeholder:
    day: date
    text: str
    working: bool


def short_day(d: date) -> str:
    return f"{weekday_short(d)} {d:%d.%m}"


def absence_name(kind: str) -> str:
    name = ABSENCE_NAMES.get(kind)
    return QCoreApplication.translate("absence", name) if name else kind


def holiday_note(d: date) -> str:
    name = public_holiday(d)
    return QCoreApplication.translate("EntriesModel", "Helligdag: {name}").format(
        name=translated(name) if name is not None else ""
    )


def absence_note(kind: str) -> str:
    return QCoreApplication.translate("EntriesModel", "Fravær: {kind}").format(
        kind=absence_name(kind)
    )


class EntriesModel(ColumnTableModel):
    columns = COLUMNS
    context = _C

    def __init__(self, entries: EntriesBook, catalogue: Catalogue, calendar: WorkCalendar) -> None:
        super().__init__()
        self.entries = entries
        self.catalogue = catalogue
        self.calendar = calendar
        self.start = self.end = date.today()
        self._fetched = 0
        self._exhausted = True
        self._last_day: date | None = None

    # -- loading ---------------------------------------------------------------------------
    def set_range(self, start: date, end: date) -> None:
        self.beginResetModel()
        self.start, self.end = start, end
        self.rows = []
        self._fetched = 0
        self._exhausted = False
        self._last_day = None
        self.endResetModel()
        # The first page is fetched at once so the view is never blank while it waits.
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_range(self.start, self.end)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        page = self.entries.page(self.start, self.end, limit=PAGE_SIZE, offset=self._fetched)
        self._add(page, last=len(page) < PAGE_SIZE)

    def _fetch_before(self, day: date) -> None:
        """Every entry before ``day`` not fetched yet, in one query: a page per 200 entries
        would sort the range again for each page (a busy week's Friday took ten)."""
        if self._exhausted or day <= self.start:
            return
        last = min(date.fromordinal(day.toordinal() - 1), self.end)
        self._add(self.entries.page(self.start, last, offset=self._fetched), last=False)

    def _add(self, page: Sequence[EntryRow], *, last: bool) -> None:
        """Append a page of entries after those fetched, with the gaps before each; after the
        last page, the gaps up to the end of the range."""
        self._fetched += len(page)
        new_rows: list[Any] = []
        last_text = None if self._last_day is None else self._last_day.isoformat()
        for row in page:
            if row.date != last_text:  # a new day: the days before it without entries
                day = date.fromisoformat(row.date)
                new_rows += self._gap_rows(self._next_day(), day)
                self._last_day, last_text = day, row.date
            new_rows.append(row)
        if last:
            self._exhausted = True
            new_rows += self._gap_rows(self._next_day(), self.end, inclusive=True)
        if new_rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
            self.rows += new_rows
            self.endInsertRows()

    def _next_day(self) -> date:
        if self._last_day is None:
            return self.start
        return date.fromordinal(self._last_day.toordinal() + 1)

    def _gap_rows(self, first: date, until: date, inclusive: bool = False) -> list[_Placeholder]:
        if first > until:
            return []
        days = days_between(first, until)
        if not inclusive:
            days = days[:-1]
        out = []
        for d in days:
            placeholder = self._placeholder(d)
            if placeholder is not None:
                out.append(placeholder)
        return out

    def _placeholder(self, d: date) -> _Placeholder | None:
        kind = self.calendar.day_kind(d)
        if kind == "arbeidsdag":
            return _Placeholder(d, self.tr("Ingen registreringer"), True)
        if kind == "helligdag":
            return _Placeholder(d, holiday_note(d), False)
        if kind == "fravaer":
            return _Placeholder(d, absence_note(self.calendar.absences[d]), False)
        return None  # a day off (weekend) with nothing logged is not a gap

    # -- the model -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if isinstance(row, _Placeholder):
            return self._placeholder_data(row, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == EntryIdRole:
            return row.id
        if role == DateRole:
            return row.date
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            code = self.catalogue.code(row.code)
            return catalogue_text(code.description) if code else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _placeholder_data(self, row: _Placeholder, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return short_day(row.day) if column == 0 else row.text if column == 3 else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            return QBrush(warning_text(palette) if row.working else muted_text(palette))
        if role == DateRole:
            return row.day.isoformat()
        return None

    def _display(self, row: Any, column: int) -> str:
        if column == 0:
            return short_day(date.fromisoformat(row.date))
        if column == 1:
            return row.start_time or ""
        if column == 2:
            return count(row.minutes)
        if column == 3:
            code = self.catalogue.code(row.code)
            return f"{row.code} {catalogue_text(code.label)}" if code else row.code
        if column == 4:
            return row.clients or ""
        if column == 5:
            choice = self.catalogue.arena(row.arena) if row.arena else None
            return catalogue_text(choice.label) if choice else ""
        if column == 6:
            choice = self.catalogue.contact_mode(row.contact_mode) if row.contact_mode else None
            return catalogue_text(choice.label) if choice else ""
        if column == 7:
            return ", ".join(self._party_label(p) for p in (row.parties or "").split(",") if p)
        return count(row.travel_minutes) if row.travel_minutes else ""

    def _party_label(self, key: str) -> str:
        choice = self.catalogue.party(key)
        return catalogue_text(choice.label) if choice else key

    def entry_id(self, row: int) -> str | None:
        if 0 <= row < len(self.rows) and not isinstance(self.rows[row], _Placeholder):
            return str(self.rows[row].id)
        return None

    def row_of(self, entry_id: str) -> int | None:
        for i, row in enumerate(self.rows):
            if not isinstance(row, _Placeholder) and row.id == entry_id:
                return i
        return None

    def first_row_on(self, day: date) -> int | None:
        """The first row of ``day`` or after it (fetching pages until it is there)."""
        if not self.rows or self._day_of(self.rows[-1]) < day:
            self._fetch_before(day)
        checked = 0
        while True:
            for i in range(checked, len(self.rows)):
                if self._day_of(self.rows[i]) >= day:
                    return i
            checked = len(self.rows)
            if not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())

    @staticmethod
    def _day_of(row: Any) -> date:
        return row.day if isinstance(row, _Placeholder) else date.fromisoformat(row.date)

    def fetch_all(self) -> None:
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
