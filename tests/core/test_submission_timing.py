"""When a month may be handed in, and how many working days it still has."""

from __future__ import annotations

from datetime import date

from rehablogg.core.periods import Month, days_between
from rehablogg.core.submission_timing import Timing, timing, working_days_left
from rehablogg.core.workdays import WorkCalendar

DECEMBER = Month(2026, 12)


def test_a_month_is_future_running_or_ended() -> None:
    first, last = DECEMBER.first_day, DECEMBER.last_day
    assert timing(first, last, date(2026, 11, 30)) is Timing.FUTURE
    assert timing(first, last, first) is Timing.RUNNING
    assert timing(first, last, date(2026, 12, 4)) is Timing.RUNNING
    assert timing(first, last, last) is Timing.RUNNING  # the last day is not over yet
    assert timing(first, last, date(2027, 1, 1)) is Timing.ENDED


def test_the_fourth_of_december_has_18_of_22_working_days_to_come() -> None:
    days = days_between(DECEMBER.first_day, DECEMBER.last_day)
    # 23 weekdays, less Christmas Day (Friday 25.12.2026); 1.–4.12 are done.
    left = working_days_left(days, WorkCalendar(), date(2026, 12, 4))
    assert (left.left, left.total) == (18, 22)


def test_absence_and_profile_weekdays_are_not_working_days() -> None:
    days = days_between(DECEMBER.first_day, DECEMBER.last_day)
    calendar = WorkCalendar(weekdays=frozenset({1, 2, 3}), absences={date(2026, 12, 28): "ferie"})
    left = working_days_left(days, calendar, date(2026, 12, 4))
    # Mondays to Wednesdays: 1, 2, 7, 8, 9, 14, 15, 16, 21, 22, 23, 28 (ferie), 29, 30.
    assert (left.left, left.total) == (11, 13)


def test_future_and_ended_months() -> None:
    days = days_between(DECEMBER.first_day, DECEMBER.last_day)
    assert working_days_left(days, WorkCalendar(), date(2026, 11, 20)).left == 22
    assert working_days_left(days, WorkCalendar(), date(2027, 1, 4)).left == 0
