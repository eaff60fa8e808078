"""A realistic, reproducible therapist's year for demos, screenshots and load tests.

Everything is drawn from one ``random.Random(seed)``, so a seed always gives the same database
on the same machine (timestamps use the machine's local UTC offset, like real entries do).
Rows are built in memory and written with ``executemany`` in one transaction: saving 100 000
entries one by one through the normal save path would take minutes.

What makes the year look real:
- every working day is filled up to a share of the position's day (7.5 hours at 100 %), never
  beyond it: registered minutes plus travel stay within the week a therapist is paid for, and
  an ordinary week holds most of it;
- clients are seen in episodes (a start week, a length, sessions per week, favourite weekdays),
  so a client turns up in a weekly rhythm for a while and then disappears;
- about two fifths of the user time is indirect work, with codes, parties and arenas that
  belong together (parent guidance with parents, responsibility-group meetings with school and
  PPT);
- weekends, public holidays and absence days are empty: five weeks of holiday (three in July,
  Easter, the winter break, Christmas), a few sick days and course days.

``DemoSpec.entries`` None gives that year. A number gives exactly that many entries: fewer than
the year holds thins every day out; more (the benchmarks' 100 000) cannot fit in a working week
and is a load test, not a believable year.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Generic, NamedTuple, TypeVar

from rehablogg.core.catalogue import Catalogue, default_catalogue
from rehablogg.core.category import Category
from rehablogg.core.pseudonym import random_pseudonym
from rehablogg.core.workdays import public_holiday
from rehablogg.demo_pathway import PathwayRows, insert_pathways, plan_pathways
from rehablogg.storage.absence import absences as stored_absences
from rehablogg.storage.database import Database
from rehablogg.storage.engine import raw_connect
from rehablogg.storage.profile import update_profile

DAYS_IN_YEAR = 365

_T = TypeVar("_T")


@dataclass(frozen=True)
class DemoSpec:
    entries: int | None  # None: as many as a believable year holds
    clients: int
    seed: int
    end: date
    therapist: str
    municipality: str
    unit: str
    position_percent: int | None = None  # None: 80 or 100, drawn from the seed
    # ISO weekdays the therapist works (an 80 % position is often four full days).
    weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})


# --------------------------------------------------------------------------------------------
# Tables of practice. Weights are relative; minutes are drawn from the listed options, which
# repeat values to make them more likely.
# --------------------------------------------------------------------------------------------

# Share of entries per category; tuned so indirect minutes are about two fifths of the user
# time (indirect entries are shorter than direct ones, so their share of entries is higher).
_CATEGORY_WEIGHTS: dict[str, int] = {
    Category.DIREKTE: 47,
    Category.INDIREKTE: 45,
    Category.ANNET: 8,
}

# A full-time working day: 37.5 hours a week over five days.
_FULL_DAY_MINUTES = 450
# The share of the paid day that ends up registered (entries and travel); the rest goes to
# breaks between appointments, e-mail, preparation nobody logs.
_DAY_FILL = (0.72, 0.97)
# Draws that did not fit the day's remaining time before the day counts as full.
_FULL_AFTER_MISSES = 4

_CODE_WEIGHTS: dict[str, int] = {
    "D01": 8,
    "D02": 48,
    "D03": 7,
    "D04": 11,
    "D05": 3,
    "D06": 8,
    "D07": 5,
    "I01": 14,
    "I02": 12,
    "I03": 7,
    "I04": 6,
    "I05": 5,
    "I06": 6,
    "I07": 5,
    "I08": 5,
    "I09": 6,
    "I10": 12,
    "I11": 7,
    "I12": 4,
    "I13": 15,
    "A01": 2,
    "A02": 3,
    "A03": 6,
    "A04": 4,
}

_MINUTES: dict[str, tuple[int, ...]] = {
    "D01": (45, 45, 60, 60, 75),
    "D02": (30, 30, 30, 45, 45, 60),
    "D03": (45, 60, 60),
    "D04": (20, 30, 30, 45),
    "D05": (60, 60, 90),
    "D06": (30, 30, 45, 60),
    "D07": (30, 45, 60),
    "I01": (10, 15, 20, 30, 30, 45),
    "I02": (30, 30, 45, 60),
    "I03": (20, 30, 45, 60),
    "I04": (60, 60, 90),
    "I05": (30, 45, 60),
    "I06": (10, 15, 15, 20, 30),
    "I07": (10, 15, 20, 30, 45),
    "I08": (30, 45, 60),
    "I09": (10, 15, 15, 20, 30),
    "I10": (10, 10, 15, 15, 20),
    "I11": (20, 30, 45, 60),
    "I12": (45, 60, 90),
    "I13": (10, 10, 15, 15, 20),
    "A01": (45, 60, 90),
    "A02": (60, 90, 120),
    "A03": (15, 30, 30, 45, 60),
    "A04": (30, 45),
}

# Desk work is often logged afterwards without a clock time; the rest is timed when it fits.
_UNTIMED_SHARE: dict[str, float] = {"I10": 0.4, "I11": 0.5, "I13": 0.7, "A03": 0.3}

# Arenas reached by car: a visit there may carry travel minutes.
_AWAY_ARENAS = frozenset(
    {"hjemme", "barnehage", "skole", "arbeidsplass", "bolig_institusjon", "naermiljo_fritid"}
)
_TRAVEL_OPTIONS = (0, 10, 10, 15, 15, 20, 25, 30)

_GROUP_SIZES = (3, 4, 4, 5, 5, 6, 6, 7, 8)

# Age bands as (youngest, oldest) age in the end date's year. The youngest is one above the
# default age group's lower bound, so the age in the previous calendar year (the span's first
# months) still falls in the same group.
_AGE_BANDS: tuple[tuple[int, int, int], ...] = (
    (1, 5, 20),
    (7, 12, 25),
    (14, 17, 12),
    (19, 25, 10),
    (27, 66, 18),
    (68, 92, 15),
)

_FIRST_NAMES = (
    "Ola",
    "Kari",
    "Nora",
    "Emil",
    "Jakob",
    "Sofie",
    "Lukas",
    "Ingrid",
    "Filip",
    "Emma",
    "Aksel",
    "Maja",
    "Olav",
    "Astrid",
    "Henrik",
    "Sigrid",
    "Noah",
    "Ella",
    "Tor",
    "Liv",
    "Magnus",
    "Frida",
    "Knut",
    "Solveig",
    "Isak",
    "Hedda",
    "Per",
    "Berit",
    "Johannes",
    "Tiril",
)

_NOTES: dict[str, tuple[str, ...]] = {
    Category.DIREKTE: (
        "Jobbet med balanse og gange.",
        "God innsats i dag.",
        "Trent trapp og overganger.",
        "Justert hjemmeprogram.",
        "Ny test om fire uker.",
        "Sliten etter skoledagen.",
    ),
    Category.INDIREKTE: (
        "Avtalt oppfølging med foreldre.",
        "Sendt oppsummering til skolen.",
        "Tiltak i barnehagen justert.",
        "Venter på svar fra hjelpemiddelsentralen.",
        "Neste møte etter høstferien.",
        "Drøftet mål i planen.",
    ),
    Category.ANNET: (
        "Fagdag om motorikk.",
        "Teammøte.",
        "Bruker ikke hjemme.",
        "Avlyst pga. sykdom.",
    ),
}
_NOTE_SHARE = 0.12

_DAY_STARTS = (7 * 60 + 45, 8 * 60, 8 * 60, 8 * 60 + 15, 8 * 60 + 30)
_GAPS = (0, 0, 0, 5, 5, 10, 15)
_LUNCH_AFTER = 11 * 60 + 15
_LUNCH_MINUTES = 30
# Entries that would end after this are logged without a start time instead of overlapping.
_LAST_END = 17 * 60
_UNTIMED_STAMP = 16 * 60

_WEEKDAY_FACTOR = {1: 1.0, 2: 1.05, 3: 1.0, 4: 1.05, 5: 0.8}
# ISO weeks that are quieter than usual (summer edges, Christmas run-up and new year).
_QUIET_WEEKS = {27: 0.4, 31: 0.2, 32: 0.5, 51: 0.8, 52: 0.5, 1: 0.6}
_SUMMER_HOLIDAY_WEEKS = (28, 29, 30)
_WINTER_BREAK_WEEK = 8


# --------------------------------------------------------------------------------------------
# Plan: the year's days, absences and clients
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    start: date
    end: date

    @classmethod
    def ending(cls, end: date) -> _Span:
        return cls(end - timedelta(days=DAYS_IN_YEAR - 1), end)

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def week_index(self, d: date) -> int:
        """Weeks since the Monday of the span's first week (episodes are counted in these)."""
        first_monday = self.start - timedelta(days=self.start.weekday())
        return (d - first_monday).days // 7


