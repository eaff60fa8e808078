"""Column types the table classes (``schema.py``) need beyond SQLAlchemy's own."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Dialect, Integer
from sqlalchemy.types import TypeDecorator


class Flag(TypeDecorator[bool]):
    """A yes/no column stored as ``INTEGER`` 0/1, as the migrations declare it (SQLAlchemy's
    ``Boolean`` would declare ``BOOLEAN``, another column type in SQLite); read as ``bool``."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        return None if value is None else int(bool(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> bool | None:
        return None if value is None else bool(value)
