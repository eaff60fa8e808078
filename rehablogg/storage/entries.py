"""Saving, changing and deleting entries, each in one durable transaction.

An entry, its clients and its parties are written together or not at all. A change in a
submitted month needs a reason and leaves a row in the audit trail with the entry before and
after, so a correction can say what changed. A note or reason holding an identity number is
refused before anything is written (``storage/free_text.py``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

from sqlalchemy import Connection, Engine, text

from rehablogg.core.entry import EntryDraft
from rehablogg.core.free_text import NOTE, REASON
from rehablogg.core.identity import redact_identity_numbers
from rehablogg.storage.clock import now_iso
from rehablogg.storage.engine import writer
from rehablogg.storage.free_text import refuse_identity_numbers
from rehablogg.storage.periods import mark_changed, require_reason_if_locked


@dataclass(frozen=True)
class StoredEntry:
    id: str
    draft: EntryDraft
    catalogue_id: str
    catalogue_version: int
    created_at: str
    updated_at: str


def _month(d: date) -> str:
    return d.strftime("%Y-%m")


def _entry_params(entry_id: str, draft: EntryDraft) -> dict[str, Any]:
    return {
        "id": entry_id,
        "date": draft.date.isoformat(),
        "start_time": draft.start_time.strftime("%H:%M") if draft.start_time else None,
        "minutes": draft.minutes,
        "code": draft.code,
        "contact_mode": draft.contact_mode or None,
        "arena": draft.arena or None,
        "group_size": draft.group_size,
        "travel_minutes": draft.travel_minutes,
        "note": draft.note,
    }


_DELETE_CLIENTS = text("DELETE FROM entry_client WHERE entry_id = :id")
_DELETE_PARTIES = text("DELETE FROM entry_party WHERE entry_id = :id")
_INSERT_CLIENT = text("INSERT INTO entry_client (entry_id, client_id) VALUES (:e, :c)")
_INSERT_PARTY = text("INSERT INTO entry_party (entry_id, party) VALUES (:e, :p)")
_INSERT_ENTRY = text(
    "INSERT INTO entry (id, date, start_time, minutes, code, catalogue_id, catalogue_version, "
    "contact_mode, arena, group_size, travel_minutes, note, created_at, updated_at) VALUES "
    "(:id, :date, :start_time, :minutes, :code, :catalogue_id, :catalogue_version, "
    ":contact_mode, :arena, :group_size, :travel_minutes, :note, :created_at, :updated_at)"
)
_UPDATE_ENTRY = text(
    "UPDATE entry SET date = :date, start_time = :start_time, minutes = :minutes, code = :code, "
    "contact_mode = :contact_mode, arena = :arena, group_size = :group_size, "
    "travel_minutes = :travel_minutes, note = :note, updated_at = :updated_at WHERE id = :id"
)


def _write_links(conn: Connection, entry_id: str, draft: EntryDraft, *, replace: bool) -> None:
    if replace:  # a new entry has no links yet; skipping the deletes keeps a save cheap
        conn.execute(_DELETE_CLIENTS, {"id": entry_id})
        conn.execute(_DELETE_PARTIES, {"id": entry_id})
    if draft.client_ids:
        conn.execute(_INSERT_CLIENT, [{"e": entry_id, "c": c} for c in draft.client_ids])
    if draft.parties:
        conn.execute(
            _INSERT_PARTY, [{"e": entry_id, "p": p} for p in dict.fromkeys(draft.parties)]
        )


# What an identity number in an entry saved before the refusal existed becomes in the audit
# trail's copy of it, so a correction does not store the number a second time.
REDACTED = "[nummer fjernet]"


def _refuse_typed(draft: EntryDraft | None, reason: str | None) -> None:
    if draft is not None:
        refuse_identity_numbers(NOTE, draft.note)
    refuse_identity_numbers(REASON, reason)


def _audit(conn: Connection, month: str, entry_id: str, action: str, reason: str,
           before: StoredEntry | None, after: EntryDraft | None) -> None:
    conn.execute(
        text(
            "INSERT INTO audit (at, month, entry_id, action, reason, before_json, after_json) "
            "VALUES (:at, :month, :entry_id, :action, :reason, :before, :after)"
        ),
        {
            "at": now_iso(), "month": month, "entry_id": entry_id, "action": action,
            "reason": reason.strip(),
            "before": draft_to_json(_redacted(before.draft)) if before else None,
            "after": draft_to_json(after) if after else None,
        },
    )
    mark_changed(conn, month)


def _redacted(draft: EntryDraft) -> EntryDraft:
    note = redact_identity_numbers(draft.note, REDACTED)
    return draft if note == draft.note else replace(draft, note=note)


def draft_to_json(draft: EntryDraft) -> str:
    data = _entry_params("", draft)
    del data["id"]
    data["client_ids"] = list(draft.client_ids)
    data["parties"] = list(draft.parties)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def add_entry(
    engine: Engine,
    draft: EntryDraft,
    catalogue_id: str,
    catalogue_version: int,
    *,
    reason: str | None = None,
    entry_id: str | None = None,
    along: Callable[[Connection, str], None] | None = None,
) -> str:
    """Save a new entry; returns its UUID. Raises LockedPeriodError for a submitted month
    without a reason. ``along`` writes what belongs with the entry (the calendar event it came
    from) in the same transaction, so both are saved or neither is."""
    _refuse_typed(draft, reason)
    new_id = entry_id or str(uuid.uuid4())
    stamp = now_iso()
    with writer(engine).begin() as conn:
        month = _month(draft.date)
        locked = require_reason_if_locked(conn, month, reason)
        params = _entry_params(new_id, draft) | {
            "catalogue_id": catalogue_id, "catalogue_version": catalogue_version,
            "created_at": stamp, "updated_at": stamp,
        }
        conn.execute(_INSERT_ENTRY, params)
        _write_links(conn, new_id, draft, replace=False)
        if locked:
            _audit(conn, month, new_id, "create", reason or "", None, draft)
        if along is not None:
            along(conn, new_id)
    return new_id


def update_entry(engine: Engine, entry_id: str, draft: EntryDraft, *,
                 reason: str | None = None) -> None:
    _refuse_typed(draft, reason)
    with writer(engine).begin() as conn:
        before = _get(conn, entry_id)
        if before is None:
            raise KeyError(entry_id)
        months = {_month(before.draft.date), _month(draft.date)}
        locked = {m: require_reason_if_locked(conn, m, reason) for m in sorted(months)}
        params = _entry_params(entry_id, draft) | {"updated_at": now_iso()}
        conn.execute(_UPDATE_ENTRY, params)
        _write_links(conn, entry_id, draft, replace=True)
        for month, is_locked in locked.items():
            if is_locked:
                _audit(conn, month, entry_id, "update", reason or "", before, draft)


def delete_entry(engine: Engine, entry_id: str, *, reason: str | None = None) -> StoredEntry:
    """Delete an entry and return it as it was, so the caller can undo exactly."""
    _refuse_typed(None, reason)
    with writer(engine).begin() as conn:
        before = _get(conn, entry_id)
        if before is None:
            raise KeyError(entry_id)
        month = _month(before.draft.date)
        locked = require_reason_if_locked(conn, month, reason)
        conn.execute(text("DELETE FROM entry WHERE id = :id"), {"id": entry_id})
        if locked:
            _audit(conn, month, entry_id, "delete", reason or "", before, None)
    return before


def get_entry(engine: Engine, entry_id: str) -> StoredEntry | None:
    with engine.connect() as conn:
        return _get(conn, entry_id)


def _get(conn: Connection, entry_id: str) -> StoredEntry | None:
    row = conn.execute(
        text(
            "SELECT id, date, start_time, minutes, code, contact_mode, arena, group_size, "
            "travel_minutes, note, catalogue_id, catalogue_version, created_at, updated_at "
            "FROM entry WHERE id = :id"
        ),
        {"id": entry_id},
    ).first()
    if row is None:
        return None
    clients = tuple(
        r[0] for r in conn.execute(
            text("SELECT client_id FROM entry_client WHERE entry_id = :id ORDER BY rowid"),
            {"id": entry_id},
        )
    )
    parties = tuple(
        r[0] for r in conn.execute(
            text("SELECT party FROM entry_party WHERE entry_id = :id ORDER BY rowid"),
            {"id": entry_id},
        )
    )
    draft = EntryDraft(
        date=date.fromisoformat(row.date),
        start_time=time.fromisoformat(row.start_time) if row.start_time else None,
        minutes=row.minutes,
        code=row.code,
        client_ids=clients,
        contact_mode=row.contact_mode,
        arena=row.arena,
        parties=parties,
        group_size=row.group_size,
        travel_minutes=row.travel_minutes,
        note=row.note,
    )
    return StoredEntry(row.id, draft, row.catalogue_id, row.catalogue_version,
                       row.created_at, row.updated_at)
