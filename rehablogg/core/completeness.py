"""The completeness check before a month is handed in: what may be missing or wrong.

Plain data in, findings out; the user decides what to do about each. Every finding carries the
day it is about (None when it has none) so the window can jump there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft, TimedSpan, find_overlaps, validate_entry
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import Month, format_date
from rehablogg.core.submission_timing import Timing, timing, working_days_left
from rehablogg.core.workdays import WorkCalendar

NOT_BEGUN = "not_begun"
NOT_OVER = "not_over"
EMPTY_DAY = "empty_day"
TIMER = "timer"
INVALID = "invalid"
OVERLAP = "overlap"
RETIRED = "retired"
NO_BIRTH_YEAR = "no_birth_year"

_MONTH_NOT_BEGUN = QT_TRANSLATE_NOOP(
    "completeness",
    "Måneden har ikke begynt ennå, så den kan ikke leveres inn: {left} av {total} arbeidsdager "
    "gjenstår.",
)
_PERIOD_NOT_BEGUN = QT_TRANSLATE_NOOP(
    "completeness", "Perioden har ikke begynt ennå: {left} av {total} arbeidsdager gjenstår."
)
_MONTH_NOT_OVER = QT_TRANSLATE_NOOP(
    "completeness", "Måneden er ikke slutt før {last}: {left} av {total} arbeidsdager gjenstår."
)
_PERIOD_NOT_OVER = QT_TRANSLATE_NOOP(
    "completeness", "Perioden er ikke slutt før {last}: {left} av {total} arbeidsdager gjenstår."
)
_EMPTY_DAY = QT_TRANSLATE_NOOP("completeness", "{day} er en arbeidsdag uten registreringer.")
_TIMER = QT_TRANSLATE_NOOP(
    "completeness", "Tidtakeren går fortsatt; stopp den og lagre registreringen først."
)
_INVALID = QT_TRANSLATE_NOOP("completeness", "Registreringen {day} ({code}): {problem}")
_OVERLAP = QT_TRANSLATE_NOOP(
    "completeness", "{day}: registreringen kl. {start} ({code}) overlapper en annen."
)
_RETIRED = QT_TRANSLATE_NOOP(
    "completeness", "Registreringen {day} bruker den utgåtte koden {code}."
)
_NO_BIRTH_YEAR = QT_TRANSLATE_NOOP(
    "completeness", "Brukeren {pseudonym} mangler fødselsår (første gang {day})."
)


@dataclass(frozen=True)
class Finding:
    kind: str
    day: date | None
    text: str


@dataclass(frozen=True)
class MonthEntry:
    entry_id: str
    draft: EntryDraft


def check_month(
    days: Iterable[date],
    calendar: WorkCalendar,
    entries: Sequence[MonthEntry],
    catalogue: Catalogue,
    *,
    today: date,
    timer_running: bool = False,
    clients_without_birth_year: Mapping[int, str] | None = None,
) -> list[Finding]:
    """Every finding for the month, in the order: a period not over, the timer, then by day."""
    days = sorted(days)
    findings = _not_over(days, calendar, today)
    if timer_running:
        findings.append(Finding(TIMER, None, _TIMER))
    by_day: list[Finding] = []
    logged = {e.draft.date for e in entries}
    for d in days:
        if d <= today and calendar.is_working_day(d) and d not in logged:
            by_day.append(Finding(EMPTY_DAY, d, _EMPTY_DAY.format(day=format_date(d))))
    by_day += _entry_findings(entries, catalogue, today)
    by_day += _overlaps(entries)
    by_day += _birth_years(entries, clients_without_birth_year or {})
    by_day.sort(key=lambda f: (f.day or date.min, f.kind))
    return findings + by_day


def _not_over(days: Sequence[date], calendar: WorkCalendar, today: date) -> list[Finding]:
    """Working days still to come: a month handed in now would be locked before they are
    logged (and one that has not begun cannot be handed in at all)."""
    if not days:
        return []
    first, last = days[0], days[-1]
    when = timing(first, last, today)
    if when is Timing.ENDED:
        return []
    left = working_days_left(days, calendar, today)
    month = Month.of(first)
    whole_month = (first, last) == (month.first_day, month.last_day)
    if when is Timing.FUTURE:
        text = _MONTH_NOT_BEGUN if whole_month else _PERIOD_NOT_BEGUN
        return [Finding(NOT_BEGUN, None, text.format(left=left.left, total=left.total))]
    text = _MONTH_NOT_OVER if whole_month else _PERIOD_NOT_OVER
    return [
        Finding(
            NOT_OVER, None, text.format(last=format_date(last), left=left.left, total=left.total)
        )
    ]


def _entry_findings(
    entries: Sequence[MonthEntry], catalogue: Catalogue, today: date
) -> list[Finding]:
    out: list[Finding] = []
    for entry in entries:
        draft = entry.draft
        day = format_date(draft.date)
        if catalogue.is_retired(draft.code):
            out.append(Finding(RETIRED, draft.date, _RETIRED.format(day=day, code=draft.code)))
        for problem in validate_entry(draft, catalogue, today, allow_retired=True):
            out.append(
                Finding(
                    INVALID,
                    draft.date,
                    _INVALID.format(day=day, code=draft.code, problem=problem.message),
                )
            )
    return out


def _overlaps(entries: Sequence[MonthEntry]) -> list[Finding]:
    timed: dict[date, list[MonthEntry]] = {}
    for entry in entries:
        if entry.draft.start_time is not None:
            timed.setdefault(entry.draft.date, []).append(entry)
    out: list[Finding] = []
    for day, group in sorted(timed.items()):
        for i, entry in enumerate(group):
            start = entry.draft.start_time
            assert start is not None
            later = [
                TimedSpan(o.entry_id, o.draft.start_time, o.draft.minutes)
                for o in group[i + 1 :]
                if o.draft.start_time is not None
            ]
            if find_overlaps(entry.draft, later, entry.entry_id):
                out.append(
                    Finding(
                        OVERLAP,
                        day,
                        _OVERLAP.format(
                            day=format_date(day),
                            start=start.strftime("%H:%M"),
                            code=entry.draft.code,
                        ),
                    )
                )
    return out


def _birth_years(entries: Sequence[MonthEntry], missing: Mapping[int, str]) -> list[Finding]:
    first: dict[int, date] = {}
    for entry in entries:
        for client in entry.draft.client_ids:
            if client in missing and (client not in first or entry.draft.date < first[client]):
                first[client] = entry.draft.date
    return [
        Finding(NO_BIRTH_YEAR, d, _NO_BIRTH_YEAR.format(pseudonym=missing[c], day=format_date(d)))
        for c, d in first.items()
    ]
