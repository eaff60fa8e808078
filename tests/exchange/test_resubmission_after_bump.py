"""A month submitted under an older minor format version, exported again after a new minor
version added a column (docs/export-format.md, "Versions"): unchanged, it is that submission
again (the same file, the same export id, no ``_korr``), and the export dialog's preview says so;
a value in the new column is a change, and so a correction.

The newer version is made for real in a child process, as in ``test_new_column.py``: the child
adds a column to ``exchange/columns.py``'s tables before anything else of exchange is imported,
with a value that is empty for every entry or filled for one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rehablogg.exchange.submission import Kind
from rehablogg.exchange.verify import verify_file
from tests.exchange.helpers import ROOT, demo_db, export_month

_CHILD = r"""
import json, sys
from datetime import date
from pathlib import Path

import rehablogg.exchange.columns as c

mode = sys.argv[2]
if mode == "metadata":
    # A hashed Metadata field the new version adds (its value known for every export).
    c.METADATA_TABLE = (*c.METADATA_TABLE, c.Field(
        "avtalenummer", "Avtalenummer", "the pilot agreement's number",
        since=c.FORMAT_MINOR + 1))
    c.METADATA_FIELDS = tuple(f.name for f in c.METADATA_TABLE)
elif mode == "derived":
    # A derived column (computed from the date, so not hashed) the new version adds.
    c.ENTRY_ADDED = (*c.ENTRY_ADDED, c.Column(
        "ukedag", c.Kind.INTEGER, c.Derived(c.ENTRY_DATE, lambda row: None), 8, "Ukedag",
        "ISO weekday of dato", since=c.FORMAT_MINOR + 1))
else:
    c.ENTRY_ADDED = (*c.ENTRY_ADDED, c.Column(
        "ekstra_minutter", c.Kind.INTEGER, c.Whole(1, 1440, optional=True), 10,
        "Ekstra minutter", "minutes planned", since=c.FORMAT_MINOR + 1))
c.FORMAT_MINOR += 1
c.FORMAT_VERSION = f"{c.FORMAT_MAJOR}.{c.FORMAT_MINOR}"

from rehablogg.application.exports_book import ExportsBook
from rehablogg.exchange import metadata, rows
from rehablogg.exchange.export import ExportRequest
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.database import open_database_file

folder, filled = Path(sys.argv[1]), mode == "filled"
first_id: list[str] = []

def value(entry, facts):
    # Filled: one entry of the month has a value in the new column.
    if filled and (not first_id or first_id[0] == entry.id):
        first_id[:1] = [entry.id]
        return 30
    return None

if mode == "metadata":
    metadata.METADATA_VALUES["avtalenummer"] = lambda m: "A-17"
elif mode == "derived":
    rows.ENTRY_VALUES["ukedag"] = lambda entry, facts: facts.day.isoweekday()
else:
    rows.ENTRY_VALUES["ekstra_minutter"] = value

db = open_database_file(folder / "db" / "rehablogg.sqlite3")
book = ExportsBook(db, today=lambda: date(2025, 4, 30))
out = folder / "again"
out.mkdir()
request = ExportRequest(date(2025, 3, 1), date(2025, 3, 31), out, whole_month=True, submit=True)
preview = book.plan(request)
result = book.export(request)
db.close()
print(json.dumps({
    "preview": preview.submission.kind.name,
    "preview_file": preview.file_name,
    "kind": result.kind.name,
    "file": result.path.name,
    "export_id": result.export_id,
    "replaces": result.replaces,
    "path": str(result.path),
    "verify": verify_file(result.path).sentence(),
}))
"""


def _resubmit_as_newer(folder: Path, mode: str) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder), mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    answer: dict[str, str] = json.loads(done.stdout)
    return answer


@pytest.fixture
def submitted(tmp_path: Path) -> tuple[Path, str, str]:
    """A database whose March was submitted by this version: its folder, file name, export id."""
    db = demo_db(tmp_path / "db", entries=60, clients=6)
    try:
        first = export_month(db, tmp_path / "first", submit=True)
    finally:
        db.close()
    assert first.kind is Kind.FIRST and first.export_id is not None
    return tmp_path, first.path.name, first.export_id


def test_an_unchanged_month_is_the_same_submission_after_a_new_column(
    submitted: tuple[Path, str, str],
) -> None:
    folder, name, export_id = submitted
    answer = _resubmit_as_newer(folder, "empty")
    assert (answer["preview"], answer["preview_file"]) == ("SAME", name)
    assert (answer["kind"], answer["file"], answer["export_id"]) == ("SAME", name, export_id)
    assert answer["verify"] == "gyldig"
    # It is the older version's file again, so this version reads it as before.
    assert verify_file(Path(answer["path"])).ok


def test_a_value_in_the_new_column_is_a_correction(submitted: tuple[Path, str, str]) -> None:
    folder, name, export_id = submitted
    answer = _resubmit_as_newer(folder, "filled")
    assert answer["preview"] == "CORRECTION"
    assert answer["kind"] == "CORRECTION"
    assert answer["file"] == name.replace(".xlsx", "_korr1.xlsx")
    assert answer["replaces"] == export_id
    assert answer["verify"] == "gyldig"


def test_a_value_in_a_new_metadata_field_is_a_correction(
    submitted: tuple[Path, str, str],
) -> None:
    """A hashed Metadata field the newer version adds holds something the older file cannot:
    compared as that older version the month would be SAME, and the pilot would never get it."""
    folder, name, export_id = submitted
    answer = _resubmit_as_newer(folder, "metadata")
    assert (answer["preview"], answer["kind"]) == ("CORRECTION", "CORRECTION")
    assert answer["file"] == name.replace(".xlsx", "_korr1.xlsx")
    assert answer["replaces"] == export_id
    assert answer["verify"] == "gyldig"


def test_a_new_derived_column_keeps_the_month_the_same_submission(
    submitted: tuple[Path, str, str],
) -> None:
    """A derived column is computed from columns the older file holds (and is not hashed): it
    tells nothing the submission did not, so it must not turn every month into a correction."""
    folder, name, export_id = submitted
    answer = _resubmit_as_newer(folder, "derived")
    assert (answer["preview"], answer["preview_file"]) == ("SAME", name)
    assert (answer["kind"], answer["file"], answer["export_id"]) == ("SAME", name, export_id)
    assert answer["verify"] == "gyldig"
