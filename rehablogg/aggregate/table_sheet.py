"""One table per sheet: how every analysis sheet of the summary workbook is laid out.

A sheet made here holds exactly one table, its header in row 1 from column A, declared as an
Excel table (``Table``) so that filters, sorting, pivots and pandas see one rectangle. Around
it: number formats by kind of column (per cent, thousands, dd.mm.yyyy, kroner), column widths
that fit the widest value (no ``###`` at default zoom), the header row frozen, and the print
set-up of a report (landscape, fit to one page wide, header row repeated on each page). Notes
that explain the table stand to its right, one column apart, outside the table and its print
area; a note that must be printed goes in the page header (``print_note``).

Cells go through ``exchange/sheet_writer`` like every other cell.
"""

from __future__ import annotations

import re
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from itertools import chain, count
from pathlib import Path
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import TIME_FORMATS
from openpyxl.chart._chart import ChartBase
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from rehablogg.aggregate.row_sheets import (
    EMPTY_TEXT,
    RenderedRows,
    StyledNumber,
    write_rendered,
)
from rehablogg.aggregate.suppression import HIDDEN
from rehablogg.exchange.columns import META_MUNICIPALITY, META_MUNICIPALITY_NAME
from rehablogg.exchange.neutralise import cell_text
from rehablogg.exchange.sheet_writer import NeutralWorkbook, NeutralWorksheet, StyledCell
from rehablogg.storage.temporaries import temp_dir_prefix

_BOLD = Font(bold=True)
# The key columns every sheet names alike: a municipality as the export's Metadata names it
# (and the dataset), a month as the summary always did.
MUNICIPALITY_KEYS = (META_MUNICIPALITY, META_MUNICIPALITY_NAME)
MONTH = "måned"
_MAX_WIDTH = 60  # a long text wraps the eye anyway; wider columns make printing tiny
_MIN_WIDTH = 6


class Kind(Enum):
    """What a column holds, which gives its number format (value) and the width a value needs."""

    TEXT = "@"
    COUNT = "#,##0"  # entries, people, minutes: whole numbers with a thousands separator
    DECIMAL = "#,##0.00"  # hours, medians, full-time equivalents
    SHARE = "0.0%"
    AMOUNT = '#,##0.00 "kr"'
    DATE = "dd.mm.yyyy"


@dataclass(frozen=True)
class Col:
    name: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Cell:
    """A value with its own kind, for a column whose rows hold different kinds (Oversikt)."""

    value: object
    kind: Kind


def _shown(value: object, kind: Kind) -> str:
    """Roughly the text a spreadsheet shows for ``value`` in a column of ``kind``."""
    if value is None:
        return ""
    if isinstance(value, date):
        return "00.00.0000"
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = float(value)
        if kind is Kind.SHARE:
            return f"{number * 100:,.1f} %"
        if kind is Kind.COUNT:
            return f"{number:,.0f}"
        if kind is Kind.AMOUNT:
            return f"{number:,.2f} kr"
        return f"{number:,.2f}"
    return str(value)


def _shown_in(row: Sequence[object], j: int, kind: Kind) -> str:
    """Row ``row``'s cell ``j`` as shown (a :class:`Cell` in its own kind)."""
    value = row[j] if j < len(row) else None
    if isinstance(value, Cell):
        return _shown(value.value, value.kind)
    return _shown(value, kind)


def _width(texts: Iterable[str]) -> float:
    longest = max((len(line) for text in texts for line in text.split("\n")), default=0)
    # +2: the filter button sits over the header's right end; +1 for the cell's margins.
    return float(min(_MAX_WIDTH, max(_MIN_WIDTH, longest + 3)))


_NAME = re.compile(r"[^0-9A-Za-z_]")
_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "AE", "Ø": "O", "Å": "A"})


def table_name(sheet: str) -> str:
    """A table's name from its sheet's: letters, digits and ``_`` only, not like a cell."""
    ascii_name = sheet.translate(_ASCII)
    return "T_" + _NAME.sub("_", ascii_name).strip("_")


def split_key(key: object) -> tuple[str, str]:
    """``"4601 Bergen"`` as ``("4601", "Bergen")``: the summary's keys of a municipality, a
    unit or a code are its number and its name joined by a space; the sheets show them apart."""
    number, _, name = str(key).partition(" ")
    return number, name


def _unique(names: Sequence[str]) -> list[str]:
    """Header texts as written (neutralised), made unique: a table's columns must be."""
    out: list[str] = []
    for name in names:
        text = cell_text(name) or "kolonne"
        candidate, n = text, 2
        while candidate.casefold() in {o.casefold() for o in out}:
            candidate, n = f"{text} ({n})", n + 1
        out.append(candidate)
    return out


