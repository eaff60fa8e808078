"""A synthetic schema version after the newest released one, for the kill-during-migration test.

The released migrations are quick, so the test builds a heavier step on top of the real chain:
it creates and fills a 300 000-row table, adds a column to ``entry`` and fills it, and indexes
the new table, so a migration runs long enough (about a second) to be killed at several points.
"""

from __future__ import annotations

from rehablogg.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration

HEAVY_ROWS = 300_000

HEAVY_V2 = Migration(
    LATEST_VERSION + 1,
    "synthetic heavy step",
    (
        "CREATE TABLE heavy (id INTEGER PRIMARY KEY, entry_ref TEXT NOT NULL, "
        "payload TEXT NOT NULL)",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
        f"{HEAVY_ROWS}) INSERT INTO heavy (id, entry_ref, payload) "
        "SELECT i, printf('e-%07d', i), hex(randomblob(24)) FROM n",
        "ALTER TABLE entry ADD COLUMN heavy_note TEXT",
        "UPDATE entry SET heavy_note = 'migrert'",
        "CREATE INDEX heavy_payload ON heavy (payload)",
        "CREATE INDEX heavy_entry_ref ON heavy (entry_ref)",
    ),
)

CHAIN = (*MIGRATIONS, HEAVY_V2)
