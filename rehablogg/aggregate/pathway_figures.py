"""The care pathway's figures of the summary (issue 20): waiting time from referral to first
direct contact, episodes started and ended, their length and minutes, service across municipal
lines and needs ahead. Plain Python over one accepted submission's rows at a time (each row a
mapping by column name), so the figures can be tested on hand-made rows and a collection of
thousands of files is read one file at a time.

The rules (docs/care-pathway.md; the sheets repeat them beside their tables):

- **An episode** is one row of a submission's ``Forløp`` sheet, the same episode (``forlop_id``)
  in every month it is active; the version of the newest month counts, with that month's
  pauses (``Opphold``). An episode that version leaves active on the first day of a later
  month of its therapist, which does not list it, was deleted or its end back-dated: it is
  left out (:meth:`PathwayData.current`). A format 1.0 submission has no episodes: every
  figure here is empty.
- **Waiting time** = ``forste_direkte_kontakt`` minus ``henvist`` in days. An episode without a
  first contact and without an end is **still waiting**: the days from the referral to the last
  day of the month its newest version was exported in.
- **Median and 75th percentile**: linear between the closest ranks (Excel's PERCENTILE.INC,
  numpy's default): of 1, 2, 3, 10 the median is 2.5 and the 75th percentile 4.75.
- **Length** of an ended episode = days from the referral to the end, both counted, less the
  paused days (the days inside the episode some pause covers, each once).
- **Minutes of a client** (per episode, per home municipality; docs/care-pathway.md, "the split
  rule"): an indirect entry's minutes are split equally among the clients it names (a parent
  course for four families gives each a quarter); any other entry gives each client it names
  all its minutes, as the other sheets count them (a group session is each child's session).
  An entry naming nobody is the therapist's only.
  An episode's minutes are those of its therapist's entries with the client from the referral
  to the end (or to the newest month delivered), ``direkte`` and ``indirekte`` apart.
- **Needs ahead**: each client's newest ``Behov`` row. A need of ``noe`` or ``mye`` falls in a
  year: ``barnehage_skole`` the year the child turns 6 (school start), ``bolig`` the year they
  turn 18; the other kinds, which have no age of their own, the year after the assessment, or
  the first year looked at when that is later (an assessment stands until a newer one).
"""

from __future__ import annotations

import math
import sys
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from rehablogg.core.agegroups import UNKNOWN_AGE_GROUP
from rehablogg.core.care_pathway import NEED_KINDS, NO_NEED, Pause
from rehablogg.core.category import Category
from rehablogg.core.periods import Month
from rehablogg.exchange import columns
from rehablogg.exchange.columns import SHEET_EPISODES, SHEET_NEEDS, SHEET_PAUSES

# The format 1.1 sheets and the columns read here (exchange/columns.py; the format declares
# some of these names only in its tables).
PATHWAY_SHEETS = (SHEET_EPISODES, SHEET_PAUSES, SHEET_NEEDS)
EPISODE_ID = columns.EPISODE_ID
CLIENT = columns.EPISODE_CLIENT
REFERRED = columns.EPISODE_REFERRAL
REFERRED_BY = "henvist_fra"
STARTED = columns.EPISODE_START
ENDED = columns.EPISODE_END
END_REASON = columns.EPISODE_END_REASON
FIRST_DIRECT = columns.EPISODE_FIRST_DIRECT
HOME = "bostedskommune"  # in Forløp, Behov and (1.1) Deltakere
ARRANGEMENT = "tjenesteform"  # in Forløp and (1.1) Deltakere
PAUSE_FROM, PAUSE_TO, PAUSE_KIND = columns.PAUSE_FROM, columns.PAUSE_TO, "type"
BIRTH_YEAR = columns.PARTICIPANT_BIRTH_YEAR
ASSESSED = "vurdert"
ENTRY_ID, ENTRY_DATE = columns.ENTRY_ID, columns.ENTRY_DATE
ENTRY_CATEGORY, ENTRY_MINUTES = columns.ENTRY_CATEGORY, columns.ENTRY_MINUTES
SERVICE, AGE_GROUP = columns.PARTICIPANT_SERVICE, columns.PARTICIPANT_AGE_GROUP
# The columns of Registreringer and Deltakere the time figures read (``_add_time``): a row is
# handed over with these alone, not all of its forty.
TIME_COLUMNS_READ = {
    "entries": (ENTRY_ID, ENTRY_DATE, ENTRY_CATEGORY, ENTRY_MINUTES),
    "participants": (ENTRY_ID, CLIENT, SERVICE, AGE_GROUP, HOME, ARRANGEMENT),
}
# The names spelt out above, by sheet (a test holds them against the format's tables).
COLUMNS_READ = {
    SHEET_EPISODES: (REFERRED_BY, HOME, ARRANGEMENT),
    SHEET_PAUSES: (PAUSE_KIND,),
    SHEET_NEEDS: (HOME, ASSESSED, BIRTH_YEAR),
}

