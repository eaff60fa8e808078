"""The catalogue a logbook works in is the one its profile names: a therapist in a pilot on
catalogue version 1 saves and hands in version 1, which the pilot lead's aggregate takes; a new
logbook works in version 2 and its I14 (group guidance) reaches the aggregate."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from rehablogg.application.logbook import Logbook
from rehablogg.core.entry import EntryDraft
from rehablogg.core.pilot import load_pilot
from rehablogg.storage.database import open_database
from rehablogg.storage.paths import DataPaths
from tests.calendar_files import typical_week
from tests.cli_runner import run_cli
from tests.exchange.helpers import sheet_rows

ROSTER = (
    "therapist;municipality;unit;profession;first_month;last_month\n"
    "T-07;4601;Barn og unge;fysioterapeut;2026-01;2026-12\n"
)


def _ok(*args: str, data: Path | None = None) -> str:
    done = run_cli(*args, data_dir=data, block_qt=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _new_pilot(tmp_path: Path, *extra: str) -> Path:
    roster = tmp_path / "liste.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    path = tmp_path / "pilot.toml"
    _ok(
        "pilot", "new", "--out", str(path), "--id", "vest-2026", "--name", "Pilot Vest",
        "--roster", str(roster), *extra,
    )  # fmt: skip
    return path


def _stored_versions(data: Path) -> set[int]:
    with sqlite3.connect(data / "rehablogg.sqlite3") as conn:
        return {row[0] for row in conn.execute("SELECT catalogue_version FROM entry")}


def _hand_in_and_aggregate(tmp_path: Path, data: Path, pilot: Path) -> Path:
    inbox = tmp_path / "inn"
    inbox.mkdir()
    _ok("export", "--period", "2026-01", "--submit", "--out", str(inbox), data=data)
    (file,) = inbox.glob("*.xlsx")
    _ok("verify", str(file))
    summary = tmp_path / "sammendrag.xlsx"
    out = _ok("aggregate", str(inbox), str(pilot), "--out", str(summary))
    assert out.startswith("1 filer: 1 godtatt,") and " 0 avvist;" in out, out
    assert summary.exists()
    return file


def test_a_version_1_pilot_saves_hands_in_and_aggregates_version_1(tmp_path: Path) -> None:
    pilot = _new_pilot(tmp_path, "--catalogue-version", "1")
    assert load_pilot(pilot).catalogue_version == 1
    data = tmp_path / "data"
    joined = _ok("pilot", "join", str(pilot), "--therapist", "T-07", data=data)
    assert "  kodeverkversjon: 2 → 1" in joined.splitlines()
    assert "rehablogg-standard 1" in _ok("profile", "show", data=data)
    ics = typical_week(tmp_path / "uke.ics")
    _ok("import-calendar", str(ics), "--from", "2026-01-12", "--to", "2026-01-18", "--save",
        data=data)  # fmt: skip
    assert _stored_versions(data) == {1}
    file = _hand_in_and_aggregate(tmp_path, data, pilot)
    meta = {row[0]: row[1] for row in sheet_rows(file, "Metadata")[1:]}
    assert (meta["katalog_id"], meta["katalog_versjon"]) == ("rehablogg-standard", 1)
    codes = [row[0] for row in sheet_rows(file, "Koder")[1:]]
    assert "I14" not in codes


def test_a_new_logbook_hands_in_group_guidance_of_version_2(tmp_path: Path) -> None:
    pilot = _new_pilot(tmp_path)
    data = tmp_path / "data"
    _ok("pilot", "join", str(pilot), "--therapist", "T-07", data=data)
    logbook = Logbook(open_database(DataPaths(data)))
    try:
        assert logbook.catalogue.version == 2
        draft = EntryDraft(
            date=date(2026, 1, 14), minutes=90, code="I14", client_ids=(), group_size=6
        )
        logbook.entries.save(draft, logbook.catalogue)
    finally:
        logbook.close()
    assert _stored_versions(data) == {2}
    file = _hand_in_and_aggregate(tmp_path, data, pilot)
    header, *rows = sheet_rows(file, "Registreringer")
    assert [row[header.index("kode")] for row in rows] == ["I14"]


def test_pilot_new_refuses_a_catalogue_version_never_shipped(tmp_path: Path) -> None:
    roster = tmp_path / "liste.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    done = run_cli(
        "pilot", "new", "--out", str(tmp_path / "p.toml"), "--id", "vest-2026", "--name", "V",
        "--roster", str(roster), "--catalogue-version", "3", block_qt=True,
    )  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "versjon 3" in lines[0], done.stderr
    assert not (tmp_path / "p.toml").exists()
