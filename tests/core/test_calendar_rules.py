"""ISO weeks, months, working days, age groups and totals."""

from __future__ import annotations

from datetime import date

import pytest

from rehablogg.core.agegroups import age_group
from rehablogg.core.periods import IsoWeek, Month, format_date, parse_iso_date
from rehablogg.core.totals import CategoryTotals, fte_hours, hours_per_fte, totals_from_rows
from rehablogg.core.workdays import WorkCalendar, parse_weekdays, public_holiday


@pytest.mark.parametrize(
    ("day", "year", "week"),
    [
        (date(2026, 11, 22), 2026, 47),
        (date(2021, 1, 3), 2020, 53),
        (date(2024, 12, 30), 2025, 1),
        (date(2026, 1, 4), 2026, 1),
    ],
)
def test_iso_weeks(day: date, year: int, week: int) -> None:
    w = IsoWeek.of(day)
    assert (w.year, w.week) == (year, week)
    assert w.monday.isoweekday() == 1 and w.monday <= day <= w.sunday
    assert w.label() == f"uke {week}"


def test_week_navigation_across_years() -> None:
    assert IsoWeek(2020, 53).next() == IsoWeek(2021, 1)
    assert IsoWeek(2021, 1).previous() == IsoWeek(2020, 53)


def test_months() -> None:
    m = Month.parse("2024-02")
    assert (m.first_day, m.last_day) == (date(2024, 2, 1), date(2024, 2, 29))
    assert Month(2024, 12).next() == Month(2025, 1)
    assert Month(2025, 1).previous() == Month(2024, 12)
    assert str(Month(2025, 3)) == "2025-03"
    for bad in ("2024-13", "24-02", "2024/02", ""):
        with pytest.raises(ValueError, match="ÅÅÅÅ-MM"):
            Month.parse(bad)


def test_dates_are_written_the_norwegian_way() -> None:
    assert format_date(date(2026, 3, 5)) == "05.03.2026"
    with pytest.raises(ValueError, match="ÅÅÅÅ-MM-DD"):
        parse_iso_date("05.03.2026")


def test_public_holidays_without_sundays() -> None:
    assert public_holiday(date(2026, 5, 17)) is not None  # Grunnlovsdag (a Sunday in 2026)
    assert public_holiday(date(2026, 4, 6)) is not None  # Easter Monday
    assert public_holiday(date(2026, 12, 25)) is not None
    assert public_holiday(date(2026, 11, 22)) is None  # an ordinary Sunday


def test_working_days_respect_weekdays_holidays_and_absence() -> None:
    cal = WorkCalendar(frozenset({1, 2, 3, 4}), {date(2026, 4, 14): "kurs"})
    assert cal.day_kind(date(2026, 4, 6)) == "helligdag"
    assert cal.day_kind(date(2026, 4, 14)) == "fravaer"
    assert cal.day_kind(date(2026, 4, 17)) == "fri"  # Friday, not a working day here
    assert cal.day_kind(date(2026, 4, 13)) == "arbeidsdag"
    week = [date(2026, 4, d) for d in range(6, 13)]
    assert cal.working_days(week) == [date(2026, 4, d) for d in (7, 8, 9)]
    assert parse_weekdays("1,2,3,4,5") == frozenset(range(1, 6))
    with pytest.raises(ValueError):
        parse_weekdays("0,8")


@pytest.mark.parametrize(
    ("year", "born", "group"),
    [
        (2026, 2026, "0-5"),
        (2026, 2021, "0-5"),
        (2026, 2020, "6-12"),
        (2026, 2009, "13-17"),
        (2026, 2008, "18-25"),
        (2026, 2001, "18-25"),
        (2026, 2000, "26-66"),
        (2026, 1959, "67+"),
        (2026, None, "ukjent"),
        (2026, 2030, "ukjent"),
    ],
)
def test_age_groups(year: int, born: int | None, group: str) -> None:
    assert age_group(year, born) == group


def test_totals_and_fte() -> None:
    t = totals_from_rows(
        [("direkte", 60, 10), ("indirekte", 30, 0), ("annet", 30, 5), ("direkte", 30, 0)]
    )
    assert t == CategoryTotals(90, 30, 30, 15)
    assert t.logged == 150 and t.direct_share == pytest.approx(60.0)
    assert CategoryTotals().direct_share is None
    assert hours_per_fte(60 * 30, 80) == pytest.approx(37.5)
    assert fte_hours(5) == pytest.approx(37.5)
    with pytest.raises(ValueError):
        hours_per_fte(60, 0)
