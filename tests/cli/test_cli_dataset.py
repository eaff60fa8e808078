"""`rehablogg aggregate ... --dataset DIR` as a user runs it: a subprocess without Qt writes the
Parquet dataset and its codebook, a second run adds nothing, and a DIR that is a file is refused
with one sentence before anything is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from rehablogg.aggregate.codebook import CODEBOOK_JSON, CODEBOOK_MD
from rehablogg.aggregate.dataset_columns import ENTRIES
from rehablogg.core.periods import Month
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.columns import ENTRY_MINUTES
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.storage.database import open_database_file
from rehablogg.storage.profile import update_profile
from tests.cli_runner import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("dataset-cli")
    inbox = base / "innboks"
    inbox.mkdir()
    db = open_database_file(base / "rehablogg.sqlite3")
    try:
        write_demo(
            db,
            DemoSpec(
                entries=120,
                clients=6,
                seed=3,
                end=date(2025, 9, 30),
                therapist="FYS01",
                municipality="4601",
                unit="Barn",
            ),
        )
        update_profile(db.engine, pilot_id="pilot-d", position_percent=80)
        for month in ("2025-08", "2025-09"):
            m = Month.parse(month)
            export(
                db.engine,
                ExportRequest(m.first_day, m.last_day, inbox, whole_month=True, submit=True),
            )
    finally:
        db.close()
    return inbox


def test_writes_the_dataset_and_adds_nothing_twice(inbox: Path, tmp_path: Path) -> None:
    folder = inbox / "datasett"  # inside the inbox: its own files are not offered next time
    args = ("aggregate", str(inbox), "--out", str(tmp_path / "s.xlsx"), "--dataset", str(folder))
    first = run_cli(*args, "--strict", block_qt=True)
    assert first.returncode == 0, first.stderr
    assert "2 måneder skrevet, 0 uendret" in first.stdout
    assert (folder / CODEBOOK_MD).is_file() and (folder / CODEBOOK_JSON).is_file()
    pattern = str(folder / ENTRIES / "**" / "*.parquet")
    total = duckdb.sql(f"SELECT sum({ENTRY_MINUTES}) FROM '{pattern}'").fetchall()
    second = run_cli(*args, "--strict", block_qt=True)
    assert second.returncode == 0, second.stderr  # no parquet file offered and rejected
    assert "0 måneder skrevet, 2 uendret" in second.stdout
    assert duckdb.sql(f"SELECT sum({ENTRY_MINUTES}) FROM '{pattern}'").fetchall() == total


def test_a_file_as_dataset_is_refused_with_one_sentence(inbox: Path, tmp_path: Path) -> None:
    target = tmp_path / "datasett"
    target.write_text("ikke en mappe")
    out = tmp_path / "s.xlsx"
    r = run_cli("aggregate", str(inbox), "--out", str(out), "--dataset", str(target), block_qt=True)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    assert "er en fil, ikke en mappe" in lines[0]
    assert not out.exists()  # refused before the run
