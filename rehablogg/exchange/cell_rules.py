"""How ``verify`` checks one cell: the rules the format's declaration (``columns.py``) names
for each column of Registreringer, Deltakere and Koder.

A rule looks at one value and returns the problem to report in that cell (the ``P_`` part of
``CELL``), :data:`PAIR` when a derived value disagrees with the column it is derived from, or
None. What a later column needs of an earlier one in the same row (the date for ``uke``, the
code for ``kodenavn``) a rule keeps in the :class:`RowState`; what rows need of each other
(unique ids, the entries a Deltakere row points to) in the :class:`FileFacts`. Rules run in
column order, so a row's problems come in the order of its columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from rehablogg.core.agegroups import age_group
from rehablogg.core.identity import contains_identity_number
from rehablogg.core.municipalities import municipalities
from rehablogg.core.periods import format_date
from rehablogg.core.pseudonym import is_pseudonym
from rehablogg.exchange.cell_reading import as_date, as_int, show
from rehablogg.exchange.verify_sentences import (
    P_AFTER,
    P_AFTER_PERIOD,
    P_BEFORE,
    P_BEFORE_PERIOD,
    P_CLOCK,
    P_DATE,
    P_DUPLICATE_CLIENT,
    P_DUPLICATE_CODE,
    P_DUPLICATE_EPISODE,
    P_DUPLICATE_ID,
    P_END_WITHOUT_REASON,
    P_FLAG,
    P_IDENTITY_NUMBER,
    P_INT,
    P_MUNICIPALITY,
    P_NOT_PSEUDONYM,
    P_OUTSIDE,
    P_PAUSE_OUTSIDE_EPISODE,
    P_RANGE,
    P_REASON_WITHOUT_END,
    P_TEXT,
    P_UNKNOWN_CODE,
    P_UNKNOWN_ENTRY,
    P_UNKNOWN_EPISODE,
    P_UNKNOWN_MUNICIPALITY,
)

PAIR: Final = "\0pair"  # a rule's answer: the derived value disagrees with its source
INVALID: Final = object()  # kept for a value that failed its rule
CLOCK_RE = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
HOURS_TOLERANCE = 1e-9  # spreadsheets keep 15 significant digits of minutes / 60
_FLAGS = frozenset({0, 1})
_MUNICIPALITY_RE = re.compile(r"\d{4}")


@dataclass
class FileFacts:
    """What the rules of one file share across rows and sheets.

    Per registrering_id: its row, the entry's year, antall_brukere, the Deltakere rows seen and
    their pseudonyms (tab-separated). Flat dicts of text and integers on purpose: CPython's
    garbage collector does not track those, so a 100 000-row file does not make every
    collection during the read walk 100 000 entries.
    """

    start: date | None = None
    end: date | None = None
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # kode: (navn_nb, kategori)
    entry_row: dict[str, int] = field(default_factory=dict)
    entry_year: dict[str, int] = field(default_factory=dict)
    entry_clients: dict[str, int] = field(default_factory=dict)
    seen_clients: dict[str, int] = field(default_factory=dict)
    pseudonyms: dict[str, str] = field(default_factory=dict)
    weeks: dict[date, int] = field(default_factory=dict)
    groups: dict[tuple[int, int | None], str] = field(default_factory=dict)
    # Per forlop_id: its Forløp row, its antall_opphold, its henvist and sluttdato (when
    # both read as dates) and the Opphold rows seen.
    episode_row: dict[str, int] = field(default_factory=dict)
    episode_pauses: dict[str, int] = field(default_factory=dict)
    episode_span: dict[str, tuple[date, date | None]] = field(default_factory=dict)
    seen_pauses: dict[str, int] = field(default_factory=dict)

    def iso_week(self, day: date) -> int:
        week = self.weeks.get(day)
        if week is None:
            week = self.weeks[day] = day.isocalendar().week
        return week

    def age_group(self, year: int, birth_year: int | None) -> str:
        key = (year, birth_year)
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = age_group(year, birth_year)
        return group


class RowState:
    """What the rules of one row keep for the rules of its later columns."""

    __slots__ = (
        "birth",
        "code",
        "dates",
        "day",
        "entry_year",
        "episode",
        "facts",
        "key",
        "minutes",
        "year",
    )

    def __init__(self, facts: FileFacts) -> None:
        self.facts = facts
        self.day: date | None = None
        self.year = 0
        self.code: tuple[str, str] | None = None
        self.minutes: object = INVALID
        self.key: str | None = None  # a Deltakere row's known registrering_id
        self.episode: str | None = None  # an Opphold row's known forlop_id
        self.entry_year = 0
        self.birth: object = INVALID
        # A Day column's date by its column name (None when empty, INVALID when it failed).
        self.dates: dict[str, object] = {}


class Rule:
    """Checks one cell; see the module's docstring for what it returns."""

    def check(self, value: object, row: RowState) -> str | None:
        raise NotImplementedError


