"""Intensity and continuity of one client's follow-up, on hand-made weeks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehablogg.core.intensity import (
    SUMMER_WEEKS,
    Contact,
    Target,
    client_continuity,
    median,
)
from rehablogg.core.periods import IsoWeek


def direct(day: date, minutes: int = 45) -> Contact:
    return Contact(day, minutes, "direkte")


def weekly(
    first_monday: date, weeks: int, per_week: int = 1, minutes: int = 45, skip: range | None = None
) -> list[Contact]:
    out = []
    for w in range(weeks):
        monday = first_monday + timedelta(weeks=w)
        if skip is not None and IsoWeek.of(monday).week in skip:
            continue
        out += [direct(monday + timedelta(days=i), minutes) for i in range(per_week)]
    return out


# Three whole weeks, 5–25 January 2026 (ISO weeks 2–4), two 45-minute sessions each.
THREE_WEEKS = weekly(date(2026, 1, 5), 3, per_week=2)


def test_target_reached_exactly() -> None:
    c = client_continuity(THREE_WEEKS, date(2026, 1, 5), date(2026, 1, 25), Target(2, 90))
    assert [w.week for w in c.weeks] == [IsoWeek(2026, 2), IsoWeek(2026, 3), IsoWeek(2026, 4)]
    assert c.direct_sessions_per_week == 2.0
    assert c.direct_minutes_per_week == 90.0
    assert c.reached_target is True
    assert c.weeks_without_contact == 0
    assert c.longest_gap_days == 5  # Tuesday to Sunday of a week, and again each week


@pytest.mark.parametrize("target", [Target(2.5, 0), Target(0, 91), Target(2, 120)])
def test_target_missed(target: Target) -> None:
    c = client_continuity(THREE_WEEKS, date(2026, 1, 5), date(2026, 1, 25), target)
    assert c.reached_target is False


def test_without_a_target_nothing_is_judged() -> None:
    assert (
        client_continuity(THREE_WEEKS, date(2026, 1, 5), date(2026, 1, 25)).reached_target is None
    )


def test_an_empty_week_lowers_the_rate_and_counts_as_without_contact() -> None:
    contacts = [c for c in THREE_WEEKS if IsoWeek.of(c.day).week != 3]
    c = client_continuity(contacts, date(2026, 1, 5), date(2026, 1, 25), Target(2, 0))
    assert c.direct_sessions_per_week == pytest.approx(4 / 3)
    assert c.reached_target is False
    assert c.weeks_without_contact == 1
    assert [w.direct_sessions for w in c.weeks] == [2, 0, 2]
    assert c.longest_gap_days == 12  # 7 January to 18 January


def test_gap_across_new_year() -> None:
    contacts = [direct(date(2025, 12, 15)), direct(date(2026, 1, 12))]
    c = client_continuity(contacts, date(2025, 12, 15), date(2026, 1, 12))
    assert c.longest_gap_days == 27
    # 2025-W51 … 2026-W03; 29 December 2025 is the Monday of 2026-W01.
    assert [str(w.week) for w in c.weeks] == [
        "2025-W51",
        "2025-W52",
        "2026-W01",
        "2026-W02",
        "2026-W03",
    ]
    assert c.weeks_without_contact == 3
    # W03 has one day in the period but a contact, so it counts: 2 sessions over 5 weeks.
    assert c.direct_sessions_per_week == pytest.approx(2 / 5)


def test_iso_week_53() -> None:
    # 2026 has 53 ISO weeks: 28 December 2026 – 3 January 2027 is 2026-W53.
    contacts = weekly(date(2026, 12, 14), 5, skip=range(53, 54))
    c = client_continuity(contacts, date(2026, 12, 14), date(2027, 1, 17))
    assert [str(w.week) for w in c.weeks] == [
        "2026-W51",
        "2026-W52",
        "2026-W53",
        "2027-W01",
        "2027-W02",
    ]
    assert c.weeks_without_contact == 1
    assert c.weeks[2].direct_sessions == 0
    assert c.longest_gap_days == 13  # 22 December to 3 January
    assert c.direct_sessions_per_week == pytest.approx(4 / 5)


def test_summer_break_is_counted_and_lost_contact_found() -> None:
    # Mondays from 1 June (week 23) to 28 September 2026 (week 40), none in weeks 26–33.
    contacts = weekly(date(2026, 6, 1), 18, skip=SUMMER_WEEKS)
    c = client_continuity(contacts, date(2026, 6, 1), date(2026, 10, 4))
    assert c.weeks_without_contact == 8
    assert c.summer_weeks_without_contact == 8
    assert c.followed_over_summer is True
    assert c.lost_contact_over_summer is True
    assert c.longest_gap_days == 62  # 16 June to 16 August


def test_one_indirect_contact_in_summer_keeps_contact() -> None:
    contacts = [
        *weekly(date(2026, 6, 1), 18, skip=SUMMER_WEEKS),
        Contact(date(2026, 7, 22), 30, "indirekte"),
    ]  # week 30: guidance by phone
    c = client_continuity(contacts, date(2026, 6, 1), date(2026, 10, 4))
    assert c.summer_weeks_without_contact == 7
    assert c.followed_over_summer is True
    assert c.lost_contact_over_summer is False
    assert c.longest_gap_days == 62  # indirect contact does not break a direct gap


def test_no_contact_after_the_summer_is_not_a_summer_break() -> None:
    contacts = weekly(date(2026, 6, 1), 3)  # weeks 23–25, then nothing
    c = client_continuity(contacts, date(2026, 6, 1), date(2026, 10, 4))
    assert c.summer_weeks_without_contact == 8
    assert c.weeks_without_contact == 15
    assert c.followed_over_summer is False
    assert c.lost_contact_over_summer is False


def test_straddling_weeks_count_by_majority_or_contact() -> None:
    # Period Friday 9 January – Monday 19 January 2026: W02 has 3 days inside (but the first
    # contact), W03 is whole, W04 has 1 day inside and no contact.
    contacts = [direct(date(2026, 1, 9)), direct(date(2026, 1, 14))]
    c = client_continuity(contacts, date(2026, 1, 9), date(2026, 1, 19))
    assert len(c.weeks) == 3
    assert c.counted_weeks == (IsoWeek(2026, 2), IsoWeek(2026, 3))
    assert c.weeks_without_contact == 0
    assert c.direct_sessions_per_week == 1.0
    assert c.longest_gap_days == 5  # 15–19 January, up to the period's last day


def test_gap_counts_from_the_period_start() -> None:
    contacts = [Contact(date(2026, 1, 5), 30, "indirekte"), direct(date(2026, 1, 15))]
    c = client_continuity(contacts, date(2026, 1, 5), date(2026, 1, 20))
    assert c.longest_gap_days == 10  # 5–14 January: the indirect contact is not direct


def test_other_category_and_contacts_outside_the_period_are_ignored() -> None:
    contacts = [
        Contact(date(2026, 1, 6), 60, "annet"),
        direct(date(2025, 12, 30)),
        direct(date(2026, 2, 2)),
    ]
    c = client_continuity(contacts, date(2026, 1, 5), date(2026, 1, 18))
    assert c.direct_sessions_per_week == 0
    assert c.weeks_without_contact == 2
    assert c.longest_gap_days == 14


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError):
        client_continuity([], date(2026, 1, 5), date(2026, 1, 4))


def test_median() -> None:
    assert median([]) is None
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 2, 3]) == 2.5


def _days(first: date, last: date) -> frozenset[date]:
    return frozenset(first + timedelta(days=i) for i in range((last - first).days + 1))


def test_paused_days_are_not_gaps_and_paused_weeks_do_not_count() -> None:
    # The summer break of the test above, but the client was in hospital (a pause of the
    # episode) from 22 June to 16 August: weeks 26–33, Monday 22 June to Sunday 16 August.
    contacts = weekly(date(2026, 6, 1), 18, skip=SUMMER_WEEKS)
    paused = _days(date(2026, 6, 22), date(2026, 8, 16))
    c = client_continuity(contacts, date(2026, 6, 1), date(2026, 10, 4), resting=paused)
    assert c.weeks_without_contact == 0
    assert c.summer_weeks_without_contact == 0
    assert c.followed_over_summer is False  # the summer was paused, not followed
    assert c.lost_contact_over_summer is False
    # 16 June to 16 August less the 56 paused days: 6 days (16–21 June)
    assert c.longest_gap_days == 6
    assert len(c.counted_weeks) == 10  # 18 weeks less the 8 paused
    assert c.direct_sessions_per_week == pytest.approx(1)


def test_a_pause_inside_a_gap_leaves_the_days_on_both_sides() -> None:
    contacts = [direct(date(2026, 3, 2)), direct(date(2026, 3, 31))]
    paused = _days(date(2026, 3, 10), date(2026, 3, 19))  # 10 of the 28 days between
    c = client_continuity(contacts, date(2026, 3, 2), date(2026, 3, 31), resting=paused)
    assert c.longest_gap_days == 18


@settings(max_examples=300, deadline=None)
@given(
    start=st.dates(min_value=date(2020, 12, 20), max_value=date(2027, 1, 10)),
    # short periods most often: there a resting day on a week's edge decides whether it counts
    length=st.integers(min_value=0, max_value=40) | st.integers(min_value=0, max_value=420),
    offsets=st.lists(st.integers(min_value=-10, max_value=430), max_size=30),
    resting=st.sets(st.integers(min_value=-3, max_value=45), max_size=30)
    | st.sets(st.integers(min_value=-10, max_value=430), max_size=60),
)
def test_the_weeks_and_the_counted_weeks_are_the_ones_each_day_decides(
    start: date, length: int, offsets: list[int], resting: set[int]
) -> None:
    """Each week touching the period is listed, and counted by its days inside and not
    resting (at least four) or by contact, as the rule says day by day."""
    last = start + timedelta(days=length)
    rest = {start + timedelta(days=i) for i in resting}
    contacts = [direct(start + timedelta(days=i)) for i in offsets]
    found = client_continuity(contacts, start, last, resting=rest)
    weeks, counted, week = [], [], IsoWeek.of(start)
    while week <= IsoWeek.of(last):
        weeks.append(week)
        inside = sum(1 for d in week.days() if start <= d <= last and d not in rest)
        touched = any(start <= c.day <= last and IsoWeek.of(c.day) == week for c in contacts)
        if inside >= 4 or touched:
            counted.append(week)
        week = week.next()
    assert [w.week for w in found.weeks] == weeks
    assert list(found.counted_weeks) == counted
