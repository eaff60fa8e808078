"""Intensity and continuity of one client's follow-up: how often and how much direct time the
client got per week, the longest stretch without direct contact, and the weeks — summer weeks
apart — without any contact at all. Plain Python; the summary workbook, the export's Oversikt
and the app's report view all compute it here.

The rules (the sheets repeat them in their header text):

- **The period** ``[first, last]`` is given by the caller. The summary workbook uses one
  episode of follow-up: from the day of the client's first contact to the last day of the
  month of the last contact (never past the newest month delivered). So a client first seen
  in October is not "without contact" from January, and an intensive eight-week rehabilitation
  in spring is not diluted over the rest of the year; a client not seen for months shows in
  the sheet's last-contact date instead (the export carries no discharge date, so a finished
  episode and a lost client look alike at the end). The export's Oversikt uses the client's
  first contact in the exported period to the period's end. Contacts outside the period are
  ignored.
- **Contact** is an entry of category ``direkte`` or ``indirekte`` naming the client; ``annet``
  (a cancelled session, A04) is not contact. A **direct session** is one direct entry: two
  entries on one day are two sessions.
- **Weeks** are ISO weeks (Monday first; a year can have week 53). ``Continuity.weeks`` lists
  every week touching the period, empty ones included. A week that straddles the edge of the
  period **counts** (in the per-week averages and in the weeks without contact) when at least 4
  of its days lie inside the period — the same majority rule that decides ISO week 1 — or when
  the client had contact in it. So a period ending on a Monday does not add an empty week, and a
  first contact on a Friday still counts its week.
- **Per week** = direct sessions (minutes) in the period / counted weeks (at least 1).
- **The longest gap** is the longest run of consecutive days in the period without a direct
  contact, counted from the period's first day and up to its last day (days before the first
  direct contact and after the last one are gaps too; with the period starting at the first
  contact the leading gap is only there when the first contact was indirect).
- **Summer** is ISO weeks 26–33 (late June to mid-August, when most Norwegian services close
  for holidays). A client **lost contact over the summer** when, in some year, all eight
  summer weeks lie in the period without contact while there was contact in that year's period
  before week 26 and after week 33.
- **Resting days** (optional, given by the caller): days the client was not to be seen —
  a pause of the episode of care (a hospital stay, an intensive training period elsewhere) or
  a day between two episodes. They are not gap days (a gap goes on across them, counting only
  the days the client was to be seen), and a week counts only by its days that are not
  resting; so a summer spent in a pause is neither followed nor lost.
- **The target** (per service, from the pilot set-up) is reached when the direct sessions per
  week are at least ``sessions_per_week`` and the direct minutes per week at least
  ``minutes_per_week``; a part set to 0 is not required.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta

from rehablogg.core.category import Category
from rehablogg.core.periods import IsoWeek

SUMMER_WEEKS = range(26, 34)
DIRECT = Category.DIREKTE
INDIRECT = Category.INDIREKTE
# A straddling week counts when at least this many of its days are inside the period.
MAJORITY_DAYS = 4


@dataclass(frozen=True)
class Contact:
    """One entry's share for one client."""

    day: date
    minutes: int
    category: str  # a Category value


@dataclass(frozen=True)
class Target:
    sessions_per_week: float = 0.0  # direct sessions
    minutes_per_week: int = 0  # direct minutes

    def reached(self, sessions_per_week: float, minutes_per_week: float) -> bool:
        # A tiny tolerance: 6 sessions over 3 weeks is 2.0 per week, never 1.9999….
        return (
            sessions_per_week + 1e-9 >= self.sessions_per_week
            and minutes_per_week + 1e-9 >= self.minutes_per_week
        )


@dataclass(frozen=True)
class WeekLoad:
    week: IsoWeek
    direct_minutes: int
    indirect_minutes: int
    direct_sessions: int

    @property
    def has_contact(self) -> bool:
        return self.direct_minutes > 0 or self.indirect_minutes > 0 or self.direct_sessions > 0


@dataclass(frozen=True, slots=True)
class Continuity:
    weeks: tuple[WeekLoad, ...]  # every ISO week touching [first, last], empty ones included
    direct_sessions_per_week: float
    direct_minutes_per_week: float
    longest_gap_days: int  # longest run of days in the period without direct contact
    weeks_without_contact: int  # counted weeks with no direct or indirect contact at all
    summer_weeks_without_contact: int  # of those, ISO weeks 26–33
    reached_target: bool | None  # None without a target
    counted_weeks: tuple[IsoWeek, ...] = ()  # the weeks the averages are over (see above)
    # some year's summer weeks lie wholly in the period, with contact before and after them
    followed_over_summer: bool = False
    # … and in (one such) summer there was no contact at all
    lost_contact_over_summer: bool = False