SCHOOL_AGE, ADULT_AGE = 6, 18
NEED_AGES: Mapping[str, int] = {"barnehage_skole": SCHOOL_AGE, "bolig": ADULT_AGE}
NEEDED = ("noe", "mye")
UNKNOWN = "ukjent"
_DIRECT, _INDIRECT = str(Category.DIREKTE), str(Category.INDIREKTE)


def percentile(values: Iterable[float], q: float) -> float | None:
    """The ``q`` quantile (0…1), linear between the closest ranks (PERCENTILE.INC); None for
    no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * q
    below = math.floor(position)
    fraction = position - below
    if fraction == 0:
        return float(ordered[below])
    return ordered[below] + (ordered[below + 1] - ordered[below]) * fraction


def median(values: Iterable[float]) -> float | None:
    return percentile(values, 0.5)


def _day(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _text(value: object) -> str:
    if value.__class__ is str:  # nearly every cell: the cheapest test first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _number(value: object) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return 0.0


def _label(value: object) -> str:
    """``_text`` for a kept value that repeats across the collection (a source, a reason, a
    municipality number, a client's pseudonym): one copy of each, not one per episode."""
    return sys.intern(_text(value))


def _year(value: object) -> int | None:
    text = _text(value)
    return int(text) if text.isdigit() else None


@dataclass(frozen=True)
class MonthRows:
    """One accepted submission's rows, each a mapping by column name. ``municipality`` is the
    therapist's (the serving one), "kommunenr kommunenavn"."""

    therapist: str
    municipality: str
    month: str
    entries: Iterable[Mapping[str, object]]
    participants: Iterable[Mapping[str, object]]
    episodes: Sequence[Mapping[str, object]] = ()
    pauses: Sequence[Mapping[str, object]] = ()
    needs: Sequence[Mapping[str, object]] = ()


@dataclass(frozen=True, slots=True)
class EpisodeRow:
    """The newest version of one episode."""

    id: str
    therapist: str
    municipality: str  # serving: the therapist's
    client: str
    referral: date
    source: str
    start: date | None
    end: date | None
    reason: str
    first_direct: date | None
    home: str
    arrangement: str
    pauses: tuple[Pause, ...]
    month: str  # the month of the submission this version comes from

    @property
    def seen_until(self) -> date:
        """The last day this version can know of: its month's last day."""
        return Month.parse(self.month).last_day

    def paused_spans(self, until: date) -> list[tuple[date, date]]:
        """The paused stretches inside the episode up to ``until`` (from the referral to the
        end), overlapping ones merged, in order, both ends counted. Arithmetic on the ends: a
        hostile file's pause from 1900 costs no more than any other."""
        stop = min(until, self.end) if self.end is not None else until
        spans: list[tuple[date, date]] = []
        for p in sorted(self.pauses, key=lambda p: p.start):
            first = max(p.start, self.referral)
            last = stop if p.end is None else min(p.end, stop)
            if first > last:
                continue
            if spans and first.toordinal() <= spans[-1][1].toordinal() + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], last))
            else:
                spans.append((first, last))
        return spans

    def paused_days(self, until: date) -> int:
        """The days paused inside the episode up to ``until``, each once."""
        return sum((last - first).days + 1 for first, last in self.paused_spans(until))


@dataclass(slots=True)
class _Contacts:
    """One client's share of each entry, as packed arrays (a large collection holds many):
    the day, and the share signed by its category, direct above zero and indirect below (an
    entry's minutes are 1–1440, so a share is never zero and the sign tells them apart)."""

    days: array[int] = field(default_factory=lambda: array("i"))
    shares: array[float] = field(default_factory=lambda: array("d"))

    def add(self, day: date, category: str, minutes: float) -> None:
        if category == _DIRECT:
            self.shares.append(minutes)
        elif category == _INDIRECT:
            self.shares.append(-minutes)
        else:
            return
        self.days.append(day.toordinal())

    def between(self, first: date, last: date) -> tuple[float, float]:
        lo, hi = first.toordinal(), last.toordinal()
        direct = indirect = 0.0
        for d, share in zip(self.days, self.shares, strict=True):
            if lo <= d <= hi:
                if share > 0:
                    direct += share
                else:
                    indirect -= share
        return direct, indirect


