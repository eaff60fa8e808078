"""Proposing last week's entries again for this week (Kopier forrige uke).

Many therapists keep a fixed weekly rhythm. Each entry of the week before is proposed seven
days later with everything but the note (a note belongs to the session it was written about);
days that are public holidays or absence days in the new week are skipped, and an entry
already copied (the same code, start, minutes and clients on the new day) is marked done.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from rehablogg.application.proposals import Proposal
from rehablogg.core.entry import EntryDraft
from rehablogg.core.periods import IsoWeek
from rehablogg.core.workdays import WorkCalendar, parse_weekdays
from rehablogg.storage.absence import absences
from rehablogg.storage.database import Database
from rehablogg.storage.entries import get_entry
from rehablogg.storage.profile import get_profile
from rehablogg.storage.queries import list_entries


def _week_drafts(db: Database, first: date, last: date) -> list[EntryDraft]:
    drafts: list[EntryDraft] = []
    for row in list_entries(db.engine, first, last):
        stored = get_entry(db.engine, str(row[0]))
        if stored is not None:
            drafts.append(stored.draft)
    return drafts


def _same_work(a: EntryDraft, b: EntryDraft) -> bool:
    return (a.date, a.code, a.start_time, a.minutes, a.client_ids) == (
        b.date,
        b.code,
        b.start_time,
        b.minutes,
        b.client_ids,
    )


def propose_week_copy(db: Database, week: IsoWeek) -> list[Proposal]:
    """Last week's entries, moved to ``week``, skipping holidays and absence days."""
    first, last = week.monday, week.sunday
    profile = get_profile(db.engine)
    calendar = WorkCalendar(parse_weekdays(profile.working_days), absences(db.engine))
    existing = _week_drafts(db, first, last)
    proposals: list[Proposal] = []
    for old in _week_drafts(db, first - timedelta(days=7), last - timedelta(days=7)):
        new_day = old.date + timedelta(days=7)
        if calendar.day_kind(new_day) in ("helligdag", "fravaer"):
            continue
        draft = replace(old, date=new_day, note="")
        done = any(_same_work(draft, e) for e in existing)
        proposals.append(Proposal(draft, old.code, event_key="", done_before=done))
    return proposals
