"""EntriesBook: what the window and the command line do with entries, in plain Python."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import text

from rehablogg.application.entries_book import (
    NO_REASON,
    ChangeReason,
    EntriesBook,
    LockedPeriodError,
    StorageError,
    WriteFailedError,
)
from rehablogg.application.logbook import Logbook
from rehablogg.application.proposals import Proposal
from rehablogg.core.catalogue import Catalogue, shipped_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.journal_text import JournalSettings
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import Database
from rehablogg.storage.entries import delete_entry
from rehablogg.storage.errors import DatabaseGoneError
from rehablogg.storage.periods import mark_submitted

DAY = date(2026, 11, 18)
NOW = datetime(2026, 11, 18, 9, 0).astimezone()


def draft(minutes: int = 45, day: date = DAY, start: time | None = None) -> EntryDraft:
    return EntryDraft(day, minutes, "I02", start, ())


@pytest.fixture
def book(db: Database) -> EntriesBook:
    return Logbook(db, today=lambda: DAY, now=lambda: NOW).entries


def ids(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {str(r[0]) for r in conn.execute(text("SELECT id FROM entry"))}


def submit(db: Database, month: str) -> None:
    with db.engine.begin() as conn:
        mark_submitted(conn, month, "export-1", "2026-12-01T08:00:00")


def test_save_undo_redo_keeps_the_id(book: EntriesBook, db: Database, catalogue: Catalogue) -> None:
    entry_id = book.save(draft(), catalogue)
    assert book.history.undo_text == "Ny registrering"
    assert book.undo() == "Ny registrering"
    assert ids(db) == set()
    assert book.history.redo_text == "Ny registrering"
    assert book.redo() == "Ny registrering"
    assert ids(db) == {entry_id}
    assert book.undo() == "Ny registrering"
    assert book.undo() == ""  # nothing more to undo


def test_change_and_delete_undo_to_what_was_there(
    book: EntriesBook, db: Database, catalogue: Catalogue
) -> None:
    entry_id = book.save(draft(45), catalogue)
    before = book.change(entry_id, draft(60))
    assert before.draft.minutes == 45
    stored = book.get(entry_id)
    assert stored is not None and stored.draft.minutes == 60
    book.delete(entry_id)
    assert book.get(entry_id) is None
    assert book.undo() == "Slett registrering"
    assert book.undo() == "Endre registrering"
    back = book.get(entry_id)
    assert back is not None and back.draft.minutes == 45
    assert book.history.count == 3 and book.history.can_redo


def test_a_new_step_drops_the_undone_ones(book: EntriesBook, catalogue: Catalogue) -> None:
    book.save(draft(30), catalogue)
    book.undo()
    book.save(draft(15), catalogue)
    assert book.history.count == 1 and not book.history.can_redo


def test_a_failing_undo_is_dropped_and_told_in_one_sentence(
    book: EntriesBook, db: Database, catalogue: Catalogue
) -> None:
    entry_id = book.save(draft(), catalogue)
    delete_entry(db.engine, entry_id)  # gone behind the book's back (another window, a restore)
    with pytest.raises(WriteFailedError, match="kunne ikke lagres"):
        book.undo()
    assert book.history.count == 0 and not book.history.can_undo


def test_changing_an_entry_that_is_gone_is_refused(book: EntriesBook, catalogue: Catalogue) -> None:
    with pytest.raises(WriteFailedError, match="finnes ikke lenger"):
        book.change("no-such-id", draft())
    assert book.history.count == 0


def test_locked_month_needs_a_reason_which_undo_reuses(
    book: EntriesBook, db: Database, catalogue: Catalogue
) -> None:
    assert book.locked_month(DAY) is None
    entry_id = book.save(draft(), catalogue)
    submit(db, "2026-11")
    assert book.locked_month(date(2026, 12, 1), DAY) == DAY
    assert book.month_state(DAY) == "submitted"
    with pytest.raises(LockedPeriodError, match="oppgi en begrunnelse"):
        book.delete(entry_id)
    assert book.get(entry_id) is not None
    book.delete(entry_id, ChangeReason("Feil dag"))
    book.undo()  # the same reason goes with the undo into the audit log
    assert book.get(entry_id) is not None
    with db.engine.connect() as conn:
        reasons = [r[0] for r in conn.execute(text("SELECT reason FROM audit ORDER BY rowid"))]
    assert reasons == ["Feil dag", "Feil dag"]
    assert NO_REASON.text is None


WRITES: dict[str, Callable[[EntriesBook, str, Catalogue], object]] = {
    "save": lambda b, _i, c: b.save(draft(30), c),
    "change": lambda b, i, _c: b.change(i, draft(90)),
    "delete": lambda b, i, _c: b.delete(i),
    "undo": lambda b, _i, _c: b.undo(),
    "redo": lambda b, _i, _c: b.redo(),
    "start_timer": lambda b, _i, _c: b.start_timer("I02", None),
    "stop_timer": lambda b, _i, _c: b.stop_timer(),
    "clear_timer": lambda b, _i, _c: b.clear_timer(),
    "toggle_favourite": lambda b, _i, _c: b.toggle_favourite("I02"),
    "save_journal_settings": lambda b, _i, _c: b.save_journal_settings(JournalSettings()),
    "save_proposal": lambda b, _i, c: b.save_proposal(Proposal(draft(20), "I02"), c),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_every_write_is_refused_when_the_file_is_gone(
    write: str, book: EntriesBook, db: Database, catalogue: Catalogue, tmp_path: Path
) -> None:
    entry_id = book.save(draft(), catalogue)
    if write == "redo":
        book.save(draft(10), catalogue)
        book.undo()
    book.start_timer("D02", None)
    moved = tmp_path / "moved.sqlite3"
    db.path.rename(moved)  # the data folder was moved or unplugged
    try:
        with pytest.raises(DatabaseGoneError, match="finnes ikke lenger") as refused:
            WRITES[write](book, entry_id, catalogue)
        assert isinstance(refused.value, StorageError)
    finally:
        moved.rename(db.path)
    # Nothing lost, nothing half-done: the entry as it was, the timer still running, and the
    # refused write not in the history.
    stored = book.get(entry_id)
    assert ids(db) == {entry_id} and stored is not None and stored.draft.minutes == 45
    timer = book.timer()
    assert timer is not None and timer.running and timer.code == "D02"
    assert book.favourite_codes() == set()
    # The refused write is not in the history, and the step it refused is still there.
    assert book.history.count == (2 if write == "redo" else 1)
    assert book.history.undo_text == "Ny registrering"


def test_the_timer_starts_stops_and_clears_at_the_clock(db: Database, catalogue: Catalogue) -> None:
    clock = [NOW]
    book = EntriesBook(db, today=lambda: DAY, now=lambda: clock[0])
    assert book.timer() is None
    book.start_timer("I02", None, contact_mode="telefon")
    clock[0] = NOW.replace(hour=10)
    stopped = book.stop_timer()
    assert stopped is not None and stopped.started_at == NOW and stopped.stopped_at == clock[0]
    assert stopped.contact_mode == "telefon" and not stopped.running
    made = book.timer_entry(stopped, stopped.started_at, clock[0], catalogue)
    assert (made.date, made.start_time, made.minutes, made.code) == (DAY, time(9, 0), 60, "I02")
    assert made.contact_mode == "telefon" and made.arena is None
    book.clear_timer()
    assert book.timer() is None


def test_what_the_window_reads(book: EntriesBook, catalogue: Catalogue) -> None:
    first = book.save(draft(45, start=time(9, 0)), catalogue)
    last = book.save(draft(30, day=date(2026, 11, 19)), catalogue)
    stored = book.last_created()
    assert stored is not None and stored.id == last
    assert [(s.entry_id, s.start, s.minutes) for s in book.timed_spans(DAY)] == [
        (first, time(9, 0), 45)
    ]
    assert book.totals(catalogue, DAY, date(2026, 11, 19)).indirect == 75
    per_day = book.totals_per_day(catalogue, DAY, date(2026, 11, 19))
    assert per_day[DAY].totals.indirect == 45 and per_day[DAY].entries == 1
    assert [r.id for r in book.page(DAY, date(2026, 11, 19))] == [first, last]
    assert [r.minutes for r in book.page(DAY, date(2026, 11, 19), limit=1, offset=1)] == [30]
    assert book.count() == 2
    assert book.code_usage(90) == {"I02": 2}
    assert book.toggle_favourite("I02") and book.favourite_codes() == {"I02"}
    assert not book.toggle_favourite("I02")
    defaults = book.entry_defaults()
    assert defaults.contact_mode == "oppmote" and defaults.required_fields == ()
    assert book.day_end() == time(15, 30)


def test_undo_into_a_month_submitted_since_asks_for_a_reason_and_keeps_the_step(
    book: EntriesBook, db: Database, catalogue: Catalogue
) -> None:
    """A save made while the month was open, undone after the month was submitted: the undo
    is a change to a submitted month, so it needs a reason like any other. Without one it is
    refused and the step stays (it was dropped, so it could never be undone); with one it is
    undone and the reason goes into the audit log."""
    entry_id = book.save(draft(), catalogue)
    assert book.undo_needs_reason() == ()
    submit(db, "2026-11")
    assert book.undo_needs_reason() == (DAY,)
    with pytest.raises(LockedPeriodError):
        book.undo()
    assert book.get(entry_id) is not None and book.history.can_undo
    assert book.undo(ChangeReason("Lagret ved en feil")) == "Ny registrering"
    assert book.get(entry_id) is None
    assert book.redo_needs_reason() == (DAY,)
    book.redo(ChangeReason("Likevel riktig"))
    assert book.get(entry_id) is not None
    with db.engine.connect() as conn:
        reasons = [r[0] for r in conn.execute(text("SELECT reason FROM audit ORDER BY rowid"))]
    assert reasons == ["Lagret ved en feil", "Likevel riktig"]


def test_undoing_a_delete_brings_the_entry_back_exactly(book: EntriesBook, db: Database) -> None:
    """Clients in the order given, parties, note, start, travel, the catalogue and the id: all
    as they were, after undo of a delete and again after redo and undo. The entry was saved
    with catalogue version 1, not the default: it comes back with the version it had."""
    catalogue = shipped_catalogue(1)
    assert catalogue is not None
    first = add_client(db.engine, "Bjørn", birth_year=2015)
    second = add_client(db.engine, "Alva", birth_year=2010)
    parties = tuple(reversed(catalogue.party_keys[:2]))
    typed = EntryDraft(
        DAY, 45, "D01", time(9, 15), (second, first), parties=parties, travel_minutes=10,
        note="Husk skjema",
    )  # fmt: skip
    entry_id = book.save(typed, catalogue)
    before = book.get(entry_id)
    assert before is not None and before.draft == typed
    book.delete(entry_id)
    book.undo()
    back = book.get(entry_id)
    assert back is not None and back.draft == typed
    assert (back.catalogue_id, back.catalogue_version) == (before.catalogue_id, 1)
    book.redo()
    assert book.get(entry_id) is None
    book.undo()
    again = book.get(entry_id)
    assert again is not None and again.draft == typed
