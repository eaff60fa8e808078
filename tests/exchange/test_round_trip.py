"""Data → export → read back with plain openpyxl (and csv) → everything matches the database."""

from __future__ import annotations

import csv
import sqlite3
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from rehablogg.core.agegroups import age_group
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.municipalities import municipalities
from rehablogg.core.periods import format_date
from rehablogg.exchange.columns import (
    CODE_COLUMNS,
    FORMAT_VERSION,
    METADATA_FIELDS,
    PARTICIPANT_COLUMNS,
    SHEETS,
    entry_columns,
)
from rehablogg.exchange.export import ExportResult
from rehablogg.exchange.neutralise import cell_text
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.database import Database
from rehablogg.storage.profile import get_profile
from rehablogg.storage.queries import category_totals
from tests.exchange.helpers import MARCH, doc_reference, sheet_rows


def _db_rows(db: Database, sql: str, *params: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db.path)
    try:
        return [tuple(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def _span() -> tuple[str, str]:
    return MARCH[0].isoformat(), MARCH[1].isoformat()


def _as_dicts(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    header = rows[0]
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def test_sheets_and_columns_are_exactly_format_1_0(
    march: ExportResult, catalogue: Catalogue
) -> None:
    wb = load_workbook(march.path, read_only=True)
    try:
        assert wb.sheetnames == list(SHEETS)
    finally:
        wb.close()
    assert sheet_rows(march.path, "Registreringer")[0] == entry_columns(catalogue.party_keys, True)
    assert sheet_rows(march.path, "Deltakere")[0] == PARTICIPANT_COLUMNS
    assert sheet_rows(march.path, "Koder")[0] == CODE_COLUMNS
    meta = sheet_rows(march.path, "Metadata")
    assert meta[0] == ("felt", "verdi")
    assert tuple(r[0] for r in meta[1:]) == METADATA_FIELDS


def test_every_entry_matches_the_database(
    march: ExportResult, demo: Database, catalogue: Catalogue
) -> None:
    entries = {
        r[0]: r
        for r in _db_rows(
            demo,
            "SELECT id, date, start_time, minutes, code, contact_mode, arena, group_size, "
            "travel_minutes, note FROM entry WHERE date BETWEEN ? AND ?",
            *_span(),
        )
    }
    clients: dict[str, int] = defaultdict(int)
    for (entry_id,) in _db_rows(demo, "SELECT entry_id FROM entry_client"):
        clients[entry_id] += 1
    parties: dict[str, set[str]] = defaultdict(set)
    for entry_id, party in _db_rows(demo, "SELECT entry_id, party FROM entry_party"):
        parties[entry_id].add(party)

    rows = _as_dicts(sheet_rows(march.path, "Registreringer"))
    assert len(rows) == len(entries) == march.entries > 100
    assert {r["registrering_id"] for r in rows} == set(entries)
    for row in rows:
        (entry_id, day, start, minutes, code, mode, arena, group_size, travel, note) = entries[
            row["registrering_id"]
        ]
        found = catalogue.code(code)
        assert found is not None
        assert row["dato"] == datetime.fromisoformat(day)
        assert row["uke"] == date.fromisoformat(day).isocalendar().week
        assert row["starttid"] == start
        assert row["kode"] == code
        assert row["kodenavn"] == found.label.nb
        assert row["kategori"] == found.category
        assert row["minutter"] == minutes and isinstance(row["minutter"], int)
        assert row["timer"] == pytest.approx(minutes / 60, abs=1e-12)
        assert row["reiseminutter"] == travel
        assert row["antall_brukere"] == clients[entry_id]
        assert row["gruppestorrelse"] == group_size
        assert (row["arena"], row["kontaktform"]) == (arena, mode)
        for key in catalogue.party_keys:
            assert row[f"part_{key}"] == (1 if key in parties[entry_id] else 0)
        assert row["notat"] == (cell_text(note) if note else None)


def test_every_client_row_matches_the_database(march: ExportResult, demo: Database) -> None:
    expected = sorted(
        _db_rows(
            demo,
            "SELECT ec.entry_id, c.pseudonym, c.birth_year, e.date, c.service, c.has_ip, "
            "c.has_coordinator, c.has_child_coordinator, c.therapist_is_coordinator, "
            "CASE c.home_municipality WHEN '' THEN p.municipality ELSE c.home_municipality END, "
            "c.arrangement "
            "FROM entry_client ec JOIN client c ON c.id = ec.client_id "
            "JOIN entry e ON e.id = ec.entry_id JOIN profile p WHERE e.date BETWEEN ? AND ?",
            *_span(),
        )
    )
    expected_rows = [
        (entry_id, pseudonym, birth_year, age_group(int(day[:4]), birth_year), service, *rest)
        for entry_id, pseudonym, birth_year, day, service, *rest in expected
    ]
    found = sheet_rows(march.path, "Deltakere")[1:]
    assert sorted(found) == expected_rows
    assert len(found) == march.participants


def test_totals_in_oversikt_match_the_database(
    march: ExportResult, demo: Database, catalogue: Catalogue
) -> None:
    totals = category_totals(demo.engine, catalogue, *MARCH)
    rows = {r[0]: r for r in sheet_rows(march.path, "Oversikt") if r and r[0]}
    assert rows["Direkte"][1] == totals.direct
    assert rows["Indirekte"][1] == totals.indirect
    assert rows["Annet"][1] == totals.other
    assert rows["Sum uten reise"][1] == totals.logged
    assert rows["Reise (i tillegg)"][1] == totals.travel
    assert rows["Direkte andel av registrert tid"][1] == pytest.approx(
        totals.direct / totals.logged
    )
    assert rows["Registreringer"][1] == march.entries
    per_code = _db_rows(
        demo,
        "SELECT code, count(*), sum(minutes) FROM entry WHERE date BETWEEN ? AND ? GROUP BY code",
        *_span(),
    )
    for code, count, minutes in per_code:
        assert rows[code][3:5] == (count, minutes)
    week_minutes = sum(
        r[2] + r[3] + r[4] for label, r in rows.items() if str(label).startswith("uke ")
    )
    assert week_minutes == totals.logged


def test_sheet_sums_match_and_durations_are_numbers(march: ExportResult) -> None:
    wb = load_workbook(march.path)  # normal mode: number formats are visible
    ws = wb["Registreringer"]
    assert ws["B2"].number_format == "dd.mm.yyyy"
    assert ws["I2"].number_format == "0.00"
    assert ws["H2"].data_type == "n" and ws["I2"].data_type == "n"
    minutes = sum(c.value for c in ws["H"][1:])
    hours = sum(c.value for c in ws["I"][1:])
    assert hours == pytest.approx(minutes / 60, abs=1e-9)
    assert ws.freeze_panes == "A2"


def test_metadata_describes_the_file(march: ExportResult, demo: Database) -> None:
    meta = dict(r[:2] for r in sheet_rows(march.path, "Metadata")[1:])
    profile = get_profile(demo.engine)
    assert meta["format"] == "rehablogg-export"
    assert meta["format_versjon"] == FORMAT_VERSION
    assert (meta["periode_fra"], meta["periode_til"]) == ("2025-03-01", "2025-03-31")
    assert meta["innlevering"] == "nei"
    assert meta["terapeut"] == "DEMO01"
    assert meta["kommunenr"] == "0301"
    assert meta["kommunenavn"] == municipalities()["0301"].name
    assert meta["stillingsprosent"] == profile.position_percent
    assert meta["pilot"] is None  # empty: the demo profile is in no pilot
    assert meta["antall_registreringer"] == march.entries
    assert meta["korrigerer"] is None
    assert meta["eksport_id"] == march.export_id
    assert meta["sjekksum"] == march.checksum
    datetime.fromisoformat(meta["opprettet"])


def test_checksum_recomputed_by_the_documented_method(march: ExportResult) -> None:
    reference = doc_reference()
    meta = dict(r[:2] for r in sheet_rows(march.path, "Metadata")[1:])
    assert reference["checksum"](march.path) == meta["sjekksum"]
    assert (
        reference["export_id"](
            meta["terapeut"], meta["periode_fra"], meta["periode_til"], meta["sjekksum"]
        )
        == meta["eksport_id"]
    )


def test_the_export_verifies(march: ExportResult) -> None:
    report = verify_file(march.path)
    assert report.ok, report.problems


def test_koder_lists_the_catalogue(march: ExportResult, catalogue: Catalogue) -> None:
    rows = _as_dicts(sheet_rows(march.path, "Koder"))
    assert [r["kode"] for r in rows] == [c.code for c in catalogue.codes]
    d02 = next(r for r in rows if r["kode"] == "D02")
    assert (d02["kategori"], d02["navn_nn"], d02["brukerkrav"], d02["gruppekode"]) == (
        "direkte",
        "Individuell behandling og trening",
        "ja",
        0,
    )
    assert "takst A2a–A2f" in d02["forankring"]


def test_csv_reads_with_the_csv_module(
    march_csv: ExportResult, march: ExportResult, catalogue: Catalogue
) -> None:
    raw = march_csv.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(march_csv.path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert tuple(rows[0]) == entry_columns(catalogue.party_keys, True)
    xlsx = sheet_rows(march.path, "Registreringer")[1:]
    assert len(rows) - 1 == len(xlsx) == march_csv.entries
    note = rows[0].index("notat")  # the columns a minor version added come after it
    for text, cells in zip(rows[1:], xlsx, strict=True):
        assert text[0] == cells[0]
        assert text[1] == format_date(cells[1].date())
        assert int(text[2]) == cells[2]
        assert int(text[7]) == cells[7]
        assert "," in text[8] and "." not in text[8]
        assert float(text[8].replace(",", ".")) == pytest.approx(int(text[7]) / 60, abs=1e-12)
        assert text[14:note] == [str(v) for v in cells[14:note]]
        assert text[note] == (cells[note] or "")
        assert text[note + 1 :] == ["" if v is None else str(v) for v in cells[note + 1 :]]


def test_csv_hours_add_up(tmp_path: Path) -> None:
    """3 × 20 minutes is one hour in the CSV too, not 0,99."""
    from rehablogg.core.catalogue import default_catalogue
    from rehablogg.exchange.rows import RowBuilder
    from rehablogg.exchange.writer_csv import write_csv
    from tests.exchange.helpers import export_entry

    entries = [
        export_entry(id=f"id{i}", date="2025-03-04", start_time=None, minutes=20, code="A03")
        for i in range(3)
    ]
    path = tmp_path / "x.csv"
    write_csv(path, entries, RowBuilder(default_catalogue(), include_notes=False))
    with open(path, encoding="utf-8-sig", newline="") as fh:
        hours = [float(r[8].replace(",", ".")) for r in list(csv.reader(fh, delimiter=";"))[1:]]
    assert sum(hours) == 1.0
    assert round(sum(round(h, 2) for h in hours), 2) == 0.99  # what rounding would have done


def test_an_empty_month_is_a_valid_file(tmp_path: Path) -> None:
    from tests.exchange.helpers import export_month, new_db

    db = new_db(tmp_path / "db")
    result = export_month(db, tmp_path / "out")
    db.close()
    assert (result.entries, result.participants) == (0, 0)
    assert verify_file(result.path).ok
    assert len(sheet_rows(result.path, "Registreringer")) == 1


def test_a_group_session_has_a_row_per_participant(tmp_path: Path) -> None:
    from datetime import time

    from rehablogg.core.entry import EntryDraft
    from rehablogg.storage.clients import add_client
    from rehablogg.storage.entries import add_entry
    from tests.exchange.helpers import CATALOGUE, export_month, new_db

    db = new_db(tmp_path / "db")
    ids = [
        add_client(db.engine, "A", birth_year=2019),
        add_client(db.engine, "B"),
        add_client(db.engine, "C", birth_year=1950, service="rehabilitering"),
    ]
    add_entry(
        db.engine,
        EntryDraft(
            date=date(2025, 3, 10),
            start_time=time(13),
            minutes=60,
            code="D03",
            client_ids=tuple(ids),
            group_size=5,
        ),
        *CATALOGUE,
    )
    result = export_month(db, tmp_path / "out")
    db.close()
    assert verify_file(result.path).ok
    entry = sheet_rows(result.path, "Registreringer")[1]
    assert (entry[10], entry[11]) == (3, 5)
    groups = {(r[2], r[3], r[4]) for r in sheet_rows(result.path, "Deltakere")[1:]}
    assert groups == {
        (2019, "6-12", "habilitering"),
        (None, "ukjent", "habilitering"),
        (1950, "67+", "rehabilitering"),
    }
