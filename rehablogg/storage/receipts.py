"""Receipts as stored (docs/receipts.md): what the pilot lead's workbench said about each
submission, one ``receipt`` row per eksport_id, and what a month's latest submission was told.

Only submissions this database made are stored (the caller drops the others and says how many).
A receipt is never older news than what is stored: a row is replaced only by a receipt written
at the same moment or later, so reading last month's receipt after this month's changes
nothing. The reason is free text someone else typed, so storage refuses an identity number in
it as every other write of free text does (storage/free_text.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects.sqlite import insert

from rehablogg.core.free_text import REASON
from rehablogg.core.receipt import RETURNED
from rehablogg.storage.engine import writer
from rehablogg.storage.free_text import refuse_identity_numbers
from rehablogg.storage.submissions import latest_submission
from rehablogg.storage.tables_compiled import RECEIPT, SUBMISSION


@dataclass(frozen=True)
class StoredReceipt:
    """What one submission was told: a row of ``receipt``."""

    export_id: str
    month: str  # YYYY-MM
    status: str  # godtatt, erstattet or returnert
    reason: str
    pilot: str
    issued_at: str  # the receipt's skrevet (UTC, ISO 8601)
    read_at: str  # when this app read it


def known_submissions(conn: Connection) -> dict[str, tuple[str, str]]:
    """Every submission this database made: eksport_id → (month, sjekksum)."""
    rows = conn.execute(select(SUBMISSION.c.export_id, SUBMISSION.c.month, SUBMISSION.c.checksum))
    return {export_id: (month, checksum) for export_id, month, checksum in rows}


def store_receipts(engine: Engine, receipts: Iterable[StoredReceipt]) -> int:
    """Store the rows in one transaction; returns how many changed what was stored (a row from
    an older receipt than the stored one is left out)."""
    changed = 0
    with writer(engine).begin() as conn:
        for row in receipts:
            refuse_identity_numbers(REASON, row.reason)
            values = {
                "export_id": row.export_id,
                "month": row.month,
                "status": row.status,
                "reason": row.reason,
                "pilot": row.pilot,
                "issued_at": row.issued_at,
                "read_at": row.read_at,
            }
            result = conn.execute(
                insert(RECEIPT)
                .values(values)
                .on_conflict_do_update(
                    index_elements=[RECEIPT.c.export_id],
                    set_={k: v for k, v in values.items() if k != "export_id"},
                    where=RECEIPT.c.issued_at <= row.issued_at,
                )
            )
            changed += result.rowcount
    return changed


def _stored(row: object) -> StoredReceipt:
    return StoredReceipt(**row._mapping)  # type: ignore[attr-defined]


def stored_receipts(engine: Engine) -> list[StoredReceipt]:
    """Every stored row, by month and then the order the receipts were issued."""
    with engine.connect() as conn:
        rows = conn.execute(select(RECEIPT).order_by(RECEIPT.c.month, RECEIPT.c.issued_at))
        return [_stored(row) for row in rows]


def month_receipt(engine: Engine, month: str) -> StoredReceipt | None:
    """What the month's latest submission was told, None when no receipt speaks of it (none
    read yet, or the month was handed in again since)."""
    with engine.connect() as conn:
        latest = latest_submission(conn, month)
        if latest is None:
            return None
        row = conn.execute(select(RECEIPT).where(RECEIPT.c.export_id == latest.export_id)).first()
        return None if row is None else _stored(row)


def latest_returned(engine: Engine, month: str) -> bool:
    """Whether the month's latest submission was sent back: handing it in again is then a
    correction even with nothing changed (the return is the reason)."""
    found = month_receipt(engine, month)
    return found is not None and found.status == RETURNED
