"""Schema version 1: profile, clients, entries with their clients and parties, timer, periods,
submissions, absence days and the audit trail."""

VERSION = 1

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        therapist_code TEXT NOT NULL DEFAULT '',
        profession TEXT NOT NULL DEFAULT 'fysioterapeut',
        municipality TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        kostra_function TEXT NOT NULL DEFAULT '',
        position_percent INTEGER NOT NULL DEFAULT 100,
        working_days TEXT NOT NULL DEFAULT '1,2,3,4,5',
        day_start TEXT NOT NULL DEFAULT '08:00',
        day_end TEXT NOT NULL DEFAULT '15:30',
        default_arena TEXT NOT NULL DEFAULT '',
        default_contact_mode TEXT NOT NULL DEFAULT 'oppmote',
        pilot_id TEXT NOT NULL DEFAULT '',
        catalogue_id TEXT NOT NULL DEFAULT 'rehablogg-standard',
        catalogue_version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE client (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        label TEXT,
        pseudonym TEXT NOT NULL UNIQUE,
        birth_year INTEGER,
        service TEXT NOT NULL DEFAULT 'habilitering'
            CHECK (service IN ('habilitering', 'rehabilitering')),
        has_ip INTEGER NOT NULL DEFAULT 0,
        has_coordinator INTEGER NOT NULL DEFAULT 0,
        has_child_coordinator INTEGER NOT NULL DEFAULT 0,
        therapist_is_coordinator INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1,
        erased_at TEXT,
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX ix_client_active ON client (active, label)",
    """
    CREATE TABLE entry (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        start_time TEXT,
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
        code TEXT NOT NULL,
        catalogue_id TEXT NOT NULL,
        catalogue_version INTEGER NOT NULL,
        contact_mode TEXT,
        arena TEXT,
        group_size INTEGER,
        travel_minutes INTEGER NOT NULL DEFAULT 0 CHECK (travel_minutes BETWEEN 0 AND 600),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    # Day/week/month lists and totals are all date-range scans; code is included so totals per
    # code are answered from the index alone.
    "CREATE INDEX ix_entry_date ON entry (date, code, minutes, travel_minutes)",
    """
    CREATE TABLE entry_client (
        entry_id TEXT NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
        PRIMARY KEY (entry_id, client_id)
    )
    """,
    "CREATE INDEX ix_entry_client_client ON entry_client (client_id)",
    """
    CREATE TABLE entry_party (
        entry_id TEXT NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
        party TEXT NOT NULL,
        PRIMARY KEY (entry_id, party)
    )
    """,
    """
    CREATE TABLE timer (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        started_at TEXT NOT NULL,
        code TEXT NOT NULL,
        client_id INTEGER REFERENCES client (id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE absence (
        date TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ferie', 'sykdom', 'kurs', 'annet'))
    )
    """,
    """
    CREATE TABLE period (
        month TEXT PRIMARY KEY,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'submitted', 'changed')),
        submitted_at TEXT,
        export_id TEXT
    )
    """,
    """
    CREATE TABLE submission (
        export_id TEXT PRIMARY KEY,
        month TEXT NOT NULL,
        created_at TEXT NOT NULL,
        checksum TEXT NOT NULL,
        replaces TEXT,
        correction_number INTEGER NOT NULL DEFAULT 0,
        file_name TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX ix_submission_month ON submission (month)",
    """
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        month TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        reason TEXT NOT NULL DEFAULT '',
        before_json TEXT,
        after_json TEXT
    )
    """,
    "CREATE INDEX ix_audit_month ON audit (month, at)",
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
    "INSERT INTO profile (id) VALUES (1)",
)
