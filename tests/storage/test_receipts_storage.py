"""The ``receipt`` table (docs/receipts.md): a newer receipt replaces what an older one said
and never the other way round, the status is one of three, and no identity number is stored
in a reason even when a caller skips the application's checks."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from rehablogg.core.identity import IdKind
from rehablogg.storage.database import Database
from rehablogg.storage.free_text import IdentityNumberError
from rehablogg.storage.receipts import StoredReceipt, store_receipts, stored_receipts
from tests.identity_factory import example


def _row(status: str, issued: str, reason: str = "") -> StoredReceipt:
    return StoredReceipt("abc", "2025-03", status, reason, "pilot", issued, "2025-04-10T12:00:00")


def test_newer_replaces_older_and_not_the_other_way(db: Database) -> None:
    assert store_receipts(db.engine, [_row("godtatt", "2025-04-02T08:00:00+00:00")]) == 1
    later = _row("returnert", "2025-04-03T08:00:00+00:00", "Mangler uke 9.")
    assert store_receipts(db.engine, [later]) == 1
    assert store_receipts(db.engine, [_row("godtatt", "2025-04-02T08:00:00+00:00")]) == 0
    assert stored_receipts(db.engine) == [later]


def test_an_unknown_status_is_refused_by_the_table(db: Database) -> None:
    with pytest.raises(IntegrityError):
        store_receipts(db.engine, [_row("slettet", "2025-04-02T08:00:00+00:00")])
    assert stored_receipts(db.engine) == []


def test_no_identity_number_is_stored_in_a_reason(db: Database) -> None:
    number = example(IdKind.FODSELSNUMMER, date(2010, 1, 30))
    with pytest.raises(IdentityNumberError):
        store_receipts(
            db.engine, [_row("returnert", "2025-04-02T08:00:00+00:00", f"Gjelder {number}")]
        )
    conn = sqlite3.connect(db.path)
    try:
        assert conn.execute("SELECT count(*) FROM receipt").fetchone() == (0,)
    finally:
        conn.close()
