"""One neutralisation for every cell rehablogg writes (``exchange/sheet_writer.py``), and no way
around it: no other module may create an openpyxl workbook or cell, or a CSV writer."""

from __future__ import annotations

import ast
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from rehablogg.aggregate.row_sheets import append_rows
from rehablogg.exchange.neutralise import cell_text
from rehablogg.exchange.sheet_writer import NeutralCsv, new_workbook
from tests.robustness.sheet_scan import csv_problems, problems, text_values

PACKAGE = Path(__file__).resolve().parents[2] / "rehablogg"
WRITER = PACKAGE / "exchange" / "sheet_writer.py"
HOSTILE = ["=1+1", "+1", "-1+1", "@A1", "\t=1", "\r=1", "#N/A", "=cmd|' /C calc'!A0", "\x00=1"]

# Names whose use makes cells or CSV rows without sheet_writer.
_FORBIDDEN_NAMES = {"Workbook", "WriteOnlyCell", "Cell", "WriteOnlyWorksheet", "Worksheet"}
_FORBIDDEN_CALLS = {("csv", "writer"), ("csv", "DictWriter")}


def _bypasses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("openpyxl"):
            found += [
                f"from {node.module} import {a.name}"
                for a in node.names
                if a.name in _FORBIDDEN_NAMES
            ]
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and (
                (node.value.id, node.attr) in _FORBIDDEN_CALLS
                or (node.value.id == "openpyxl" and node.attr in _FORBIDDEN_NAMES)
            )
        ):
            found.append(f"{node.value.id}.{node.attr}")
    return found


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != WRITER)


def test_only_sheet_writer_makes_workbooks_cells_and_csv_writers() -> None:
    bad = {str(p.relative_to(PACKAGE)): found for p in _modules() if (found := _bypasses(p))}
    assert not bad, f"write cells through rehablogg.exchange.sheet_writer instead: {bad}"


def test_the_bypass_check_sees_a_bypass(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        "import csv\nfrom openpyxl import Workbook\nfrom openpyxl.cell import "
        "WriteOnlyCell\nw = csv.writer(None)\n",
        encoding="utf-8",
    )
    assert _bypasses(sneaky) == [
        "from openpyxl import Workbook",
        "from openpyxl.cell import WriteOnlyCell",
        "csv.writer",
    ]


def test_every_way_into_a_sheet_is_neutralised(tmp_path: Path) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("Ark")
    # plain values, a cell made by the sheet's own helper, a cell made behind its back (openpyxl
    # already calls that one a formula), and a generator of values
    ws.append(HOSTILE)
    ws.append([ws.styled(text, font=Font(bold=True)) for text in HOSTILE])
    ws.append([WriteOnlyCell(ws, text) for text in HOSTILE if "\x00" not in text])
    ws.append(text for text in HOSTILE)
    ws.append([1, -1.5, None, date(2025, 3, 1), ws.styled(date(2025, 3, 1), "dd.mm.yyyy")])
    path = tmp_path / "ark.xlsx"
    wb.save(path)
    assert problems(path) == []
    texts = text_values(path)
    assert texts.count(cell_text("=1+1")) == 4
    assert cell_text("\x00=1") in texts


def test_a_second_sheet_and_an_inserted_sheet_are_neutral_too(tmp_path: Path) -> None:
    wb = new_workbook()
    wb.create_sheet("B").append(["=1"])
    wb.create_sheet("A", 0).append(["=2"])
    path = tmp_path / "ark.xlsx"
    wb.save(path)
    assert problems(path) == []
    assert sorted(text_values(path)) == ["'=1", "'=2"]


def test_streamed_rows_are_neutral(tmp_path: Path) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("Rader")
    ws.append(["tekst", "tall"])
    ws.append(["først", 1])
    wb.save(tmp_path / "mal.xlsx")
    out = tmp_path / "rader.xlsx"
    append_rows(tmp_path / "mal.xlsx", out, {"Rader": iter([[text, -1] for text in HOSTILE])})
    assert problems(out) == []
    assert [cell_text(t) for t in HOSTILE] == [
        t for t in text_values(out) if t not in ("tekst", "tall", "først")
    ]


def test_csv_rows_are_neutral_and_numbers_stay_numbers(tmp_path: Path) -> None:
    path = tmp_path / "rader.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = NeutralCsv(fh, lambda v: "" if v is None else str(v), delimiter=";")
        writer.writerow(HOSTILE)
        writer.writerow([-1, -1.5, None, "x"])
    assert csv_problems(path) == []
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[-1] == "-1;-1.5;;x"


@pytest.mark.parametrize("text", HOSTILE)
def test_the_neutralisation_is_the_one_in_neutralise(text: str) -> None:
    out = io.StringIO()
    NeutralCsv(out, str, delimiter=";").writerow([text])
    assert cell_text(text) in out.getvalue()
