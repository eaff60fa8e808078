"""Small per-installation settings kept in the database (so they travel with backups)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, text


def get_setting(engine: Engine, key: str, default: Any = None) -> Any:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": key}).first()
    return default if row is None else json.loads(row[0])


def set_setting(engine: Engine, key: str, value: Any) -> None:
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO settings (key, value) VALUES (:k, :v) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {"k": key, "v": json.dumps(value, ensure_ascii=False)},
        )
