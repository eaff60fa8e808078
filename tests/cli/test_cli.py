"""The command line as a user meets it: a subprocess, its output and its exit code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rehablogg import __version__
from rehablogg.storage.migrations import LATEST_VERSION
from tests.cli_runner import run_cli


def _one_sentence(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("rehablogg: ")


@pytest.mark.parametrize("args", [("--version",), ("check",), ("codes",)])
def test_runs_without_qt(args: tuple[str, ...], data_dir: Path) -> None:
    result = run_cli(*args, data_dir=data_dir, block_qt=True)
    assert result.returncode == 0, result.stderr
    assert "PySide6" not in result.stderr


def test_version() -> None:
    result = run_cli("--version")
    assert result.stdout.strip() == f"rehablogg {__version__}"


def test_codes_lists_the_catalogue() -> None:
    result = run_cli("codes")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "rehablogg-standard versjon 2"
    assert len(lines) == 28  # the heading and version 2's 27 codes
    assert lines[-1].split("\t") == ["A05", "annet", "Samarbeid på systemnivå"]
    assert lines[1].split("\t") == ["D01", "direkte", "Undersøkelse og funksjonskartlegging"]


def test_codes_refuses_a_broken_catalogue(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("id = 'x'\nversion = 'one'\n", encoding="utf-8")
    result = run_cli("codes", "--catalogue", str(broken))
    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert "broken.toml" in result.stderr


def test_codes_with_a_missing_file(tmp_path: Path) -> None:
    result = run_cli("codes", "--catalogue", str(tmp_path / "nope.toml"))
    assert result.returncode == 1
    _one_sentence(result.stderr)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("frobnicate",), "ugyldig valg"),
        (("profile",), "mangler"),
        (("profile", "set"), "minst én verdi"),
        (("demo", "--entries", "many"), "ikke en gyldig verdi"),
        (("demo", "--end", "22.11.2026"), "ikke en gyldig verdi"),
        (("--bogus",), "ukjente argumenter"),
    ],
)
def test_wrong_use_exits_2_with_one_sentence(
    args: tuple[str, ...], fragment: str, data_dir: Path
) -> None:
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == 2, (result.stdout, result.stderr)
    _one_sentence(result.stderr)
    assert fragment in result.stderr


def test_profile_set_and_show(data_dir: Path) -> None:
    result = run_cli(
        "profile",
        "set",
        "--therapist",
        "T017",
        "--municipality",
        "0301",
        "--unit",
        "Habiliteringstjenesten",
        "--position",
        "80",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    shown = run_cli("profile", "show", data_dir=data_dir).stdout
    assert "terapeut: T017" in shown
    assert "kommunenr: 0301" in shown
    assert "kommunenavn: Oslo" in shown
    assert "stillingsprosent: 80" in shown


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--municipality", "9999"), "finnes ikke"),
        (("--municipality", "301"), "fire sifre"),
        (("--position", "120"), "mellom 1 og 100"),
        (("--therapist", "T 01/x"), "Terapeutkoden"),
        (("--profession", "lege"), "fysioterapeut eller ergoterapeut"),
    ],
)
def test_profile_refuses_invalid_values(
    args: tuple[str, ...], fragment: str, data_dir: Path
) -> None:
    result = run_cli("profile", "set", *args, data_dir=data_dir)
    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert fragment in result.stderr


def test_check_without_database_changes_nothing(data_dir: Path) -> None:
    result = run_cli("check", data_dir=data_dir)
    assert result.returncode == 0
    assert not (data_dir / "rehablogg.sqlite3").exists()


def test_check_refuses_a_newer_database(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "rehablogg.sqlite3")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    result = run_cli("check", data_dir=data_dir)
    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert "nyere rehablogg" in result.stderr


def test_check_reports_a_damaged_database(data_dir: Path) -> None:
    assert run_cli("profile", "set", "--unit", "X", data_dir=data_dir).returncode == 0
    db = data_dir / "rehablogg.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    raw = bytearray(db.read_bytes())
    page = 4096
    raw[page + 10 : page * 3] = b"\xff" * (page * 2 - 10)  # trample the b-tree pages
    db.write_bytes(bytes(raw))
    result = run_cli("check", data_dir=data_dir)
    assert result.returncode == 1
    assert "skadet" in result.stderr or "kan ikke leses" in result.stderr
    assert "Traceback" not in result.stderr


def test_data_dir_option_wins(tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "other"
    result = run_cli("--data-dir", str(other), "profile", "set", "--unit", "U", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert (other / "rehablogg.sqlite3").exists()
    assert not data_dir.exists()
