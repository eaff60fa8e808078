"""The settings book: the profile, absence days, the joined pilot and the language, and every
write refused once the database file is gone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from rehablogg.application.errors import WriteFailedError
from rehablogg.application.logbook import Logbook
from rehablogg.application.settings_book import SettingsBook
from rehablogg.core.identity import IdKind
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry
from rehablogg.storage.database import Database
from rehablogg.storage.errors import DatabaseGoneError
from rehablogg.storage.free_text import IdentityNumberError
from tests.identity_factory import example

ENTRY = RosterEntry(
    "T-07", "4601", "Barn og unge", "fysioterapeut", Month(2026, 1), Month(2026, 12)
)
PILOT = Pilot(
    id="vest-2026",
    name="Pilot Vest",
    catalogue_id="rehablogg-standard",
    catalogue_version=1,
    roster=(ENTRY,),
    linked_pseudonyms=False,
)


def _book(db: Database) -> SettingsBook:
    return Logbook(db).settings


def test_the_profile_is_needed_until_code_and_municipality_are_there(db: Database) -> None:
    book = _book(db)
    assert book.needs_profile()
    book.change_profile(therapist_code="FT01")
    assert book.needs_profile()
    stored = book.change_profile(municipality="0301", unit="Barn")
    assert (stored.therapist_code, stored.municipality, stored.unit) == ("FT01", "0301", "Barn")
    assert not book.needs_profile()
    assert book.profile() == stored


def test_a_unit_with_an_identity_number_is_refused(db: Database) -> None:
    book = _book(db)
    with pytest.raises(IdentityNumberError):
        book.change_profile(unit=f"Enhet {example(IdKind.FODSELSNUMMER, date(2019, 5, 17))}")
    assert book.profile().unit == ""


def test_absences_become_exactly_what_is_wanted(db: Database) -> None:
    book = _book(db)
    book.set_absences({date(2026, 7, 6): "ferie", date(2026, 7, 7): "ferie"})
    book.set_absences({date(2026, 7, 7): "sykdom", date(2026, 7, 8): "kurs"})
    assert book.absences() == {date(2026, 7, 7): "sykdom", date(2026, 7, 8): "kurs"}
    calendar = book.work_calendar()
    assert calendar.day_kind(date(2026, 7, 7)) == "fravaer"
    assert calendar.day_kind(date(2026, 7, 6)) != "fravaer"


def test_joining_a_pilot_says_what_changed(db: Database) -> None:
    book = _book(db)
    assert book.joined_pilot() is None
    changes = book.join_pilot(PILOT, ENTRY)
    assert [c.line() for c in changes][:2] == ["pilot: (tom) → vest-2026", "terapeut: (tom) → T-07"]
    joined = book.joined_pilot()
    assert joined is not None and joined["name"] == "Pilot Vest"
    assert book.profile().municipality == "4601"
    assert book.join_pilot(PILOT, ENTRY) == []


def test_the_language_is_kept_and_checked(db: Database) -> None:
    book = _book(db)
    assert book.language() is None
    book.set_language("nn")
    assert book.language() == "nn"
    with pytest.raises(ValueError):
        book.set_language("sv")
    assert book.language() == "nn"


WRITES: dict[str, Callable[[SettingsBook], object]] = {
    "change_profile": lambda book: book.change_profile(unit="Voksne"),
    "set_absences": lambda book: book.set_absences({date(2026, 7, 6): "ferie"}),
    "join_pilot": lambda book: book.join_pilot(PILOT, ENTRY),
    "set_language": lambda book: book.set_language("en"),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_every_write_is_refused_once_the_file_is_gone(db: Database, write: str) -> None:
    book = _book(db)
    db.close()
    db.path.unlink()
    for companion in db.path.parent.glob(db.path.name + "-*"):
        companion.unlink()
    with pytest.raises(DatabaseGoneError, match="finnes ikke lenger"):
        WRITES[write](book)
    assert not db.path.exists()


def test_a_write_the_disk_refuses_is_one_sentence(db: Database) -> None:
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def cap(dbapi_conn: Any, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    book = _book(db)
    with pytest.raises(WriteFailedError, match="Disken er full"):
        book.change_profile(unit="x" * 20000)  # needs new pages: the disk is "full"
    event.remove(db.engine, "connect", cap)
    db.engine.dispose()
    assert book.profile().unit == ""
