"""Small per-installation settings kept in the database (so they travel with backups)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects.sqlite import insert

from rehablogg.core.free_text import TEXT
from rehablogg.storage.engine import writer
from rehablogg.storage.free_text import refuse_in_values
from rehablogg.storage.tables_compiled import SETTINGS


def read_setting(conn: Connection, key: str) -> str | None:
    """The JSON text stored under ``key``, in the caller's transaction."""
    return conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()


def write_setting(conn: Connection, key: str, value: Any) -> None:
    """Store ``value`` as JSON under ``key``, in the caller's transaction."""
    text = json.dumps(value, ensure_ascii=False)
    conn.execute(
        insert(SETTINGS)
        .values(key=key, value=text)
        .on_conflict_do_update(index_elements=[SETTINGS.c.key], set_={"value": text})
    )


def get_setting(engine: Engine, key: str, default: Any = None) -> Any:
    with engine.connect() as conn:
        stored = read_setting(conn, key)
    return default if stored is None else json.loads(stored)


def set_setting(engine: Engine, key: str, value: Any, *, not_text: Iterable[str] = ()) -> None:
    """Store ``value`` (JSON) under ``key``. Every string in it is checked for identity
    numbers, except the values under the top-level keys ``not_text`` names (a random secret
    is not text anyone typed, and may hold eleven digits in a row by chance)."""
    refuse_in_values(TEXT, value, skip=not_text)
    with writer(engine).begin() as conn:
        write_setting(conn, key, value)
