"""Proposing entries from an iCalendar file (Fil → Importer kalender, `import-calendar`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rehablogg.application.proposals import Proposal
from rehablogg.core.calendar_guess import guess_code
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.exchange.calendar_ics import CalendarRead, read_calendar
from rehablogg.storage.database import Database
from rehablogg.storage.imported_events import event_secret, imported_keys
from rehablogg.storage.profile import get_profile


@dataclass
class CalendarProposals:
    proposals: list[Proposal] = field(default_factory=list)
    read: CalendarRead = field(default_factory=CalendarRead)

    @property
    def new(self) -> list[Proposal]:
        return [p for p in self.proposals if not p.done_before]


def propose_from_calendar(
    db: Database, path: Path, first: date, last: date, catalogue: Catalogue
) -> CalendarProposals:
    """One draft per timed event from ``first`` to ``last``: date, start and minutes from the
    calendar, a code guessed from the title (empty when nothing matched), the profile's contact
    mode and arena, no clients (the calendar does not know them) and no note (the event's
    description and attendees are never read)."""
    read = read_calendar(path, first, last, event_secret(db.engine))
    done = imported_keys(db.engine, (e.key for e in read.events))
    profile = get_profile(db.engine)
    result = CalendarProposals(read=read)
    for event in read.events:
        guess = guess_code(event.title, catalogue)
        code = catalogue.code(guess.code) if guess else None
        # The code's own defaults first (a phone contact is not "in person"), then the profile's;
        # "" in the catalogue means the field stays empty for that code.
        mode = (
            code.contact_mode
            if code and code.contact_mode is not None
            else (profile.default_contact_mode)
        )
        arena = code.arena if code and code.arena is not None else profile.default_arena
        draft = EntryDraft(
            date=event.day,
            minutes=event.minutes,
            code=guess.code if guess else "",
            start_time=event.start,
            contact_mode=mode or None,
            arena=arena or None,
        )
        result.proposals.append(
            Proposal(draft, event.title, guess.word if guess else "", event.key, event.key in done)
        )
    return result