class StackedSheet:
    """A sheet that stacks several tables (the shared sheets): rows are kept until ``close``,
    which fits the column widths to them and sets the print set-up."""

    def __init__(self, ws: NeutralWorksheet, print_note: str = "") -> None:
        self.ws = ws
        self.rows: list[list[object]] = []
        self.print_note = print_note

    def row(self, *values: object) -> None:
        self.rows.append(list(values))

    def header(self, *names: str) -> None:
        self.rows.append([self.ws.styled(name, font=_BOLD) for name in names])

    def title(self, text: str) -> None:
        self.header(text)

    def fmt(self, value: object, number_format: str) -> object:
        if value is None or value == HIDDEN:
            return value
        return self.ws.styled(value, number_format)

    def close(self) -> None:
        fit_widths(self.ws, self.rows)
        width = max((len(r) for r in self.rows), default=1)
        set_print(
            self.ws, f"A1:{get_column_letter(width)}{max(1, len(self.rows))}", self.print_note
        )
        for r in self.rows:
            # Counts and minutes with a thousands separator, like the table sheets' numbers.
            self.ws.append(
                [
                    self.ws.styled(v, Kind.COUNT.value)
                    if isinstance(v, int) and not isinstance(v, bool)
                    else v
                    for v in r
                ]
            )


def write_table_sheet(
    wb: NeutralWorkbook,
    title: str,
    columns: Sequence[Col],
    rows: Iterable[Sequence[object]],
    *,
    notes: Sequence[str] = (),
    print_note: str = "",
) -> NeutralWorksheet:
    """A sheet ``title`` holding one table of ``columns`` and ``rows`` from A1 (see the
    module text). A row value may be a :class:`Cell` to give that cell its own kind."""
    ws = wb.create_sheet(title)
    # Read twice (widths, then cells), never copied: several tables have a row per client.
    data = rows if isinstance(rows, list | tuple) else list(rows)
    names = _unique([c.name for c in columns])
    width = len(columns)
    for j, column in enumerate(columns):
        shown = chain((names[j],), (_shown_in(r, j, column.kind) for r in data))
        ws.column_dimensions[get_column_letter(j + 1)].width = _width(shown)
    last = get_column_letter(width)
    bottom = max(2, len(data) + 1)  # a table needs a row under its header, empty if need be
    ws.freeze_panes = "A2"
    set_print(ws, f"A1:{last}{bottom}", print_note)
    ws.append([ws.styled(n, font=_BOLD) for n in names] + _note(notes, 0))
    later = _LATER.get(wb)
    if later is None or not later.add(title, _body(data, columns, notes, later.cell)):
        for row in _body(data, columns, notes, lambda v, kind: _cell(ws, v, kind)):
            ws.append(row)
    add_table(ws, title, names, f"A1:{last}{bottom}")
    return ws


def _body(
    data: Sequence[Sequence[object]],
    columns: Sequence[Col],
    notes: Sequence[str],
    cell: Callable[[object, Kind], object],
) -> Iterator[list[object]]:
    """The rows under the header: the table's, each cell made by ``cell`` from its value and
    its column's kind, and the notes to the right of the first of them."""
    width = len(columns)
    for i, r in enumerate(data):
        yield [cell(v, c.kind) for v, c in zip(r, columns, strict=False)] + _note(
            notes, i + 1, width - len(r)
        )
    for i in range(len(data) + 1, len(notes)):
        yield [None] * width + _note(notes, i)


class LaterRows:
    """The analysis tables' rows under their headers, rendered as worksheet XML at once into
    deflated files in ``folder`` and appended after openpyxl's save (``row_sheets``), as the row
    sheets are. openpyxl's writer makes an object and an element for every cell, about 8 µs
    each: the tables with a row per client (Intensitet, Forløp, Overganger…) have most of the
    analysis sheets' cells, and writing them was a fifth of the summary process's time. The
    cells are the ones openpyxl would write: the same values, texts neutralised, and each
    number in the style ``NeutralWorksheet.styled`` gives its kind."""

    def __init__(self, wb: NeutralWorkbook, folder: Path) -> None:
        self.wb, self.folder = wb, folder
        self.rendered: dict[str, RenderedRows] = {}
        self._styles: dict[str, int] = {}
        self._files = count()

    def cell(self, value: object, kind: Kind) -> object:
        """What ``_cell`` gives openpyxl, as ``row_sheets.render_rows`` writes it the same;
        :class:`_NotRenderedError` for a value of a type openpyxl alone knows how to write."""
        value, styled = _styled_kind(value, kind)
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, str):
            return value if value else EMPTY_TEXT
        if isinstance(value, date):
            # Written as it is (in a text column), a date gets openpyxl's format for its type.
            number_format = TIME_FORMATS.get(type(value)) if styled is None else styled.value
        elif isinstance(value, int | float | Decimal):
            if styled is None:  # a number in a text column: openpyxl gives it no style
                return StyledNumber(value, None)
            number_format = styled.value
        else:
            number_format = None
        if number_format is None:
            raise _NotRenderedError(type(value).__name__)
        style = self._styles.get(number_format)
        if style is None:
            style = self._styles[number_format] = self.wb.style_number(number_format)
        return StyledNumber(value, style)

    def add(self, title: str, rows: Iterable[Sequence[object]]) -> bool:
        """Render ``rows`` for the sheet ``title``; False (nothing kept) when a value is not
        one rendered here, and openpyxl is to write the rows instead."""
        path = self.folder / f"tabell-{next(self._files)}"
        try:
            write_rendered(rows, _FIRST_BODY_ROW, path, None)
        except _NotRenderedError:
            path.unlink(missing_ok=True)
            return False
        self.rendered[title] = RenderedRows(path, _FIRST_BODY_ROW, None)
        return True