def client_continuity(
    contacts: Iterable[Contact],
    first: date,
    last: date,
    target: Target | None = None,
    *,
    resting: AbstractSet[date] = frozenset(),
) -> Continuity:
    """The continuity of one client's follow-up over ``[first, last]`` (see the module text);
    ``resting``: days the client was not to be seen (paused, between episodes). ValueError
    when ``last`` is before ``first``."""
    if last < first:
        raise ValueError("the period ends before it starts")
    direct_days: set[date] = set()
    per_week: dict[IsoWeek, list[int]] = {}  # week: [direct min, indirect min, sessions]
    for contact in contacts:
        if not first <= contact.day <= last:
            continue
        if contact.category not in (DIRECT, INDIRECT):
            continue
        slot = per_week.setdefault(IsoWeek.of(contact.day), [0, 0, 0])
        if contact.category == DIRECT:
            slot[0] += contact.minutes
            slot[2] += 1
            direct_days.add(contact.day)
        else:
            slot[1] += contact.minutes

    weeks: list[WeekLoad] = []
    counted: list[IsoWeek] = []
    # Week by week as Monday ordinals (the summary works this out for every client, and a
    # week's seven dates made one by one were most of its time).
    first_day, last_day = first.toordinal(), last.toordinal()
    monday = first_day - first.weekday()
    resting_days = sorted(d.toordinal() for d in resting)
    while monday <= last_day:
        iso = date.fromordinal(monday).isocalendar()
        week = IsoWeek(iso.year, iso.week)
        direct, indirect, sessions = per_week.get(week, (0, 0, 0))
        load = WeekLoad(week, direct, indirect, sessions)
        weeks.append(load)
        if load.has_contact or _days_inside(monday, first_day, last_day, resting_days) >= (
            MAJORITY_DAYS
        ):
            counted.append(week)
        monday += 7

    n_weeks = max(len(counted), 1)
    sessions_total = sum(w.direct_sessions for w in weeks)
    minutes_total = sum(w.direct_minutes for w in weeks)
    per_week_sessions = sessions_total / n_weeks
    per_week_minutes = minutes_total / n_weeks
    by_week = {w.week: w for w in weeks}
    empty = [w for w in counted if not by_week[w].has_contact]
    summer = _summers(weeks, set(counted))
    return Continuity(
        weeks=tuple(weeks),
        direct_sessions_per_week=per_week_sessions,
        direct_minutes_per_week=per_week_minutes,
        longest_gap_days=_longest_gap(sorted(direct_days), first, last, resting),
        weeks_without_contact=len(empty),
        summer_weeks_without_contact=sum(1 for w in empty if w.week in SUMMER_WEEKS),
        reached_target=None
        if target is None
        else target.reached(per_week_sessions, per_week_minutes),
        counted_weeks=tuple(counted),
        followed_over_summer=bool(summer),
        lost_contact_over_summer=any(summer),
    )


def _days_inside(monday: int, first: int, last: int, resting: list[int]) -> int:
    """The days of the week starting on ordinal ``monday`` inside ``[first, last]`` and not
    resting (``resting``: sorted ordinals)."""
    lo, hi = max(monday, first), min(monday + 6, last)
    if lo > hi:
        return 0
    return hi - lo + 1 - (bisect_right(resting, hi) - bisect_left(resting, lo))


def _longest_gap(
    days: list[date], first: date, last: date, resting: AbstractSet[date] = frozenset()
) -> int:
    longest = 0
    previous = first - timedelta(days=1)  # the gap before the first contact counts too
    rest = sorted(d.toordinal() for d in resting)
    for day in [*days, last + timedelta(days=1)]:
        gap = (day - previous).days - 1
        if rest and gap > 0:  # resting days strictly between the two contacts are not gap
            gap -= bisect_left(rest, day.toordinal()) - bisect_right(rest, previous.toordinal())
        longest = max(longest, gap)
        previous = day
    return longest


def _summers(weeks: list[WeekLoad], counted: set[IsoWeek]) -> list[bool]:
    """For every summer the client was followed over (all eight weeks counted, contact before
    and after them in the same ISO year): whether it passed without any contact."""
    out = []
    for year in sorted({w.week.year for w in weeks}):
        of_year = [w for w in weeks if w.week.year == year and w.week in counted]
        summer = [w for w in of_year if w.week.week in SUMMER_WEEKS]
        before = any(w.has_contact for w in of_year if w.week.week < SUMMER_WEEKS.start)
        after = any(w.has_contact for w in of_year if w.week.week >= SUMMER_WEEKS.stop)
        if len(summer) == len(SUMMER_WEEKS) and before and after:
            out.append(not any(w.has_contact for w in summer))
    return out


def median(values: Iterable[float]) -> float | None:
    """The median, or None for no values (the sheets show an empty cell)."""
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
