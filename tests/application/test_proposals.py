"""Proposals from a calendar file and from last week, saved only when confirmed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from rehablogg.application.calendar_import import propose_from_calendar
from rehablogg.application.proposals import problems, save_proposal, with_code
from rehablogg.application.week_copy import propose_week_copy
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.periods import IsoWeek
from rehablogg.storage.absence import set_absence
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry, get_entry
from rehablogg.storage.imported_events import AlreadyImportedError
from rehablogg.storage.profile import update_profile
from rehablogg.storage.queries import count_entries
from tests.calendar_files import typical_week

CAT = default_catalogue()
TODAY = date(2026, 2, 1)


def test_calendar_proposals_carry_the_guess_and_the_profiles_defaults(
    db: Database, tmp_path: Path
) -> None:
    update_profile(db.engine, default_arena="klinikk", default_contact_mode="oppmote")
    found = propose_from_calendar(
        db, typical_week(tmp_path / "uke.ics"), date(2026, 1, 12), date(2026, 1, 18), CAT
    )
    first = found.proposals[0]
    assert (first.draft.code, first.guessed_from, first.draft.start_time) == (
        "I04",
        "Ansvarsgruppemøte",
        time(9, 0),
    )
    assert (first.draft.arena, first.draft.contact_mode, first.draft.note) == (
        "klinikk",
        "oppmote",
        "",
    )
    # IP work (I08) is written work by the catalogue's default: no arena, whatever the profile.
    ip = found.proposals[1]
    assert (ip.draft.code, ip.draft.contact_mode, ip.draft.arena) == ("I08", "skriftlig", None)
    # I04 needs a client: the proposal cannot be saved until the therapist picks one.
    assert problems(first.draft, CAT, TODAY)
    child = add_client(db.engine, "Testbarn", birth_year=2019)
    chosen = replace(first.draft, client_ids=(child,))
    assert problems(chosen, CAT, TODAY) == []
    entry_id = save_proposal(db, first, CAT, chosen)
    stored = get_entry(db.engine, entry_id)
    assert stored is not None and stored.draft.client_ids == (child,)
    again = propose_from_calendar(
        db, typical_week(tmp_path / "uke.ics"), date(2026, 1, 12), date(2026, 1, 18), CAT
    )
    assert again.proposals[0].done_before and not found.proposals[0].done_before
    assert len(again.new) == len(found.new) - 1


def test_an_event_cannot_be_saved_twice_even_from_two_lists(db: Database, tmp_path: Path) -> None:
    found = propose_from_calendar(
        db, typical_week(tmp_path / "uke.ics"), date(2026, 1, 14), date(2026, 1, 14), CAT
    )
    course = found.proposals[0]
    save_proposal(db, course, CAT)
    with pytest.raises(AlreadyImportedError, match="allerede importert"):
        save_proposal(db, course, CAT)
    assert count_entries(db.engine) == 1


def test_with_code_replaces_the_guess(db: Database, tmp_path: Path) -> None:
    found = propose_from_calendar(
        db, typical_week(tmp_path / "uke.ics"), date(2026, 1, 15), date(2026, 1, 15), CAT
    )
    lunch = found.proposals[0]
    assert lunch.draft.code == "" and not lunch.has_code
    changed = with_code(lunch, "A03")
    assert changed.draft.code == "A03" and changed.event_key == lunch.event_key


def test_last_week_is_proposed_again_without_notes_holidays_or_absence(db: Database) -> None:
    child = add_client(db.engine, "Testbarn", birth_year=2019)
    # Week 19 of 2026: Monday 4 May ... Sunday 10 May; week 20 holds 14 May (Kristi
    # himmelfartsdag) and 17 May (a Sunday).
    for day, code, minutes in [
        (date(2026, 5, 4), "D02", 45),
        (date(2026, 5, 5), "I04", 60),
        (date(2026, 5, 7), "A03", 30),
        (date(2026, 5, 8), "D02", 45),
    ]:
        add_entry(
            db.engine,
            EntryDraft(
                day, minutes, code, time(9, 0), (child,) if code != "A03" else (), note="privat"
            ),
            CAT.id,
            CAT.version,
        )
    set_absence(db.engine, date(2026, 5, 15), "kurs")
    proposals = propose_week_copy(db, IsoWeek(2026, 20))
    assert [(p.draft.date, p.draft.code) for p in proposals] == [
        (date(2026, 5, 11), "D02"),
        (date(2026, 5, 12), "I04"),
    ]
    assert all(p.draft.note == "" for p in proposals)
    save_proposal(db, proposals[0], CAT)
    again = propose_week_copy(db, IsoWeek(2026, 20))
    assert [p.done_before for p in again] == [True, False]