@dataclass(slots=True)
class NeedsRow:
    client: tuple[str, str]
    home: str
    birth_year: int | None
    assessed: date
    levels: dict[str, str]
    month: str


@dataclass(slots=True)
class CrossCell:
    """Time and clients of one (serving municipality, home municipality, arrangement)."""

    minutes: float = 0.0
    # Entries with a participant here, each once however many of its participants are. A
    # count, not the set of entry ids it once was: that set held every entry of the
    # collection and was most of the summary's memory for format 1.1 files. An entry sent in
    # two months that both count (moved after its month was handed in, the correction not yet
    # in) is counted in each, as every other sheet counts it.
    entries: int = 0
    clients: set[tuple[str, str]] = field(default_factory=set)


@dataclass
class PathwayData:
    """What the pathway figures need, gathered one submission at a time (:meth:`add`).
    A client is (therapist, pseudonym), or the pseudonym alone with linked pseudonyms; an
    episode always belongs to its therapist's client (the entries it counts are theirs)."""

    linked: bool = False
    # (therapist, forlop_id): the newest version; :meth:`current` leaves out those gone since
    versions: dict[tuple[str, str], EpisodeRow] = field(default_factory=dict)
    # therapist: the forlop_id of each of their episodes, in the order of ``versions``
    episode_ids: dict[str, dict[str, None]] = field(default_factory=dict)
    # therapist: pseudonym: their share of each entry, until the therapist is settled
    contacts: dict[str, dict[str, _Contacts]] = field(default_factory=dict)
    # (therapist, forlop_id): the direct and indirect minutes inside the episode, worked out
    # by :meth:`settle` once every month of the therapist is in
    settled: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
    # (therapist, pseudonym): (month, service) and (month, age group), the newest wins
    service: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    age_group: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    needs: dict[tuple[str, str], NeedsRow] = field(default_factory=dict)
    cross: dict[tuple[str, str, str], CrossCell] = field(default_factory=dict)
    # client: (serving, home, arrangement): minutes — for counting each client once
    cross_people: dict[tuple[str, str], dict[tuple[str, str, str], float]] = field(
        default_factory=dict
    )
    months: dict[str, set[str]] = field(default_factory=dict)  # municipality: months delivered
    # therapist: newest month delivered, and every month delivered
    newest: dict[str, str] = field(default_factory=dict)
    delivered: dict[str, set[str]] = field(default_factory=dict)

    def client_key(self, therapist: str, pseudonym: str) -> tuple[str, str]:
        return ("", pseudonym) if self.linked else (therapist, pseudonym)

    def current(self) -> list[EpisodeRow]:
        """Every episode's newest version, less those a later month of the therapist no longer
        lists while the version says the episode was still active on that month's first day.
        A month's Forløp holds every episode active in it, so such an episode was deleted or
        its end back-dated before that month: its end is not known, and counting it as open
        would keep it active and waiting for ever (docs/care-pathway.md)."""
        return [e for e in self.versions.values() if self._is_current(e)]

    def _is_current(self, e: EpisodeRow) -> bool:
        later = [m for m in self.delivered.get(e.therapist, ()) if m > e.month]
        return not (later and (e.end is None or e.end >= Month.parse(min(later)).first_day))

    def by_client(self) -> dict[tuple[str, str], list[EpisodeRow]]:
        """Every client's episodes (a client as :meth:`client_key` makes them)."""
        out: dict[tuple[str, str], list[EpisodeRow]] = {}
        for e in self.current():
            out.setdefault(self.client_key(e.therapist, e.client), []).append(e)
        return out

    def current_of(self, therapist: str) -> list[EpisodeRow]:
        """:meth:`current` for one therapist's episodes, in the same order."""
        rows = (self.versions[(therapist, i)] for i in self.episode_ids.get(therapist, {}))
        return [e for e in rows if self._is_current(e)]

    def episodes_of(self, therapist: str) -> dict[tuple[str, str], list[EpisodeRow]]:
        """:meth:`by_client` for one therapist's episodes."""
        out: dict[tuple[str, str], list[EpisodeRow]] = {}
        for e in self.current_of(therapist):
            out.setdefault(self.client_key(e.therapist, e.client), []).append(e)
        return out

    def settle(self, therapist: str) -> None:
        """Every month of ``therapist`` has been added: work out the minutes inside each of
        their episodes now and let their contacts go. Contacts are the therapist's own (never
        linked), so nothing added later can change these figures; held until the end they made
        the summary's memory grow with the number of clients."""
        own = self.contacts.pop(therapist, {})
        for e in self.current_of(therapist):
            contacts = own.get(e.client)
            self.settled[(therapist, e.id)] = (
                contacts.between(e.referral, self.follow_until(e)) if contacts else (0.0, 0.0)
            )

    def follow_until(self, row: EpisodeRow) -> date:
        """The last day an episode's figures count: its end, or the newest month delivered."""
        seen_until = Month.parse(self.newest.get(row.therapist, row.month)).last_day
        return row.end if row.end is not None else max(seen_until, row.seen_until)

    def minutes_in(self, row: EpisodeRow) -> tuple[float, float]:
        """The direct and indirect minutes of the episode's client inside it."""
        found = self.settled.get((row.therapist, row.id))
        if found is not None:
            return found
        contacts = self.contacts.get(row.therapist, {}).get(row.client)
        return contacts.between(row.referral, self.follow_until(row)) if contacts else (0.0, 0.0)

    def add(self, rows: MonthRows) -> None:
        self.months.setdefault(rows.municipality, set()).add(rows.month)
        self.newest[rows.therapist] = max(rows.month, self.newest.get(rows.therapist, ""))
        self.delivered.setdefault(rows.therapist, set()).add(rows.month)
        self._add_time(rows)
        self._add_episodes(rows)
        self._add_needs(rows)

    def _add_time(self, rows: MonthRows) -> None:
        entries: dict[str, tuple[date, str, float]] = {}
        for e in rows.entries:
            day = _day(e.get(ENTRY_DATE))
            if day is not None:
                entries[_text(e.get(ENTRY_ID))] = (
                    day,
                    _text(e.get(ENTRY_CATEGORY)),
                    _number(e.get(ENTRY_MINUTES)),
                )
        named: dict[str, list[Mapping[str, object]]] = {}
        for p in rows.participants:
            named.setdefault(_text(p.get(ENTRY_ID)), []).append(p)
        serving = rows.municipality
        own_number = serving.split(" ", 1)[0]
        own = self.contacts.setdefault(rows.therapist, {})
        for entry_id, people in named.items():
            found = entries.get(entry_id)
            if found is None:
                continue
            day, category, minutes = found
            share = minutes / len(people) if category == _INDIRECT else minutes
            cells: set[tuple[str, str, str]] = set()  # the cross cells this entry counts in
            for p in people:
                pseudonym = _text(p.get(CLIENT))
                mine = (rows.therapist, pseudonym)
                # get, then make: setdefault would build a _Contacts for every row
                contacts = own.get(pseudonym)
                if contacts is None:
                    contacts = own[pseudonym] = _Contacts()
                contacts.add(day, category, share)
                for table, column in ((self.service, SERVICE), (self.age_group, AGE_GROUP)):
                    value = _text(p.get(column))
                    if value and rows.month >= table.get(mine, ("", ""))[0]:
                        # interned: kept per client, and a row's text is its own copy
                        table[mine] = (rows.month, sys.intern(value))
                if HOME not in p:
                    continue  # format 1.0: where the client lives is not known
                home = sys.intern(_text(p.get(HOME))) or own_number
                where = (serving, home, sys.intern(_text(p.get(ARRANGEMENT))) or UNKNOWN)
                # unlinked, the client's key is ``mine``: one tuple kept per client, not two
                who = self.client_key(rows.therapist, pseudonym) if self.linked else mine
                cell = self.cross.get(where)
                if cell is None:
                    cell = self.cross[where] = CrossCell()
                cell.minutes += share
                if where not in cells:
                    cells.add(where)
                    cell.entries += 1
                cell.clients.add(who)
                person = self.cross_people.get(who)
                if person is None:
                    person = self.cross_people[who] = {}
                person[where] = person.get(where, 0.0) + share

    def _add_episodes(self, rows: MonthRows) -> None:
        pauses: dict[str, list[Pause]] = {}
        for p in rows.pauses:
            start = _day(p.get(PAUSE_FROM))
            if start is not None:
                pauses.setdefault(_text(p.get(EPISODE_ID)), []).append(
                    Pause(start, _day(p.get(PAUSE_TO)), _label(p.get(PAUSE_KIND)))
                )
        own_number = sys.intern(rows.municipality.split(" ", 1)[0])
        for e in rows.episodes:
            referral = _day(e.get(REFERRED))
            episode_id = _text(e.get(EPISODE_ID))
            if referral is None or not episode_id:
                continue
            key = (rows.therapist, episode_id)
            before = self.versions.get(key)
            if before is not None and before.month > rows.month:
                continue
            self.episode_ids.setdefault(rows.therapist, {})[episode_id] = None
            self.versions[key] = EpisodeRow(
                episode_id,
                rows.therapist,
                rows.municipality,
                _label(e.get(CLIENT)),
                referral,
                _label(e.get(REFERRED_BY)) or UNKNOWN,
                _day(e.get(STARTED)),
                _day(e.get(ENDED)),
                _label(e.get(END_REASON)),
                _day(e.get(FIRST_DIRECT)),
                _label(e.get(HOME)) or own_number,
                _label(e.get(ARRANGEMENT)) or UNKNOWN,
                tuple(sorted(pauses.get(episode_id, ()), key=lambda p: p.start)),
                rows.month,
            )

    def _add_needs(self, rows: MonthRows) -> None:
        own_number = sys.intern(rows.municipality.split(" ", 1)[0])
        for n in rows.needs:
            assessed = _day(n.get(ASSESSED))
            if assessed is None:
                continue
            key = self.client_key(rows.therapist, _text(n.get(CLIENT)))
            before = self.needs.get(key)
            if before is not None and (before.assessed, before.month) > (assessed, rows.month):
                continue
            self.needs[key] = NeedsRow(
                key,
                _label(n.get(HOME)) or own_number,
                _year(n.get(BIRTH_YEAR)),
                assessed,
                {kind: _label(n.get(kind)) or NO_NEED for kind in NEED_KINDS},
                rows.month,
            )


