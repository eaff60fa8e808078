"""The fast row writer must give the same cells as openpyxl writing every row itself."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from rehablogg.aggregate.row_sheets import (
    RenderedRows,
    RowSheetError,
    append_rows,
    sheet_parts,
    write_rendered,
)
from rehablogg.exchange.columns import DATE_FORMAT
from rehablogg.exchange.sheet_writer import NeutralWorkbook

HEADER = ["tekst", "dato", "heltall", "desimal", "sann", "tom"]
ROWS: list[list[object]] = [
    ["første", date(2025, 1, 2), 45, 0.75, True, None],
    ["A & B <c> \"d\" 'e'", date(2024, 2, 29), 0, -1.5, False, None],
    ["  mellomrom foran og bak  ", date(2025, 12, 31), 10**12, 1e-7, None, "x"],
    ["æøå ÆØÅ – “typografi” 😀", None, -7, 3.0, True, ""],
    ["linje\nskift", date(1999, 12, 31), 1, 2.5, False, "tabulator\tinni"],
]


def _values(path: Path, sheet: str) -> list[tuple[object, ...]]:
    wb = load_workbook(path, read_only=True)
    try:
        # An empty string is an empty cell either way; only trailing ones change a row's length.
        return [tuple(_trim(list(r))) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()


def _trim(row: list[object]) -> list[object]:
    while row and row[-1] is None:
        row.pop()
    return row


def _whole(path: Path, rows: Sequence[Sequence[object]]) -> None:
    wb = Workbook(write_only=True)
    wb.create_sheet("Først").append(["annet ark"])
    ws = wb.create_sheet("Rader")
    ws.append(HEADER)
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def _fast(tmp_path: Path, rows: Sequence[Sequence[object]]) -> Path:
    wb = Workbook(write_only=True)
    wb.create_sheet("Først").append(["annet ark"])
    ws = wb.create_sheet("Rader")
    ws.append(HEADER)
    ws.append(list(rows[0]))
    wb.save(tmp_path / "mal.xlsx")
    out = tmp_path / "rask.xlsx"
    append_rows(tmp_path / "mal.xlsx", out, {"Rader": iter(rows[1:])})
    return out


def test_cells_equal_openpyxl_writing_every_row(tmp_path: Path) -> None:
    _whole(tmp_path / "hel.xlsx", ROWS)
    fast = _fast(tmp_path, ROWS)
    assert _values(fast, "Rader") == _values(tmp_path / "hel.xlsx", "Rader")
    assert _values(fast, "Først") == [("annet ark",)]
    # Dates keep the template row's date format (openpyxl reads them back as datetimes).
    wb = load_workbook(fast)
    assert wb["Rader"]["B4"].number_format == wb["Rader"]["B2"].number_format
    assert wb["Rader"]["B4"].is_date


def test_calamine_reads_the_same_values(tmp_path: Path) -> None:
    _whole(tmp_path / "hel.xlsx", ROWS)
    fast = _fast(tmp_path, ROWS)
    ours = CalamineWorkbook.from_path(str(fast)).get_sheet_by_name("Rader").to_python()
    theirs = (
        CalamineWorkbook.from_path(str(tmp_path / "hel.xlsx"))
        .get_sheet_by_name("Rader")
        .to_python()
    )
    assert ours == theirs


def test_many_rows_stream_in_batches(tmp_path: Path) -> None:
    rows = [[f"r{i}", date(2025, 1, 1 + i % 28), i, i / 4, i % 2 == 0, None] for i in range(5_003)]
    fast = _fast(tmp_path, rows)
    got = _values(fast, "Rader")
    assert len(got) == 5_004
    assert got[-1][0] == "r5002" and got[-1][2] == 5002
    with zipfile.ZipFile(fast) as z:
        assert z.testzip() is None
        assert sheet_parts(z)["Rader"] == "xl/worksheets/sheet2.xml"


def test_a_date_without_a_template_style_is_refused(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["uten dato", None, 1, 1.0, True, None],
        ["med dato", date(2025, 1, 1), 1, 1.0, True, None],
    ]
    with pytest.raises(RowSheetError, match="date style"):
        _fast(tmp_path, rows)


def test_an_unknown_sheet_is_refused(tmp_path: Path) -> None:
    _whole(tmp_path / "hel.xlsx", ROWS)
    with pytest.raises(RowSheetError, match="Finnes ikke"):
        append_rows(tmp_path / "hel.xlsx", tmp_path / "ut.xlsx", {"Finnes ikke": iter([])})


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; .ci/run installs it",
)
@pytest.mark.parametrize("worker", [False, True], ids=["here", "worker"])
def test_libreoffice_reads_the_rows(tmp_path: Path, worker: bool) -> None:
    # The worker's rows end up in a zip member written by hand (deflated_member.py).
    fast = _rendered(tmp_path, ROWS, 0) if worker else _fast(tmp_path, ROWS)
    profile = tmp_path / "lo-profil"
    subprocess.run(
        [
            str(shutil.which("soffice")),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,2",
            "--outdir",
            str(tmp_path / "ut"),
            str(fast),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    lines = (tmp_path / "ut" / f"{fast.stem}-Rader.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split(";")[:3] == ["tekst", "dato", "heltall"]
    # A date, not its serial number (45659): the date style reached the cells.
    assert "2025" in lines[1].split(";")[1]
    assert lines[2].startswith('"A & B <c> ""d"" \'e\'";')
    assert "1000000000000" in lines[3]
    assert len(lines) == 1 + len(ROWS) + 1  # the newline inside row 5's text is quoted


def test_the_streamed_sheets_are_compressed(tmp_path: Path) -> None:
    """The streamed rows are most of a summary; stored uncompressed they made it ~9× larger."""
    rows = [[f"r{i}", date(2025, 1, 1 + i % 28), i, i / 4, i % 2 == 0, None] for i in range(2_000)]
    fast = _fast(tmp_path, rows)
    with zipfile.ZipFile(fast) as z:
        member = z.getinfo(sheet_parts(z)["Rader"])
        assert member.compress_type == zipfile.ZIP_DEFLATED
        assert member.compress_size < member.file_size / 4


def _rendered(tmp_path: Path, rows: Sequence[Sequence[object]], shift: int) -> Path:
    """The rows after the template row rendered as the worker does (deflated for good), their
    dates in the workbook's date style plus ``shift``."""
    wb = NeutralWorkbook()
    date_style = wb.style_number(DATE_FORMAT)
    wb.create_sheet("Først").append(["annet ark"])
    ws = wb.create_sheet("Rader")
    ws.append(HEADER)
    ws.append([ws.styled(v, DATE_FORMAT) if isinstance(v, date) else v for v in rows[0]])
    wb.save(tmp_path / "mal.xlsx")
    pieces = tmp_path / "rader.bin"
    write_rendered(iter(rows[1:]), 3, pieces, date_style + shift)
    out = tmp_path / "ferdig.xlsx"
    append_rows(tmp_path / "mal.xlsx", out, {"Rader": RenderedRows(pieces, 3, date_style + shift)})
    return out


def test_rows_deflated_by_the_worker_read_as_openpyxl_writing_every_row(tmp_path: Path) -> None:
    _whole(tmp_path / "hel.xlsx", ROWS)
    out = _rendered(tmp_path, ROWS, 0)
    with zipfile.ZipFile(out) as package:
        assert package.testzip() is None  # the joined member's CRC holds
    assert _values(out, "Rader") == _values(tmp_path / "hel.xlsx", "Rader")
    dates = [
        r[1] for r in CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Rader").to_python()
    ]
    assert dates[1:] == [r[1] or "" for r in ROWS]  # dates, as the template's style says


def test_rows_rendered_with_another_date_style_than_the_template_are_refused(
    tmp_path: Path,
) -> None:
    with pytest.raises(RowSheetError, match="date style"):
        _rendered(tmp_path, ROWS, 1)
