"""When a month may be handed in: never before it begins, and before it has ended only when the
therapist confirms it by name (docs/export-format.md, "Submissions and correction chains").

A month that is handed in is locked, and a month with working days still to come is almost
always handed in by mistake; so the rule lives here, in plain data, and the export, the dialog
and the completeness check all ask it with the same "today".
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rehablogg.core.workdays import WorkCalendar


class Timing(enum.Enum):
    FUTURE = "future"  # begins after today: can never be handed in
    RUNNING = "running"  # today is one of its days: handed in only with an explicit confirmation
    ENDED = "ended"  # its last day is before today


def timing(first: date, last: date, today: date) -> Timing:
    """Where the period ``first``–``last`` stands on ``today`` (today itself is not over)."""
    if first > today:
        return Timing.FUTURE
    if last >= today:
        return Timing.RUNNING
    return Timing.ENDED


@dataclass(frozen=True)
class WorkingDaysLeft:
    left: int  # working days after today
    total: int  # working days in the period


def working_days_left(days: Iterable[date], calendar: WorkCalendar, today: date) -> WorkingDaysLeft:
    """How many of the period's working days come after ``today`` (today counts as done: the
    therapist hands in at the end of a day, not before it)."""
    working = calendar.working_days(days)
    return WorkingDaysLeft(sum(1 for d in working if d > today), len(working))
