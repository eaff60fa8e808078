"""Schema version 2: calendar events already imported, so one is never imported twice.

Only a keyed digest of the event's UID and occurrence start is kept (a UID can hold an e-mail
address); the entry made from it is named so the list can say where it went.
"""

VERSION = 2

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE imported_event (
        event_key TEXT PRIMARY KEY CHECK (length(event_key) = 64),
        entry_id TEXT REFERENCES entry (id) ON DELETE SET NULL,
        imported_at TEXT NOT NULL
    )
    """,
)
