"""The bytes the writers produce for fixed rows, pinned: a refactoring of the format's
declaration or of the writers must not change one byte of an export or its CSV view.

The rows are made by hand (no database, no clock) so that nothing but the writers decides the
bytes. Every part of the xlsx package is pinned except ``docProps/core.xml``, which holds the
time the file was saved. When a change of the format is meant, the digests below change with a
new minor version (docs/export-format.md, "Versions"), never alone.
"""

from __future__ import annotations

import dataclasses
import hashlib
import zipfile
from datetime import date
from pathlib import Path

import pytest

from rehablogg.exchange.metadata import ExportMetadata
from rehablogg.exchange.rows import PathwayData, RowBuilder
from rehablogg.exchange.verify import verify_file
from rehablogg.exchange.writer_csv import write_csv
from rehablogg.exchange.writer_xlsx import write_xlsx
from rehablogg.storage.export_rows import (
    ExportChange,
    ExportClient,
    ExportEntry,
    ExportEpisode,
    ExportNeeds,
    ExportPause,
)
from tests.exchange.helpers import export_entry, v1_catalogue

_SAVED_AT = "docProps/core.xml"


def _entries() -> list[ExportEntry]:
    child = ExportClient("K-7Q2M9X", 2017, "habilitering", 1, 0, 1, 0)
    adult = ExportClient("K-ABCDEF", None, "rehabilitering", 0, 1, 0, 1)
    old = ExportClient("K-2345GH", 1940, "rehabilitering", 0, 0, 0, 0)
    return [
        export_entry(
            id="0a6f3c1e-0000-4000-8000-000000000001",
            date="2025-03-03",
            start_time="08:30",
            minutes=45,
            code="D02",
            contact_mode="oppmote",
            arena="skole",
            group_size=None,
            travel_minutes=20,
            note="=SUM(A1:A9)\tand a tab",
            parties=("foreldre", "skole_sfo"),
            clients=(child,),
        ),
        export_entry(
            id="0a6f3c1e-0000-4000-8000-000000000002",
            date="2025-03-03",
            start_time=None,
            minutes=20,
            code="I01",
            contact_mode=None,
            arena=None,
            group_size=None,
            travel_minutes=0,
            note="",
            parties=(),
            clients=(),
        ),
        export_entry(
            id="0a6f3c1e-0000-4000-8000-000000000003",
            date="2025-03-17",
            start_time="13:05",
            minutes=90,
            code="D02",
            contact_mode="video",
            arena="digitalt",
            group_size=5,
            travel_minutes=0,
            note="linje 1\nlinje 2",
            parties=("annet",),
            clients=(adult, child, old),
        ),
        export_entry(
            id="0a6f3c1e-0000-4000-8000-000000000004",
            date="2025-03-31",
            start_time="23:59",
            minutes=1,
            code="D02",
            contact_mode="telefon",
            arena="hjemme",
            group_size=None,
            travel_minutes=7,
            note="-1",
            parties=(),
            clients=(old,),
        ),
    ]


def _meta(entries: int, minor: int = 0) -> ExportMetadata:
    """The pinned file's Metadata, as format 1.``minor`` (the pins are of 1.0: the writers
    still write it, for a month submitted in 1.0 and exported again unchanged)."""
    return ExportMetadata(
        app_version="0.0.0-test",
        created="2025-04-01T09:12:44+02:00",
        start=date(2025, 3, 1),
        end=date(2025, 3, 31),
        submission=True,
        therapist="FYS01",
        profession="fysioterapeut",
        municipality="4601",
        municipality_name="Bergen",
        unit="@Habilitering barn",
        position_percent=80,
        pilot="pilot-vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=1,
        entry_count=entries,
        replaces="",
        minor=minor,
        kostra_function="253" if minor else "",
    )


def _members(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: hashlib.sha256(archive.read(name)).hexdigest()[:16]
            for name in archive.namelist()
            if name != _SAVED_AT
        }


# The parts that do not depend on the notes (the Oversikt sheet and its chart, Deltakere, Koder,
# the package's own parts).
_SAME = {
    "[Content_Types].xml": "49bc99ce0c0f2164",
    "_rels/.rels": "ec869ae44fc833c2",
    "docProps/app.xml": "209fca6b00afe72a",
    "xl/_rels/workbook.xml.rels": "a72c5ec32b3fe5c9",
    "xl/charts/chart1.xml": "13dae9cd3d8c2a95",
    "xl/drawings/_rels/drawing1.xml.rels": "699b0294ca206e11",
    "xl/drawings/drawing1.xml": "39bd991fc70a3316",
    "xl/styles.xml": "368cfe9c1dd48bd2",
    "xl/theme/theme1.xml": "d15e8ebf78ef7b97",
    "xl/workbook.xml": "dbff542105d7cb97",
    "xl/worksheets/_rels/sheet1.xml.rels": "3c061950c272a671",
    "xl/worksheets/sheet1.xml": "fac41c09e16fe1e9",
    "xl/worksheets/sheet3.xml": "35d9c89a68e8f04a",
    "xl/worksheets/sheet4.xml": "39389d105e66922c",
}
XLSX_WITH_NOTES = {
    **_SAME,
    "xl/worksheets/sheet2.xml": "7b39277a4b2cff6e",
    "xl/worksheets/sheet5.xml": "9d5f649e35bd3697",
}
XLSX_WITHOUT_NOTES = {
    **_SAME,
    "xl/worksheets/sheet2.xml": "8c03e5be8d2d481a",
    "xl/worksheets/sheet5.xml": "7925063cbaac0cbf",
}
CHECKSUMS = {
    True: "664619caf044a57f01c33f737c3d4f1f722ea5211ee0aeaaea4d80ab8bb4eee3",
    False: "a32b52b9261a1342255d3c8ce70a9ef104f8b64a61b7b53354ed7d349c1ad330",
}
CSV_WITH_NOTES = "9445f04ca0986917988327b3bfdc5c6d955f913b2462bf44b9caead543ad72d0"
CSV_WITHOUT_NOTES = "4a3a76a4b3818fdba2b0c077d038c3830954c5bfbf83fbeaf9788b5411e74fd1"


