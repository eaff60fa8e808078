"""Every released schema version has a committed database that must open with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from rehablogg.storage.database import open_database_file, read_schema_version
from rehablogg.storage.entries import get_entry
from rehablogg.storage.migrations import LATEST_VERSION
from rehablogg.storage.queries import count_entries

FIXTURES = Path(__file__).parent.parent / "fixtures" / "db"
RELEASED = sorted(FIXTURES.glob("schema_v*.sqlite3"))


def test_a_fixture_exists_for_every_schema_version() -> None:
    versions = {int(p.stem.removeprefix("schema_v")) for p in RELEASED}
    assert versions == set(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_fixture_opens_and_migrates_with_data_intact(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    raw = sqlite3.connect(fixture)
    expected_entries = raw.execute(
        "SELECT id, date, minutes, code FROM entry ORDER BY id"
    ).fetchall()
    expected_links = raw.execute("SELECT * FROM entry_client ORDER BY 1, 2").fetchall()
    expected_labels = raw.execute("SELECT label, pseudonym FROM client ORDER BY id").fetchall()
    raw.close()
    assert expected_entries, "a fixture must hold data to prove it survives"

    db = open_database_file(path)
    try:
        assert read_schema_version(path) == LATEST_VERSION
        assert count_entries(db.engine) == len(expected_entries)
        conn = sqlite3.connect(path)
        assert (
            conn.execute("SELECT id, date, minutes, code FROM entry ORDER BY id").fetchall()
            == expected_entries
        )
        assert conn.execute("SELECT * FROM entry_client ORDER BY 1, 2").fetchall() == expected_links
        assert (
            conn.execute("SELECT label, pseudonym FROM client ORDER BY id").fetchall()
            == expected_labels
        )
        conn.close()
        first = get_entry(db.engine, expected_entries[0][0])
        assert first is not None and first.draft.minutes == expected_entries[0][2]
    finally:
        db.close()
