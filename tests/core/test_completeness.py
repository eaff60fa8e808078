"""The completeness check before a month is handed in."""

from __future__ import annotations

from datetime import date, time, timedelta

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.completeness import (
    EMPTY_DAY,
    INVALID,
    NO_BIRTH_YEAR,
    NOT_BEGUN,
    NOT_OVER,
    OVERLAP,
    RETIRED,
    TIMER,
    MonthEntry,
    check_month,
)
from rehablogg.core.entry import EntryDraft
from rehablogg.core.workdays import WorkCalendar

MAY = [date(2026, 5, 1) + timedelta(days=i) for i in range(31)]
TODAY = date(2026, 6, 10)


def _code(catalogue: Catalogue, *, client: bool) -> str:
    for code in catalogue.active_codes():
        if not code.group and (code.needs_client if client else not code.allows_client):
            return code.code
    raise AssertionError("no suitable code")


def _full_month(catalogue: Catalogue, skip: set[date]) -> list[MonthEntry]:
    code = _code(catalogue, client=False)
    return [
        MonthEntry(f"e{d.day}", EntryDraft(d, 60, code))
        for d in MAY
        if d.isoweekday() <= 5 and d not in skip
    ]


def test_empty_working_day_but_not_holiday_absence_or_weekend(catalogue: Catalogue) -> None:
    calendar = WorkCalendar(absences={date(2026, 5, 4): "ferie"})
    entries = _full_month(
        catalogue, {date(2026, 5, 1), date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 14)}
    )
    findings = check_month(MAY, calendar, entries, catalogue, today=TODAY)
    empty = [f.day for f in findings if f.kind == EMPTY_DAY]
    # 1 May and Ascension Day (14 May) are public holidays; 4 May is an absence day.
    assert empty == [date(2026, 5, 5)]


def test_days_after_today_are_not_missing(catalogue: Catalogue) -> None:
    findings = check_month(MAY, WorkCalendar(), [], catalogue, today=date(2026, 5, 6))
    assert [f.day for f in findings if f.kind == EMPTY_DAY] == [
        date(2026, 5, 4),
        date(2026, 5, 5),
        date(2026, 5, 6),
    ]


def test_profile_weekdays_are_respected(catalogue: Catalogue) -> None:
    calendar = WorkCalendar(weekdays=frozenset({2}))  # Tuesdays only
    findings = check_month(MAY, calendar, [], catalogue, today=TODAY)
    assert all(f.day is not None and f.day.isoweekday() == 2 for f in findings)
    assert len(findings) == 4


def test_timer_invalid_overlap_retired_and_birth_year(catalogue: Catalogue) -> None:
    day = date(2026, 5, 5)
    with_client = _code(catalogue, client=True)
    without = _code(catalogue, client=False)
    entries = [
        *_full_month(catalogue, set()),
        MonthEntry("a", EntryDraft(day, 60, without, time(9, 0))),
        MonthEntry("b", EntryDraft(day, 30, without, time(9, 30))),
        MonthEntry("c", EntryDraft(day, 30, with_client)),  # needs a client
        MonthEntry("d", EntryDraft(date(2026, 5, 6), 30, with_client, client_ids=(7,))),
    ]
    findings = check_month(
        MAY,
        WorkCalendar(),
        entries,
        catalogue,
        today=TODAY,
        timer_running=True,
        clients_without_birth_year={7: "P-ABC"},
    )
    kinds = [f.kind for f in findings]
    assert kinds[0] == TIMER and findings[0].day is None
    assert kinds.count(OVERLAP) == 1
    assert [f.day for f in findings if f.kind == INVALID] == [day]
    birth = [f for f in findings if f.kind == NO_BIRTH_YEAR]
    assert len(birth) == 1 and "P-ABC" in birth[0].text and birth[0].day == date(2026, 5, 6)
    assert RETIRED not in kinds


def test_retired_code_is_reported_separately(catalogue: Catalogue) -> None:
    retired = [c.code for c in catalogue.codes if catalogue.is_retired(c.code)]
    if not retired:
        # The shipped catalogue has no retired code; unknown codes still fail validation.
        findings = check_month(
            [],
            WorkCalendar(),
            [MonthEntry("x", EntryDraft(date(2026, 5, 5), 30, "FINNES-IKKE"))],
            catalogue,
            today=TODAY,
        )
        assert [f.kind for f in findings] == [INVALID]
        return
    code = retired[0]
    findings = check_month(
        [],
        WorkCalendar(),
        [MonthEntry("x", EntryDraft(date(2026, 5, 5), 30, code))],
        catalogue,
        today=TODAY,
    )
    assert RETIRED in [f.kind for f in findings]
    assert all("utgått" not in f.text for f in findings if f.kind == INVALID)


def test_an_unfinished_month_says_how_many_working_days_are_to_come(catalogue: Catalogue) -> None:
    """4 December 2026: every day so far logged, yet the month is far from over."""
    december = [date(2026, 12, 1) + timedelta(days=i) for i in range(31)]
    code = _code(catalogue, client=False)
    entries = [MonthEntry(f"e{d}", EntryDraft(date(2026, 12, d), 60, code)) for d in (1, 2, 3, 4)]
    findings = check_month(december, WorkCalendar(), entries, catalogue, today=date(2026, 12, 4))
    assert [f.kind for f in findings] == [NOT_OVER]
    assert findings[0].day is None
    assert "18 av 22 arbeidsdager gjenstår" in findings[0].text
    assert "Måneden" in findings[0].text and "31.12.2026" in findings[0].text


def test_a_month_not_begun_cannot_be_handed_in(catalogue: Catalogue) -> None:
    findings = check_month(MAY, WorkCalendar(), [], catalogue, today=date(2026, 4, 20))
    assert [f.kind for f in findings] == [NOT_BEGUN]
    assert "ikke begynt" in findings[0].text and "kan ikke leveres inn" in findings[0].text
    assert "18 av 18 arbeidsdager" in findings[0].text  # 21 weekdays less 1, 14 and 25 May


def test_an_ended_month_has_no_days_to_come(catalogue: Catalogue) -> None:
    findings = check_month(
        MAY, WorkCalendar(), _full_month(catalogue, set()), catalogue, today=date(2026, 6, 1)
    )
    assert findings == []


def test_a_week_that_is_not_over_is_a_period(catalogue: Catalogue) -> None:
    week = [date(2026, 12, 7) + timedelta(days=i) for i in range(7)]
    findings = check_month(week, WorkCalendar(), [], catalogue, today=date(2026, 12, 8))
    over = [f for f in findings if f.kind == NOT_OVER]
    assert len(over) == 1 and over[0].text.startswith("Perioden")
    assert "3 av 5 arbeidsdager gjenstår" in over[0].text
