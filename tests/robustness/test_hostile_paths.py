"""Ordinary folder and file names that are special in a URI ('#', '?', '%xx').

Several places open SQLite through a ``file:{path}?mode=ro`` URI built by string formatting
(database.read_schema_version, backups.verify_backup, integrity.check_database,
backup.backup_database, restore_backup) and the engine through ``sqlite:///{path}``. A '#' starts
a URI fragment, a '?' a query and '%41' is decoded, so such names open a different file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.storage.backups import take_backup, verify_backup
from rehablogg.storage.database import open_database
from rehablogg.storage.entries import add_entry, get_entry
from rehablogg.storage.paths import resolve_data_dir


def _save_reopen_find(root: Path) -> None:
    paths = resolve_data_dir(root)
    db = open_database(paths)
    entry_id = add_entry(
        db.engine, EntryDraft(date(2026, 3, 2), 30, "A03"), "rehablogg-standard", 1
    )
    db.close()
    db = open_database(paths)  # the second start
    try:
        assert get_entry(db.engine, entry_id) is not None
    finally:
        db.close()
    strays = sorted(p.name for p in root.parent.iterdir() if p != root)
    assert strays == [], f"files created beside the data folder: {strays}"


def test_a_data_folder_with_spaces_and_norwegian_letters(tmp_path: Path) -> None:
    _save_reopen_find(tmp_path / "parent" / "Jobb æøå 2")


def test_a_data_folder_with_a_hash_sign(tmp_path: Path) -> None:
    _save_reopen_find(tmp_path / "parent" / "Kontor #2")


def test_a_data_folder_with_a_question_mark(tmp_path: Path) -> None:
    _save_reopen_find(tmp_path / "parent" / "Hva?")


@pytest.mark.parametrize(
    "name",
    [
        "kopi æøå 2.sqlite3",
        pytest.param("kopi #2.sqlite3"),
        pytest.param("kopi?.sqlite3"),
        pytest.param("kopi%41.sqlite3"),
    ],
)
def test_a_backup_file_name_with_special_characters(name: str, tmp_path: Path) -> None:
    paths = resolve_data_dir(tmp_path / "data")
    db = open_database(paths)
    add_entry(db.engine, EntryDraft(date(2026, 3, 2), 30, "A03"), "rehablogg-standard", 1)
    db.close()
    folder = tmp_path / "minnepinne"
    folder.mkdir()
    backup = take_backup(paths, "manuell", out=tmp_path / "good.sqlite3")
    target = folder / name
    backup.rename(target)
    assert verify_backup(target) == 1
    assert sorted(p.name for p in folder.iterdir()) == [name], "verify created files"
