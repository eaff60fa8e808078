"""Rules for the running timer: when a stop needs a question, and what minutes it gives."""

from __future__ import annotations

from datetime import datetime, time, timedelta

MAX_PLAUSIBLE = timedelta(hours=10)


def needs_question(started: datetime, now: datetime) -> bool:
    """A timer that ran past 10 hours or over midnight was almost surely forgotten; ask when
    the work really stopped instead of saving an absurd entry."""
    return now - started > MAX_PLAUSIBLE or now.date() != started.date()


def elapsed_minutes(started: datetime, stopped: datetime) -> int:
    """Whole minutes, rounded to the nearest; at least 1 so a stopped timer is a valid entry."""
    return max(1, round((stopped - started).total_seconds() / 60))


def suggested_stop(started: datetime, day_end: time) -> datetime:
    """The end of the working day the timer started on, or an hour after a start made after
    that (evening work)."""
    end = datetime.combine(started.date(), day_end, tzinfo=started.tzinfo)
    return end if end > started else started + timedelta(hours=1)
