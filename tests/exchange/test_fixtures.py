"""The committed submissions of each format version (tests/fixtures/exports/, made once by
make_exports.py beside them): this version verifies, reads and aggregates them as the version
that wrote them did."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from rehablogg.aggregate.run import Options, aggregate
from rehablogg.exchange.columns import ADDED_TABLES, PARTICIPANT_TABLE, of_version
from rehablogg.exchange.reader import read_export
from rehablogg.exchange.verify import verify_file
from tests.exchange.helpers import ROOT

FOLDER = ROOT / "tests" / "fixtures" / "exports"
V1_0 = FOLDER / "rehablogg_pilot-fiks_4601_FIX01_2025-03.xlsx"
V1_1 = FOLDER / "rehablogg_pilot-fiks_4601_FIX01_2025-04.xlsx"


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
@pytest.mark.parametrize("path", [V1_0, V1_1], ids=["1.0", "1.1"])
def test_each_version_verifies(path: Path, reader: str) -> None:
    report = verify_file(path, reader=reader)  # type: ignore[arg-type]
    assert report.ok, report.problems


def test_the_1_0_submission_reads_as_it_did() -> None:
    content = read_export(V1_0)
    assert content.metadata == {
        "format": "rehablogg-export",
        "format_versjon": "1.0",
        "app_versjon": "fixture-1.0",
        "eksport_id": "2223f860b2311477",
        "opprettet": "2025-04-02T09:00:00+02:00",
        "periode_fra": "2025-03-01",
        "periode_til": "2025-03-31",
        "innlevering": "ja",
        "terapeut": "FIX01",
        "profesjon": "ergoterapeut",
        "kommunenr": "4601",
        "kommunenavn": "Bergen",
        "enhet": "Habilitering barn",
        "stillingsprosent": 80,
        "pilot": "pilot-fiks",
        "katalog_id": "rehablogg-standard",
        "katalog_versjon": 1,
        "antall_registreringer": 4,
        "korrigerer": None,
        "sjekksum": "0910b8e47278fc79aa1abc8f21bf01fb386d6f6758a45be1794b36b4aa4dad79",
    }
    assert content.participant_columns == tuple(c.name for c in of_version(PARTICIPANT_TABLE, 0))
    assert len(content.entry_columns) == 14 + 16  # the fixed ones and the catalogue's parties
    assert content.entries[0][:9] == (
        "0f1c2e3d-0000-4000-8000-000003000001",
        datetime(2025, 3, 4),
        10,
        "08:30",
        "D02",
        "Individuell behandling og trening",
        "direkte",
        45,
        0.75,
    )
    assert content.participants[2] == (
        "0f1c2e3d-0000-4000-8000-000003000003",
        *("K-ABCDEF", 1980, "26-66", "rehabilitering", 0, 1, 0, 0),
    )
    # The sheets 1.1 added are there for a reader, empty, with their columns.
    assert {name: (t.columns, t.rows) for name, t in content.tables.items()} == {
        name: (tuple(c.name for c in columns), []) for name, columns in ADDED_TABLES.items()
    }


def test_the_1_1_submission_reads_its_pathway() -> None:
    content = read_export(V1_1)
    assert content.metadata["format_versjon"] == "1.1"
    assert content.metadata["kostra_funksjon"] == "241"
    assert [row[-2:] for row in content.participants] == [
        ("4601", "egen"),
        ("4601", "egen"),
        ("4602", "kjop"),
    ]
    episodes = content.tables["Forløp"].rows
    assert [(row[1], row[8], row[9], row[10], row[11]) for row in episodes] == [
        ("K-7Q2M9X", 1, 7, "4601", "egen"),
        ("K-ABCDEF", 0, 0, "4602", "kjop"),
    ]
    assert len(content.tables["Opphold"].rows) == 1
    assert len(content.tables["Behov"].rows) == 1
    assert len(content.tables["Forankring"].rows) == 27
    assert content.tables["Endringer"].rows == []


def test_aggregate_takes_both_versions(tmp_path: Path) -> None:
    result = aggregate(Options((V1_0, V1_1), tmp_path / "summary.xlsx", jobs=1), progress=None)
    assert [r.status.value for _, r in result.outcomes] == ["godtatt", "godtatt"]
