"""Table models of the "Min tid" report and the TSV text its tables copy.

Each model keeps plain row tuples of *values* (ints, floats, text); ``data`` formats them for the
screen in the UI language (``gui/language.py``: ``1 234,5`` or ``1,234.5``) and ``CopyRole``
gives the same value as a spreadsheet wants it pasted (decimal comma, no thousands separator,
which Norwegian Excel would otherwise read as text). Time is shown as hours and minutes (1:30),
as in the main window, and pasted the same way (a spreadsheet reads it as a duration).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from rehablogg.application.reports_book import (
    AgeGroupTotals,
    ClientTotals,
    CodeTotals,
    PartyTotals,
    WeekTotals,
)
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.numbers import format_hours_minutes, format_spreadsheet_number, rounded
from rehablogg.gui.language import number
from rehablogg.gui.table_model import ColumnTableModel, Index

CopyRole = Qt.ItemDataRole.UserRole + 20
ClientIdRole = Qt.ItemDataRole.UserRole + 21
SummerRole = Qt.ItemDataRole.UserRole + 22

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportWindow", text)


# -- numbers: shown in the UI language, copied as a Norwegian spreadsheet reads them ------------


def hours(minutes: float) -> float:
    return minutes / 60


class Number:
    """A cell value that is a number shown with ``decimals`` decimals."""

    __slots__ = ("decimals", "value")

    def __init__(self, value: float, decimals: int = 0) -> None:
        self.value = value
        self.decimals = decimals

    def shown(self) -> str:
        return number(self.value, self.decimals)

    def copied(self) -> str:
        return format_spreadsheet_number(self.value, self.decimals)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Number) and (self.value, self.decimals) == (
            other.value,
            other.decimals,
        )

    def __hash__(self) -> int:
        return hash((self.value, self.decimals))

    def __repr__(self) -> str:
        return f"Number({self.value!r}, {self.decimals})"


class Duration(Number):
    """Minutes shown and copied as hours and minutes, ``1:30``, as everywhere in the app."""

    __slots__ = ()

    def __init__(self, minutes: float) -> None:
        super().__init__(minutes, 0)

    def shown(self) -> str:
        return format_hours_minutes(int(rounded(self.value, 0)))

    def copied(self) -> str:
        return self.shown()

    def __repr__(self) -> str:
        return f"Duration({self.value!r})"


def _h(minutes: float) -> Duration:
    return Duration(minutes)


def week_days(week: WeekTotals, start: date, end: date) -> str:
    """The days of ``week`` the period counts: ``02.11–08.11``, or ``30.11`` alone when the
    period starts on the week's Sunday: a week cut by the period says which days it has."""
    first, last = max(week.week.monday, start), min(week.week.sunday, end)
    if first == last:
        return f"{first:%d.%m}"
    return f"{first:%d.%m}–{last:%d.%m}"


