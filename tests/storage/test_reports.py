"""The report's reads: per ISO week, code, client, age group, party, and contacts per client,
checked against sums worked out by hand from the entries added."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.periods import IsoWeek
from rehablogg.core.totals import CategoryTotals
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.erase import erase_client
from rehablogg.storage.reports import (
    ContactRow,
    client_and_age_totals,
    client_contacts,
    clients_seen_before,
    indirect_parties,
    totals_per_code,
    totals_per_week,
    weeks_in,
)

CAT = ("rehablogg-standard", 1)
START, END = date(2026, 3, 1), date(2026, 3, 31)  # Sunday in week 9 … Tuesday in week 14


def _add(
    db: Database,
    day: date,
    minutes: int,
    code: str,
    clients: tuple[int, ...] = (),
    parties: tuple[str, ...] = (),
    travel: int = 0,
) -> None:
    add_entry(
        db.engine,
        EntryDraft(day, minutes, code, None, clients, parties=parties, travel_minutes=travel),
        *CAT,
    )


def _fill(db: Database) -> dict[str, int]:
    child = add_client(db.engine, "Barn A", birth_year=2020, service="habilitering")
    teen = add_client(db.engine, "Ungdom B", birth_year=2008, service="rehabilitering")
    nobirth = add_client(db.engine, "Ukjent C")
    _add(db, date(2026, 2, 27), 99, "D02", (child,))  # before the period: never counted
    _add(db, date(2026, 3, 2), 45, "D02", (child,), travel=20)  # week 10
    _add(db, date(2026, 3, 3), 60, "I04", (child, teen), ("foreldre", "ppt"))  # week 10
    _add(db, date(2026, 3, 4), 30, "A03")  # week 10
    _add(db, date(2026, 3, 18), 30, "D02", (teen,))  # week 12
    _add(db, date(2026, 3, 19), 15, "I10", (teen,), ("ppt",))  # week 12
    _add(db, date(2026, 3, 31), 40, "D03", (child, teen, nobirth))  # week 14, a group
    _add(db, date(2026, 4, 1), 77, "D02", (teen,))  # after the period
    return {"child": child, "teen": teen, "nobirth": nobirth}


def test_weeks_of_the_period_include_empty_weeks(db: Database, catalogue: Catalogue) -> None:
    _fill(db)
    weeks = totals_per_week(db.engine, catalogue, START, END)
    assert [w.week.week for w in weeks] == [9, 10, 11, 12, 13, 14]
    by_week = {w.week.week: w for w in weeks}
    assert by_week[10].totals == CategoryTotals(45, 60, 30, 20)
    assert by_week[10].entries == 3
    assert by_week[11].totals == CategoryTotals() and by_week[11].entries == 0
    assert by_week[12].totals == CategoryTotals(30, 15, 0, 0)
    assert by_week[14].totals == CategoryTotals(40, 0, 0, 0)
    assert sum(w.totals.logged for w in weeks) == 45 + 60 + 30 + 30 + 15 + 40


def test_weeks_in_spans_year_ends() -> None:
    weeks = weeks_in(date(2026, 12, 28), date(2027, 1, 10))
    assert weeks == [IsoWeek(2026, 53), IsoWeek(2027, 1)]


def test_codes_come_in_catalogue_order_with_categories(db: Database, catalogue: Catalogue) -> None:
    _fill(db)
    codes = totals_per_code(db.engine, catalogue, START, END)
    assert [(c.code, c.category, c.entries, c.minutes, c.travel) for c in codes] == [
        ("D02", "direkte", 2, 75, 20),
        ("D03", "direkte", 1, 40, 0),
        ("I04", "indirekte", 1, 60, 0),
        ("I10", "indirekte", 1, 15, 0),
        ("A03", "annet", 1, 30, 0),
    ]


def test_each_participant_counts_the_full_minutes(db: Database, catalogue: Catalogue) -> None:
    ids = _fill(db)
    clients, groups = client_and_age_totals(db.engine, catalogue, START, END)
    by_id = {c.client_id: c for c in clients}
    assert by_id[ids["child"]].totals == CategoryTotals(45 + 40, 60, 0, 20)
    assert by_id[ids["child"]].entries == 3
    assert by_id[ids["child"]].age_group == "6-12"  # 2026 - 2020 = 6
    assert by_id[ids["teen"]].totals == CategoryTotals(30 + 40, 60 + 15, 0, 0)
    assert (
        by_id[ids["teen"]].age_group == "18-25" and by_id[ids["teen"]].service == "rehabilitering"
    )
    assert by_id[ids["nobirth"]].age_group == "ukjent"
    # Most minutes first (145, 145, 40), a tie by name.
    assert [c.client_id for c in clients] == [ids["child"], ids["teen"], ids["nobirth"]]
    by_group = {g.age_group: g for g in groups}
    assert list(by_group) == ["0-5", "6-12", "13-17", "18-25", "26-66", "67+", "ukjent"]
    assert (by_group["6-12"].clients, by_group["6-12"].participations) == (1, 3)
    assert by_group["18-25"].totals.logged == 30 + 40 + 60 + 15
    assert by_group["0-5"].clients == 0 and by_group["0-5"].totals.logged == 0
    assert by_group["ukjent"].totals == CategoryTotals(40, 0, 0, 0)


def test_erased_clients_count_under_their_pseudonym(db: Database, catalogue: Catalogue) -> None:
    ids = _fill(db)
    erase_client(db.engine, ids["nobirth"])
    clients, _groups = client_and_age_totals(db.engine, catalogue, START, END)
    erased = next(c for c in clients if c.client_id == ids["nobirth"])
    assert erased.label is None and erased.pseudonym.startswith("K-")


def test_parties_of_indirect_work_only(db: Database, catalogue: Catalogue) -> None:
    _fill(db)
    # A direct entry with a party does not count: the table is about indirect work.
    _add(db, date(2026, 3, 10), 30, "D02", (), ("foreldre",))
    parties = indirect_parties(db.engine, catalogue, START, END)
    assert [(p.party, p.entries, p.minutes) for p in parties] == [
        ("foreldre", 1, 60),
        ("ppt", 2, 75),
    ]


def test_contacts_per_client_in_date_order(db: Database, catalogue: Catalogue) -> None:
    ids = _fill(db)
    contacts = client_contacts(db.engine, catalogue, START, END)
    assert contacts[ids["teen"]] == [
        ContactRow(date(2026, 3, 3), 60, "indirekte"),
        ContactRow(date(2026, 3, 18), 30, "direkte"),
        ContactRow(date(2026, 3, 19), 15, "indirekte"),
        ContactRow(date(2026, 3, 31), 40, "direkte"),
    ]
    only = client_contacts(db.engine, catalogue, START, END, [ids["nobirth"]])
    assert list(only) == [ids["nobirth"]]
    assert client_contacts(db.engine, catalogue, START, END, []) == {}
    assert clients_seen_before(db.engine, START, list(ids.values())) == {ids["child"]}


def test_week_and_code_sums_are_served_by_the_date_index(db: Database) -> None:
    with db.engine.connect() as conn:
        plan = " ".join(
            str(r[3])
            for r in conn.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT date, code, count(*), sum(minutes), "
                    "sum(travel_minutes) FROM entry "
                    "WHERE date BETWEEN '2026-01-01' AND '2026-12-31' "
                    "GROUP BY date, code"
                )
            )
        )
    assert "COVERING INDEX ix_entry_date" in plan


def test_seen_before_looks_back_half_a_year_only(db: Database) -> None:
    old = add_client(db.engine, "Gammel D")
    recent = add_client(db.engine, "Nylig E")
    _add(db, date(2025, 8, 1), 30, "D02", (old,))  # 212 days before the period
    _add(db, date(2025, 9, 15), 30, "D02", (recent,))  # 167 days before
    assert clients_seen_before(db.engine, START, [old, recent]) == {recent}
    assert clients_seen_before(db.engine, START, [old], lookback_days=400) == {old}
    assert clients_seen_before(db.engine, START, []) == set()
