"""The catalogue a logbook works in (``Logbook.catalogue``) is the shipped one its profile
names: a logbook made before catalogue version 2 stays on version 1 until the therapist chooses
version 2 or joins a pilot on it; a new logbook starts on version 2. Entries keep the version
they were saved with unless a change gives them a code only a newer version has."""

from __future__ import annotations

from datetime import date

import pytest

from rehablogg.application.logbook import Logbook
from rehablogg.core.entry import EntryDraft
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, PilotError, RosterEntry, check_joinable
from rehablogg.storage.database import Database
from rehablogg.storage.entries import get_entry

ENTRY = RosterEntry(
    "T-07", "4601", "Barn og unge", "fysioterapeut", Month(2026, 1), Month(2026, 12)
)


def _pilot(version: int) -> Pilot:
    return Pilot(
        id="vest-2026",
        name="Pilot Vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=version,
        roster=(ENTRY,),
        linked_pseudonyms=False,
    )


def _draft(code: str, **more: object) -> EntryDraft:
    return EntryDraft(date=date(2026, 1, 14), minutes=45, code=code, **more)  # type: ignore[arg-type]


def test_a_new_logbook_works_in_version_2(db: Database) -> None:
    logbook = Logbook(db)
    assert logbook.catalogue.version == 2
    assert logbook.catalogue.code("I14") is not None


def test_a_logbook_on_version_1_saves_version_1_until_version_2_is_chosen(db: Database) -> None:
    logbook = Logbook(db)
    logbook.settings.change_profile(catalogue_version=1)
    assert logbook.catalogue.version == 1
    assert logbook.catalogue.code("I14") is None
    first = logbook.entries.save(_draft("I10"), logbook.catalogue)
    stored = get_entry(db.engine, first)
    assert stored is not None and stored.catalogue_version == 1
    logbook.settings.change_profile(catalogue_version=2)
    assert logbook.catalogue.version == 2
    second = logbook.entries.save(_draft("I14", group_size=5), logbook.catalogue)
    stored = get_entry(db.engine, second)
    assert stored is not None and stored.catalogue_version == 2


def test_joining_a_version_1_pilot_from_a_new_logbook_sets_version_1(db: Database) -> None:
    logbook = Logbook(db)
    pilot = _pilot(1)
    entry = check_joinable(pilot, "T-07", "rehablogg-standard", (1, 2))
    changes = logbook.settings.join_pilot(pilot, entry)
    assert ("kodeverkversjon", "2", "1") in [(c.name, c.old, c.new) for c in changes]
    assert logbook.catalogue.version == 1
    # … and a version 2 pilot afterwards moves it on.
    logbook.settings.join_pilot(
        _pilot(2), check_joinable(_pilot(2), "T-07", "rehablogg-standard", (1, 2))
    )
    assert logbook.catalogue.version == 2


def test_a_pilot_on_a_version_never_shipped_is_refused() -> None:
    with pytest.raises(PilotError, match="oppdater rehablogg"):
        check_joinable(_pilot(3), "T-07", "rehablogg-standard", (1, 2))


def test_a_changed_entry_keeps_its_version_unless_its_code_is_only_in_a_newer_one(
    db: Database,
) -> None:
    logbook = Logbook(db)
    logbook.settings.change_profile(catalogue_version=1)
    entry_id = logbook.entries.save(_draft("I10"), logbook.catalogue)
    logbook.settings.change_profile(catalogue_version=2)

    logbook.entries.change(entry_id, _draft("I04"))
    stored = get_entry(db.engine, entry_id)
    assert stored is not None and (stored.draft.code, stored.catalogue_version) == ("I04", 1)

    logbook.entries.change(entry_id, _draft("I14", group_size=4))
    stored = get_entry(db.engine, entry_id)
    assert stored is not None and (stored.draft.code, stored.catalogue_version) == ("I14", 2)

    logbook.entries.undo()
    stored = get_entry(db.engine, entry_id)
    assert stored is not None and (stored.draft.code, stored.catalogue_version) == ("I04", 1)
