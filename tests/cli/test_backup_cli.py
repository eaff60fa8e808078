"""`rehablogg backup` and `rehablogg restore` as a user runs them."""

from __future__ import annotations

from pathlib import Path

from rehablogg.storage.lock import DataDirLock
from tests.cli_runner import run_cli


def _entries(data_dir: Path) -> int:
    out = run_cli("check", data_dir=data_dir).stdout
    return int(out.split(":")[1].split()[0])


def test_backup_then_restore_round_trip(data_dir: Path, tmp_path: Path) -> None:
    assert (
        run_cli("demo", "--entries", "200", "--end", "2026-11-20", data_dir=data_dir).returncode
        == 0
    )
    copy = tmp_path / "kopi.sqlite3"
    made = run_cli("backup", "--out", str(copy), data_dir=data_dir, block_qt=True)
    assert made.returncode == 0, made.stderr
    assert "200 registreringer" in made.stdout and copy.exists()
    into = tmp_path / "ny-maskin"  # restoring on a fresh machine
    restored = run_cli("restore", str(copy), data_dir=into, block_qt=True)
    assert restored.returncode == 0, restored.stderr
    assert _entries(into) == 200
    again = run_cli("restore", str(copy), data_dir=into)
    assert again.returncode == 0 and "tatt vare på" in again.stdout


def test_backup_into_the_backup_folder(data_dir: Path) -> None:
    assert run_cli("profile", "set", "--unit", "X", data_dir=data_dir).returncode == 0
    result = run_cli("backup", data_dir=data_dir)
    assert result.returncode == 0
    assert list((data_dir / "backups").glob("rehablogg-*-manuell.sqlite3"))


def test_restore_refuses_junk_and_a_running_app(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("profile", "set", "--unit", "X", data_dir=data_dir).returncode == 0
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("ikke en database")
    result = run_cli("restore", str(junk), data_dir=data_dir)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    good = tmp_path / "good.sqlite3"
    assert run_cli("backup", "--out", str(good), data_dir=data_dir).returncode == 0
    with DataDirLock(data_dir / "rehablogg.lock"):
        busy = run_cli("restore", str(good), data_dir=data_dir)
    assert busy.returncode == 1 and "lukk appen" in busy.stderr
    missing = run_cli("restore", str(tmp_path / "nope.sqlite3"), data_dir=data_dir)
    assert missing.returncode == 1 and "Finner ikke" in missing.stderr


def test_backup_without_a_database_or_to_an_existing_file(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("backup", data_dir=data_dir).returncode == 1
    assert run_cli("profile", "set", "--unit", "X", data_dir=data_dir).returncode == 0
    taken = tmp_path / "taken.sqlite3"
    taken.write_text("x")
    result = run_cli("backup", "--out", str(taken), data_dir=data_dir)
    assert result.returncode == 1 and "finnes allerede" in result.stderr
    assert taken.read_text() == "x"


def test_restore_names_a_device_or_folder_for_what_it_is(data_dir: Path, tmp_path: Path) -> None:
    """`restore /dev/zero` said "Finner ikke filen", which sends the user looking for a file
    that is right there."""
    for target in ("/dev/zero", str(tmp_path)):
        done = run_cli("restore", target, data_dir=data_dir, block_qt=True)
        assert done.returncode == 1
        assert "ikke en vanlig fil" in done.stderr and done.stderr.count("\n") == 1
    missing = run_cli("restore", str(tmp_path / "borte.sqlite3"), data_dir=data_dir, block_qt=True)
    assert missing.returncode == 1 and "Finner ikke filen" in missing.stderr