def _is_weekday_at_work(d: date, weekdays: frozenset[int]) -> bool:
    return d.isoweekday() in weekdays and public_holiday(d) is None


def _in_easter_week(d: date) -> bool:
    """Monday to Wednesday before Maundy Thursday: the days many take off at Easter."""
    thursday = d + timedelta(days=4 - d.isoweekday())
    return d.isoweekday() <= 3 and public_holiday(thursday) is not None and thursday.month in (3, 4)


def _plan_absences(rng: random.Random, span: _Span, weekdays: frozenset[int]) -> dict[date, str]:
    """Holidays the way Norwegians take them (five weeks: three in July, Easter, the winter
    break, Christmas), plus a few sick and course days."""
    workdays = [d for d in span.days() if _is_weekday_at_work(d, weekdays)]
    absences: dict[date, str] = {}
    for d in workdays:
        week = d.isocalendar().week
        in_romjul = d.month == 12 and d.day >= 24
        in_winter_break = week == _WINTER_BREAK_WEEK and d.isoweekday() >= 3
        if week in _SUMMER_HOLIDAY_WEEKS or in_romjul or in_winter_break or _in_easter_week(d):
            absences[d] = "ferie"
    free = [d for d in workdays if d not in absences]
    for kind, spells, longest in (("sykdom", rng.randint(2, 4), 3), ("kurs", 2, 2)):
        for _ in range(spells):
            first = rng.randrange(len(free))
            for d in free[first : first + rng.randint(1, longest)]:
                absences.setdefault(d, kind)
    return absences


