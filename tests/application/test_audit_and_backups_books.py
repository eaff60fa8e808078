"""The audit book (a submitted month's changes and state) and the backups book (list, take,
restore), without the windows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from rehablogg.application.backups_book import BackupsBook
from rehablogg.application.logbook import Logbook
from rehablogg.core.entry import EntryDraft
from rehablogg.storage.database import Database, open_database
from rehablogg.storage.entries import add_entry, get_entry, update_entry
from rehablogg.storage.errors import DatabaseGoneError
from rehablogg.storage.paths import DataPaths
from rehablogg.storage.periods import mark_submitted
from rehablogg.storage.queries import count_entries

CAT = ("rehablogg-standard", 1)


def _add(db: Database, day: date = date(2026, 3, 2), minutes: int = 45) -> str:
    return add_entry(db.engine, EntryDraft(day, minutes, "A03"), *CAT)


def test_the_audit_book_gives_a_submitted_months_changes_and_state(db: Database) -> None:
    entry_id = _add(db)
    book = Logbook(db).audit
    assert (book.month("2026-03").state, book.month("2026-03").rows) == ("open", [])
    with db.engine.begin() as conn:
        mark_submitted(conn, "2026-03", "x", "2026-04-01")
    stored = get_entry(db.engine, entry_id)
    assert stored is not None
    update_entry(db.engine, entry_id, replace(stored.draft, minutes=60), reason="Rettet")
    march = book.month("2026-03")
    assert march.state == "changed"
    assert [
        (r.action, r.reason, r.before and r.before["minutes"], r.after and r.after["minutes"])
        for r in march.rows
    ] == [("update", "Rettet", 45, 60)]
    assert book.month("2026-04").rows == []


@pytest.fixture
def app_db(tmp_path: Path) -> Database:
    paths = DataPaths(tmp_path / "data")
    database = open_database(paths)
    yield database  # type: ignore[misc]
    database.close()


def test_a_backup_is_listed_with_its_entries_and_restored(app_db: Database) -> None:
    _add(app_db)
    book = Logbook(app_db).backups
    taken = book.take()
    assert [(b.path, n) for b, n in book.backups()] == [(taken, 1)]
    _add(app_db, date(2026, 3, 3))
    restored = book.restore(taken)
    assert count_entries(app_db.engine) == 1  # the engine reconnects to the restored file
    assert restored.backup is not None and book.entries_in(restored.backup) == 2
    assert [b.reason for b, _n in book.backups()] == ["gjenoppretting", "manuell"]


def test_no_backup_is_taken_of_a_database_that_is_gone(app_db: Database, tmp_path: Path) -> None:
    _add(app_db)
    book = Logbook(app_db).backups
    app_db.path.rename(tmp_path / "moved.sqlite3")
    with pytest.raises(DatabaseGoneError):
        book.take()
    assert book.backups() == []


def test_the_command_lines_book_restores_with_no_logbook_open(app_db: Database) -> None:
    _add(app_db)
    paths = DataPaths.of_database(app_db.path)
    taken = BackupsBook(paths).take(out=paths.root / "kopi.sqlite3")
    _add(app_db, date(2026, 3, 3))
    app_db.close()
    BackupsBook(paths).restore(taken)
    assert BackupsBook.entries_in(paths.database) == 1