# -- per episode -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeFigures:
    row: EpisodeRow
    service: str
    age_group: str
    wait_days: int | None  # referral to first direct contact
    waiting_days: int | None  # still waiting: referral to the end of the newest month
    pause_days: int
    length_days: int | None  # ended: referral to end, both counted, less paused days
    direct_minutes: float
    indirect_minutes: float


def episode_figures(data: PathwayData) -> list[EpisodeFigures]:
    """Every episode's figures, by serving municipality, therapist and referral date."""
    out = []
    for row in sorted(
        data.current(),
        key=lambda r: (r.municipality, r.therapist, r.referral, r.client, r.id),
    ):
        mine = (row.therapist, row.client)
        paused = row.paused_days(data.follow_until(row))
        direct, indirect = data.minutes_in(row)
        wait = (row.first_direct - row.referral).days if row.first_direct is not None else None
        waiting = None
        if row.first_direct is None and row.end is None:
            waiting = (row.seen_until - row.referral).days
        length = None
        if row.end is not None:
            length = (row.end - row.referral).days + 1 - paused
        out.append(
            EpisodeFigures(
                row,
                data.service.get(mine, ("", UNKNOWN))[1],
                data.age_group.get(mine, ("", UNKNOWN_AGE_GROUP))[1],
                wait,
                waiting,
                paused,
                length,
                direct,
                indirect,
            )
        )
    return out


