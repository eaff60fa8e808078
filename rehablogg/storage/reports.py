"""Reads for the "Min tid" report: a period's minutes per ISO week, code, client, age group and
party, and each client's contacts for intensity and continuity.

Plain rows (SQLAlchemy Core on the table classes) grouped as far as SQL can (category is
catalogue data, not a column, so sums come per code and are folded into categories in Python: at
most a few thousand small rows for a year).
Week, code and party sums are range scans of ``ix_entry_date`` (date, code, minutes, travel),
which covers them without touching the table. Client figures follow the export's rule: each
participant counts the entry's full minutes; the therapist's own time counts an entry once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Connection, Engine, bindparam, func, select, text

from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS, UNKNOWN_AGE_GROUP, AgeGroup, age_group
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.category import Category
from rehablogg.core.intensity import Contact
from rehablogg.core.periods import IsoWeek
from rehablogg.core.totals import CategoryTotals
from rehablogg.storage.queries import PER_CODE, PER_DAY_AND_CODE, in_span
from rehablogg.storage.tables_compiled import CLIENT, ENTRY, ENTRY_CLIENT, ENTRY_PARTY

_E, _EC = ENTRY.c, ENTRY_CLIENT.c
_THEIR_ENTRIES = ENTRY.join(ENTRY_CLIENT, _EC.entry_id == _E.id)
assert {"id", "date"} <= set(ENTRY.c.keys()) and {"entry_id", "client_id"} <= set(_EC.keys())


@dataclass(frozen=True)
class WeekTotals:
    week: IsoWeek
    totals: CategoryTotals
    entries: int


@dataclass(frozen=True)
class CodeTotals:
    code: str
    category: str
    entries: int
    minutes: int
    travel: int


@dataclass(frozen=True)
class ClientTotals:
    client_id: int
    label: str | None  # None once the client is erased
    pseudonym: str
    birth_year: int | None
    service: str
    age_group: str  # in the year of the client's last entry in the period
    entries: int
    totals: CategoryTotals


@dataclass(frozen=True)
class AgeGroupTotals:
    age_group: str
    clients: int
    participations: int  # entry × client pairs: a group session counts once per participant
    totals: CategoryTotals


@dataclass(frozen=True)
class PartyTotals:
    party: str
    entries: int
    minutes: int


# One entry as one client's contact, ready for ``core.intensity.client_continuity``.
ContactRow = Contact


@dataclass
class _Sums:
    minutes: dict[str, int] = field(default_factory=lambda: {c.value: 0 for c in Category})
    travel: int = 0
    count: int = 0

    def add(self, category: str, minutes: int, travel: int, count: int) -> None:
        self.minutes[category] = self.minutes.get(category, 0) + minutes
        self.travel += travel
        self.count += count

    def totals(self) -> CategoryTotals:
        m = self.minutes
        return CategoryTotals(
            m[Category.DIREKTE], m[Category.INDIREKTE], m[Category.ANNET], self.travel
        )


def category_of(catalogue: Catalogue, code: str) -> Category:
    found = catalogue.code(code)
    # A code missing from the catalogue still counts, as ANNET, like everywhere else.
    return found.category if found else Category.ANNET


def weeks_in(start: date, end: date) -> list[IsoWeek]:
    """Every ISO week that has a day in ``start``..``end``, in order."""
    weeks: list[IsoWeek] = []
    week = IsoWeek.of(start)
    while week.monday <= end:
        weeks.append(week)
        week = week.next()
    return weeks


def totals_per_week(
    engine: Engine, catalogue: Catalogue, start: date, end: date
) -> list[WeekTotals]:
    """Every ISO week of the period, empty weeks included (a gap must show as a gap)."""
    with engine.connect() as conn:
        rows = conn.execute(PER_DAY_AND_CODE, _span(start, end)).all()
    sums: dict[IsoWeek, _Sums] = {week: _Sums() for week in weeks_in(start, end)}
    for day, code, n, minutes, travel in rows:
        week = IsoWeek.of(date.fromisoformat(day))
        sums[week].add(category_of(catalogue, code), int(minutes), int(travel), int(n))
    return [WeekTotals(week, s.totals(), s.count) for week, s in sums.items()]


def totals_per_code(
    engine: Engine, catalogue: Catalogue, start: date, end: date
) -> list[CodeTotals]:
    """Codes used in the period, in catalogue order (unknown codes last, by code)."""
    with engine.connect() as conn:
        rows = conn.execute(PER_CODE, _span(start, end)).all()
    order = {c.code: i for i, c in enumerate(catalogue.codes)}
    found = [
        CodeTotals(str(code), category_of(catalogue, code), int(n), int(m), int(t))
        for code, n, m, t in rows
    ]
    return sorted(found, key=lambda r: (order.get(r.code, len(order)), r.code))


_YEAR = func.substr(_E.date, 1, 4).label("year")
_CLIENT_SQL = (
    select(
        _EC.client_id,
        _YEAR,
        _E.code,
        func.count(),
        func.sum(_E.minutes),
        func.sum(_E.travel_minutes),
    )
    .select_from(_THEIR_ENTRIES)
    .where(in_span(ENTRY))
    .group_by(_EC.client_id, _YEAR, _E.code)
)
_CLIENTS_SQL = select(
    CLIENT.c.id, CLIENT.c.label, CLIENT.c.pseudonym, CLIENT.c.birth_year, CLIENT.c.service
)


def _client_rows(
    conn: Connection, start: date, end: date
) -> list[tuple[int, int, str, int, int, int]]:
    rows = conn.execute(_CLIENT_SQL, _span(start, end))
    return [(int(c), int(y), str(code), int(n), int(m), int(t)) for c, y, code, n, m, t in rows]


def totals_per_client(
    engine: Engine,
    catalogue: Catalogue,
    start: date,
    end: date,
    age_groups: tuple[AgeGroup, ...] = DEFAULT_AGE_GROUPS,
) -> list[ClientTotals]:
    """Clients with entries in the period, most minutes first."""
    return client_and_age_totals(engine, catalogue, start, end, age_groups)[0]


def totals_per_age_group(
    engine: Engine,
    catalogue: Catalogue,
    start: date,
    end: date,
    age_groups: tuple[AgeGroup, ...] = DEFAULT_AGE_GROUPS,
) -> list[AgeGroupTotals]:
    return client_and_age_totals(engine, catalogue, start, end, age_groups)[1]


def client_and_age_totals(
    engine: Engine,
    catalogue: Catalogue,
    start: date,
    end: date,
    age_groups: tuple[AgeGroup, ...] = DEFAULT_AGE_GROUPS,
) -> tuple[list[ClientTotals], list[AgeGroupTotals]]:
    """Per client (most minutes first) and per age group from one pass over the period.

    Age groups come in their order, empty ones too, then ``ukjent`` when a birth year is
    missing. Age is the entry's year minus the birth year, so a client can count in two groups
    when the period spans a New Year; the client table shows the group of the last year.
    """
    with engine.connect() as conn:
        rows = _client_rows(conn, start, end)
        clients = {int(r[0]): r for r in conn.execute(_CLIENTS_SQL)}
    per_client: dict[int, _Sums] = defaultdict(_Sums)
    last_year: dict[int, int] = {}
    labels = [g.label for g in age_groups]
    per_group: dict[str, _Sums] = {label: _Sums() for label in labels}
    people: dict[str, set[int]] = defaultdict(set)
    for client_id, year, code, n, minutes, travel in rows:
        category = category_of(catalogue, code)
        per_client[client_id].add(category, minutes, travel, n)
        last_year[client_id] = max(year, last_year.get(client_id, year))
        birth = clients[client_id][3]
        group = age_group(year, None if birth is None else int(birth), age_groups)
        per_group.setdefault(group, _Sums()).add(category, minutes, travel, n)
        people[group].add(client_id)
    by_client = []
    for client_id, s in per_client.items():
        _id, label, pseudonym, birth_year, service = clients[client_id]
        birth = None if birth_year is None else int(birth_year)
        by_client.append(
            ClientTotals(
                client_id,
                label,
                str(pseudonym),
                birth,
                str(service),
                age_group(last_year[client_id], birth, age_groups),
                s.count,
                s.totals(),
            )
        )
    by_client.sort(key=lambda r: (-r.totals.logged, r.label or r.pseudonym))
    order = [*labels, UNKNOWN_AGE_GROUP]
    by_group = [
        AgeGroupTotals(g, len(people[g]), per_group[g].count, per_group[g].totals())
        for g in sorted(per_group, key=lambda g: order.index(g) if g in order else len(order))
    ]
    return by_client, by_group


def indirect_parties(
    engine: Engine, catalogue: Catalogue, start: date, end: date
) -> list[PartyTotals]:
    """Parties named on indirect entries in the period, in catalogue order; an entry with
    three parties counts once for each of them."""
    codes = [c.code for c in catalogue.codes if c.category == Category.INDIREKTE]
    if not codes:
        return []
    party = ENTRY_PARTY.c.party
    sql = (
        select(party, func.count(), func.sum(_E.minutes))
        .select_from(ENTRY.join(ENTRY_PARTY, ENTRY_PARTY.c.entry_id == _E.id))
        .where(in_span(ENTRY), _E.code.in_(bindparam("codes", expanding=True)))
        .group_by(party)
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, _span(start, end) | {"codes": codes}).all()
    order = {key: i for i, key in enumerate(catalogue.party_keys)}
    found = [PartyTotals(str(p), int(n), int(m)) for p, n, m in rows]
    return sorted(found, key=lambda r: (order.get(r.party, len(order)), r.party))


def client_contacts(
    engine: Engine,
    catalogue: Catalogue,
    start: date,
    end: date,
    client_ids: Sequence[int] | None = None,
) -> dict[int, list[ContactRow]]:
    """Each client's entries in the period as contacts, in date order (all clients, or the
    ones in ``client_ids``)."""
    query = (
        select(_EC.client_id, _E.date, _E.minutes, _E.code)
        .select_from(_THEIR_ENTRIES)
        .where(in_span(ENTRY))
        .order_by(_E.date)
    )
    params: dict[str, object] = dict(_span(start, end))
    if client_ids is not None:
        query = query.where(_EC.client_id.in_(bindparam("ids", expanding=True)))
        params["ids"] = [int(i) for i in client_ids]
        if not client_ids:
            return {}
    categories = {c.code: c.category for c in catalogue.codes}
    days: dict[str, date] = {}
    out: dict[int, list[Contact]] = defaultdict(list)
    with engine.connect() as conn:
        rows = conn.execute(query, params).all()  # one fetchall, not a fetch per row
    for client_id, day, minutes, code in rows:
        when = days.get(day)
        if when is None:
            when = days[day] = date.fromisoformat(day)
        out[client_id].append(Contact(when, minutes, categories.get(code, Category.ANNET)))
    return dict(out)


def _span(start: date, end: date) -> dict[str, str]:
    return {"start": start.isoformat(), "end": end.isoformat()}


def clients_seen_before(
    engine: Engine, day: date, client_ids: Sequence[int], lookback_days: int = 182
) -> set[int]:
    """Which of ``client_ids`` had an entry in the ``lookback_days`` before ``day``: their
    follow-up did not start in the period, so the weeks before their first contact in it are
    weeks without contact. A client last seen longer ago than that starts a new course of
    follow-up. The bound keeps this a range scan of the date index, not a scan of every entry
    the clients ever had."""
    if not client_ids:
        return set()
    # SQLite's CROSS JOIN keeps the date range as the outer loop (a plain join may start from
    # the clients and read every entry they ever had); SQLAlchemy cannot say CROSS JOIN ... ON,
    # so this one statement is text, its names checked against the table classes at import.
    sql = text(
        "SELECT DISTINCT ec.client_id FROM entry e CROSS JOIN entry_client ec "
        "ON ec.entry_id = e.id "
        "WHERE e.date >= :since AND e.date < :day AND ec.client_id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    params = {
        "ids": [int(i) for i in client_ids],
        "day": day.isoformat(),
        "since": (day - timedelta(days=lookback_days)).isoformat(),
    }
    with engine.connect() as conn:
        return {int(r[0]) for r in conn.execute(sql, params)}
