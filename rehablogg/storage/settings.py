"""Small per-installation settings kept in the database (so they travel with backups)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, text

from rehablogg.core.free_text import TEXT
from rehablogg.storage.engine import writer
from rehablogg.storage.free_text import refuse_in_values


def get_setting(engine: Engine, key: str, default: Any = None) -> Any:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": key}).first()
    return default if row is None else json.loads(row[0])


def set_setting(engine: Engine, key: str, value: Any, *, not_text: Iterable[str] = ()) -> None:
    """Store ``value`` (JSON) under ``key``. Every string in it is checked for identity
    numbers, except the values under the top-level keys ``not_text`` names (a random secret
    is not text anyone typed, and may hold eleven digits in a row by chance)."""
    refuse_in_values(TEXT, value, skip=not_text)
    with writer(engine).begin() as conn:
        conn.execute(
            text("INSERT INTO settings (key, value) VALUES (:k, :v) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {"k": key, "v": json.dumps(value, ensure_ascii=False)},
        )
