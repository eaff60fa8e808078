"""Restore only what rehablogg wrote.

Crafted backups carry something in their schema that rehablogg's migrations never make: a
trigger that deletes every other entry on the next save, a view, an extra index, a table whose
CHECK was dropped (both by editing ``sqlite_master`` and by rebuilding the table), a renamed
column, an added column, an extra table. ``rehablogg restore`` refuses each (exit 1, one
sentence naming the object, the data folder byte-identical) and ``rehablogg check`` reports the
same of a live database. A genuine backup of every committed fixture version still restores and
checks clean.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.storage.backup import backup_database
from rehablogg.storage.backups import take_backup
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import open_database
from rehablogg.storage.engine import read_only
from rehablogg.storage.entries import add_entry
from rehablogg.storage.migrations import LATEST_VERSION
from rehablogg.storage.paths import DataPaths, resolve_data_dir
from rehablogg.storage.schema_match import expected_schema, first_difference
from tests.cli_runner import run_cli
from tests.robustness.helpers import REPO_ROOT

pytestmark = pytest.mark.slow

CAT = ("rehablogg-standard", 1)
FIXTURES = sorted((REPO_ROOT / "tests" / "fixtures" / "db").glob("schema_v*.sqlite3"))

# (name, the object the sentence must name, statements run on a copy of a genuine backup)
CRAFTED: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "trigger-wiping-entries",
        "rydd",
        (
            "CREATE TRIGGER rydd AFTER INSERT ON entry BEGIN "
            "DELETE FROM entry WHERE id <> NEW.id; END",
        ),
    ),
    (
        "trigger-on-the-audit-trail",
        "skjul",
        ("CREATE TRIGGER skjul BEFORE INSERT ON audit BEGIN SELECT RAISE(IGNORE); END",),
    ),
    ("view", "alle_notater", ("CREATE VIEW alle_notater AS SELECT note FROM entry",)),
    ("extra-index", "ix_entry_note", ("CREATE INDEX ix_entry_note ON entry (note)",)),
    (
        "check-dropped-in-sqlite-master",
        "entry",
        (
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (minutes BETWEEN 1 AND 720)', '') "
            "WHERE name = 'entry'",
            "PRAGMA writable_schema = OFF",
        ),
    ),
    (
        "check-dropped-by-rebuilding-the-table",
        "entry",
        (
            "PRAGMA foreign_keys = OFF",
            "CREATE TABLE entry_new AS SELECT * FROM entry",
            "DROP TABLE entry",
            "ALTER TABLE entry_new RENAME TO entry",
            "CREATE INDEX ix_entry_date ON entry (date, code, minutes, travel_minutes)",
        ),
    ),
    ("renamed-column", "entry", ("ALTER TABLE entry RENAME COLUMN note TO notat",)),
    ("added-column", "client", ("ALTER TABLE client ADD COLUMN fodselsnummer TEXT",)),
    ("extra-table", "kopi", ("CREATE TABLE kopi (x)",)),
    ("index-dropped", "ix_audit_month", ("DROP INDEX ix_audit_month",)),
]


def _tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _data_folder(root: Path, entries: int = 3) -> DataPaths:
    paths = resolve_data_dir(root)
    db = open_database(paths)
    try:
        client = add_client(db.engine, "Skjema Test", birth_year=2015)
        for day in range(1, entries + 1):
            add_entry(
                db.engine,
                EntryDraft(
                    date(2026, 2, day), 30 + day, "D02", None, (client,), note=f"notat {day}"
                ),
                *CAT,
            )
    finally:
        db.close()
    return paths


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("genuine")
    paths = _data_folder(base / "data")
    return take_backup(paths, "manuell", out=base / "genuine.sqlite3")


def _craft(genuine: Path, target: Path, statements: tuple[str, ...]) -> Path:
    shutil.copyfile(genuine, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    return target


def _one_sentence(result: object, *words: str) -> str:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.returncode == 1, (result.returncode, stderr)  # type: ignore[attr-defined]
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    for word in words:
        assert word in stderr, stderr
    return str(stderr)


@pytest.mark.parametrize(("name", "named", "statements"), CRAFTED, ids=[c[0] for c in CRAFTED])
def test_restore_refuses_and_check_reports_a_foreign_schema(
    genuine: Path, tmp_path: Path, name: str, named: str, statements: tuple[str, ...]
) -> None:
    crafted = _craft(genuine, tmp_path / f"{name}.sqlite3", statements)
    conn = read_only(crafted)
    try:  # the premise: a file SQLite itself finds sound, of a version rehablogg knows
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    finally:
        conn.close()
    paths = _data_folder(tmp_path / "data", entries=2)
    before = _tree(paths.root)
    refused = run_cli("restore", str(crafted), data_dir=paths.root, block_qt=True)
    _one_sentence(refused, f"«{named}»", str(crafted))
    assert _tree(paths.root) == before

    live = tmp_path / "live"
    live.mkdir()
    shutil.copyfile(crafted, live / "rehablogg.sqlite3")
    checked = run_cli("check", data_dir=live, block_qt=True)
    _one_sentence(checked, f"«{named}»")
    assert "i orden" not in checked.stdout


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_genuine_backup_of_every_fixture_version_restores(fixture: Path, tmp_path: Path) -> None:
    source = tmp_path / fixture.name
    shutil.copyfile(fixture, source)
    backup = backup_database(source, tmp_path / "kopi.sqlite3")
    version = int(fixture.stem.removeprefix("schema_v"))
    conn = read_only(backup)
    try:
        assert first_difference(conn, version) is None
    finally:
        conn.close()
    for data in (tmp_path / "fresh", _data_folder(tmp_path / "in-use").root):
        restored = run_cli("restore", str(backup), data_dir=data, block_qt=True)
        assert restored.returncode == 0, restored.stderr
        checked = run_cli("check", data_dir=data, block_qt=True)
        assert checked.returncode == 0 and "i orden" in checked.stdout, checked.stderr


def test_the_expected_schema_is_what_opening_a_new_database_makes(tmp_path: Path) -> None:
    paths = _data_folder(tmp_path / "data")
    conn = read_only(paths.database)
    try:
        assert first_difference(conn, LATEST_VERSION) is None
        assert [o.name for o in expected_schema(LATEST_VERSION)][:2] == ["profile", "client"]
    finally:
        conn.close()


def test_a_hostile_name_stays_on_one_line(genuine: Path, tmp_path: Path) -> None:
    crafted = _craft(
        genuine,
        tmp_path / "newline.sqlite3",
        ('CREATE VIEW "to\nlinjer' + "x" * 200 + '" AS SELECT 1',),
    )
    result = run_cli("restore", str(crafted), data_dir=tmp_path / "data", block_qt=True)
    sentence = _one_sentence(result, "«to?linjer")
    assert len(sentence) < 400
