"""Erasing a client for good: from the tables, the audit trail and the files on disk.

What an erase removes, in one transaction:

- the client's label (the pseudonym, birth year and flags stay, so the counts still add up;
  so do the care pathway's episodes, pauses and needs assessments, which hold only dates and
  keys, no free text: docs/care-pathway.md);
- the note of every entry the client is on (group entries included), and the timer's note;
- in the audit trail, every row about those entries or whose before/after copy names the
  client (an entry deleted or moved to someone else since): the notes in both copies and the
  reason for the change. The row itself (time, month, action, minutes, codes) stays;
- the label as written (whole words, any case) wherever else it was typed: other entries'
  notes, other audit rows' reasons and copies, the timer's note. A first name or nickname
  typed elsewhere is not the label and is not found.

And from the files: ``secure_delete`` is on for every connection (storage/engine.py), so SQLite
overwrites the old text with zeros inside the pages it rewrites and in every page it frees.
The old page versions that still sit in the write-ahead log are removed by a TRUNCATE
checkpoint, which copies the new pages into the database file and empties the WAL. SQLite can
only do that when no other connection is still reading an older snapshot, so the checkpoint is
retried until ``wait_seconds`` have passed. If a reader still holds on, the erase is done in
the database but its old copies remain in the WAL until that reader lets go: the outcome says
so, a flag is left in the settings, and :func:`finish_pending_erase` (run when the client
register opens, and after the next erase's own checkpoint) completes it. SQLite also
checkpoints and removes the WAL when the last connection to the database closes.

Not covered, and said so in the confirmation: backups taken before the erase (they are
rotated away within a year), copies of the data folder the user made, and what the file
system or the disk keep of overwritten blocks (disk encryption protects those).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update

from rehablogg.storage.clock import now_iso
from rehablogg.storage.engine import BUSY_TIMEOUT_MS, writer
from rehablogg.storage.settings import read_setting, write_setting
from rehablogg.storage.tables_compiled import AUDIT, CLIENT, ENTRY, ENTRY_CLIENT, SETTINGS, TIMER

# What the label becomes where it was typed into another text (a note about a group, a reason).
LABEL_REMOVED = "[navn slettet]"
PENDING_KEY = "erase_pending"
WAIT_SECONDS = 10.0
# Each attempt lets SQLite's busy handler wait this long for the readers, so a reader that
# finishes is noticed quickly and the whole wait stays close to ``wait_seconds``.
_ATTEMPT_MS = 250


@dataclass(frozen=True)
class EraseOutcome:
    entries: int  # entries whose notes were cleared
    audit_rows: int  # audit rows whose notes and reason were cleared
    label_elsewhere: int  # other texts the label was removed from
    files_clean: bool  # False: a reader kept old copies in the WAL (finish_pending_erase)


def erase_client(
    engine: Engine, client_id: int, *, wait_seconds: float = WAIT_SECONDS
) -> EraseOutcome:
    """Erase the client's label and every note about them (see the module docstring), then
    clear the old copies out of the WAL. Raises KeyError for an unknown client."""
    with writer(engine).begin() as conn:
        row = conn.execute(select(CLIENT.c.label).where(CLIENT.c.id == client_id)).first()
        if row is None:
            raise KeyError(client_id)
        label = str(row[0] or "").strip()
        theirs = select(ENTRY_CLIENT.c.entry_id).where(ENTRY_CLIENT.c.client_id == client_id)
        entry_ids = {str(e) for e in conn.execute(theirs).scalars()}
        audit_rows = _scrub_audit(conn, client_id, entry_ids)
        conn.execute(
            update(CLIENT)
            .where(CLIENT.c.id == client_id)
            .values(label=None, active=False, erased_at=now_iso())
        )
        conn.execute(
            update(ENTRY).where(ENTRY.c.note != "", ENTRY.c.id.in_(theirs)).values(note="")
        )
        conn.execute(update(TIMER).where(TIMER.c.client_id == client_id).values(note=""))
        elsewhere = _remove_label_elsewhere(conn, label) if label else 0
    clean = _checkpoint(engine, wait_seconds)
    if clean:
        finish_pending_erase(engine, wait_seconds=0)  # an earlier erase's copies went too
    else:
        _set_pending(engine, True)
    return EraseOutcome(len(entry_ids), audit_rows, elsewhere, clean)


def erase_pending(engine: Engine) -> bool:
    """True while an earlier erase's old copies may still be in the WAL."""
    with engine.connect() as conn:
        return read_setting(conn, PENDING_KEY) is not None


