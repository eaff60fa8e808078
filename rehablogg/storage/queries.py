"""Lists and totals as plain SQL rows (never every entry as ORM objects).

All of them are date-range scans served by ``ix_entry_date``; category is catalogue data, not a
column, so totals are summed per code in SQL and folded into categories in Python (a few dozen
rows at most).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Engine, Row, text

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.category import Category
from rehablogg.core.totals import CategoryTotals, totals_from_rows

# The page is chosen in the inner query, so the clients and parties are looked up for the rows
# of the page only: with them in the sorted query SQLite looks them up for every row up to the
# page's end (a page deep into a busy week cost four times as much).
LIST_SQL = text(
    """
    SELECT e.id, e.date, e.start_time, e.minutes, e.code, e.contact_mode, e.arena,
           e.group_size, e.travel_minutes, e.note,
           (SELECT group_concat(coalesce(c.label, c.pseudonym), ', ')
              FROM entry_client ec JOIN client c ON c.id = ec.client_id
             WHERE ec.entry_id = e.id) AS clients,
           (SELECT group_concat(party, ',') FROM
               (SELECT party FROM entry_party p WHERE p.entry_id = e.id ORDER BY p.rowid))
               AS parties
      FROM (SELECT * FROM entry
             WHERE date BETWEEN :start AND :end
             ORDER BY date, start_time IS NULL, start_time, created_at, id
             LIMIT :limit OFFSET :offset) e
     ORDER BY e.date, e.start_time IS NULL, e.start_time, e.created_at, e.id
    """
)


def list_entries(
    engine: Engine, start: date, end: date, *, limit: int = -1, offset: int = 0
) -> Sequence[Row[tuple[object, ...]]]:
    """Rows for a day or week view, in the order the user reads them; a page of them when
    ``limit`` is given (item models fetch lazily)."""
    with engine.connect() as conn:
        return conn.execute(LIST_SQL, _span(start, end) | {"limit": limit, "offset": offset}).all()


def code_usage(engine: Engine, since: date) -> dict[str, int]:
    """How often each code was used since ``since`` (the code picker puts the most used first)."""
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT code, count(*) FROM entry WHERE date >= :since GROUP BY code"),
            {"since": since.isoformat()},
        )
        return {code: int(n) for code, n in rows}


def last_created_entry_id(engine: Engine) -> str | None:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id FROM entry ORDER BY created_at DESC, rowid DESC LIMIT 1")
        ).first()
        return None if row is None else str(row[0])


def timed_spans_on(engine: Engine, day: date) -> list[tuple[str, str, int]]:
    """``(id, start_time, minutes)`` of the day's timed entries, for the overlap warning."""
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, start_time, minutes FROM entry "
                 "WHERE date = :d AND start_time IS NOT NULL"),
            {"d": day.isoformat()},
        )
        return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]


def minutes_by_code(conn: Connection, start: date, end: date) -> list[tuple[str, int, int, int]]:
    """``(code, entries, minutes, travel_minutes)`` per code in the range."""
    rows = conn.execute(
        text(
            "SELECT code, count(*), sum(minutes), sum(travel_minutes) FROM entry "
            "WHERE date BETWEEN :start AND :end GROUP BY code ORDER BY code"
        ),
        _span(start, end),
    )
    return [(r[0], int(r[1]), int(r[2]), int(r[3])) for r in rows]


def category_totals(engine: Engine, catalogue: Catalogue, start: date, end: date
                    ) -> CategoryTotals:
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


def totals_per_day(engine: Engine, catalogue: Catalogue, start: date, end: date
                   ) -> dict[date, DayTotals]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT date, code, count(*), sum(minutes), sum(travel_minutes) FROM entry "
                "WHERE date BETWEEN :start AND :end GROUP BY date, code"
            ),
            _span(start, end),
        ).all()
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
        return int(conn.execute(text("SELECT count(*) FROM entry")).scalar_one())


def _category(catalogue: Catalogue, code: str) -> Category:
    found = catalogue.code(code)
    # An entry whose code is missing from the catalogue still counts, as ANNET, rather than
    # vanishing from the totals; `check` reports such codes.
    return found.category if found else Category.ANNET


def _span(start: date, end: date) -> dict[str, str]:
    return {"start": start.isoformat(), "end": end.isoformat()}
