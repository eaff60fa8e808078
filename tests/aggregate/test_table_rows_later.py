"""The analysis tables' rows rendered after the save (table_sheet.LaterRows) are the cells
openpyxl writes for them: values, number formats, fonts, notes and the table around them."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from rehablogg.aggregate.row_sheets import append_rows
from rehablogg.aggregate.table_sheet import (
    _LATER,
    Cell,
    Col,
    Kind,
    rows_after_save,
    write_table_sheet,
)
from rehablogg.exchange.sheet_writer import new_workbook
from rehablogg.exchange.unsaved import save

COLUMNS = [
    Col("kommune"),
    Col("brukere", Kind.COUNT),
    Col("timer", Kind.DECIMAL),
    Col("andel", Kind.SHARE),
    Col("beløp", Kind.AMOUNT),
    Col("siste", Kind.DATE),
    Col("merket"),
]
ROWS = [
    ["4601 Bergen", 12, 1.5, 0.25, 1234.5, date(2026, 3, 31), True],
    ["=SUM(A1:A9)", 1_234_567_890_123, 0.1 + 0.2, 2 / 3, None, date(1900, 1, 15), False],
    ["  leading and trailing  ", 0, -0.0, 1.0, 10**17, None, "tekst\nmed linjeskift"],
    [Cell("en telling", Kind.TEXT), Cell(7, Kind.SHARE), Cell(date(2025, 12, 1), Kind.DATE)],
    [],  # an empty row inside the table
    ["kort"],
    [Cell(12345678901234567890, Kind.TEXT), Cell(0.1 + 0.2, Kind.TEXT)],  # numbers, no style
    ["", 3, None, None, None, None, ""],  # empty texts: cells openpyxl writes, kept
]
NOTES = ["Første merknad.", "Andre.", "Tredje.", "Fjerde.", "Femte.", "Sjette.", "Syvende.", "8."]


def _written(path: Path, *, later: bool) -> Path:
    wb = new_workbook()
    if not later:
        write_table_sheet(wb, "Tabell", COLUMNS, ROWS, notes=NOTES)
        write_table_sheet(wb, "Tom", COLUMNS, [])
        save(wb, path)
        return path
    saved = path.with_name("lagret.xlsx")
    with rows_after_save(wb) as tables:
        write_table_sheet(wb, "Tabell", COLUMNS, ROWS, notes=NOTES)
        write_table_sheet(wb, "Tom", COLUMNS, [])
        save(wb, saved)
        append_rows(saved, path, tables.rendered)
    return path


def _cells(path: Path) -> dict[str, list[list[tuple[object, ...]]]]:
    book = load_workbook(path)  # not read-only: fonts and the tables too
    out = {}
    for ws in book.worksheets:
        out[ws.title] = [
            [(c.coordinate, c.value, c.number_format, c.font.b) for c in row if c.value is not None]
            for row in ws.iter_rows()
        ]
        out[ws.title + " tabeller"] = [[(t.name, t.ref) for t in ws.tables.values()]]
    return out


def test_rows_rendered_after_the_save_are_the_cells_openpyxl_writes(tmp_path: Path) -> None:
    openpyxl_wrote = _cells(_written(tmp_path / "openpyxl.xlsx", later=False))
    rendered = _cells(_written(tmp_path / "senere.xlsx", later=True))
    assert rendered == openpyxl_wrote
    body = openpyxl_wrote["Tabell"]
    assert ("A3", "'=SUM(A1:A9)", "General", False) in body[2]  # neutralised in both
    assert ("I8", "8.", "General", False) in body[7]  # notes go on past the rows


def test_a_row_ending_in_an_empty_text_is_as_long_in_a_read_only_reader(tmp_path: Path) -> None:
    """openpyxl's read-only mode takes a row's length from its last cell written (the sheet
    has no dimension), and readers index rows by the header."""
    lengths = []
    for later in (False, True):
        book = load_workbook(_written(tmp_path / f"{later}.xlsx", later=later), read_only=True)
        lengths.append([len(row) for row in book["Tabell"].iter_rows(values_only=True)])
        book.close()
    assert lengths[0] == lengths[1]
    assert lengths[1][len(ROWS)] == len(COLUMNS)  # the last row, past the notes


def test_calamine_reads_the_same_values_from_both(tmp_path: Path) -> None:
    books = [
        CalamineWorkbook.from_path(str(_written(tmp_path / f"{later}.xlsx", later=later)))
        for later in (False, True)
    ]
    for sheet in ("Tabell", "Tom"):
        first, second = (b.get_sheet_by_name(sheet).to_python() for b in books)
        assert first == second


def test_a_value_only_openpyxl_writes_leaves_its_table_to_openpyxl(tmp_path: Path) -> None:
    """A time of day (openpyxl writes it as a fraction of a day) is not rendered here: that
    table is written by openpyxl, as if outside the context, and the next one is rendered."""
    columns = [Col("navn"), Col("tid", Kind.DECIMAL), Col("dag")]
    rows = [["a", time(8, 30), date(2026, 3, 1)], ["b", 1.5, datetime(2026, 3, 2, 14, 5)]]
    books = []
    for later in (False, True):
        wb = new_workbook()
        path, saved = tmp_path / f"{later}.xlsx", tmp_path / f"lagret-{later}.xlsx"
        with rows_after_save(wb) as tables:
            if not later:
                _LATER.pop(wb)
            write_table_sheet(wb, "Tid", columns, rows)
            write_table_sheet(wb, "Datoer", columns, [[*r[:1], 2.5, *r[2:]] for r in rows])
            assert set(tables.rendered) == ({"Datoer"} if later else set())
            save(wb, saved)
            append_rows(saved, path, tables.rendered)
        books.append(_cells(path))
    assert books[0] == books[1]
    assert books[1]["Datoer"][2][2][2] == "yyyy-mm-dd h:mm:ss"  # a datetime in a text column


def test_without_the_context_openpyxl_writes_every_row(tmp_path: Path) -> None:
    wb = new_workbook()
    with rows_after_save(wb) as tables:
        pass
    write_table_sheet(wb, "Tabell", COLUMNS, ROWS)  # after it closed: nothing held back
    assert tables.rendered == {}
    path = tmp_path / "etter.xlsx"
    save(wb, path)
    assert load_workbook(path)["Tabell"].max_row == len(ROWS) + 1
