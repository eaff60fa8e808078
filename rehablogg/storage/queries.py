"""Lists and totals as plain rows (never every entry as ORM objects): SQLAlchemy Core
statements on the table classes' tables (``schema.py``, compiled to ``tables_compiled.py`` so
that a start imports no SQLModel), built once.

All of them are date-range scans served by ``ix_entry_date``; category is catalogue data, not a
column, so totals are summed per code in SQL and folded into categories in Python (a few dozen
rows at most).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Row,
    Select,
    Text,
    bindparam,
    func,
    literal_column,
    select,
)
from sqlalchemy.sql import FromClause
from sqlalchemy.sql.elements import BindParameter

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.category import Category
from rehablogg.core.totals import CategoryTotals, totals_from_rows
from rehablogg.storage.entries import DRAFT_COLUMNS
from rehablogg.storage.tables_compiled import CLIENT, ENTRY, ENTRY_CLIENT, ENTRY_PARTY

_START: BindParameter[str] = bindparam("start", type_=Text)
_END: BindParameter[str] = bindparam("end", type_=Text)


def reading_order(entries: FromClause) -> tuple[ColumnElement[Any], ...]:
    """The order a list shows entries in (and an export writes them): by day, timed before
    untimed, by start time, then as they were saved."""
    c = entries.c
    return (c.date, c.start_time.is_(None), c.start_time, c.created_at, c.id)


def in_span(entries: FromClause) -> ColumnElement[bool]:
    """Entries from ``:start`` to ``:end`` inclusive (ISO dates: text order is date order)."""
    return entries.c.date.between(_START, _END)


def _list_statement() -> Select[tuple[object, ...]]:
    """The entry's id and every column that holds what the user typed, its clients' names and
    its parties (a new field of an entry shows up here by itself)."""
    # The page is chosen in the inner query, so the clients and parties are looked up for the
    # rows of the page only: with them in the sorted query SQLite looks them up for every row up
    # to the page's end (a page deep into a busy week cost four times as much).
    page = (
        select(ENTRY)
        .where(in_span(ENTRY))
        .order_by(*reading_order(ENTRY))
        .limit(bindparam("limit", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
        .subquery("e")
    )
    clients = (
        select(func.group_concat(func.coalesce(CLIENT.c.label, CLIENT.c.pseudonym), ", "))
        .select_from(ENTRY_CLIENT.join(CLIENT, CLIENT.c.id == ENTRY_CLIENT.c.client_id))
        .where(ENTRY_CLIENT.c.entry_id == page.c.id)
        .scalar_subquery()
        .label("clients")
    )
    # In the order they were chosen (rowid): group_concat keeps its input's order.
    chosen = (
        select(ENTRY_PARTY.c.party)
        .where(ENTRY_PARTY.c.entry_id == page.c.id)
        .order_by(literal_column("rowid"))
        .correlate(page)
        .subquery("p")
    )
    parties = select(func.group_concat(chosen.c.party, ",")).scalar_subquery().label("parties")
    shown = [page.c.id, *(page.c[name] for name in DRAFT_COLUMNS)]
    return select(*shown, clients, parties).order_by(*reading_order(page))


LIST = _list_statement()


def list_entries(
    engine: Engine, start: date, end: date, *, limit: int = -1, offset: int = 0
) -> Sequence[Row[tuple[object, ...]]]:
    """Rows for a day or week view, in the order the user reads them; a page of them when
    ``limit`` is given (item models fetch lazily)."""
    with engine.connect() as conn:
        return conn.execute(LIST, _span(start, end) | {"limit": limit, "offset": offset}).all()


def code_usage(engine: Engine, since: date) -> dict[str, int]:
    """How often each code was used since ``since`` (the code picker puts the most used first)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(ENTRY.c.code, func.count())
            .where(ENTRY.c.date >= since.isoformat())
            .group_by(ENTRY.c.code)
        )
        return {code: int(n) for code, n in rows}


def last_created_entry_id(engine: Engine) -> str | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(ENTRY.c.id)
            .order_by(ENTRY.c.created_at.desc(), literal_column("rowid").desc())
            .limit(1)
        ).first()
        return None if row is None else str(row[0])


def timed_spans_on(engine: Engine, day: date) -> list[tuple[str, str, int]]:
    """``(id, start_time, minutes)`` of the day's timed entries, for the overlap warning."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(ENTRY.c.id, ENTRY.c.start_time, ENTRY.c.minutes).where(
                ENTRY.c.date == day.isoformat(), ENTRY.c.start_time.is_not(None)
            )
        )
        return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]


PER_CODE = (
    select(ENTRY.c.code, func.count(), func.sum(ENTRY.c.minutes), func.sum(ENTRY.c.travel_minutes))
    .where(in_span(ENTRY))
    .group_by(ENTRY.c.code)
    .order_by(ENTRY.c.code)
)
PER_DAY_AND_CODE = (
    select(
        ENTRY.c.date,
        ENTRY.c.code,
        func.count(),
        func.sum(ENTRY.c.minutes),
        func.sum(ENTRY.c.travel_minutes),
    )
    .where(in_span(ENTRY))
    .group_by(ENTRY.c.date, ENTRY.c.code)
)


def minutes_by_code(conn: Connection, start: date, end: date) -> list[tuple[str, int, int, int]]:
    """``(code, entries, minutes, travel_minutes)`` per code in the range."""
    rows = conn.execute(PER_CODE, _span(start, end))
    return [(r[0], int(r[1]), int(r[2]), int(r[3])) for r in rows]


def category_totals(engine: Engine, catalogue: Catalogue, start: date, end: date) -> CategoryTotals:
    with engine.connect() as conn:
        per_code = minutes_by_code(conn, start, end)
    return totals_from_rows(
        (_category(catalogue, code), minutes, travel) for code, _n, minutes, travel in per_code
    )


@dataclass(frozen=True)
class DayTotals:
    day: date
    totals: CategoryTotals
    entries: int


def totals_per_day(
    engine: Engine, catalogue: Catalogue, start: date, end: date
) -> dict[date, DayTotals]:
    with engine.connect() as conn:
        rows = conn.execute(PER_DAY_AND_CODE, _span(start, end)).all()
    by_day: dict[date, list[tuple[str, int, int, int]]] = {}
    for day, code, n, minutes, travel in rows:
        by_day.setdefault(date.fromisoformat(day), []).append((code, n, minutes, travel))
    return {
        day: DayTotals(
            day,
            totals_from_rows((_category(catalogue, c), m, t) for c, _n, m, t in items),
            sum(n for _c, n, _m, _t in items),
        )
        for day, items in by_day.items()
    }


def count_entries(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(ENTRY)).scalar_one())


def _category(catalogue: Catalogue, code: str) -> Category:
    found = catalogue.code(code)
    # An entry whose code is missing from the catalogue still counts, as ANNET, rather than
    # vanishing from the totals; `check` reports such codes.
    return found.category if found else Category.ANNET


def _span(start: date, end: date) -> dict[str, str]:
    return {"start": start.isoformat(), "end": end.isoformat()}