# -- waiting time ------------------------------------------------------------------------------


WAIT_DIMENSIONS = ("kommune", "tjeneste", "aldersgruppe", "henvist_fra")
TOTAL = "i alt"


@dataclass(frozen=True)
class WaitGroup:
    dimension: str
    key: str
    episodes: int
    with_contact: int
    median_days: float | None
    p75_days: float | None
    waiting: int
    waiting_median_days: float | None
    waiting_longest_days: int | None
    waits: tuple[int, ...] = ()  # the waits the median and percentile are of


def _wait_key(f: EpisodeFigures, dimension: str) -> str:
    return {
        "kommune": f.row.municipality,
        "tjeneste": f.service,
        "aldersgruppe": f.age_group,
        "henvist_fra": f.row.source,
    }[dimension]


def wait_groups(figures: Sequence[EpisodeFigures]) -> list[WaitGroup]:
    """Waiting time per municipality, service, age group and referral source, then all."""
    out = []
    for dimension in WAIT_DIMENSIONS:
        groups: dict[str, list[EpisodeFigures]] = {}
        for f in figures:
            groups.setdefault(_wait_key(f, dimension), []).append(f)
        for key in sorted(groups):
            out.append(_wait_group(dimension, key, groups[key]))
    if figures:
        out.append(_wait_group(TOTAL, TOTAL, figures))
    return out


