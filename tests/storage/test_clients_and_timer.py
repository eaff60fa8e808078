"""Per-month client totals and the stored timer (erase: test_erase.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import text

from rehablogg.core.entry import EntryDraft
from rehablogg.core.timer_rules import elapsed_minutes, needs_question, suggested_stop
from rehablogg.storage.clients import (
    add_client,
    client_month_totals,
    register_rows,
)
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.timer import clear_timer, get_timer, start_timer, stop_timer

CAT = ("rehablogg-standard", 1)


def test_register_rows_and_month_totals(db: Database) -> None:
    a = add_client(db.engine, "Ada Test", birth_year=2019, has_ip=True)
    add_client(db.engine, "Bo Test")
    add_entry(db.engine, EntryDraft(date(2026, 3, 2), 45, "D02", None, (a,)), *CAT)
    add_entry(db.engine, EntryDraft(date(2026, 3, 9), 60, "I04", None, (a,)), *CAT)
    add_entry(db.engine, EntryDraft(date(2026, 4, 1), 30, "D02", None, (a,)), *CAT)
    rows = register_rows(db.engine, "ada")
    assert [(r.label, r.n, bool(r.has_ip)) for r in rows] == [("Ada Test", 3, True)]
    assert client_month_totals(db.engine, a) == [
        ("2026-04", "D02", 1, 30),
        ("2026-03", "D02", 1, 45),
        ("2026-03", "I04", 1, 60),
    ]


def test_timer_is_stored_until_cleared(db: Database) -> None:
    assert get_timer(db.engine) is None
    started = datetime(2026, 11, 19, 9, 15, 30).astimezone()
    start_timer(db.engine, started, "I04", None)
    timer = get_timer(db.engine)
    assert timer is not None and timer.code == "I04" and timer.started_at == started
    clear_timer(db.engine)
    assert get_timer(db.engine) is None


def test_a_stopped_timer_keeps_its_stop_and_the_form_context(db: Database) -> None:
    started = datetime(2026, 11, 19, 9, 15).astimezone()
    start_timer(db.engine, started, "I04", None, contact_mode="video", arena="skole")
    timer = get_timer(db.engine)
    assert timer is not None and timer.running
    assert (timer.contact_mode, timer.arena) == ("video", "skole")
    stopped = started + timedelta(minutes=2)
    stop_timer(db.engine, stopped)
    timer = get_timer(db.engine)
    assert timer is not None and not timer.running and timer.stopped_at == stopped
    assert (timer.contact_mode, timer.arena) == ("video", "skole")
    # Split: the part before 09:16 was saved as its own entry; the rest starts there.
    rest = started + timedelta(minutes=1)
    stop_timer(db.engine, stopped, rest_from=rest)
    timer = get_timer(db.engine)
    assert timer is not None and timer.started_at == rest and timer.stopped_at == stopped
    assert timer.contact_mode == "video"
    clear_timer(db.engine)
    assert get_timer(db.engine) is None and stop_timer(db.engine, stopped) is None


def test_state_left_from_an_earlier_timer_is_not_applied(db: Database) -> None:
    first = datetime(2026, 11, 19, 9, 0).astimezone()
    start_timer(db.engine, first, "I04", None, contact_mode="video")
    stop_timer(db.engine, first + timedelta(minutes=5))
    with db.engine.begin() as conn:  # a timer written by a version without the state
        conn.execute(
            text("UPDATE timer SET started_at = :s"),
            {"s": (first + timedelta(hours=1)).isoformat(timespec="seconds")},
        )
    timer = get_timer(db.engine)
    assert timer is not None and timer.running and timer.contact_mode is None


def test_timer_rules() -> None:
    nine = datetime(2026, 11, 19, 9, 0)
    assert not needs_question(nine, nine + timedelta(hours=9, minutes=59))
    assert needs_question(nine, nine + timedelta(hours=10, minutes=1))
    assert needs_question(datetime(2026, 11, 19, 23, 0), datetime(2026, 11, 20, 0, 30))
    assert elapsed_minutes(nine, nine + timedelta(seconds=20)) == 1
    assert elapsed_minutes(nine, nine + timedelta(minutes=44, seconds=40)) == 45
    assert suggested_stop(nine, time(15, 30)) == datetime(2026, 11, 19, 15, 30)
    late = datetime(2026, 11, 19, 18, 0)
    assert suggested_stop(late, time(15, 30)) == late + timedelta(hours=1)