@dataclass(frozen=True)
class Unchecked(Rule):
    """Any value: columns for people that nothing reads (Koder's other names, for one);
    ``optional`` only says whether the format lets it be empty."""

    optional: bool = False

    def check(self, value: object, row: RowState) -> str | None:
        return None


@dataclass(frozen=True)
class Text(Rule):
    """Text; ``optional``: or empty (anything but text is a problem either way)."""

    optional: bool = True

    def check(self, value: object, row: RowState) -> str | None:
        if isinstance(value, str) or (value is None and self.optional):
            return None
        return P_TEXT


class ClockTime(Rule):
    """Empty, or text ``HH:MM`` on a 24-hour clock."""

    optional = True

    def check(self, value: object, row: RowState) -> str | None:
        if value is None or (isinstance(value, str) and CLOCK_RE.fullmatch(value)):
            return None
        return P_CLOCK.format(value=show(value))


@dataclass(frozen=True)
class Whole(Rule):
    """An integer from ``low`` (to ``high``); ``optional``: or empty. Out of range says so when
    there is a ``high`` and ``says_range``, else that an integer was expected. ``keep``: the
    RowState slot that gets the integer (None when empty, INVALID when it failed)."""

    low: int
    high: int | None = None
    optional: bool = False
    says_range: bool = True
    keep: str = ""

    def check(self, value: object, row: RowState) -> str | None:
        if value is None and self.optional:
            self._keep(row, None)
            return None
        number = as_int(value)
        high = self.high
        if number is not None and self.low <= number and (high is None or number <= high):
            self._keep(row, number)
            return None
        self._keep(row, INVALID)
        if number is not None and high is not None and self.says_range:
            return P_RANGE.format(value=number, low=self.low, high=high)
        return P_INT.format(value=show(value))

    def _keep(self, row: RowState, value: object) -> None:
        if self.keep:
            setattr(row, self.keep, value)


class Flag(Rule):
    """The integer 0 or 1 (TRUE and FALSE are not integers)."""

    def check(self, value: object, row: RowState) -> str | None:
        if value in _FLAGS and value is not True and value is not False:
            return None
        return P_FLAG.format(value=show(value))


@dataclass(frozen=True)
class OneOf(Rule):
    """One of a few words; ``problem`` names them (``{words}``: them all). ``when``: the word
    is given exactly when the Day column of that name has a date (sluttarsak and sluttdato)."""

    words: frozenset[str]
    problem: str
    when: str = ""

    @property
    def optional(self) -> bool:
        return bool(self.when)

    def check(self, value: object, row: RowState) -> str | None:
        if self.when:
            given = row.dates.get(self.when)
            if value is None or value == "":
                return P_END_WITHOUT_REASON if isinstance(given, date) else None
            if given is None:
                return P_REASON_WITHOUT_END
        if value in self.words:
            return None
        return self.problem.format(value=show(value), words=", ".join(sorted(self.words)))