def _wait_group(dimension: str, key: str, group: Sequence[EpisodeFigures]) -> WaitGroup:
    waits = tuple(f.wait_days for f in group if f.wait_days is not None)
    waiting = [f.waiting_days for f in group if f.waiting_days is not None]
    return WaitGroup(
        dimension,
        key,
        len(group),
        len(waits),
        median(waits),
        percentile(waits, 0.75),
        len(waiting),
        median(waiting),
        max(waiting, default=None),
        waits,
    )


# -- episodes per month ------------------------------------------------------------------------


@dataclass
class EpisodeMonth:
    municipality: str
    month: str
    referred: int = 0
    started: int = 0
    ended: int = 0
    active: int = 0  # active some day of the month
    by_reason: dict[str, int] = field(default_factory=dict)
    lengths: list[int] = field(default_factory=list)  # of those ended
    direct: list[float] = field(default_factory=list)  # of those ended
    indirect: list[float] = field(default_factory=list)


def episode_months(data: PathwayData, figures: Sequence[EpisodeFigures]) -> list[EpisodeMonth]:
    """Per serving municipality and month it delivered: episodes referred, started, ended (by
    reason, with the ended ones' length and minutes) and active."""
    table: dict[tuple[str, str], EpisodeMonth] = {}
    for municipality, months in data.months.items():
        for month in months:
            table[(municipality, month)] = EpisodeMonth(municipality, month)
    for f in figures:
        row = f.row
        for day, what in ((row.referral, "referred"), (row.start, "started"), (row.end, "ended")):
            if day is None:
                continue
            cell = table.get((row.municipality, str(Month.of(day))))
            if cell is None:
                continue
            setattr(cell, what, getattr(cell, what) + 1)
            if what == "ended":
                cell.by_reason[row.reason] = cell.by_reason.get(row.reason, 0) + 1
                if f.length_days is not None:
                    cell.lengths.append(f.length_days)
                cell.direct.append(f.direct_minutes)
                cell.indirect.append(f.indirect_minutes)
        for month in data.months.get(row.municipality, ()):
            m = Month.parse(month)
            if row.referral <= m.last_day and (row.end is None or row.end >= m.first_day):
                table[(row.municipality, month)].active += 1
    return [table[k] for k in sorted(table)]


# -- across municipal lines --------------------------------------------------------------------


@dataclass(frozen=True)
class CrossRow:
    serving: str
    home: str
    arrangement: str
    clients: int
    entries: int
    minutes: float
    share_of_serving: float | None  # of the serving municipality's client minutes here


def cross_rows(data: PathwayData) -> list[CrossRow]:
    totals: dict[str, float] = {}
    for (serving, _home, _arr), cell in data.cross.items():
        totals[serving] = totals.get(serving, 0.0) + cell.minutes
    out = []
    for key in sorted(data.cross):
        serving, home, arrangement = key
        cell = data.cross[key]
        total = totals[serving]
        out.append(
            CrossRow(
                serving,
                home,
                arrangement,
                len(cell.clients),
                cell.entries,
                cell.minutes,
                cell.minutes / total if total else None,
            )
        )
    return out


# -- needs ahead -------------------------------------------------------------------------------


def need_year(kind: str, birth_year: int | None, assessed: date, first_year: int) -> int | None:
    """The year a need of ``kind`` falls in (see the module text); None when it cannot be told
    (no birth year for a need tied to an age)."""
    age = NEED_AGES.get(kind)
    if age is not None:
        return None if birth_year is None else birth_year + age
    return max(assessed.year + 1, first_year)


NeedCells = dict[tuple[str, str, str, int], set[tuple[str, str]]]


def needs_ahead(data: PathwayData, years: Sequence[int]) -> NeedCells:
    """(home municipality, kind, level, year): the clients whose newest assessment says
    ``noe`` or ``mye`` for ``kind`` in ``year`` (one of ``years``)."""
    cells: NeedCells = {}
    for client, n in data.needs.items():
        for kind in NEED_KINDS:
            level = n.levels.get(kind, NO_NEED)
            if level not in NEEDED:
                continue
            year = need_year(kind, n.birth_year, n.assessed, years[0])
            if year is None or year not in years:
                continue
            cells.setdefault((n.home, kind, level, year), set()).add(client)
    return cells
