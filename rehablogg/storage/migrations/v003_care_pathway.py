"""Schema version 3: the care pathway (docs/care-pathway.md).

- where a client lives and how the service reaches them (``client.home_municipality``: '' is
  the therapist's own municipality; ``client.arrangement``: own, inter-municipal cooperation
  or purchase);
- episodes of care with their pauses, and dated coarse needs ahead (keys only, no free text);
- the receipts a pilot lead sends back about each handed-in month.
"""

VERSION = 3

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE client ADD COLUMN home_municipality TEXT NOT NULL DEFAULT ''",
    """
    ALTER TABLE client ADD COLUMN arrangement TEXT NOT NULL DEFAULT 'egen'
        CHECK (arrangement IN ('egen', 'samarbeid', 'kjop'))
    """,
    """
    CREATE TABLE episode (
        id TEXT PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
        referral_date TEXT NOT NULL,
        referral_source TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        end_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX ix_episode_client ON episode (client_id, referral_date)",
    """
    CREATE TABLE episode_pause (
        episode_id TEXT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
        start_date TEXT NOT NULL,
        end_date TEXT,
        kind TEXT NOT NULL,
        PRIMARY KEY (episode_id, start_date)
    )
    """,
    """
    CREATE TABLE needs_assessment (
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
        assessed_on TEXT NOT NULL,
        barnehage_skole TEXT NOT NULL DEFAULT 'ingen'
            CHECK (barnehage_skole IN ('ingen', 'noe', 'mye')),
        bolig TEXT NOT NULL DEFAULT 'ingen' CHECK (bolig IN ('ingen', 'noe', 'mye')),
        hjelpemidler TEXT NOT NULL DEFAULT 'ingen'
            CHECK (hjelpemidler IN ('ingen', 'noe', 'mye')),
        transport TEXT NOT NULL DEFAULT 'ingen' CHECK (transport IN ('ingen', 'noe', 'mye')),
        ip_koordinator TEXT NOT NULL DEFAULT 'ingen'
            CHECK (ip_koordinator IN ('ingen', 'noe', 'mye')),
        PRIMARY KEY (client_id, assessed_on)
    )
    """,
    """
    CREATE TABLE receipt (
        export_id TEXT PRIMARY KEY,
        month TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('godtatt', 'erstattet', 'returnert')),
        reason TEXT NOT NULL DEFAULT '',
        pilot TEXT NOT NULL DEFAULT '',
        issued_at TEXT NOT NULL,
        read_at TEXT NOT NULL
    )
    """,
)