@dataclass(frozen=True)
class Day(Rule):
    """A date (``optional``: or empty), kept in the row as ``name``: not before the dates of the
    columns ``not_before`` nor after that of ``not_after`` (when those have one), and, when
    asked, not after the period's end or before its start."""

    name: str
    optional: bool = False
    not_before: tuple[str, ...] = ()
    not_after: str = ""
    from_period_start: bool = False
    by_period_end: bool = False

    def check(self, value: object, row: RowState) -> str | None:
        dates = row.dates
        if value is None and self.optional:
            dates[self.name] = None
            return None
        day = as_date(value)
        if day is None:
            dates[self.name] = INVALID
            return P_DATE.format(value=show(value))
        dates[self.name] = day
        shown = format_date(day)
        for other in self.not_before:
            earlier = dates.get(other)
            if isinstance(earlier, date) and day < earlier:
                return P_BEFORE.format(value=shown, other=other, earlier=format_date(earlier))
        later = dates.get(self.not_after) if self.not_after else None
        if isinstance(later, date) and day > later:
            return P_AFTER.format(value=shown, other=self.not_after, later=format_date(later))
        start, end = row.facts.start, row.facts.end
        if self.by_period_end and end is not None and day > end:
            return P_AFTER_PERIOD.format(value=shown, end=format_date(end))
        if self.from_period_start and start is not None and day < start:
            return P_BEFORE_PERIOD.format(value=shown, start=format_date(start))
        return None


@dataclass(frozen=True)
class Municipality(Rule):
    """A kommunenr: four digits as text, of the 2024 list (``core/municipalities.py``); or
    empty, which only a file whose profile had no municipality (not a submission) writes."""

    optional: bool = True

    def check(self, value: object, row: RowState) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not _MUNICIPALITY_RE.fullmatch(value):
            return P_MUNICIPALITY.format(value=show(value))
        return None if value in municipalities() else P_UNKNOWN_MUNICIPALITY.format(value=value)


class NewEpisode(Rule):
    """Forløp.forlop_id: text, on no earlier row (the sheet's check records each row)."""

    def check(self, value: object, row: RowState) -> str | None:
        if not isinstance(value, str) or not value:
            return P_TEXT
        other = row.facts.episode_row.get(value)
        return None if other is None else P_DUPLICATE_EPISODE.format(value=value, other=other)


class KnownEpisode(Rule):
    """Opphold.forlop_id: an episode of Forløp; counts the row for the episode and keeps it for
    :class:`PauseEnd`."""

    def check(self, value: object, row: RowState) -> str | None:
        facts = row.facts
        if not isinstance(value, str) or value not in facts.episode_row:
            row.episode = None
            return P_UNKNOWN_EPISODE.format(value=show(value))
        row.episode = value
        facts.seen_pauses[value] = facts.seen_pauses.get(value, 0) + 1
        return None


@dataclass(frozen=True)
class PauseEnd(Day):
    """Opphold.til: a :class:`Day`, and the pause (``start``, this) inside its episode: from
    henvist, and by sluttdato when the episode has ended (an open pause then is not). A pause
    outside would give the summary negative lengths (docs/care-pathway.md)."""

    start: str = ""

    def check(self, value: object, row: RowState) -> str | None:
        problem = super().check(value, row)
        span = row.facts.episode_span.get(row.episode) if row.episode is not None else None
        first, last = row.dates.get(self.start), row.dates.get(self.name)
        if problem is not None or span is None or not isinstance(first, date):
            return problem
        referral, ended = span
        end = last if isinstance(last, date) else None
        if first >= referral and (ended is None or (end is not None and end <= ended)):
            return None
        return P_PAUSE_OUTSIDE_EPISODE.format(
            pause=f"{format_date(first)}–{format_date(end) if end else ''}",
            episode=f"{format_date(referral)}–{format_date(ended) if ended else ''}",
        )


@dataclass(frozen=True)
class NoIdentityNumber(Rule):
    """Free text a therapist typed (a correction's reason): text or empty, never holding
    something that passes the identity-number checks (it was refused where it was typed;
    this catches a file edited afterwards, or written by another program)."""

    optional: bool = True

    def check(self, value: object, row: RowState) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            return P_TEXT
        return P_IDENTITY_NUMBER if contains_identity_number(value) else None


class NewEntryId(Rule):
    """Registreringer.registrering_id: text, on no earlier row."""

    def check(self, value: object, row: RowState) -> str | None:
        if not isinstance(value, str) or not value:
            return P_TEXT
        other = row.facts.entry_row.get(value)
        return None if other is None else P_DUPLICATE_ID.format(value=value, other=other)


