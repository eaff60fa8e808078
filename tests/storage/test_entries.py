"""Saving, reading back, changing and deleting entries; locked months and the audit trail."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from sqlalchemy import text

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry, delete_entry, get_entry, update_entry
from rehablogg.storage.periods import LockedPeriodError, mark_submitted, period_state
from rehablogg.storage.queries import category_totals, list_entries, totals_per_day

CAT = ("rehablogg-standard", 1)


def _meeting(client: int) -> EntryDraft:
    return EntryDraft(
        date(2025, 3, 4),
        60,
        "I04",
        time(13, 0),
        (client,),
        "oppmote",
        "skole",
        ("foreldre", "skole_sfo", "ppt"),
        None,
        20,
        "Synthetic note",
    )


def test_entry_round_trips_with_clients_and_parties(db: Database) -> None:
    child = add_client(db.engine, "Testbarn A", birth_year=2017)
    draft = _meeting(child)
    entry_id = add_entry(db.engine, draft, *CAT)
    stored = get_entry(db.engine, entry_id)
    assert stored is not None
    assert stored.draft == draft
    assert (stored.catalogue_id, stored.catalogue_version) == CAT


def test_group_session_keeps_every_client(db: Database) -> None:
    ids = tuple(add_client(db.engine, f"Gruppe {i}") for i in range(3))
    draft = EntryDraft(date(2025, 3, 5), 45, "D03", None, ids, "oppmote", "klinikk", (), 6)
    stored = get_entry(db.engine, add_entry(db.engine, draft, *CAT))
    assert stored is not None and stored.draft.client_ids == ids


def test_update_replaces_links(db: Database) -> None:
    a, b = add_client(db.engine, "A"), add_client(db.engine, "B")
    entry_id = add_entry(db.engine, _meeting(a), *CAT)
    changed = _meeting(b)
    changed.parties = ("bup",)
    changed.minutes = 75
    update_entry(db.engine, entry_id, changed)
    stored = get_entry(db.engine, entry_id)
    assert stored is not None and stored.draft == changed


def test_delete_cascades_and_returns_the_entry_for_undo(db: Database) -> None:
    child = add_client(db.engine, "A")
    entry_id = add_entry(db.engine, _meeting(child), *CAT)
    gone = delete_entry(db.engine, entry_id)
    assert get_entry(db.engine, entry_id) is None
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM entry_party")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM entry_client")).scalar() == 0
    # Undo: saving the returned entry under its own id restores it exactly.
    add_entry(db.engine, gone.draft, gone.catalogue_id, gone.catalogue_version, entry_id=gone.id)
    again = get_entry(db.engine, entry_id)
    assert again is not None and again.draft == gone.draft


def test_a_client_with_entries_cannot_be_deleted_by_accident(db: Database) -> None:
    child = add_client(db.engine, "A")
    add_entry(db.engine, _meeting(child), *CAT)
    with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM client WHERE id = :id"), {"id": child})


def test_submitted_month_needs_a_reason_and_is_audited(db: Database) -> None:
    child = add_client(db.engine, "A")
    entry_id = add_entry(db.engine, _meeting(child), *CAT)
    with db.engine.begin() as conn:
        mark_submitted(conn, "2025-03", "exp-1", "2025-04-01T10:00:00+02:00")
    changed = _meeting(child)
    changed.minutes = 30
    with pytest.raises(LockedPeriodError, match="2025-03 er levert"):
        update_entry(db.engine, entry_id, changed)
    stored = get_entry(db.engine, entry_id)
    assert stored is not None and stored.draft.minutes == 60  # refused change left no trace
    update_entry(db.engine, entry_id, changed, reason="Feil varighet")
    with pytest.raises(LockedPeriodError):
        add_entry(db.engine, _meeting(child), *CAT)
    delete_entry(db.engine, entry_id, reason="Registrert to ganger")
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT action, reason, before_json, after_json FROM audit ORDER BY id")
        ).all()
        assert period_state(conn, "2025-03") == "changed"
    assert [(r.action, r.reason) for r in rows] == [
        ("update", "Feil varighet"),
        ("delete", "Registrert to ganger"),
    ]
    assert json.loads(rows[0].before_json)["minutes"] == 60
    assert json.loads(rows[0].after_json)["minutes"] == 30
    assert rows[1].after_json is None


def test_open_month_changes_leave_no_audit_rows(db: Database) -> None:
    entry_id = add_entry(db.engine, EntryDraft(date(2025, 3, 6), 90, "A03"), *CAT)
    delete_entry(db.engine, entry_id)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit")).scalar() == 0


def test_lists_and_totals(db: Database, catalogue: Catalogue) -> None:
    child = add_client(db.engine, "Testbarn A")
    add_entry(db.engine, _meeting(child), *CAT)  # indirect 60, travel 20, Tue 4 March
    add_entry(db.engine, EntryDraft(date(2025, 3, 4), 45, "D02", time(9, 0), (child,)), *CAT)
    add_entry(db.engine, EntryDraft(date(2025, 3, 6), 30, "A03"), *CAT)
    add_entry(db.engine, EntryDraft(date(2025, 3, 11), 30, "A03"), *CAT)  # next week
    rows = list_entries(db.engine, date(2025, 3, 3), date(2025, 3, 9))
    assert [(r.code, r.start_time) for r in rows] == [
        ("D02", "09:00"),
        ("I04", "13:00"),
        ("A03", None),
    ]
    assert rows[1].clients == "Testbarn A"
    assert rows[1].parties.split(",") == ["foreldre", "skole_sfo", "ppt"]
    week = category_totals(db.engine, catalogue, date(2025, 3, 3), date(2025, 3, 9))
    assert (week.direct, week.indirect, week.other, week.travel) == (45, 60, 30, 20)
    assert week.direct_share == pytest.approx(100 * 45 / 135)
    days = totals_per_day(db.engine, catalogue, date(2025, 3, 3), date(2025, 3, 9))
    assert set(days) == {date(2025, 3, 4), date(2025, 3, 6)}
    assert days[date(2025, 3, 4)].entries == 2
    assert days[date(2025, 3, 4)].totals.logged == 105


def test_every_field_of_a_draft_is_a_column_of_the_entry_or_one_of_its_links() -> None:
    """The entry table class is the one description of where a draft's field is kept: a new
    field of EntryDraft without its column would otherwise be dropped on save unnoticed."""
    from dataclasses import fields

    from rehablogg.storage.entries import DRAFT_COLUMNS, ENTRY

    links = {"client_ids", "parties"}
    assert {f.name for f in fields(EntryDraft)} - links == set(DRAFT_COLUMNS)
    assert set(DRAFT_COLUMNS) <= set(ENTRY.c.keys())


def test_the_list_shows_every_column_the_user_typed(db: Database) -> None:
    """The list selects the draft's columns from the table class, so a new field shows up in
    its rows by itself; each row carries them under the column's name."""
    from rehablogg.storage.entries import DRAFT_COLUMNS, draft_columns

    child = add_client(db.engine, "Testbarn L")
    draft = _meeting(child)
    entry_id = add_entry(db.engine, draft, *CAT)
    (row,) = list_entries(db.engine, draft.date, draft.date)
    assert row.id == entry_id
    assert {name: getattr(row, name) for name in DRAFT_COLUMNS} == draft_columns(draft)
    assert row.clients == "Testbarn L" and row.parties == "foreldre,skole_sfo,ppt"
