"""The clients book: the register, a client's page, linked pseudonyms, and every write refused
once the database file is gone."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from datetime import date

import pytest

from rehablogg.application.clients_book import (
    ClientsBook,
    MonthFigures,
    PseudonymTakenError,
)
from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.identity import IdKind
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry
from rehablogg.core.pseudonym import linked_pseudonym, parse_pilot_key
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.erase import PENDING_KEY
from rehablogg.storage.errors import DatabaseGoneError
from rehablogg.storage.free_text import IdentityNumberError
from rehablogg.storage.pilot import join_pilot
from rehablogg.storage.settings import set_setting
from tests.identity_factory import example

CAT = default_catalogue()
KEY = "0f" * 32
ENTRY = RosterEntry(
    "T-07", "4601", "Barn og unge", "fysioterapeut", Month(2026, 1), Month(2026, 12)
)


def _book(db: Database) -> ClientsBook:
    return Logbook(db).clients


def _entry(
    db: Database, day: date, code: str, minutes: int, clients: tuple[int, ...], note: str = ""
) -> str:
    return add_entry(
        db.engine, EntryDraft(day, minutes, code, None, clients, note=note), CAT.id, CAT.version
    )


def test_the_register_lists_searches_and_counts(db: Database) -> None:
    book = _book(db)
    ada = book.add("Ada", birth_year=2015, has_ip=True)
    bo = book.add("Bo")
    _entry(db, date(2026, 1, 5), "D02", 45, (ada,))
    _entry(db, date(2026, 1, 6), "D02", 30, (ada, bo))
    rows = book.register()
    assert [(r.label, r.n, r.has_ip, r.birth_year) for r in rows] == [
        ("Ada", 2, True, 2015),
        ("Bo", 1, False, None),
    ]
    assert [r.label for r in book.register("bo")] == ["Bo"]
    book.set_active(bo, False)
    assert [r.label for r in book.register()] == ["Ada"]
    assert [r.label for r in book.register(include_closed=True)] == ["Ada", "Bo"]
    book.set_active(bo, True)
    assert [r.label for r in book.register()] == ["Ada", "Bo"]


def test_change_keeps_what_is_not_changed(db: Database) -> None:
    book = _book(db)
    ada = book.add("Ada", birth_year=2015, service="rehabilitering")
    book.change(ada, label="Ada L.", has_coordinator=True)
    client = book.get(ada)
    assert client is not None
    assert (client.label, client.birth_year, client.service, client.has_coordinator) == (
        "Ada L.",
        2015,
        "rehabilitering",
        True,
    )
    assert book.get(ada + 100) is None


def test_a_label_with_an_identity_number_is_refused(db: Database) -> None:
    number = example(IdKind.FODSELSNUMMER, datetime.date(2019, 5, 17))
    book = _book(db)
    with pytest.raises(IdentityNumberError):
        book.add(f"Ada {number}")
    assert book.register(include_closed=True) == []


def test_the_page_sums_months_by_category_newest_first(db: Database) -> None:
    book = _book(db)
    ada = book.add("Ada")
    _entry(db, date(2026, 1, 5), "D02", 45, (ada,), note="første")
    _entry(db, date(2026, 1, 6), "I04", 30, (ada,))
    _entry(db, date(2026, 2, 2), "D02", 60, (ada,))
    assert book.month_figures(ada, CAT) == [
        MonthFigures("2026-02", 60, 0, 0, 1),
        MonthFigures("2026-01", 45, 30, 0, 2),
    ]
    assert book.month_figures(ada, CAT)[1].total == 75
    entries = book.entries(ada)
    assert [(e.date, e.code, e.minutes, e.note) for e in entries] == [
        ("2026-02-02", "D02", 60, ""),
        ("2026-01-06", "I04", 30, ""),
        ("2026-01-05", "D02", 45, "første"),
    ]
    assert [e.date for e in book.entries(ada, limit=1, offset=1)] == ["2026-01-06"]


def test_erase_clears_the_name_and_the_notes(db: Database) -> None:
    book = _book(db)
    ada = book.add("Ada Lovelace")
    _entry(db, date(2026, 1, 5), "D02", 45, (ada,), note="Ada Lovelace hoppet")
    outcome = book.erase(ada, wait_seconds=0.2)
    assert outcome.entries == 1 and outcome.files_clean
    client = book.get(ada)
    assert client is not None and client.label is None and client.erased_at
    assert book.entries(ada)[0].note == ""
    assert book.finish_pending_erase(wait_seconds=0)


def test_the_pilot_key_only_when_pseudonyms_are_linked(db: Database) -> None:
    book = _book(db)
    assert book.pilot_key() is None
    pilot = Pilot(
        id="vest-2026",
        name="Pilot Vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=1,
        roster=(ENTRY,),
        linked_pseudonyms=False,
    )
    join_pilot(db.engine, pilot, ENTRY)
    assert book.pilot_key() is None
    linked = Pilot(
        id="vest-2026",
        name="Pilot Vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=1,
        roster=(ENTRY,),
        linked_pseudonyms=True,
        key=KEY,
    )
    join_pilot(db.engine, linked, ENTRY)
    key = book.pilot_key()
    assert key == parse_pilot_key(KEY)
    number = example(IdKind.FODSELSNUMMER, datetime.date(2019, 5, 17))
    pseudonym = book.linked_pseudonym(number, key)
    assert pseudonym == linked_pseudonym(number, key)
    first = book.add("Testbarn", pseudonym=pseudonym)
    with pytest.raises(PseudonymTakenError):
        book.add("Samme barn", pseudonym=pseudonym)
    assert [r.id for r in book.register()] == [first]
    with pytest.raises(ValueError):
        book.linked_pseudonym("12345678901", key)


WRITES: dict[str, Callable[[ClientsBook, int], object]] = {
    "add": lambda book, _c: book.add("Ny"),
    "change": lambda book, c: book.change(c, label="Nytt navn"),
    "set_active": lambda book, c: book.set_active(c, False),
    "erase": lambda book, c: book.erase(c, wait_seconds=0),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_every_write_is_refused_once_the_file_is_gone(db: Database, write: str) -> None:
    book = _book(db)
    ada = book.add("Ada")
    db.close()
    db.path.unlink()
    for companion in db.path.parent.glob(db.path.name + "-*"):
        companion.unlink()
    with pytest.raises(DatabaseGoneError, match="finnes ikke lenger"):
        WRITES[write](book, ada)
    assert not db.path.exists()  # nothing wrote a new, empty file in its place


def test_finishing_an_earlier_erase_is_refused_once_the_file_is_gone(db: Database) -> None:
    """As in use: the file removed while the app's connection is still open on it."""
    book = _book(db)
    set_setting(db.engine, PENDING_KEY, True)  # an erase a reader kept out of the WAL
    with db.engine.connect() as conn:  # the app's pooled connection, open on the file
        conn.exec_driver_sql("SELECT 1").fetchone()
    db.path.unlink()
    with pytest.raises(DatabaseGoneError, match="finnes ikke lenger"):
        book.finish_pending_erase(wait_seconds=0)
    assert not db.path.exists()