class NewCode(Rule):
    """Koder.kode: text, on no earlier row."""

    def check(self, value: object, row: RowState) -> str | None:
        if not isinstance(value, str) or not value:
            return P_TEXT
        return P_DUPLICATE_CODE.format(value=value) if value in row.facts.codes else None


class PeriodDate(Rule):
    """A date within the file's period; keeps it as ``day`` and its year as ``year``."""

    def check(self, value: object, row: RowState) -> str | None:
        day = row.day = as_date(value)
        if day is None:
            row.year = 0
            return P_DATE.format(value=show(value))
        row.year = day.year
        start, end = row.facts.start, row.facts.end
        if (start and day < start) or (end and day > end):
            return P_OUTSIDE.format(
                value=format_date(day),
                start=format_date(start) if start else "",
                end=format_date(end) if end else "",
            )
        return None


class ListedCode(Rule):
    """A code listed in Koder; keeps its ``(navn_nb, kategori)`` as ``code``."""

    def check(self, value: object, row: RowState) -> str | None:
        known = row.code = row.facts.codes.get(value) if isinstance(value, str) else None
        return P_UNKNOWN_CODE.format(value=show(value)) if known is None else None


class KnownEntry(Rule):
    """Deltakere.registrering_id: an entry of Registreringer; keeps it as ``key`` and the
    entry's year as ``entry_year``, and counts the row for the entry."""

    def check(self, value: object, row: RowState) -> str | None:
        facts = row.facts
        if not isinstance(value, str) or value not in facts.entry_year:
            row.key, row.entry_year = None, 0
            return P_UNKNOWN_ENTRY.format(value=show(value))
        row.key, row.entry_year = value, facts.entry_year[value]
        facts.seen_clients[value] = facts.seen_clients.get(value, 0) + 1
        return None


class ClientPseudonym(Rule):
    """A pseudonym such as K-7Q2M9X, once per entry."""

    def check(self, value: object, row: RowState) -> str | None:
        if not isinstance(value, str) or not is_pseudonym(value):
            return P_NOT_PSEUDONYM.format(value=show(value))
        key = row.key
        if key is None:
            return None
        pseudonyms = row.facts.pseudonyms
        before = pseudonyms.get(key, "")
        pseudonyms[key] = f"{before}\t{value}" if before else value
        if before and value in before.split("\t"):
            return P_DUPLICATE_CLIENT.format(value=value)
        return None


def equal(found: object, expected: object) -> bool:
    return found == expected


def hours_equal(found: object, expected: object) -> bool:
    """Hours are minutes / 60 to within HOURS_TOLERANCE (and a number, never TRUE/FALSE)."""
    if isinstance(found, bool) or not isinstance(found, int | float):
        return False
    return not abs(found - expected) > HOURS_TOLERANCE  # type: ignore[operator]


def week_equal(found: object, expected: object) -> bool:
    return as_int(found) == expected


@dataclass(frozen=True)
class Derived(Rule):
    """A value computed from the column ``source``: ``expected`` computes it from what the row
    kept (None when the source failed its own rule, which said so) and ``same`` compares."""

    source: str
    expected: Callable[[RowState], object]
    same: Callable[[object, object], bool] = equal

    def check(self, value: object, row: RowState) -> str | None:
        expected = self.expected(row)
        if expected is None or self.same(value, expected):
            return None
        return PAIR


# What a derived column is computed from, given what its row kept.


def week_of_day(row: RowState) -> int | None:
    return row.facts.iso_week(row.day) if row.day is not None else None


def hours_of_minutes(row: RowState) -> float | None:
    minutes = row.minutes
    return minutes / 60 if isinstance(minutes, int) else None


def label_of_code(row: RowState) -> str | None:
    return row.code[0] if row.code is not None else None


def category_of_code(row: RowState) -> str | None:
    return row.code[1] if row.code is not None else None


def group_of_birth_year(row: RowState) -> str | None:
    birth = row.birth
    if birth is INVALID or not row.entry_year:
        return None
    return row.facts.age_group(row.entry_year, birth if isinstance(birth, int) else None)
