"""Saving, changing and deleting entries, each in one durable transaction.

An entry, its clients and its parties are written together or not at all. A change in a
submitted month needs a reason and leaves a row in the audit trail with the entry before and
after, so a correction can say what changed. A note or reason holding an identity number is
refused before anything is written (``storage/free_text.py``).

The ``entry`` table class (``schema.py``, used as its compiled Core table
``tables_compiled.ENTRY``) is the one description of an entry's columns: a column named like an
``EntryDraft`` field holds that field, converted by its type (a date as ISO text, a time as
HH:MM, an empty text as NULL where the column takes NULL), so a new field of an entry needs its
column in the table class, a migration and a run of ``python -m rehablogg.storage.compile_tables``,
and nothing here.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, time
from typing import Any, get_args, get_type_hints

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    RowMapping,
    delete,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.sql.elements import ColumnClause

from rehablogg.core.entry import EntryDraft
from rehablogg.core.free_text import NOTE, REASON
from rehablogg.core.identity import redact_identity_numbers
from rehablogg.storage.clock import now_iso
from rehablogg.storage.engine import writer
from rehablogg.storage.free_text import refuse_identity_numbers
from rehablogg.storage.periods import mark_changed, require_reason_if_locked
from rehablogg.storage.tables_compiled import AUDIT, ENTRY, ENTRY_CLIENT, ENTRY_PARTY

_ROWID: ColumnClause[int] = literal_column("rowid", Integer)


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


# The draft's fields that are columns of the entry, in the table's order; the others
# (client_ids, parties) are its links.
DRAFT_COLUMNS = tuple(
    c.name for c in ENTRY.columns if c.name in {f.name for f in fields(EntryDraft)}
)


def _value_type(kind: Any) -> Any:
    """``date`` for ``date`` and ``date | None`` alike."""
    named = [a for a in get_args(kind) if a is not type(None)]
    return named[0] if len(named) == 1 else kind


_DRAFT_TYPES = {name: _value_type(kind) for name, kind in get_type_hints(EntryDraft).items()}


def _stored(name: str, value: object) -> object:
    """A draft's field as its column holds it."""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if value == "" and ENTRY.c[name].nullable:
        return None
    return value


def _typed(name: str, value: object) -> Any:
    """A column's value as the draft's field holds it."""
    kind = _DRAFT_TYPES[name]
    if kind in (date, time) and isinstance(value, str):
        return kind.fromisoformat(value) if value else None
    return value


def draft_columns(draft: EntryDraft) -> dict[str, object]:
    """The entry's columns that hold what the user typed."""
    return {name: _stored(name, getattr(draft, name)) for name in DRAFT_COLUMNS}


def draft_from_row(
    row: RowMapping, client_ids: tuple[int, ...], parties: tuple[str, ...]
) -> EntryDraft:
    return EntryDraft(
        **{name: _typed(name, row[name]) for name in DRAFT_COLUMNS},
        client_ids=client_ids,
        parties=parties,
    )


def _write_links(conn: Connection, entry_id: str, draft: EntryDraft, *, replace: bool) -> None:
    if replace:  # a new entry has no links yet; skipping the deletes keeps a save cheap
        conn.execute(delete(ENTRY_CLIENT).where(ENTRY_CLIENT.c.entry_id == entry_id))
        conn.execute(delete(ENTRY_PARTY).where(ENTRY_PARTY.c.entry_id == entry_id))
    if draft.client_ids:
        conn.execute(
            insert(ENTRY_CLIENT), [{"entry_id": entry_id, "client_id": c} for c in draft.client_ids]
        )
    if draft.parties:
        conn.execute(
            insert(ENTRY_PARTY),
            [{"entry_id": entry_id, "party": p} for p in dict.fromkeys(draft.parties)],
        )


# What an identity number in an entry saved before the refusal existed becomes in the audit
# trail's copy of it, so a correction does not store the number a second time.
REDACTED = "[nummer fjernet]"


def _refuse_typed(draft: EntryDraft | None, reason: str | None) -> None:
    if draft is not None:
        refuse_identity_numbers(NOTE, draft.note)
    refuse_identity_numbers(REASON, reason)


def _audit(
    conn: Connection,
    month: str,
    entry_id: str,
    action: str,
    reason: str,
    before: StoredEntry | None,
    after: EntryDraft | None,
) -> None:
    conn.execute(
        insert(AUDIT).values(
            at=now_iso(),
            month=month,
            entry_id=entry_id,
            action=action,
            reason=reason.strip(),
            before_json=draft_to_json(_redacted(before.draft)) if before else None,
            after_json=draft_to_json(after) if after else None,
        )
    )
    mark_changed(conn, month)


def _redacted(draft: EntryDraft) -> EntryDraft:
    note = redact_identity_numbers(draft.note, REDACTED)
    return draft if note == draft.note else replace(draft, note=note)


def draft_to_json(draft: EntryDraft) -> str:
    data = draft_columns(draft)
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
        conn.execute(
            insert(ENTRY).values(
                id=new_id,
                catalogue_id=catalogue_id,
                catalogue_version=catalogue_version,
                created_at=stamp,
                updated_at=stamp,
                **draft_columns(draft),
            )
        )
        _write_links(conn, new_id, draft, replace=False)
        if locked:
            _audit(conn, month, new_id, "create", reason or "", None, draft)
        if along is not None:
            along(conn, new_id)
    return new_id


def update_entry(
    engine: Engine,
    entry_id: str,
    draft: EntryDraft,
    *,
    reason: str | None = None,
    catalogue_version: int | None = None,
) -> None:
    """Change a stored entry to ``draft``; its catalogue version stays unless
    ``catalogue_version`` is given (a change to a code only a newer version has)."""
    _refuse_typed(draft, reason)
    with writer(engine).begin() as conn:
        before = _get(conn, entry_id)
        if before is None:
            raise KeyError(entry_id)
        months = {_month(before.draft.date), _month(draft.date)}
        locked = {m: require_reason_if_locked(conn, m, reason) for m in sorted(months)}
        version = {} if catalogue_version is None else {"catalogue_version": catalogue_version}
        conn.execute(
            update(ENTRY)
            .where(ENTRY.c.id == entry_id)
            .values(updated_at=now_iso(), **draft_columns(draft), **version)
        )
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
        conn.execute(delete(ENTRY).where(ENTRY.c.id == entry_id))
        if locked:
            _audit(conn, month, entry_id, "delete", reason or "", before, None)
    return before


def get_entry(engine: Engine, entry_id: str) -> StoredEntry | None:
    with engine.connect() as conn:
        return _get(conn, entry_id)


def _get(conn: Connection, entry_id: str) -> StoredEntry | None:
    row = conn.execute(select(ENTRY).where(ENTRY.c.id == entry_id)).mappings().first()
    if row is None:
        return None
    # In the order they were given (rowid), as the form showed them.
    clients = tuple(
        conn.execute(
            select(ENTRY_CLIENT.c.client_id)
            .where(ENTRY_CLIENT.c.entry_id == entry_id)
            .order_by(_ROWID)
        ).scalars()
    )
    parties = tuple(
        conn.execute(
            select(ENTRY_PARTY.c.party).where(ENTRY_PARTY.c.entry_id == entry_id).order_by(_ROWID)
        ).scalars()
    )
    return StoredEntry(
        row["id"],
        draft_from_row(row, clients, parties),
        row["catalogue_id"],
        row["catalogue_version"],
        row["created_at"],
        row["updated_at"],
    )
