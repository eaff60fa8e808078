"""Changes a spreadsheet user may make to an export, each of which verify must refuse, and what
a later 1.x writer may add (which verify must accept once the file is hashed again)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from tests.exchange.helpers import doc_reference, get_metadata, set_metadata

Change = Callable[[Workbook], None]


def _row_of_week_start(wb: Workbook) -> int:
    """A Registreringer row dated early in March (a week later is still March)."""
    ws = wb["Registreringer"]
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 2).value <= datetime(2025, 3, 10):
            return row
    raise AssertionError("no early-March entry")


def _change_minute(wb: Workbook) -> None:
    cell = wb["Registreringer"]["H5"]
    cell.value = cell.value + 5


def _change_date(wb: Workbook) -> None:
    row = _row_of_week_start(wb)
    cell = wb["Registreringer"].cell(row, 2)
    cell.value = cell.value + timedelta(days=7)


def _delete_row(wb: Workbook) -> None:
    wb["Registreringer"].delete_rows(5)


def _swap_code(wb: Workbook) -> None:
    cell = wb["Registreringer"]["E5"]
    cell.value = "I01" if cell.value != "I01" else "D02"


def edit_metadata(wb: Workbook) -> None:
    set_metadata(wb, "enhet", "Voksenteamet")


def _remove_sheet(wb: Workbook) -> None:
    del wb["Deltakere"]


def _rename_column(wb: Workbook) -> None:
    wb["Registreringer"]["H1"] = "minuter"


def format_2(wb: Workbook) -> None:
    set_metadata(wb, "format_versjon", "2.0")


EDITS: dict[str, Change] = {
    "changed minute": _change_minute,
    "changed date": _change_date,
    "deleted row": _delete_row,
    "swapped code": _swap_code,
    "edited metadata field": edit_metadata,
    "missing sheet": _remove_sheet,
    "renamed column": _rename_column,
    "format 2.0": format_2,
}


def with_minor_version(wb: Workbook, version: str) -> None:
    """What a later 1.x writer may add: a sheet, a column, a Metadata field at the end."""
    wb.create_sheet("Tillegg").append(["noe", "nytt"])
    ws = wb["Registreringer"]
    column = ws.max_column + 1
    ws.cell(1, column).value = "ny_kolonne"
    for row in range(2, ws.max_row + 1):
        ws.cell(row, column).value = row
    meta = wb["Metadata"]
    meta.append(["nytt_felt", "verdi"])
    set_metadata(wb, "format_versjon", version)


def rehash(path: Path) -> Path:
    """Recompute ark_sjekksum (when the file has it), sjekksum and eksport_id with the
    documented method (as a 1.x writer would)."""
    reference = doc_reference()
    wb = load_workbook(path)
    if any(row[0].value == "ark_sjekksum" for row in wb["Metadata"].iter_rows()):
        set_metadata(wb, "ark_sjekksum", reference["sheets_checksum"](path))
        wb.save(path)
    checksum = reference["checksum"](path)
    wb = load_workbook(path)
    set_metadata(wb, "sjekksum", checksum)
    set_metadata(
        wb,
        "eksport_id",
        reference["export_id"](
            get_metadata(wb, "terapeut"),
            get_metadata(wb, "periode_fra"),
            get_metadata(wb, "periode_til"),
            checksum,
        ),
    )
    wb.save(path)
    return path
