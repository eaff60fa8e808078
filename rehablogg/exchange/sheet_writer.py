"""The one way rehablogg writes cells: every workbook and CSV file it makes gets its text through
``neutralise.cell_text`` here, whoever built the values.

Why a single place: text reaches the sheets from many sources (the therapist's profile, the
catalogue, a pilot file, a tariff file, submissions that anyone with the format document can
forge), and openpyxl makes any ``str`` that starts with ``=`` a live formula. When each writer
had to remember ``cell_text`` for each value, some forgot (a roster unit in Mangler, a forged
file's text in Overganger and Registreringer). So:

- :func:`new_workbook` is the only write-only workbook rehablogg creates; every sheet it hands
  out is a :class:`NeutralWorksheet`, whose ``append`` neutralises each text value and the text
  of each styled cell before openpyxl sees it, and whose :meth:`NeutralWorksheet.styled` is how
  a cell with a number format or font is made;
- :class:`NeutralCsv` writes CSV rows the same way (text neutralised, other values formatted by
  the caller after that, so a negative number stays a number);
- ``row_sheets`` streams rows as XML itself and calls ``cell_text`` on every text it writes.

A test (``tests/exchange/test_sheet_writer.py``) fails when any other module creates an
openpyxl workbook, a cell or a CSV writer. ``cell_text`` is idempotent, so text that ``rows.py``
already neutralised (and hashed: the checksum is over values as written) is written unchanged.
rehablogg writes no formula on purpose; a sheet therefore never holds one.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import IO, TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from rehablogg.exchange.neutralise import cell_text

if TYPE_CHECKING:
    from openpyxl.chart._chart import ChartBase
    from openpyxl.worksheet.dimensions import ColumnDimension, DimensionHolder
    from openpyxl.worksheet.page import PrintPageSetup
    from openpyxl.worksheet.properties import WorksheetProperties
    from openpyxl.worksheet.table import Table

_PLAIN = (int, float, type(None))
StyledCell = Cell  # what NeutralWorksheet.styled returns, for the writers' annotations


def neutral_value(value: object) -> object:
    """``value`` as it may be handed to openpyxl: text neutralised, a styled cell's text too."""
    if value.__class__ in _PLAIN:  # most cells: numbers and gaps
        return value
    if isinstance(value, str):
        return cell_text(str(value))  # str(): a subclass (an enum's value) becomes plain text
    if isinstance(value, Cell):
        if isinstance(value.value, str):
            value.value = cell_text(value.value)  # re-binding makes it a string cell again
        if value.hyperlink is not None:
            value.hyperlink = None
    return value


class NeutralWorksheet(WriteOnlyWorksheet):
    """A write-only worksheet that neutralises every text appended to it."""

    if TYPE_CHECKING:  # openpyxl copies these from Worksheet at run time; its stubs do not say so
        column_dimensions: DimensionHolder[str, ColumnDimension]

        page_setup: PrintPageSetup
        sheet_properties: WorksheetProperties

        def add_chart(self, chart: ChartBase, anchor: str | None = None) -> None: ...

        def add_table(self, table: Table) -> None: ...

    def append(self, row: Iterable[object]) -> None:
        super().append([neutral_value(v) for v in row])

    def styled(
        self, value: object, number_format: str | None = None, font: Font | None = None
    ) -> StyledCell:
        """A cell with a number format or a font, its text neutralised."""
        if isinstance(value, str):
            value = cell_text(value)
        cell = WriteOnlyCell(self, value)  # type: ignore[arg-type]  # any value a cell takes
        if number_format:
            cell.number_format = number_format
        if font is not None:
            cell.font = font
        return cell


class NeutralWorkbook(Workbook):
    """A write-only workbook whose sheets are :class:`NeutralWorksheet`."""

    def __init__(self) -> None:
        super().__init__(write_only=True)

    def style_number(self, number_format: str) -> int:
        """The number (in the saved file) of the style a cell gets from ``number_format``
        alone, as :meth:`NeutralWorksheet.styled` makes it; registered now if it is new, so it
        is known before any sheet is written."""
        probe = WriteOnlyCell(SimpleNamespace(parent=self))  # type: ignore[arg-type]  # a cell needs only its sheet's workbook
        probe.number_format = number_format
        return int(probe.style_id)

    def create_sheet(
        self,
        title: str | None = None,  # type: ignore[override]  # text only
        index: int | None = None,
    ) -> NeutralWorksheet:
        sheet = NeutralWorksheet(parent=self, title=title)
        self._add_sheet(sheet=sheet, index=index)  # type: ignore[attr-defined]  # not in stubs
        return sheet


def new_workbook() -> NeutralWorkbook:
    return NeutralWorkbook()


class NeutralCsv:
    """CSV rows with text neutralised; ``formatted`` turns every other value into its text."""

    def __init__(
        self,
        fh: IO[str],
        formatted: Callable[[Any], str],
        *,
        delimiter: str,
        lineterminator: str = "\r\n",
    ) -> None:
        self._writer = csv.writer(fh, delimiter=delimiter, lineterminator=lineterminator)
        self._formatted = formatted

    def writerow(self, row: Iterable[object]) -> None:
        formatted = self._formatted
        self._writer.writerow([cell_text(v) if isinstance(v, str) else formatted(v) for v in row])