def wrapped_header(text: str, width: int = 15) -> str:
    """A long column heading on two lines, broken at the space nearest its middle, so the
    tables fit the window instead of running out of it with cut headings."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    at = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:at]}\n{text[at + 1 :]}"


def _share(part: float, whole: float) -> Number | str:
    return Number(100.0 * part / whole, 1) if whole else "–"


# -- the generic report table -------------------------------------------------------------------


class ReportTableModel(ColumnTableModel):
    """Rows of cells (text or ``Number``); numbers are right-aligned."""

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self.rows = [tuple(r) for r in rows]
        self.endResetModel()

    def cell(self, row: int, column: int) -> Any:
        return self.rows[row][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        value = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return value.shown() if isinstance(value, Number) else str(value)
        if role == CopyRole:
            return value.copied() if isinstance(value, Number) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, Number):
            return _RIGHT
        return self.extra_data(index.row(), role)

    def extra_data(self, row: int, role: int) -> Any:
        return None

    def headerData(  # noqa: N802 - Qt's name
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
            return wrapped_header(self.columns[section])
        return None


def table_tsv(
    model: ReportTableModel, rows: Sequence[int] | None = None, columns: Sequence[int] | None = None
) -> str:
    """The header and the rows (all, or those given) as tab-separated text with a decimal
    comma: what a spreadsheet makes columns of when it is pasted."""
    chosen_rows = range(model.rowCount()) if rows is None else rows
    chosen_cols = range(model.columnCount()) if columns is None else columns
    lines = [
        "\t".join(_clean(str(model.headerData(c, Qt.Orientation.Horizontal))) for c in chosen_cols)
    ]
    for r in chosen_rows:
        cells = (str(model.index(r, c).data(CopyRole) or "") for c in chosen_cols)
        lines.append("\t".join(_clean(cell) for cell in cells))
    return "\n".join(lines) + "\n"


def _clean(cell: str) -> str:
    # A tab or line break inside a cell would shift every column after it.
    return cell.replace("\t", " ").replace("\r", " ").replace("\n", " ")


# -- the tables of each tab ---------------------------------------------------------------------


class WeeksModel(ReportTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.columns = (
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Uke")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Periode")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Direkte (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Indirekte (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Annet (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Sum (uten reise)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Reise (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Registreringer")),
        )
        self.partial: list[bool] = []  # weeks the period cuts
        self.spans: list[tuple[date, date]] = []

    def set_weeks(self, weeks: Sequence[WeekTotals], start: date, end: date) -> None:
        self.partial = [not (start <= w.week.monday and w.week.sunday <= end) for w in weeks]
        self.spans = [(w.week.monday, w.week.sunday) for w in weeks]
        self.set_rows(
            [
                (
                    f"{w.week.year}-{w.week.week:02d}",
                    week_days(w, start, end),
                    _h(w.totals.direct),
                    _h(w.totals.indirect),
                    _h(w.totals.other),
                    _h(w.totals.logged),
                    _h(w.totals.travel),
                    Number(w.entries),
                )
                for w in weeks
            ]
        )

    def extra_data(self, row: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and self.partial[row]:
            monday, sunday = self.spans[row]
            return _t(
                QT_TRANSLATE_NOOP(
                    "ReportWindow",
                    "Uka går fra {monday} til {sunday}; bare dagene i perioden er talt med.",
                )
            ).format(monday=f"{monday:%d.%m.%Y}", sunday=f"{sunday:%d.%m.%Y}")
        return None


class SummaryModel(ReportTableModel):
    """Direct, indirect, other, their sum and travel: hours, hours per FTE and share."""

    def __init__(self) -> None:
        super().__init__()
        self.columns = (
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Kategori")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Timer")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Timer per årsverk")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Andel (%)")),
        )

    def set_totals(self, weeks: Sequence[WeekTotals], position_percent: int) -> None:
        direct = sum(w.totals.direct for w in weeks)
        indirect = sum(w.totals.indirect for w in weeks)
        other = sum(w.totals.other for w in weeks)
        travel = sum(w.totals.travel for w in weeks)
        logged = direct + indirect + other
        scale = 100 / position_percent if position_percent > 0 else 0.0
        rows = [
            (_t(QT_TRANSLATE_NOOP("ReportWindow", "Direkte brukertid")), direct),
            (_t(QT_TRANSLATE_NOOP("ReportWindow", "Indirekte brukertid")), indirect),
            (_t(QT_TRANSLATE_NOOP("ReportWindow", "Annet")), other),
            (_t(QT_TRANSLATE_NOOP("ReportWindow", "Sum (uten reise)")), logged),
            (_t(QT_TRANSLATE_NOOP("ReportWindow", "Reise")), travel),
        ]
        self.set_rows(
            [
                (
                    name,
                    _h(minutes),
                    Duration(minutes * scale) if scale else "–",
                    _share(minutes, logged)
                    if name != _t(QT_TRANSLATE_NOOP("ReportWindow", "Reise"))
                    else "",
                )
                for name, minutes in rows
            ]
        )


class CodesModel(ReportTableModel):
    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.columns = (
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Kode")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Navn")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Kategori")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Registreringer")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Timer")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Andel (%)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Reise (t)")),
        )

    def set_codes(self, codes: Sequence[CodeTotals]) -> None:
        whole = sum(c.minutes for c in codes)
        rows = []
        for c in codes:
            code = self.catalogue.code(c.code)
            rows.append(
                (
                    c.code,
                    code.label.nb if code else "",
                    c.category,
                    Number(c.entries),
                    _h(c.minutes),
                    _share(c.minutes, whole),
                    _h(c.travel),
                )
            )
        self.set_rows(rows)


SERVICE_NAMES = {
    "habilitering": QT_TRANSLATE_NOOP("ReportWindow", "Habilitering"),
    "rehabilitering": QT_TRANSLATE_NOOP("ReportWindow", "Rehabilitering"),
}


def client_name(row: ClientTotals) -> str:
    return row.label if row.label else row.pseudonym


class ClientsModel(ReportTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.columns = (
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Bruker")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Pseudonym")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Aldersgruppe")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Tjeneste")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Registreringer")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Direkte (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Indirekte (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Annet (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Sum (t)")),
        )
        self.ids: list[int] = []

    def set_clients(self, clients: Sequence[ClientTotals]) -> None:
        self.ids = [c.client_id for c in clients]
        self.set_rows(
            [
                (
                    client_name(c),
                    c.pseudonym,
                    c.age_group,
                    _t(SERVICE_NAMES.get(c.service, c.service)),
                    Number(c.entries),
                    _h(c.totals.direct),
                    _h(c.totals.indirect),
                    _h(c.totals.other),
                    _h(c.totals.logged),
                )
                for c in clients
            ]
        )

    def extra_data(self, row: int, role: int) -> Any:
        return self.ids[row] if role == ClientIdRole else None


class AgeGroupsModel(ReportTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.columns = (
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Aldersgruppe")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Brukere")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Deltakelser")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Direkte (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Indirekte (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Annet (t)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Sum (t)")),
        )

    def set_groups(self, groups: Sequence[AgeGroupTotals]) -> None:
        self.set_rows(
            [
                (
                    g.age_group,
                    Number(g.clients),
                    Number(g.participations),
                    _h(g.totals.direct),
                    _h(g.totals.indirect),
                    _h(g.totals.other),
                    _h(g.totals.logged),
                )
                for g in groups
            ]
        )


class PartiesModel(ReportTableModel):
    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.columns = (
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Samarbeidspart")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Registreringer")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Timer")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Andel av indirekte registreringer (%)")),
        )

    def set_parties(self, parties: Sequence[PartyTotals], indirect_entries: int) -> None:
        rows = []
        for p in parties:
            choice = self.catalogue.party(p.party)
            rows.append(
                (
                    choice.label.nb if choice else p.party,
                    Number(p.entries),
                    _h(p.minutes),
                    _share(p.entries, indirect_entries),
                )
            )
        self.set_rows(rows)


class IntensityModel(ReportTableModel):
    """One row per client: direct sessions and minutes per week, the longest gap, weeks
    without contact (summer weeks apart) and the target when the pilot sets one."""

    def __init__(self) -> None:
        super().__init__()
        self.columns = (
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Bruker")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Tjeneste")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Direkte økter per uke")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Direkte minutter per uke")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Lengste opphold uten direkte (dager)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Uker uten kontakt")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Av dem sommeruker (26–33)")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Mål")),
            _t(QT_TRANSLATE_NOOP("ReportWindow", "Nådd")),
        )
        self.ids: list[int] = []

    def set_intensity(self, rows: Sequence[tuple[int, Sequence[Any]]]) -> None:
        self.ids = [client_id for client_id, _cells in rows]
        self.set_rows([cells for _client_id, cells in rows])

    def extra_data(self, row: int, role: int) -> Any:
        return self.ids[row] if role == ClientIdRole else None

    def row_of(self, client_id: int) -> int | None:
        return self.ids.index(client_id) if client_id in self.ids else None