@pytest.mark.parametrize(
    ("notes", "expected"), [(True, XLSX_WITH_NOTES), (False, XLSX_WITHOUT_NOTES)]
)
def test_xlsx_bytes_are_pinned(tmp_path: Path, notes: bool, expected: dict[str, str]) -> None:
    catalogue = v1_catalogue()
    entries = _entries()
    path = tmp_path / "export.xlsx"
    written = write_xlsx(
        path, _meta(len(entries)), entries, catalogue, RowBuilder(catalogue, notes, 0)
    )
    assert (written.participants, written.checksum) == (5, CHECKSUMS[notes])
    assert _members(path) == expected


@pytest.mark.parametrize(
    ("notes", "expected"), [(True, CSV_WITH_NOTES), (False, CSV_WITHOUT_NOTES)]
)
def test_csv_bytes_are_pinned(tmp_path: Path, notes: bool, expected: str) -> None:
    catalogue = v1_catalogue()
    path = tmp_path / "export.csv"
    write_csv(path, _entries(), RowBuilder(catalogue, notes, 0))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == expected


def _pathway() -> PathwayData:
    """March 2025's care pathway for the pinned 1.1 file: an episode with a pause, one ended in
    the month, a needs assessment, and a correction's changes (a note is never told)."""
    episodes = (
        ExportEpisode(
            "5e1f0c2a9b8d4e7f8a6b3c2d1e0f9a8b", "K-7Q2M9X", "2025-02-10", "helsestasjon",
            "2025-03-03", None, None, "2025-03-03", "", "egen",
            (ExportPause("2025-03-10", "2025-03-12", "intensiv_trening"),),
        ),
        ExportEpisode(
            "9a8b7c6d5e4f30211203f4e5d6c7b8a9", "K-2345GH", "2025-01-20", "sykehus",
            "2025-01-27", "2025-04-28", "maal_naadd", "2025-03-17", "4602", "samarbeid",
            (ExportPause("2025-03-25", None, "utilgjengelig"),),
        ),
    )  # fmt: skip
    needs = (
        ExportNeeds("K-7Q2M9X", 2017, "", "2025-02-20", "mye", "ingen", "noe", "ingen", "ingen"),
    )
    changes = (
        ExportChange(
            "0a6f3c1e-0000-4000-8000-000000000002",
            {"minutes": 15, "parties": ["ppt"], "note": "før", "clients": []},
            {"minutes": 20, "parties": [], "note": "etter", "clients": []},
            ("=feil varighet",),
        ),
        ExportChange("0a6f3c1e-0000-4000-8000-000000000009", {"minutes": 5}, None, ("dobbel",)),
    )
    return PathwayData(episodes=episodes, needs=needs, changes=changes)


# 1.1 without notes: Oversikt, Registreringer, Koder and the package's own parts are 1.0's;
# Deltakere has two more columns, Metadata two more fields (kostra_funksjon and ark_sjekksum,
# the hash of sheets 6–10), and sheets 6–10 are new.
XLSX_1_1 = {
    **{name: digest for name, digest in _SAME.items() if "workbook" not in name},
    "[Content_Types].xml": "db159f9dbd8032d8",
    "xl/_rels/workbook.xml.rels": "af4d16fab2c91ebc",
    "xl/workbook.xml": "1c05b4f3ecfa5e06",
    "xl/worksheets/sheet2.xml": XLSX_WITHOUT_NOTES["xl/worksheets/sheet2.xml"],
    "xl/worksheets/sheet3.xml": "c1fea23c32a77ded",
    "xl/worksheets/sheet5.xml": "d19dcf7de9352389",
    "xl/worksheets/sheet6.xml": "3f22cec0136032ea",
    "xl/worksheets/sheet7.xml": "bfac23df8ba02948",
    "xl/worksheets/sheet8.xml": "2b50337d1dc758e9",
    "xl/worksheets/sheet9.xml": "b54e61cbb60b72e0",
    "xl/worksheets/sheet10.xml": "aec8e807f4db8fbf",
}
CHECKSUM_1_1 = "c7d0012d1dabaea770f107345c24791aea986fbee64aa1fa4a69e93a73c72cc0"


def test_xlsx_1_1_bytes_are_pinned(tmp_path: Path) -> None:
    """Format 1.1 as this version writes it, the care pathway's sheets included (the pins of
    1.0 above are what it writes for a month handed in as 1.0)."""
    catalogue = v1_catalogue()
    entries = _entries()
    path = tmp_path / "export.xlsx"
    builder = RowBuilder(catalogue, False, 1, municipality="4601")
    meta = dataclasses.replace(_meta(len(entries), 1), replaces="0123456789abcdef")  # a korr1
    written = write_xlsx(path, meta, entries, catalogue, builder, _pathway())
    assert written.checksum == CHECKSUM_1_1
    assert _members(path) == XLSX_1_1
    assert verify_file(path).ok
