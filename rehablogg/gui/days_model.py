"""Minutes per day in the shown range: one column per day, one row per category, and for a
week a last column with the week's total.

Empty working days are highlighted so a therapist sees at a glance which days are missing;
public holidays and absence days are greyed and named in the header tooltip.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from rehablogg.application.entries_book import DayTotals, EntriesBook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.numbers import format_hours_minutes
from rehablogg.core.periods import IsoWeek, days_between
from rehablogg.core.totals import CategoryTotals
from rehablogg.core.workdays import WorkCalendar
from rehablogg.gui.entries_model import absence_note, holiday_note, short_day
from rehablogg.gui.language import week_label
from rehablogg.gui.palette_colours import gap_background, off_background

ROWS = (
    QT_TRANSLATE_NOOP("DaysModel", "Direkte"),
    QT_TRANSLATE_NOOP("DaysModel", "Indirekte"),
    QT_TRANSLATE_NOOP("DaysModel", "Annet"),
    QT_TRANSLATE_NOOP("DaysModel", "Reise"),
    # Travel is its own row above: the sum says it leaves it out (as the report's does).
    QT_TRANSLATE_NOOP("DaysModel", "Sum uten reise"),
)

_Index = QModelIndex | QPersistentModelIndex


class DaysModel(QAbstractTableModel):
    def __init__(self, entries: EntriesBook, catalogue: Catalogue, calendar: WorkCalendar) -> None:
        super().__init__()
        self.entries = entries
        self.catalogue = catalogue
        self.calendar = calendar
        self.days: list[date] = []
        self._totals: dict[date, DayTotals] = {}

    def set_range(self, start: date, end: date) -> None:
        self.beginResetModel()
        self.days = days_between(start, end)
        self._totals = self.entries.totals_per_day(self.catalogue, start, end)
        self.endResetModel()

    def totals(self, day: date) -> CategoryTotals:
        found = self._totals.get(day)
        return found.totals if found else CategoryTotals()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.days) + (1 if self._has_week() else 0)

    def _has_week(self) -> bool:
        return len(self.days) > 1

    def _is_week(self, column: int) -> bool:
        return self._has_week() and column == len(self.days)

    def week_totals(self) -> CategoryTotals:
        return sum((self.totals(d) for d in self.days), CategoryTotals())

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return QCoreApplication.translate("DaysModel", ROWS[section])
        if self._is_week(section):
            if role == Qt.ItemDataRole.DisplayRole:
                return week_label(IsoWeek.of(self.days[0]).week, title=True)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Sum for uka")
            return None
        if not 0 <= section < len(self.days):
            return None
        day = self.days[section]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = self.calendar.day_kind(day)
            mark = {"helligdag": self.tr(" (helligdag)"), "fravaer": self.tr(" (fravær)")}.get(
                kind, ""
            )
            return short_day(day) + mark
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._day_note(day)
        return None

    def _day_note(self, day: date) -> str:
        kind = self.calendar.day_kind(day)
        if kind == "helligdag":
            return holiday_note(day)
        if kind == "fravaer":
            return absence_note(self.calendar.absences[day])
        if kind == "fri":
            return self.tr("Fridag")
        return self.tr("Arbeidsdag")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self._is_week(index.column()):
            return self._week_data(index.row(), role)
        if not index.isValid() or not 0 <= index.column() < len(self.days):
            return None
        day = self.days[index.column()]
        t = self.totals(day)
        value = (t.direct, t.indirect, t.other, t.travel, t.logged)[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value:
                return format_hours_minutes(value)
            working = self.calendar.is_working_day(day)
            return "—" if index.row() == len(ROWS) - 1 and working else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            kind = self.calendar.day_kind(day)
            if kind != "arbeidsdag":
                return QBrush(off_background(QGuiApplication.palette()))
            if t.logged == 0:
                return QBrush(gap_background(QGuiApplication.palette()))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._day_note(day)
        return None

    def _week_data(self, row: int, role: int) -> Any:
        t = self.week_totals()
        value = (t.direct, t.indirect, t.other, t.travel, t.logged)[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_hours_minutes(value) if value else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Sum for uka")
        return None
