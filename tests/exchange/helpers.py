"""Shared building blocks for the export tests: small databases, exports, and editing a file
the way a spreadsheet user would (openpyxl in normal mode, which rewrites the whole file)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from rehablogg.core.catalogue import Catalogue, shipped_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, ExportResult, export
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.entries import add_entry
from rehablogg.storage.export_rows import ExportEntry
from rehablogg.storage.profile import update_profile
from rehablogg.storage.tables_compiled import EPISODE, EPISODE_PAUSE, NEEDS_ASSESSMENT

ROOT = Path(__file__).resolve().parents[2]
FORMAT_DOC = ROOT / "docs" / "export-format.md"
MARCH = (date(2025, 3, 1), date(2025, 3, 31))
DEMO_END = date(2025, 4, 30)
CATALOGUE = ("rehablogg-standard", 1)


def export_entry(**columns: Any) -> ExportEntry:
    """An export's entry made by hand, by column name: the bookkeeping columns no export writes
    (catalogue, created and updated) are filled in, so a new entry column costs no test edit."""
    bookkeeping: dict[str, Any] = {
        "catalogue_id": CATALOGUE[0],
        "catalogue_version": CATALOGUE[1],
        "created_at": "2025-03-01T08:00:00+01:00",
        "updated_at": "2025-03-01T08:00:00+01:00",
    }
    return ExportEntry(**{**bookkeeping, **columns})


def new_db(folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    return open_database_file(folder / "rehablogg.sqlite3")


def demo_db(folder: Path, entries: int = 1500, clients: int = 30, seed: int = 7) -> Database:
    db = new_db(folder)
    write_demo(
        db,
        DemoSpec(
            entries=entries,
            clients=clients,
            seed=seed,
            end=DEMO_END,
            therapist="DEMO01",
            municipality="0301",
            unit="Barne- og familietjenesten",
        ),
    )
    return db


def export_month(
    db: Database,
    out: Path,
    *,
    submit: bool = False,
    include_notes: bool = False,
    fmt: str = "xlsx",
    month: tuple[date, date] = MARCH,
    catalogue: Catalogue | None = None,
) -> ExportResult:
    out.mkdir(parents=True, exist_ok=True)
    return export(
        db.engine,
        ExportRequest(
            month[0],
            month[1],
            out,
            whole_month=True,
            fmt=fmt,
            submit=submit,
            include_notes=include_notes,
        ),
        catalogue=catalogue,
    )


def v1_catalogue() -> Catalogue:
    """The shipped catalogue version 1, for the files pinned as they were written before
    version 2 became the default (the worked example of docs/export-format.md)."""
    catalogue = shipped_catalogue(1)
    assert catalogue is not None
    return catalogue


def worked_example(folder: Path) -> Database:
    """The database behind docs/export-format.md's worked example."""
    db = new_db(folder)
    update_profile(
        db.engine,
        therapist_code="FYS01",
        municipality="4601",
        unit="Habilitering barn",
        position_percent=80,
        pilot_id="pilot-vest",
        kostra_function="241",
    )
    client = add_client(
        db.engine, "Ola", birth_year=2017, service="habilitering", has_ip=True, pseudonym="K-7Q2M9X"
    )
    add_entry(
        db.engine,
        EntryDraft(
            date=date(2025, 3, 4),
            start_time=time(8, 30),
            minutes=45,
            code="D02",
            client_ids=(client,),
            contact_mode="oppmote",
            arena="skole",
            parties=("foreldre", "skole_sfo"),
            travel_minutes=15,
        ),
        *CATALOGUE,
        entry_id="3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
    )
    add_entry(
        db.engine,
        EntryDraft(
            date=date(2025, 3, 6),
            minutes=20,
            code="I10",
            client_ids=(client,),
            contact_mode="telefon",
            parties=("ppt",),
        ),
        *CATALOGUE,
        entry_id="a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
    )
    add_pathway(db, client)
    return db


def add_pathway(db: Database, client: int) -> None:
    """The worked example's episode and needs assessment (docs/build_format_tables.py prints
    the same), written as the tables hold them."""
    stamp = "2025-02-10T09:00:00+01:00"
    episode = "5e1f0c2a9b8d4e7f8a6b3c2d1e0f9a8b"
    with db.engine.begin() as conn:
        conn.execute(
            EPISODE.insert().values(
                id=episode,
                client_id=client,
                referral_date="2025-02-10",
                referral_source="helsestasjon",
                start_date="2025-03-04",
                created_at=stamp,
                updated_at=stamp,
            )
        )
        conn.execute(
            EPISODE_PAUSE.insert().values(
                episode_id=episode,
                start_date="2025-03-17",
                end_date="2025-03-23",
                kind="spesialisthelsetjeneste",
            )
        )
        conn.execute(
            NEEDS_ASSESSMENT.insert().values(
                client_id=client,
                assessed_on="2025-02-20",
                barnehage_skole="mye",
                hjelpemidler="noe",
            )
        )


def doc_reference() -> dict[str, Any]:
    """Run the reference implementation printed in docs/export-format.md; its functions."""
    text = FORMAT_DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    assert len(blocks) == 1, "the format document should hold exactly one Python block"
    namespace: dict[str, Any] = {}
    exec(compile(blocks[0], str(FORMAT_DOC), "exec"), namespace)
    return namespace


def sheet_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    """Every row, padded to the widest row (read-only mode leaves trailing empty cells out)."""
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = [tuple(r) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()
    width = max((len(r) for r in rows), default=0)
    return [r + (None,) * (width - len(r)) for r in rows]


def all_cells(path: Path) -> list[tuple[str, Any]]:
    """``(sheet, value)`` for every non-empty cell of every sheet."""
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return [
            (ws.title, v)
            for ws in wb
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v is not None
        ]
    finally:
        wb.close()


def edited(source: Path, target: Path, change: Callable[[Workbook], None]) -> Path:
    """A copy of ``source`` changed by ``change`` and saved as a spreadsheet program would."""
    wb = load_workbook(source)
    change(wb)
    wb.save(target)
    return target


def copy_to(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def metadata_row(wb: Workbook, name: str) -> int:
    ws = wb["Metadata"]
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 1).value == name:
            return row
    raise KeyError(name)


def set_metadata(wb: Workbook, name: str, value: object) -> None:
    wb["Metadata"].cell(metadata_row(wb, name), 2).value = value


def get_metadata(wb: Workbook, name: str) -> object:
    return wb["Metadata"].cell(metadata_row(wb, name), 2).value