def _working_days(span: _Span, absences: dict[date, str], weekdays: frozenset[int]) -> list[date]:
    return [d for d in span.days() if _is_weekday_at_work(d, weekdays) and d not in absences]


def _day_factor(d: date) -> float:
    return _WEEKDAY_FACTOR.get(d.isoweekday(), 1.0) * _QUIET_WEEKS.get(d.isocalendar().week, 1.0)


def _plan_day_minutes(
    rng: random.Random, days: list[date], position: int, per_week: int
) -> list[tuple[date, int]]:
    """Each working day's registered time (entries plus travel): a share of the position's
    day, less on quiet days, never more than the day (so never more than the week). The
    position's week is shared over the days worked, and no day is longer than a full one."""
    capacity = min(_FULL_DAY_MINUTES, _FULL_DAY_MINUTES * 5 * position / 100 / per_week)
    return [
        (d, int(min(capacity, capacity * rng.uniform(*_DAY_FILL) * _day_factor(d)))) for d in days
    ]


def _plan_day_counts(rng: random.Random, days: list[date], total: int) -> list[tuple[date, int]]:
    """Share ``total`` entries over the working days by weight; exactly ``total`` in all."""
    if not days:
        return []
    weights = [_day_factor(d) * rng.uniform(0.75, 1.25) for d in days]
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    # Largest remainders get the leftover entries, which keeps the sum exact and deterministic.
    by_remainder = sorted(range(len(days)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return [(d, n) for d, n in zip(days, counts, strict=True) if n]


@dataclass(frozen=True)
class _DemoClient:
    label: str
    pseudonym: str
    birth_year: int
    age: int  # in the end date's year
    service: str
    has_ip: bool
    has_coordinator: bool
    has_child_coordinator: bool
    therapist_is_coordinator: bool
    active: bool
    first_week: int
    last_week: int
    per_week: int
    weekdays: frozenset[int]

    @property
    def is_child(self) -> bool:
        return self.age < 18

    @property
    def venue(self) -> str:
        """Where the client spends the day, for visits and staff guidance."""
        if self.age <= 5:
            return "barnehage"
        if self.age <= 19:
            return "skole"
        if self.age <= 66:
            return "arbeidsplass"
        return "bolig_institusjon"

    @property
    def venue_party(self) -> str:
        return {
            "barnehage": "barnehage",
            "skole": "skole_sfo",
            "arbeidsplass": "arbeidsgiver",
        }.get(self.venue, "hjemmetjeneste_bolig")

    @property
    def family_party(self) -> str:
        return "foreldre" if self.is_child else "parorende"


def _pick_age(rng: random.Random, index: int) -> int:
    # The first clients cover every band once, so small demos still show every age group.
    if index < len(_AGE_BANDS):
        low, high, _ = _AGE_BANDS[index]
    else:
        low, high, _ = rng.choices(_AGE_BANDS, weights=[b[2] for b in _AGE_BANDS])[0]
    return rng.randint(low, high)


def _pick_service(rng: random.Random, age: int) -> str:
    habilitation_share = 0.9 if age < 18 else 0.6 if age <= 25 else 0.12
    return "habilitering" if rng.random() < habilitation_share else "rehabilitering"


def _plan_episode(rng: random.Random, service: str) -> tuple[int, int, int]:
    """(first week, last week, sessions per week): habilitation runs long, rehab short and dense."""
    if service == "habilitering":
        weeks = rng.randint(20, 53)
        per_week = rng.choice((1, 1, 1, 2))
    else:
        weeks = rng.randint(6, 16)
        per_week = rng.choice((1, 2, 2, 3))
    # At least a few weeks fall inside the span, so every client has some entries.
    first = rng.randint(-weeks + 4, 48)
    return first, first + weeks - 1, per_week


def _plan_client(rng: random.Random, index: int, end: date, pseudonym: str) -> _DemoClient:
    age = _pick_age(rng, index)
    service = _pick_service(rng, age)
    complex_needs = rng.random() < (0.5 if service == "habilitering" else 0.15)
    has_ip = complex_needs and rng.random() < 0.8
    has_coordinator = complex_needs and rng.random() < 0.7
    has_child_coordinator = age <= 12 and complex_needs and rng.random() < 0.35
    therapist_is_coordinator = (has_coordinator or has_child_coordinator) and rng.random() < 0.5
    first, last, per_week = _plan_episode(rng, service)
    # An episode that ended well before the span's end is usually closed; a few are forgotten.
    active = last >= 48 or rng.random() < 0.15
    weekdays = frozenset(rng.sample(range(1, 6), per_week))
    label = f"Demo {_FIRST_NAMES[index % len(_FIRST_NAMES)]} {index + 1:02d}"
    return _DemoClient(
        label=label,
        pseudonym=pseudonym,
        birth_year=end.year - age,
        age=age,
        service=service,
        has_ip=has_ip,
        has_coordinator=has_coordinator,
        has_child_coordinator=has_child_coordinator,
        therapist_is_coordinator=therapist_is_coordinator,
        active=active,
        first_week=first,
        last_week=last,
        per_week=per_week,
        weekdays=weekdays,
    )


def _unique_pseudonym(rng: random.Random, taken: set[str]) -> str:
    chosen = random_pseudonym(rng)
    while chosen in taken:  # a clash must never merge two people
        chosen = random_pseudonym(rng)
    taken.add(chosen)
    return chosen


def _plan_clients(rng: random.Random, count: int, end: date, taken: set[str]) -> list[_DemoClient]:
    return [_plan_client(rng, i, end, _unique_pseudonym(rng, taken)) for i in range(count)]


# --------------------------------------------------------------------------------------------
# Entries
# --------------------------------------------------------------------------------------------


class _Work(NamedTuple):
    """One entry before it gets a date, time and id; clients are indexes into the plan."""

    code: str
    minutes: int
    clients: tuple[int, ...]
    contact_mode: str | None
    arena: str | None
    parties: tuple[str, ...]
    group_size: int | None
    travel: int
    timed: bool


@dataclass
class _Rows:
    entries: list[tuple[object, ...]]
    entry_clients: list[tuple[str, int]]
    entry_parties: list[tuple[str, str]]


class _Weighted(Generic[_T]):
    """A weighted choice with precomputed cumulative weights (it is drawn 100 000s of times)."""

    def __init__(self, items: Sequence[_T], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self.cum = tuple(accumulate(weights))

    def draw(self, rng: random.Random) -> _T:
        return self.items[bisect_right(self.cum, rng.random() * self.cum[-1])]


def _with_some(
    rng: random.Random, always: tuple[str, ...], *sometimes: tuple[float, str]
) -> tuple[str, ...]:
    """The parties in ``always`` plus each (share, party) in ``sometimes`` with that chance."""
    return always + tuple(party for share, party in sometimes if rng.random() < share)


class _YearWriter:
    """Draws entries day by day from the plan, keeping per-week client pools."""

    def __init__(
        self, rng: random.Random, catalogue: Catalogue, span: _Span, clients: list[_DemoClient]
    ) -> None:
        self.rng = rng
        self.catalogue_id = catalogue.id
        self.catalogue_version = catalogue.version
        self.span = span
        self.clients = clients
        known = {c.code: c.category for c in catalogue.codes if c.active_in(catalogue.version)}
        self.categories = _Weighted(list(_CATEGORY_WEIGHTS), list(_CATEGORY_WEIGHTS.values()))
        self.codes_by_category = {
            category: self._weighted_codes(known, category) for category in _CATEGORY_WEIGHTS
        }
        self.indirect_by_client = [self._indirect_codes(known, c) for c in clients]
        self._pools: dict[tuple[int, int], _Weighted[int]] = {}
        self.rows = _Rows([], [], [])

    @staticmethod
    def _weighted_codes(known: Mapping[str, str], category: str) -> _Weighted[str]:
        codes = [c for c in _CODE_WEIGHTS if known.get(c) == category]
        return _Weighted(codes, [_CODE_WEIGHTS[c] for c in codes])

    @staticmethod
    def _indirect_codes(known: Mapping[str, str], client: _DemoClient) -> _Weighted[str]:
        codes = [
            c
            for c in _CODE_WEIGHTS
            if known.get(c) == Category.INDIREKTE and _indirect_fits(c, client)
        ]
        return _Weighted(codes, [_CODE_WEIGHTS[c] for c in codes])

    # -- which client ------------------------------------------------------------------------

    def _pool(self, d: date) -> _Weighted[int]:
        """Clients in their episode this week, favouring their usual weekdays."""
        week = self.span.week_index(d)
        key = (week, d.isoweekday())
        pool = self._pools.get(key)
        if pool is None:
            members = [
                (i, c.per_week * (3 if d.isoweekday() in c.weekdays else 1))
                for i, c in enumerate(self.clients)
                if c.first_week <= week <= c.last_week
            ] or [(i, 1) for i in range(len(self.clients))]
            pool = _Weighted([i for i, _ in members], [w for _, w in members])
            self._pools[key] = pool
        return pool

    def _pick_client(self, d: date) -> int:
        return self._pool(d).draw(self.rng)

    def _pick_group(self, d: date, size: int) -> tuple[int, ...]:
        """Registered members of a group: children with children, adults with adults."""
        first = self._pick_client(d)
        wanted = min(size, self.rng.randint(2, 5))
        chosen = [first]
        for _ in range(wanted * 4):
            if len(chosen) >= wanted:
                break
            other = self._pick_client(d)
            same_band = self.clients[other].is_child == self.clients[first].is_child
            if other not in chosen and same_band:
                chosen.append(other)
        return tuple(chosen)

    # -- what was done -------------------------------------------------------------------------

    def _draw_work(self, d: date) -> _Work:
        # Without clients only work that needs none is possible.
        category = self.categories.draw(self.rng) if self.clients else Category.ANNET
        if category == Category.INDIREKTE:
            index = self._pick_client(d)
            code = self.indirect_by_client[index].draw(self.rng)
            return self._indirect(code, index)
        code = self.codes_by_category[category].draw(self.rng)
        if category == Category.DIREKTE:
            return self._direct(code, d)
        return self._other(code, d)

    def _minutes(self, code: str) -> int:
        return self.rng.choice(_MINUTES[code])

    def _travel(self, mode: str | None, arena: str | None) -> int:
        if mode != "oppmote" or arena not in _AWAY_ARENAS:
            return 0
        return self.rng.choice(_TRAVEL_OPTIONS)

    def _timed(self, code: str) -> bool:
        return self.rng.random() >= _UNTIMED_SHARE.get(code, 0.0)

    def _direct(self, code: str, d: date) -> _Work:
        if code == "D03":
            size = self.rng.choice(_GROUP_SIZES)
            members = self._pick_group(d, size)
            arena = self.rng.choice(("klinikk", "klinikk", "klinikk", "naermiljo_fritid"))
            return _Work(
                code,
                self._minutes(code),
                members,
                "oppmote",
                arena,
                (),
                size,
                self._travel("oppmote", arena),
                True,
            )
        index = self._pick_client(d)
        client = self.clients[index]
        mode, arena = _direct_setting(self.rng, code, client)
        parties = _direct_parties(self.rng, code, client)
        return _Work(
            code,
            self._minutes(code),
            (index,),
            mode,
            arena,
            parties,
            None,
            self._travel(mode, arena),
            True,
        )

    def _indirect(self, code: str, index: int) -> _Work:
        client = self.clients[index]
        mode, arena = _indirect_setting(self.rng, code, client)
        parties = _indirect_parties(self.rng, code, client)
        return _Work(
            code,
            self._minutes(code),
            (index,),
            mode,
            arena,
            parties,
            None,
            self._travel(mode, arena),
            self._timed(code),
        )

    def _other(self, code: str, d: date) -> _Work:
        rng = self.rng
        minutes = self._minutes(code)
        if code == "A01":
            arena = rng.choice(("skole", "barnehage", "naermiljo_fritid"))
            parties = _with_some(rng, (), (0.5, "helsestasjon"))
            return _Work(
                code,
                minutes,
                (),
                "oppmote",
                arena,
                parties,
                rng.choice(_GROUP_SIZES),
                self._travel("oppmote", arena),
                True,
            )
        if code == "A04":
            # A no-show is usually about a booked client; the trip may have been made already.
            clients = (self._pick_client(d),) if self.clients and rng.random() < 0.75 else ()
            arena = rng.choice(("klinikk", "klinikk", "hjemme"))
            return _Work(
                code,
                minutes,
                clients,
                "oppmote",
                arena,
                (),
                None,
                self._travel("oppmote", arena),
                True,
            )
        if code == "A02":
            mode, arena = rng.choice((("oppmote", "klinikk"), ("video", "digitalt")))
            return _Work(code, minutes, (), mode, arena, (), None, 0, True)
        return _Work(code, minutes, (), "oppmote", "klinikk", (), None, 0, self._timed(code))

    # -- how much, when, and the rows ----------------------------------------------------------

    def fill_day(self, d: date, minutes: int) -> list[_Work]:
        """Work for one day until ``minutes`` (entries plus travel) is used up: a draw that
        does not fit is put back, and a few in a row mean the day is full."""
        works: list[_Work] = []
        used = misses = 0
        while misses < _FULL_AFTER_MISSES:
            work = self._draw_work(d)
            cost = work.minutes + work.travel
            if used + cost > minutes:
                misses += 1
                continue
            works.append(work)
            used += cost
        return works

    def draw_day(self, d: date, count: int) -> list[_Work]:
        """``count`` pieces of work for a day, whatever they add up to (load tests)."""
        return [self._draw_work(d) for _ in range(count)]

    def write_day(self, d: date, works: Sequence[_Work]) -> None:
        offset = _utc_offset(d)
        cursor = self.rng.choice(_DAY_STARTS)
        had_lunch = False
        for work in works:
            start: int | None = None
            begin = cursor + work.travel
            if work.timed and begin + work.minutes <= _LAST_END:
                start = begin
                cursor = begin + work.minutes + self.rng.choice(_GAPS)
                if not had_lunch and cursor >= _LUNCH_AFTER:
                    cursor += _LUNCH_MINUTES
                    had_lunch = True
            self._append(d, start, work, offset)

    def _append(self, d: date, start: int | None, work: _Work, offset: str) -> None:
        rng = self.rng
        entry_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        # Saved when the work was done: at its end, or late afternoon for untimed desk work.
        saved = _UNTIMED_STAMP if start is None else start + work.minutes
        stamp = f"{d.isoformat()}T{saved // 60:02d}:{saved % 60:02d}:00{offset}"
        note = ""
        if rng.random() < _NOTE_SHARE:
            note = rng.choice(_NOTES[_category_of(work.code)])
        self.rows.entries.append(
            (
                entry_id,
                d.isoformat(),
                None if start is None else _clock(start),
                work.minutes,
                work.code,
                self.catalogue_id,
                self.catalogue_version,
                work.contact_mode,
                work.arena,
                work.group_size,
                work.travel,
                note,
                stamp,
                stamp,
            )
        )
        self.rows.entry_clients.extend((entry_id, i) for i in work.clients)
        self.rows.entry_parties.extend((entry_id, p) for p in work.parties)


def _category_of(code: str) -> Category:
    return {"D": Category.DIREKTE, "I": Category.INDIREKTE}.get(code[0], Category.ANNET)


def _clock(minute_of_day: int) -> str:
    return f"{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


def _utc_offset(d: date) -> str:
    # Midday, because daylight saving switches at night and a working day has one offset.
    return datetime.combine(d, time(12)).astimezone().isoformat(timespec="seconds")[-6:]


def _indirect_fits(code: str, client: _DemoClient) -> bool:
    """Whether an indirect code makes sense for this client (coordinator work needs the role)."""
    coordinated = client.has_ip or client.has_coordinator or client.has_child_coordinator
    rules = {
        "I04": coordinated or (client.is_child and client.service == "habilitering"),
        "I06": client.therapist_is_coordinator and not client.has_child_coordinator,
        "I07": client.therapist_is_coordinator and client.has_child_coordinator,
        "I08": client.has_ip,
        "I12": 4 <= client.age <= 7 or 15 <= client.age <= 20,
    }
    return rules.get(code, True)


def _direct_setting(rng: random.Random, code: str, client: _DemoClient) -> tuple[str | None, str]:
    """(contact mode, arena) for individual direct work: mostly in person, now and then video."""
    if code in ("D02", "D04", "D06") and rng.random() < 0.05:
        return "video", "digitalt"
    if code == "D05":
        return "oppmote", "klinikk"
    arenas: tuple[str, ...]
    if client.is_child:
        arenas = ("klinikk", "klinikk", "hjemme", client.venue, client.venue, "naermiljo_fritid")
    elif client.age >= 67:
        arenas = ("klinikk", "hjemme", "hjemme", "bolig_institusjon", "naermiljo_fritid")
    else:
        arenas = ("klinikk", "klinikk", "klinikk", "hjemme", "arbeidsplass", "naermiljo_fritid")
    return "oppmote", rng.choice(arenas)


def _direct_parties(rng: random.Random, code: str, client: _DemoClient) -> tuple[str, ...]:
    if code == "D06":
        return (client.family_party,)
    if code == "D05":
        other = "ppt" if client.is_child else "fastlege"
        return _with_some(rng, ("spesialist_habu",), (0.4, other))
    if code == "D01" and client.is_child:
        return ("foreldre",)
    if code == "D07":
        family = ("foreldre",) if client.is_child else ()
        return _with_some(rng, family, (0.5, "nav_hjelpemiddel"))
    return ()


def _indirect_setting(
    rng: random.Random, code: str, client: _DemoClient
) -> tuple[str | None, str | None]:
    """(contact mode, arena); phone and written work has no arena, record keeping neither."""
    if code == "I13":
        return None, None
    if code == "I10":  # phone or written by definition (the catalogue's default says so too)
        return rng.choice(("telefon", "telefon", "skriftlig")), None
    if code in ("I06", "I07", "I09") and rng.random() < 0.75:
        return rng.choice(("telefon", "telefon", "skriftlig")), None
    if code in ("I08", "I11") and rng.random() < 0.6:
        return "skriftlig", None
    if code == "I01" and rng.random() < 0.3:
        return "telefon", None
    if rng.random() < 0.12:
        return "video", "digitalt"
    if code in ("I02", "I03", "I04", "I12"):
        return "oppmote", rng.choice((client.venue, client.venue, "klinikk"))
    return "oppmote", rng.choice(("klinikk", "klinikk", "hjemme"))


def _indirect_parties(rng: random.Random, code: str, client: _DemoClient) -> tuple[str, ...]:
    family, venue = client.family_party, client.venue_party
    if code == "I01":
        return (family,)
    if code == "I02":
        return (venue,)
    if code == "I03":
        return _with_some(rng, (venue,), (0.4, "nav_hjelpemiddel"))
    if code == "I04":
        return _meeting_parties(rng, client)
    if code == "I05":
        return (
            rng.choice(
                ("spesialist_habu", "ppt", "bup")
                if client.is_child
                else ("spesialist_habu", "fastlege", "kommunal_tjeneste")
            ),
        )
    if code in ("I06", "I07", "I08"):
        return _with_some(rng, ("koordinerende_enhet",), (0.6, family))
    if code == "I09":
        return ("spesialist_habu",)
    if code in ("I10", "I11"):
        return (
            rng.choice(
                (
                    "fastlege",
                    "ppt",
                    "nav_hjelpemiddel",
                    "spesialist_habu",
                    "helsestasjon" if client.age <= 5 else "kommunal_tjeneste",
                )
            ),
        )
    if code == "I12":
        return _transition_parties(client)
    return ()


def _meeting_parties(rng: random.Random, client: _DemoClient) -> tuple[str, ...]:
    """A responsibility group: the family, the school or kindergarten, and other services."""
    if client.is_child:
        return _with_some(
            rng,
            ("foreldre", client.venue_party),
            (0.6, "ppt"),
            (0.3, "koordinerende_enhet"),
            (0.25, "spesialist_habu"),
            (0.3 if client.age <= 5 else 0.0, "helsestasjon"),
        )
    return _with_some(
        rng,
        ("parorende", "koordinerende_enhet"),
        (0.5, "hjemmetjeneste_bolig"),
        (0.3, "fastlege"),
        (0.3, "nav_hjelpemiddel"),
    )


def _transition_parties(client: _DemoClient) -> tuple[str, ...]:
    if client.age <= 7:
        return ("foreldre", "barnehage", "skole_sfo")
    return (client.family_party, "skole_sfo", "kommunal_tjeneste")


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def _write_profile(db: Database, spec: DemoSpec, position: int, catalogue: Catalogue) -> None:
    update_profile(
        db.engine,
        therapist_code=spec.therapist,
        municipality=spec.municipality,
        unit=spec.unit,
        # KOSTRA function 241: diagnosis, treatment, habilitation and rehabilitation.
        kostra_function="241",
        profession="fysioterapeut",
        position_percent=position,
        working_days=",".join(str(d) for d in sorted(spec.weekdays)),
        default_arena="klinikk",
        default_contact_mode="oppmote",
        catalogue_id=catalogue.id,
        catalogue_version=catalogue.version,
    )


def _insert_clients(conn: sqlite3.Connection, clients: list[_DemoClient], span: _Span) -> list[int]:
    """Insert one by one to learn each new id (executemany does not report them)."""
    ids: list[int] = []
    for c in clients:
        registered = span.start + timedelta(weeks=max(c.first_week, 0))
        cursor = conn.execute(
            "INSERT INTO client (label, pseudonym, birth_year, service, has_ip, has_coordinator, "
            "has_child_coordinator, therapist_is_coordinator, active, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                c.label,
                c.pseudonym,
                c.birth_year,
                c.service,
                c.has_ip,
                c.has_coordinator,
                c.has_child_coordinator,
                c.therapist_is_coordinator,
                c.active,
                f"{min(registered, span.end).isoformat()}T08:00:00{_utc_offset(registered)}",
            ),
        )
        assert cursor.lastrowid is not None
        ids.append(cursor.lastrowid)
    return ids


def _insert_entries(conn: sqlite3.Connection, rows: _Rows, client_ids: list[int]) -> None:
    conn.executemany(
        "INSERT INTO entry (id, date, start_time, minutes, code, catalogue_id, "
        "catalogue_version, contact_mode, arena, group_size, travel_minutes, note, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.entries,
    )
    conn.executemany(
        "INSERT INTO entry_client (entry_id, client_id) VALUES (?, ?)",
        ((entry_id, client_ids[i]) for entry_id, i in rows.entry_clients),
    )
    conn.executemany("INSERT INTO entry_party (entry_id, party) VALUES (?, ?)", rows.entry_parties)


def _insert_absences(conn: sqlite3.Connection, absences: dict[date, str]) -> None:
    # OR IGNORE: absence days the user already entered win over the demo's.
    conn.executemany(
        "INSERT OR IGNORE INTO absence (date, kind) VALUES (?, ?)",
        sorted((d.isoformat(), kind) for d, kind in absences.items()),
    )


def _taken_pseudonyms(conn: sqlite3.Connection) -> set[str]:
    return {str(row[0]) for row in conn.execute("SELECT pseudonym FROM client")}


def _position(spec: DemoSpec, rng: random.Random) -> int:
    return spec.position_percent if spec.position_percent is not None else rng.choice((80, 100))


def _plan_year(
    rng: random.Random,
    writer: _YearWriter,
    days: list[date],
    position: int,
    per_week: int,
    entries: int | None,
) -> list[tuple[date, list[_Work]]]:
    """The work of each working day: a believable year, then thinned out or (a load test)
    topped up to exactly ``entries``."""
    year = [
        (d, writer.fill_day(d, minutes))
        for d, minutes in _plan_day_minutes(rng, days, position, per_week)
    ]
    held = sum(len(works) for _, works in year)
    if entries is None or entries == held:
        return year
    if entries < held:
        keep = set(rng.sample(range(held), entries))
        thinned: list[tuple[date, list[_Work]]] = []
        first = 0  # the index of the day's first piece of work in the whole year
        for d, works in year:
            thinned.append((d, [w for i, w in enumerate(works, first) if i in keep]))
            first += len(works)
        return thinned
    extra = dict(_plan_day_counts(rng, days, entries - held))
    return [(d, works + writer.draw_day(d, extra.get(d, 0))) for d, works in year]


# Catalogue version 2's group and system work, made from work the year already holds (so the
# time budget stays): a longer parent-guidance session becomes a parent course or a staff
# training (I14), some administration becomes triage of referrals (I15) or system-level
# cooperation (A05). Drawn from a generator of its own, after the year is planned.
_COURSE_SHARE = 0.35
_STAFF_TRAINING_SHARE = 0.3
_TRIAGE_SHARE = 0.2
_SYSTEM_SHARE = 0.15


def _group_and_system_work(
    seed: int,
    catalogue: Catalogue,
    clients: list[_DemoClient],
    year: list[tuple[date, list[_Work]]],
) -> list[tuple[date, list[_Work]]]:
    known = {c.code for c in catalogue.codes if c.active_in(catalogue.version)}
    if not {"I14", "I15", "A05"} <= known:
        return year  # an older catalogue: none of this exists
    rng = random.Random(f"{seed}-group-work")
    seen: dict[int, list[date]] = {}
    for d, works in year:
        for work in works:
            for index in work.clients:
                seen.setdefault(index, []).append(d)

    def children_near(d: date, besides: int) -> list[int]:
        near = timedelta(days=30)
        return [
            i
            for i, days in sorted(seen.items())
            if i != besides and clients[i].is_child and any(abs(x - d) <= near for x in days)
        ]

    def convert(d: date, work: _Work) -> _Work:
        if work.code == "I01" and work.minutes >= 30 and rng.random() < _COURSE_SHARE:
            if rng.random() < _STAFF_TRAINING_SHARE:
                return work._replace(
                    code="I14",
                    clients=(),
                    contact_mode="oppmote",
                    arena="barnehage",
                    parties=("barnehage",),
                    group_size=rng.randint(4, 10),
                )
            others = children_near(d, work.clients[0]) if work.clients else []
            named = (*work.clients, *rng.sample(others, min(len(others), rng.randint(1, 3))))
            return work._replace(
                code="I14",
                clients=named,
                contact_mode="oppmote",
                arena="klinikk",
                parties=("foreldre",),
                group_size=len(named) + rng.randint(2, 6),
            )
        if work.code == "A03":
            drawn = rng.random()
            if drawn < _TRIAGE_SHARE:
                return work._replace(code="I15", clients=(), arena=None, parties=())
            if drawn < _TRIAGE_SHARE + _SYSTEM_SHARE:
                return work._replace(code="A05", parties=("kommunal_tjeneste",))
        return work

    return [(d, [convert(d, w) for w in works]) for d, works in year]


def _plan_pathways(
    spec: DemoSpec, catalogue: Catalogue, clients: list[_DemoClient], rows: _Rows
) -> PathwayRows:
    """Episodes shaped around each client's entries (demo_pathway.py)."""
    direct = {c.code for c in catalogue.codes if c.category == Category.DIREKTE}
    entries = {
        str(row[0]): (date.fromisoformat(str(row[1])), row[4] in direct) for row in rows.entries
    }
    seen: dict[int, list[tuple[date, bool]]] = {}
    for entry_id, index in rows.entry_clients:
        seen.setdefault(index, []).append(entries[entry_id])
    return plan_pathways(spec.seed, clients, seen, municipality=spec.municipality, today=spec.end)


def write_demo(db: Database, spec: DemoSpec) -> int:
    """Fill ``db`` with a demo year ending on ``spec.end``; returns the number of entries."""
    rng = random.Random(spec.seed)
    catalogue = default_catalogue()
    span = _Span.ending(spec.end)
    position = _position(spec, rng)
    _write_profile(db, spec, position, catalogue)
    conn = raw_connect(db.path)
    try:
        clients = _plan_clients(rng, spec.clients, spec.end, _taken_pseudonyms(conn))
        # Absence days already in the database win over the demo's, and stay free of work.
        absences = _plan_absences(rng, span, spec.weekdays) | stored_absences(db.engine)
        writer = _YearWriter(rng, catalogue, span, clients)
        days = _working_days(span, absences, spec.weekdays)
        year = _plan_year(rng, writer, days, position, len(spec.weekdays), spec.entries)
        for d, works in _group_and_system_work(spec.seed, catalogue, clients, year):
            writer.write_day(d, works)
        pathways = _plan_pathways(spec, catalogue, clients, writer.rows)
        conn.execute("BEGIN IMMEDIATE")
        try:
            client_ids = _insert_clients(conn, clients, span)
            _insert_absences(conn, absences)
            _insert_entries(conn, writer.rows, client_ids)
            stamp = f"{spec.end.isoformat()}T16:00:00{_utc_offset(spec.end)}"
            insert_pathways(conn, pathways, client_ids, stamp)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.close()
    return len(writer.rows.entries)
