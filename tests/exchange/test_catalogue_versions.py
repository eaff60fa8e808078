"""Catalogue versions in exports: entries keep the version they were made with, a month of
version-1 entries exports under version 2 (which holds every version-1 code unchanged) and
verifies, and a file stays pinned to the shipped catalogue of the version it names."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.exchange.columns import META_CATALOGUE_VERSION
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.profile import get_profile, update_profile
from tests.exchange.helpers import (
    edited,
    export_month,
    get_metadata,
    new_db,
    v1_catalogue,
    worked_example,
)


def _stored_versions(path: Path) -> set[int]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT catalogue_version FROM entry")}


def _sheet(path: Path, name: str) -> list[tuple[object, ...]]:
    wb = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in wb[name].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_a_new_logbook_uses_catalogue_version_2(tmp_path: Path) -> None:
    db = new_db(tmp_path / "db")
    profile = get_profile(db.engine)
    db.close()
    assert (profile.catalogue_id, profile.catalogue_version) == ("rehablogg-standard", 2)


def test_version_1_entries_export_under_version_2_and_verify(tmp_path: Path) -> None:
    """The worked example's entries were saved with catalogue version 1; the logbook's profile
    is on version 2, which the export writes with. Every version-1 code is in version 2 with
    the same name and category, so the file verifies against version 2."""
    db = worked_example(tmp_path / "db")
    assert get_profile(db.engine).catalogue_version == 2
    assert _stored_versions(db.path) == {1}
    result = export_month(db, tmp_path / "out", submit=True)
    db.close()
    report = verify_file(result.path)
    assert report.ok, report.problems
    assert get_metadata(load_workbook(result.path), META_CATALOGUE_VERSION) == 2
    codes = [row[0] for row in _sheet(result.path, "Koder")[1:]]
    assert codes == [c.code for c in default_catalogue().codes]
    header = _sheet(result.path, "Registreringer")[0]
    parties = [str(name) for name in header if str(name).startswith("part_")]
    assert parties == ["part_" + key for key in default_catalogue().party_keys]
    assert parties[-1] == "part_bufetat"
    # The entries are still there, under the same codes, and still stored as version 1.
    entries = _sheet(result.path, "Registreringer")[1:]
    assert sorted(row[header.index("kode")] for row in entries) == ["D02", "I10"]
    assert _stored_versions(tmp_path / "db" / "rehablogg.sqlite3") == {1}


def test_version_2_group_guidance_naming_several_clients_or_none_verifies(
    tmp_path: Path,
) -> None:
    """I14 (group guidance) is indirect and may name several clients, or none, with the
    participant count as the group size."""
    db = new_db(tmp_path / "db")
    update_profile(db.engine, therapist_code="FYS02", municipality="4601")
    catalogue = default_catalogue()
    first = add_client(db.engine, "Kari", birth_year=2019, pseudonym="K-AAAAAA")
    second = add_client(db.engine, "Per", birth_year=2020, pseudonym="K-BBBBBB")
    for clients in ((first, second), ()):
        add_entry(
            db.engine,
            EntryDraft(
                date=date(2025, 3, 5),
                minutes=90,
                code="I14",
                client_ids=clients,
                group_size=12,
                contact_mode="oppmote",
                arena="barnehage",
                parties=("barnehage", "familievern"),
            ),
            catalogue.id,
            catalogue.version,
        )
    result = export_month(db, tmp_path / "out", submit=True)
    db.close()
    report = verify_file(result.path)
    assert report.ok, report.problems
    participants = _sheet(result.path, "Deltakere")[1:]
    assert len(participants) == 2  # the two named clients of the first entry; none for the other


def _rename_d01(wb: Workbook) -> None:
    ws = wb["Koder"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "D01":
            row[2].value = "Første kartlegging"


def test_a_version_1_file_stays_pinned_to_version_1(tmp_path: Path) -> None:
    """A code's name in Koder is not hashed; what stops an edit of it is the check against the
    shipped catalogue of the version the file names, which must still be version 1's."""
    db = worked_example(tmp_path / "db")
    result = export_month(db, tmp_path / "out", submit=True, catalogue=v1_catalogue())
    db.close()
    assert verify_file(result.path).ok
    changed = edited(result.path, tmp_path / "changed.xlsx", _rename_d01)
    report = verify_file(changed)
    assert not report.ok
    assert any("kodeverket rehablogg-standard versjon 1" in p for p in report.problems), (
        report.problems
    )


def _group_guidance(db: Database) -> None:
    catalogue = default_catalogue()
    add_entry(
        db.engine,
        EntryDraft(date=date(2025, 3, 6), minutes=60, code="I14", group_size=8),
        catalogue.id,
        catalogue.version,
    )


def test_a_month_of_both_versions_exports_under_the_logbooks_version_and_verifies(
    tmp_path: Path,
) -> None:
    """The worked example's version-1 entries and a version-2 I14 in one month of a logbook
    on version 2: the file names version 2 (the export's catalogue is the logbook's when none
    is given) and verifies; every entry keeps its stored version."""
    db = worked_example(tmp_path / "db")
    _group_guidance(db)
    result = export_month(db, tmp_path / "out", submit=True)
    db.close()
    assert verify_file(result.path).ok
    assert get_metadata(load_workbook(result.path), META_CATALOGUE_VERSION) == 2
    header, *rows = _sheet(result.path, "Registreringer")
    assert sorted(row[header.index("kode")] for row in rows) == ["D02", "I10", "I14"]
    assert _stored_versions(tmp_path / "db" / "rehablogg.sqlite3") == {1, 2}


def test_a_logbook_on_version_1_exports_under_version_1(tmp_path: Path) -> None:
    """A logbook whose profile names version 1 (a pilot on version 1) hands in version 1."""
    db = worked_example(tmp_path / "db")
    update_profile(db.engine, catalogue_version=1)
    result = export_month(db, tmp_path / "out", submit=True)
    db.close()
    assert verify_file(result.path).ok
    assert get_metadata(load_workbook(result.path), META_CATALOGUE_VERSION) == 1
    codes = [row[0] for row in _sheet(result.path, "Koder")[1:]]
    assert codes == [c.code for c in v1_catalogue().codes]


def test_a_version_2_code_in_a_logbook_moved_to_version_1_is_one_sentence(
    tmp_path: Path,
) -> None:
    """A logbook that saved I14 and then joined a pilot on version 1: the month cannot be
    written under version 1; the export says which entry to re-code, and writes nothing."""
    db = worked_example(tmp_path / "db")
    _group_guidance(db)
    update_profile(db.engine, catalogue_version=1)
    with pytest.raises(ExportError) as caught:
        export_month(db, tmp_path / "out", submit=True)
    db.close()
    message = str(caught.value)
    assert "«I14»" in message and "06.03.2025" in message and "\n" not in message
    assert list((tmp_path / "out").iterdir()) == []