def finish_pending_erase(engine: Engine, *, wait_seconds: float = 1.0) -> bool:
    """Complete an erase whose checkpoint a reader blocked; True when nothing is pending."""
    if not erase_pending(engine):
        return True
    if not _checkpoint(engine, wait_seconds):
        return False
    _set_pending(engine, False)
    _checkpoint(engine, 0)  # the flag's own change out of the WAL as well; it names no one
    return True


def _scrub_audit(conn: Connection, client_id: int, entry_ids: set[str]) -> int:
    """Clear the notes and reason of every audit row about the client's entries or naming the
    client in its before/after copy; returns how many rows."""
    a = AUDIT.c
    rows = conn.execute(select(a.id, a.entry_id, a.before_json, a.after_json)).all()
    scrubbed = 0
    for audit_id, entry_id, before, after in rows:
        if str(entry_id) not in entry_ids and not (
            _names_client(before, client_id) or _names_client(after, client_id)
        ):
            continue
        conn.execute(
            update(AUDIT)
            .where(a.id == audit_id)
            .values(
                reason="",
                before_json=_with_note(before, lambda _note: ""),
                after_json=_with_note(after, lambda _note: ""),
            )
        )
        scrubbed += 1
    return scrubbed


def _remove_label_elsewhere(conn: Connection, label: str) -> int:
    """Replace the label wherever else it was typed; returns how many texts changed."""
    words = r"\s+".join(re.escape(part) for part in label.split())
    pattern = re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)

    def scrub(value: str) -> str:
        return pattern.sub(LABEL_REMOVED, value)

    changed = 0
    noted = select(ENTRY.c.id, ENTRY.c.note).where(ENTRY.c.note != "")
    for entry_id, note in conn.execute(noted).all():
        if pattern.search(note):
            conn.execute(update(ENTRY).where(ENTRY.c.id == entry_id).values(note=scrub(note)))
            changed += 1
    a = AUDIT.c
    for audit_id, reason, before, after in conn.execute(
        select(a.id, a.reason, a.before_json, a.after_json)
    ).all():
        values = {
            "reason": scrub(reason or ""),
            "before_json": _with_note(before, scrub),
            "after_json": _with_note(after, scrub),
        }
        if values != {"reason": reason or "", "before_json": before, "after_json": after}:
            conn.execute(update(AUDIT).where(a.id == audit_id).values(values))
            changed += 1
    for (note,) in conn.execute(select(TIMER.c.note).where(TIMER.c.note != "")).all():
        if pattern.search(note):
            conn.execute(update(TIMER).values(note=scrub(note)))
            changed += 1
    return changed


def _loaded(value: str | None) -> dict[str, Any] | None:
    if not value:
        return None
    try:
        loaded = json.loads(value)
    except ValueError:
        return None
    return loaded if isinstance(loaded, dict) else None


def _names_client(value: str | None, client_id: int) -> bool:
    copy = _loaded(value)
    ids = copy.get("client_ids") if copy else None
    return isinstance(ids, list) and client_id in ids


def _with_note(value: str | None, change: Callable[[str], str]) -> str | None:
    """The JSON copy with its note changed; unchanged text when there is no note to change."""
    copy = _loaded(value)
    if copy is None or not isinstance(copy.get("note"), str):
        return value
    new = change(copy["note"])
    if new == copy["note"]:
        return value
    copy["note"] = new
    return json.dumps(copy, ensure_ascii=False, sort_keys=True)


def _checkpoint(engine: Engine, wait_seconds: float) -> bool:
    """Copy every WAL frame into the database file and truncate the WAL to zero bytes; True
    when done, False when a reader on an older snapshot still blocked it after the wait."""
    deadline = time.monotonic() + wait_seconds
    raw = engine.raw_connection()  # autocommit: a checkpoint must not run inside a transaction
    try:
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA busy_timeout={_ATTEMPT_MS}")
        try:
            while True:
                busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    return True
                if time.monotonic() >= deadline:
                    return False
        finally:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.close()
    finally:
        raw.close()


def _set_pending(engine: Engine, pending: bool) -> None:
    with writer(engine).begin() as conn:
        if pending:
            write_setting(conn, PENDING_KEY, True)
        else:
            conn.execute(delete(SETTINGS).where(SETTINGS.c.key == PENDING_KEY))
