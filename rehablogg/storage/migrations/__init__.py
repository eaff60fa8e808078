"""Numbered schema migrations.

Each migration is a module ``vNNN_<name>.py`` with ``VERSION`` and ``STATEMENTS``; it runs in one
transaction, after a consistent backup of the database taken with SQLite's backup API. The schema
version is kept in ``PRAGMA user_version``. Released migrations are never edited: a change to the
schema is a new migration, and its fixture database goes into ``tests/fixtures/db/``.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehablogg.storage.migrations import v001_initial, v002_imported_events


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(v001_initial.VERSION, "initial", v001_initial.STATEMENTS),
    Migration(
        v002_imported_events.VERSION, "imported calendar events", v002_imported_events.STATEMENTS
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
