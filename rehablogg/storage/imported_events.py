"""Which calendar events have been imported already, by the keyed digest of UID and start."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, Engine, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from rehablogg.core.entry import EntryDraft
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.entries import add_entry
from rehablogg.storage.errors import StorageError
from rehablogg.storage.settings import get_setting, set_setting
from rehablogg.storage.tables_compiled import IMPORTED_EVENT

_KEY_SETTING = "calendar_event_key"


class AlreadyImportedError(StorageError):
    """The calendar occurrence was imported already (from another list or window)."""


def event_secret(engine: Engine) -> bytes:
    """This database's key for the digests of event UIDs, made on first use.

    Keyed, so a digest cannot be matched against a list of guessed UIDs (some hold an e-mail
    address); kept in the database, so a restored backup still recognises its events.
    """
    stored = get_setting(engine, _KEY_SETTING)
    if isinstance(stored, str) and len(stored) == 64:
        return bytes.fromhex(stored)
    fresh = secrets.token_hex(32)
    set_setting(engine, _KEY_SETTING, fresh)
    return bytes.fromhex(fresh)


def imported_keys(engine: Engine, keys: Iterable[str]) -> set[str]:
    """The subset of ``keys`` already imported."""
    wanted = list(keys)
    found: set[str] = set()
    query = select(IMPORTED_EVENT.c.event_key).where(
        IMPORTED_EVENT.c.event_key.in_(bindparam("keys", expanding=True))
    )
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
            found.update(r[0] for r in conn.execute(query, {"keys": wanted[start : start + 500]}))
    return found


def record_import(conn: Connection, key: str, entry_id: str) -> None:
    """Marks ``key`` imported as ``entry_id``, in the caller's transaction (with the entry)."""
    conn.execute(
        insert(IMPORTED_EVENT).values(
            event_key=key,
            entry_id=entry_id,
            imported_at=datetime.now().isoformat(timespec="seconds"),
        )
    )


def add_imported_entry(
    engine: Engine,
    draft: EntryDraft,
    key: str,
    catalogue_id: str,
    catalogue_version: int,
    *,
    reason: str | None = None,
) -> str:
    """Saves the entry made from a calendar event together with the mark that it was imported;
    an event imported meanwhile (another window) fails the whole save."""
    try:
        return add_entry(
            engine,
            draft,
            catalogue_id,
            catalogue_version,
            reason=reason,
            along=lambda conn, entry_id: record_import(conn, key, entry_id),
        )
    except IntegrityError as exc:
        if imported_keys(engine, [key]):
            raise AlreadyImportedError(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "Denne kalenderavtalen er allerede importert; den er ikke lagret på nytt.",
                )
            ) from exc
        raise
