"""`rehablogg import-calendar` as a user runs it: proposals, saving, never twice, no leaks."""

from __future__ import annotations

import os
from pathlib import Path

from tests.calendar_files import typical_week
from tests.cli_runner import run_cli


def _database_bytes(data: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data.glob("rehablogg.sqlite3*"))


def test_proposals_are_listed_and_nothing_is_saved_without_save(tmp_path: Path) -> None:
    ics = typical_week(tmp_path / "uke.ics")
    done = run_cli(
        "import-calendar",
        str(ics),
        "--from",
        "2026-01-12",
        "--to",
        "2026-01-18",
        data_dir=tmp_path / "data",
        block_qt=True,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("12.01.2026 09:00   60 min  I04  Ansvarsgruppemøte")
    assert "(kode fra «Ansvarsgruppemøte»)" in lines[0]
    assert any("Lunsj (ingen kode gjettet)" in line for line in lines)
    assert lines[-1].startswith("5 avtaler: 0 lagret, 0 importert før, 5 å gå gjennom")
    assert "1 heldagsavtaler hoppet over" in lines[-1] and "1 avlyste" in lines[-1]


def test_save_keeps_what_needs_nothing_more_and_never_imports_twice(tmp_path: Path) -> None:
    ics = typical_week(tmp_path / "uke.ics")
    data = tmp_path / "data"
    args = ("import-calendar", str(ics), "--from", "2026-01-12", "--to", "2026-01-18", "--save")
    first = run_cli(*args, data_dir=data, block_qt=True)
    assert first.returncode == 0, first.stderr
    # Only the course day (A02) needs no client; I04, I08 and I02 wait for one in the window.
    assert "Fagdag barnefysioterapi (kode fra «Fagdag»)  [lagret]" in first.stdout
    assert first.stdout.splitlines()[-1].startswith("5 avtaler: 1 lagret, 0 importert før")
    again = run_cli(*args, data_dir=data, block_qt=True)
    assert again.stdout.splitlines()[-1].startswith("5 avtaler: 0 lagret, 1 importert før")
    export = run_cli(
        "export",
        "--from",
        "2026-01-12",
        "--to",
        "2026-01-18",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "uke.csv"),
        data_dir=data,
        block_qt=True,
    )
    assert export.returncode == 0, export.stderr
    rows = (tmp_path / "uke.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and ";A02;" in rows[1] and ";450;" in rows[1]


def test_attendees_description_and_uid_never_reach_the_database(tmp_path: Path) -> None:
    ics = typical_week(tmp_path / "uke.ics")
    data = tmp_path / "data"
    done = run_cli(
        "import-calendar",
        str(ics),
        "--from",
        "2026-01-12",
        "--to",
        "2026-01-18",
        "--save",
        data_dir=data,
        block_qt=True,
    )
    assert done.returncode == 0, done.stderr
    stored = _database_bytes(data)
    for secret in (
        b"Kari",
        b"kari@example.com",
        b"01012012345",
        b"Testveien",
        b"ag-1@kommune",
        b"Ansvarsgruppem",
    ):
        assert secret not in stored


def test_a_bad_file_gets_one_sentence_and_exit_1(tmp_path: Path) -> None:
    fifo = tmp_path / "kø.ics"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path / "finnes-ikke.ics"):
        done = run_cli(
            "import-calendar",
            str(path),
            "--from",
            "2026-01-12",
            "--to",
            "2026-01-18",
            data_dir=tmp_path / "data",
            block_qt=True,
            timeout=60,
        )
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("rehablogg: ")
        assert "Traceback" not in done.stderr
