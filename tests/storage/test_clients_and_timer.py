"""Client erase (gone from the file itself), per-month client totals, and the stored timer."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from sqlalchemy import text

from rehablogg.core.entry import EntryDraft
from rehablogg.core.timer_rules import elapsed_minutes, needs_question, suggested_stop
from rehablogg.storage.clients import (
    add_client,
    client_month_totals,
    erase_client,
    get_client,
    register_rows,
)
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry, update_entry
from rehablogg.storage.periods import mark_submitted
from rehablogg.storage.timer import clear_timer, get_timer, start_timer, stop_timer

CAT = ("rehablogg-standard", 1)
LABEL = "Zebulon Unikesen"
NOTE = "Notat om Zebulon sin trapp"


def _file_bytes(db: Database) -> bytes:
    data = db.path.read_bytes()
    wal = db.path.with_name(db.path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_erase_removes_label_and_notes_from_the_file(db: Database) -> None:
    zeb = add_client(db.engine, LABEL, birth_year=2015)
    other = add_client(db.engine, "Annen Bruker")
    first = add_entry(db.engine, EntryDraft(date(2026, 3, 2), 45, "D02", None, (zeb,),
                                            note=NOTE), *CAT)
    add_entry(db.engine, EntryDraft(date(2026, 3, 3), 30, "D02", None, (other,),
                                    note="Beholdes"), *CAT)
    with db.engine.begin() as conn:
        mark_submitted(conn, "2026-03", "x", "2026-04-01")
    update_entry(db.engine, first, EntryDraft(date(2026, 3, 2), 50, "D02", None, (zeb,),
                                              note=NOTE + " igjen"), reason="retting")
    assert LABEL.encode() in _file_bytes(db)

    assert erase_client(db.engine, zeb) == 1
    raw = _file_bytes(db)
    assert LABEL.encode() not in raw
    assert b"Zebulon" not in raw
    assert b"Beholdes" in raw  # other clients' notes stay
    client = get_client(db.engine, zeb)
    assert client is not None
    assert client.label is None and client.erased_at and not client.active
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT sum(minutes) FROM entry")).scalar() == 80
        audit = conn.execute(text("SELECT before_json, after_json FROM audit")).one()
    assert json.loads(audit[0])["note"] == "" and json.loads(audit[1])["note"] == ""


def test_register_rows_and_month_totals(db: Database) -> None:
    a = add_client(db.engine, "Ada Test", birth_year=2019, has_ip=True)
    add_client(db.engine, "Bo Test")
    add_entry(db.engine, EntryDraft(date(2026, 3, 2), 45, "D02", None, (a,)), *CAT)
    add_entry(db.engine, EntryDraft(date(2026, 3, 9), 60, "I04", None, (a,)), *CAT)
    add_entry(db.engine, EntryDraft(date(2026, 4, 1), 30, "D02", None, (a,)), *CAT)
    rows = register_rows(db.engine, "ada")
    assert [(r.label, r.n, bool(r.has_ip)) for r in rows] == [("Ada Test", 3, True)]
    assert client_month_totals(db.engine, a) == [
        ("2026-04", "D02", 1, 30), ("2026-03", "D02", 1, 45), ("2026-03", "I04", 1, 60)]


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
        conn.execute(text("UPDATE timer SET started_at = :s"),
                     {"s": (first + timedelta(hours=1)).isoformat(timespec="seconds")})
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