class _NotRenderedError(Exception):
    """A table's value of a type only openpyxl writes (a time of day, say)."""


_FIRST_BODY_ROW = 2  # under the header, the one row openpyxl writes
_LATER: WeakKeyDictionary[NeutralWorkbook, LaterRows] = WeakKeyDictionary()


@contextmanager
def rows_after_save(wb: NeutralWorkbook) -> Iterator[LaterRows]:
    """While open, every table written into ``wb`` has its rows under the header rendered
    into a private temporary folder (:class:`LaterRows`) instead of written by openpyxl; the
    caller appends ``rendered`` after saving, before leaving."""
    with tempfile.TemporaryDirectory(prefix=temp_dir_prefix("tabeller")) as folder:
        later = _LATER[wb] = LaterRows(wb, Path(folder))
        try:
            yield later
        finally:
            _LATER.pop(wb, None)


def fit_widths(ws: NeutralWorksheet, rows: Sequence[Sequence[object]]) -> None:
    """Widths for a sheet that stacks tables (the shared sheets): each column as wide as its
    widest number or short text; a long text in column A (a note) is left to overflow."""
    width = max((len(r) for r in rows), default=0)
    for j in range(width):
        shown = []
        for r in rows:
            if j >= len(r):
                continue
            value = r[j]
            value = value.value if isinstance(value, StyledCell) else value
            text = _shown(value, Kind.COUNT if isinstance(value, int) else Kind.DECIMAL)
            if not (isinstance(value, str) and len(value) > _MAX_WIDTH):
                shown.append(text)
        ws.column_dimensions[get_column_letter(j + 1)].width = _width(shown)


def _note(notes: Sequence[str], i: int, pad: int = 0) -> list[object]:
    if i >= len(notes):
        return []
    return [None] * (pad + 1) + [notes[i]]


def _styled_kind(value: object, kind: Kind) -> tuple[object, Kind | None]:
    """A cell's value and the kind whose number format it gets (a :class:`Cell` its own);
    None when it is written as it is: text, gaps, TRUE/FALSE, anything in a text column."""
    if isinstance(value, Cell):
        kind = value.kind
        value = value.value
    if kind is Kind.TEXT or value is None or isinstance(value, str | bool):
        return value, None
    return value, kind


def _cell(ws: NeutralWorksheet, value: object, kind: Kind) -> object:
    value, styled = _styled_kind(value, kind)
    return value if styled is None else ws.styled(value, styled.value)


def set_print(ws: NeutralWorksheet, area: str, note: str = "") -> None:
    """Landscape, one page wide, the header row on every page; ``note`` atop every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"
    ws.print_area = area
    footer, header = ws.oddFooter, ws.oddHeader
    if footer is not None:
        footer.center.text = "&A – side &P av &N"
    if note and header is not None:
        # The header holds at most 255 characters with its codes; a longer note is cut there.
        header.left.text = cell_text(note).replace("&", "&&")[:240]


def add_chart_sheet(wb: NeutralWorkbook, title: str, chart: ChartBase) -> None:
    """``chart`` alone on a sheet of its own, sized to one landscape A4 page: on screen a tab,
    on paper one page. (A chart sheet proper prints empty in LibreOffice.)"""
    ws = wb.create_sheet(title)
    chart.width, chart.height = 25, 15  # cm: an A4 page in landscape, inside its margins
    ws.add_chart(chart, "A1")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.append([])


def add_table(ws: NeutralWorksheet, sheet: str, names: Sequence[str], ref: str) -> None:
    """Declare ``ref`` (header row first) an Excel table with a filter, its columns named as
    the header cells say (Excel repairs a file where they differ)."""
    table = Table(displayName=table_name(sheet), ref=ref)
    table.tableColumns = [TableColumn(id=i + 1, name=n) for i, n in enumerate(names)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():
        # openpyxl warns that write-only tables need their columns given: they are, above.
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
        ws.add_table(table)
