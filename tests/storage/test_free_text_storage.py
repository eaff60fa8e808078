"""Storage refuses identity numbers in every text a user can type (issue 16 item 5): each write
path raises IdentityNumberError with its field's sentence, stores nothing, and afterwards no
form of the number is anywhere in the database file or its WAL."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import text

from rehablogg.core.entry import EntryDraft
from rehablogg.core.free_text import (
    LABEL,
    NOTE,
    REASON,
    TEXT,
    UNIT,
    identity_number_sentence,
)
from rehablogg.core.identity import IdKind
from rehablogg.core.journal_text import SETTING as JOURNAL_SETTING
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry
from rehablogg.storage.clients import add_client, get_client, update_client
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.entries import REDACTED, add_entry, delete_entry, get_entry, update_entry
from rehablogg.storage.free_text import IdentityNumberError
from rehablogg.storage.periods import mark_submitted
from rehablogg.storage.pilot import join_pilot, joined_pilot
from rehablogg.storage.profile import get_profile, update_profile
from rehablogg.storage.receipts import StoredReceipt, store_receipts
from rehablogg.storage.settings import set_setting
from rehablogg.storage.timer import get_timer, start_timer
from tests.identity_factory import every_form, example, valid_numbers
from tests.storage.on_disk import assert_no_number_on_disk

CAT = ("rehablogg-standard", 1)
BORN = date(2019, 5, 17)
FNR = example(IdKind.FODSELSNUMMER, BORN)
DNR = example(IdKind.D_NUMMER, BORN)
HNR = example(IdKind.H_NUMMER, BORN)
NUMBERS = (FNR, DNR, HNR)
MARCH = date(2026, 3, 2)


def _draft(note: str = "", client: int | None = None) -> EntryDraft:
    return EntryDraft(MARCH, 45, "D02", None, (client,) if client else (), note=note)


def _submit_march(db: Database) -> None:
    with db.engine.begin() as conn:
        mark_submitted(conn, "2026-03", "x", "2026-04-01")


def _refused(field: str, call: Callable[[], object]) -> None:
    with pytest.raises(IdentityNumberError) as caught:
        call()
    assert caught.value.field == field
    assert str(caught.value) == identity_number_sentence(field)


def _rows(db: Database, table: str) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]


def test_every_write_path_refuses_and_stores_nothing(db: Database) -> None:
    client = add_client(db.engine, "Ada Test", birth_year=2019)
    kept = add_entry(db.engine, _draft("Gangtrening", client), *CAT)
    before = {
        t: _rows(db, t)
        for t in ("entry", "client", "audit", "timer", "profile", "settings", "receipt")
    }
    written = [
        f"Fnr {FNR}",
        f"Mor har {DNR[:6]} {DNR[6:]}",
        f"H-nummer {HNR[:6]}-{HNR[6:]}.",
        f"{FNR[:6]} {FNR[6:9]} {FNR[9:]}",
        f"{DNR[:6]} \u2013 {DNR[6:]}",
    ]
    for note in written:
        _refused(NOTE, lambda n=note: add_entry(db.engine, _draft(n, client), *CAT))
        _refused(NOTE, lambda n=note: update_entry(db.engine, kept, _draft(n, client)))
        _refused(LABEL, lambda n=note: add_client(db.engine, f"Bo {n}"))
        _refused(LABEL, lambda n=note: update_client(db.engine, client, label=n))
        _refused(
            NOTE, lambda n=note: start_timer(db.engine, datetime(2026, 3, 2, 9), "D02", client, n)
        )
        _refused(UNIT, lambda n=note: update_profile(db.engine, unit=f"Enhet {n}"))
        _refused(TEXT, lambda n=note: update_profile(db.engine, default_arena=n))
        _refused(
            TEXT,
            lambda n=note: set_setting(
                db.engine, JOURNAL_SETTING, {"language": "nb", "template": "{dato} " + n}
            ),
        )

    _submit_march(db)
    for reason in written:
        _refused(REASON, lambda r=reason: add_entry(db.engine, _draft("", client), *CAT, reason=r))
        _refused(
            REASON, lambda r=reason: update_entry(db.engine, kept, _draft("Ny", client), reason=r)
        )
        _refused(REASON, lambda r=reason: delete_entry(db.engine, kept, reason=r))
        # A pilot lead's reason on a receipt (docs/receipts.md), typed by someone else.
        _refused(
            REASON,
            lambda r=reason: store_receipts(
                db.engine,
                [StoredReceipt("x", "2026-03", "returnert", r, "", "2026-04-02", "2026-04-03")],
            ),
        )

    # The month's state is the only change: nothing of any refused save reached a table.
    assert {t: _rows(db, t) for t in before} == before
    assert get_timer(db.engine) is None
    stored = get_entry(db.engine, kept)
    assert stored is not None and stored.draft.note == "Gangtrening"
    assert_no_number_on_disk(db, NUMBERS)


def test_ordinary_text_with_numbers_is_stored(db: Database) -> None:
    client = add_client(db.engine, "Ada 2. klasse")
    note = "Ring 912 34 567; møte 01.01.2026 kl 12.45; rom 101-12345"
    entry_id = add_entry(db.engine, _draft(note, client), *CAT)
    stored = get_entry(db.engine, entry_id)
    assert stored is not None and stored.draft.note == note
    client_data = get_client(db.engine, client)
    assert client_data is not None and client_data.label == "Ada 2. klasse"
    assert update_profile(db.engine, unit="Enhet 4, tlf 22 33 44 55").unit.endswith("55")


def test_pilot_with_a_number_in_the_unit_is_not_joined_at_all(db: Database) -> None:
    entry = RosterEntry(
        "T-07", "4601", f"Barn {FNR}", "ergoterapeut", Month(2026, 1), Month(2026, 6)
    )
    pilot = Pilot(
        id="vest-2026",
        name="Pilot Vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=1,
        roster=(entry,),
        age_groups=(),
        required_fields=(),
        linked_pseudonyms=False,
        key="",
        targets={},
    )
    _refused(UNIT, lambda: join_pilot(db.engine, pilot, entry))
    assert joined_pilot(db.engine) is None and get_profile(db.engine).pilot_id == ""
    named = dataclasses.replace(pilot, name=f"Pilot {DNR}")
    clean = dataclasses.replace(entry, unit="Barn og unge")
    _refused(TEXT, lambda: join_pilot(db.engine, named, clean))
    assert joined_pilot(db.engine) is None and get_profile(db.engine).pilot_id == ""
    assert_no_number_on_disk(db, NUMBERS)


def test_pilot_key_is_not_text_and_may_hold_digits(db: Database) -> None:
    """The linked-pseudonym key is random hex: eleven digits in a row that pass mod 11 are
    possible and must not stop a join."""
    entry = RosterEntry(
        "T-07", "4601", "Barn og unge", "ergoterapeut", Month(2026, 1), Month(2026, 6)
    )
    key = (FNR + "ab").ljust(64, "0")
    pilot = Pilot(
        id="vest-2026",
        name="Pilot Vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=1,
        roster=(entry,),
        age_groups=(),
        required_fields=(),
        linked_pseudonyms=True,
        key=key,
        targets={},
    )
    join_pilot(db.engine, pilot, entry)
    stored = joined_pilot(db.engine)
    assert stored is not None and stored["key"] == key


def test_legacy_number_is_redacted_in_the_audit_copy(db: Database) -> None:
    """A note saved before the refusal existed: correcting it in a submitted month must not
    copy the number into the audit trail."""
    client = add_client(db.engine, "Ada Test")
    entry_id = add_entry(db.engine, _draft("Gangtrening", client), *CAT)
    with db.engine.begin() as conn:  # as an older rehablogg stored it
        conn.execute(
            text("UPDATE entry SET note = :n WHERE id = :id"),
            {"n": f"Gammel {FNR}", "id": entry_id},
        )
    _submit_march(db)
    _refused(
        NOTE,
        lambda: update_entry(
            db.engine, entry_id, _draft(f"Gammel {FNR}", client), reason="retting"
        ),
    )
    update_entry(db.engine, entry_id, _draft("Gammel", client), reason="fjernet nummer")
    with db.engine.connect() as conn:
        before_json = conn.execute(text("SELECT before_json FROM audit")).scalar_one()
    assert json.loads(before_json)["note"] == f"Gammel {REDACTED}"
    db.close()
    # Open again so the file, not the WAL, is what is read; the old row's bytes were freed
    # with secure_delete on, so the number is gone from the file as well.
    again = open_database_file(db.path)
    with again.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert_no_number_on_disk(again, NUMBERS)
    again.close()


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(generated=valid_numbers())
def test_any_valid_number_in_any_form_is_refused_by_add_entry(
    db: Database, generated: tuple[str, IdKind]
) -> None:
    number, _ = generated
    for form in every_form(number):
        _refused(NOTE, lambda f=form: add_entry(db.engine, _draft(f"x {f} y"), *CAT))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM entry")).scalar() == 0
