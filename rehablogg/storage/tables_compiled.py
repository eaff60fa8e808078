# Generated from schema.py by python -m rehablogg.storage.compile_tables; do not edit.
"""The tables of ``schema.py`` as plain SQLAlchemy Core tables, and the rows read
whole as dataclasses, so that a start imports neither SQLModel nor pydantic (the reason is in
``compile_tables.py``). After a change to ``schema.py``, run
``python -m rehablogg.storage.compile_tables``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    text,
)

from rehablogg.storage.column_types import Flag

TABLES = MetaData()
"""The newest schema: what a database of ``migrations.LATEST_VERSION`` holds."""


PROFILE = Table(
    "profile",
    TABLES,
    Column("id", Integer(), primary_key=True, nullable=True, default=1),
    Column("therapist_code", Text(), nullable=False, default="", server_default=""),
    Column(
        "profession",
        Text(),
        nullable=False,
        default="fysioterapeut",
        server_default="fysioterapeut",
    ),
    Column("municipality", Text(), nullable=False, default="", server_default=""),
    Column("unit", Text(), nullable=False, default="", server_default=""),
    Column("kostra_function", Text(), nullable=False, default="", server_default=""),
    Column("position_percent", Integer(), nullable=False, default=100, server_default=text("100")),
    Column("working_days", Text(), nullable=False, default="1,2,3,4,5", server_default="1,2,3,4,5"),
    Column("day_start", Text(), nullable=False, default="08:00", server_default="08:00"),
    Column("day_end", Text(), nullable=False, default="15:30", server_default="15:30"),
    Column("default_arena", Text(), nullable=False, default="", server_default=""),
    Column(
        "default_contact_mode",
        Text(),
        nullable=False,
        default="oppmote",
        server_default="oppmote",
    ),
    Column("pilot_id", Text(), nullable=False, default="", server_default=""),
    Column(
        "catalogue_id",
        Text(),
        nullable=False,
        default="rehablogg-standard",
        server_default="rehablogg-standard",
    ),
    Column("catalogue_version", Integer(), nullable=False, default=1, server_default=text("1")),
    Column("updated_at", Text(), nullable=False, default="", server_default=""),
    CheckConstraint("id = 1"),
)


CLIENT = Table(
    "client",
    TABLES,
    Column("id", Integer(), primary_key=True, nullable=True),
    Column("label", Text(), nullable=True),
    Column("pseudonym", Text(), nullable=False, unique=True),
    Column("birth_year", Integer(), nullable=True),
    Column(
        "service",
        Text(),
        nullable=False,
        default="habilitering",
        server_default="habilitering",
    ),
    Column("has_ip", Flag(), nullable=False, default=False, server_default=text("0")),
    Column("has_coordinator", Flag(), nullable=False, default=False, server_default=text("0")),
    Column(
        "has_child_coordinator",
        Flag(),
        nullable=False,
        default=False,
        server_default=text("0"),
    ),
    Column(
        "therapist_is_coordinator",
        Flag(),
        nullable=False,
        default=False,
        server_default=text("0"),
    ),
    Column("active", Flag(), nullable=False, default=True, server_default=text("1")),
    Column("erased_at", Text(), nullable=True),
    Column("created_at", Text(), nullable=False),
    Column("home_municipality", Text(), nullable=False, default="", server_default=""),
    Column("arrangement", Text(), nullable=False, default="egen", server_default="egen"),
    CheckConstraint("service IN ('habilitering', 'rehabilitering')"),
    CheckConstraint("arrangement IN ('egen', 'samarbeid', 'kjop')"),
    Index("ix_client_active", "active", "label"),
    sqlite_autoincrement=True,
)


ENTRY = Table(
    "entry",
    TABLES,
    Column("id", Text(), primary_key=True, nullable=True),
    Column("date", Text(), nullable=False),
    Column("start_time", Text(), nullable=True),
    Column("minutes", Integer(), nullable=False),
    Column("code", Text(), nullable=False),
    Column("catalogue_id", Text(), nullable=False),
    Column("catalogue_version", Integer(), nullable=False),
    Column("contact_mode", Text(), nullable=True),
    Column("arena", Text(), nullable=True),
    Column("group_size", Integer(), nullable=True),
    Column("travel_minutes", Integer(), nullable=False, default=0, server_default=text("0")),
    Column("note", Text(), nullable=False, default="", server_default=""),
    Column("created_at", Text(), nullable=False),
    Column("updated_at", Text(), nullable=False),
    CheckConstraint("minutes BETWEEN 1 AND 720"),
    CheckConstraint("travel_minutes BETWEEN 0 AND 600"),
    Index("ix_entry_date", "date", "code", "minutes", "travel_minutes"),
)


ENTRY_CLIENT = Table(
    "entry_client",
    TABLES,
    Column(
        "entry_id",
        Text(),
        ForeignKey("entry.id", ondelete="CASCADE"),
        primary_key=True,
        nullable=False,
    ),
    Column(
        "client_id",
        Integer(),
        ForeignKey("client.id", ondelete="RESTRICT"),
        primary_key=True,
        nullable=False,
    ),
    Index("ix_entry_client_client", "client_id"),
)


ENTRY_PARTY = Table(
    "entry_party",
    TABLES,
    Column(
        "entry_id",
        Text(),
        ForeignKey("entry.id", ondelete="CASCADE"),
        primary_key=True,
        nullable=False,
    ),
    Column("party", Text(), primary_key=True, nullable=False),
)


TIMER = Table(
    "timer",
    TABLES,
    Column("id", Integer(), primary_key=True, nullable=True, default=1),
    Column("started_at", Text(), nullable=False),
    Column("code", Text(), nullable=False),
    Column("client_id", Integer(), ForeignKey("client.id", ondelete="SET NULL"), nullable=True),
    Column("note", Text(), nullable=False, default="", server_default=""),
    CheckConstraint("id = 1"),
)


ABSENCE = Table(
    "absence",
    TABLES,
    Column("date", Text(), primary_key=True, nullable=True),
    Column("kind", Text(), nullable=False),
    CheckConstraint("kind IN ('ferie', 'sykdom', 'kurs', 'annet')"),
)


PERIOD = Table(
    "period",
    TABLES,
    Column("month", Text(), primary_key=True, nullable=True),
    Column("state", Text(), nullable=False, default="open", server_default="open"),
    Column("submitted_at", Text(), nullable=True),
    Column("export_id", Text(), nullable=True),
    CheckConstraint("state IN ('open', 'submitted', 'changed')"),
)


SUBMISSION = Table(
    "submission",
    TABLES,
    Column("export_id", Text(), primary_key=True, nullable=True),
    Column("month", Text(), nullable=False),
    Column("created_at", Text(), nullable=False),
    Column("checksum", Text(), nullable=False),
    Column("replaces", Text(), nullable=True),
    Column("correction_number", Integer(), nullable=False, default=0, server_default=text("0")),
    Column("file_name", Text(), nullable=False, default="", server_default=""),
    Index("ix_submission_month", "month"),
)


AUDIT = Table(
    "audit",
    TABLES,
    Column("id", Integer(), primary_key=True, nullable=True),
    Column("at", Text(), nullable=False),
    Column("month", Text(), nullable=False),
    Column("entry_id", Text(), nullable=False),
    Column("action", Text(), nullable=False),
    Column("reason", Text(), nullable=False, default="", server_default=""),
    Column("before_json", Text(), nullable=True),
    Column("after_json", Text(), nullable=True),
    CheckConstraint("action IN ('create', 'update', 'delete')"),
    Index("ix_audit_month", "month", "at"),
    sqlite_autoincrement=True,
)


SETTINGS = Table(
    "settings",
    TABLES,
    Column("key", Text(), primary_key=True, nullable=True),
    Column("value", Text(), nullable=False),
)


IMPORTED_EVENT = Table(
    "imported_event",
    TABLES,
    Column("event_key", Text(), primary_key=True, nullable=True),
    Column("entry_id", Text(), ForeignKey("entry.id", ondelete="SET NULL"), nullable=True),
    Column("imported_at", Text(), nullable=False),
    CheckConstraint("length(event_key) = 64"),
)


EPISODE = Table(
    "episode",
    TABLES,
    Column("id", Text(), primary_key=True, nullable=True),
    Column("client_id", Integer(), ForeignKey("client.id", ondelete="RESTRICT"), nullable=False),
    Column("referral_date", Text(), nullable=False),
    Column("referral_source", Text(), nullable=False),
    Column("start_date", Text(), nullable=True),
    Column("end_date", Text(), nullable=True),
    Column("end_reason", Text(), nullable=True),
    Column("created_at", Text(), nullable=False),
    Column("updated_at", Text(), nullable=False),
    Index("ix_episode_client", "client_id", "referral_date"),
)


EPISODE_PAUSE = Table(
    "episode_pause",
    TABLES,
    Column(
        "episode_id",
        Text(),
        ForeignKey("episode.id", ondelete="CASCADE"),
        primary_key=True,
        nullable=False,
    ),
    Column("start_date", Text(), primary_key=True, nullable=False),
    Column("end_date", Text(), nullable=True),
    Column("kind", Text(), nullable=False),
)


NEEDS_ASSESSMENT = Table(
    "needs_assessment",
    TABLES,
    Column(
        "client_id",
        Integer(),
        ForeignKey("client.id", ondelete="RESTRICT"),
        primary_key=True,
        nullable=False,
    ),
    Column("assessed_on", Text(), primary_key=True, nullable=False),
    Column("barnehage_skole", Text(), nullable=False, default="ingen", server_default="ingen"),
    Column("bolig", Text(), nullable=False, default="ingen", server_default="ingen"),
    Column("hjelpemidler", Text(), nullable=False, default="ingen", server_default="ingen"),
    Column("transport", Text(), nullable=False, default="ingen", server_default="ingen"),
    Column("ip_koordinator", Text(), nullable=False, default="ingen", server_default="ingen"),
    CheckConstraint("barnehage_skole IN ('ingen', 'noe', 'mye')"),
    CheckConstraint("bolig IN ('ingen', 'noe', 'mye')"),
    CheckConstraint("hjelpemidler IN ('ingen', 'noe', 'mye')"),
    CheckConstraint("transport IN ('ingen', 'noe', 'mye')"),
    CheckConstraint("ip_koordinator IN ('ingen', 'noe', 'mye')"),
)


RECEIPT = Table(
    "receipt",
    TABLES,
    Column("export_id", Text(), primary_key=True, nullable=True),
    Column("month", Text(), nullable=False),
    Column("status", Text(), nullable=False),
    Column("reason", Text(), nullable=False, default="", server_default=""),
    Column("pilot", Text(), nullable=False, default="", server_default=""),
    Column("issued_at", Text(), nullable=False),
    Column("read_at", Text(), nullable=False),
    CheckConstraint("status IN ('godtatt', 'erstattet', 'returnert')"),
)


@dataclass(kw_only=True)
class ProfileRow:
    """A row of ``profile`` as read (``schema.Profile``)."""

    id: int = 1
    therapist_code: str = ""
    profession: str = "fysioterapeut"
    municipality: str = ""
    unit: str = ""
    kostra_function: str = ""
    position_percent: int = 100
    working_days: str = "1,2,3,4,5"
    day_start: str = "08:00"
    day_end: str = "15:30"
    default_arena: str = ""
    default_contact_mode: str = "oppmote"
    pilot_id: str = ""
    catalogue_id: str = "rehablogg-standard"
    catalogue_version: int = 1
    updated_at: str = ""


@dataclass(kw_only=True)
class ClientRow:
    """A row of ``client`` as read (``schema.Client``)."""

    id: int | None = None
    label: str | None = None
    pseudonym: str
    birth_year: int | None = None
    service: str = "habilitering"
    has_ip: bool = False
    has_coordinator: bool = False
    has_child_coordinator: bool = False
    therapist_is_coordinator: bool = False
    active: bool = True
    erased_at: str | None = None
    created_at: str
    home_municipality: str = ""
    arrangement: str = "egen"


@dataclass(kw_only=True)
class SubmissionRow:
    """A row of ``submission`` as read (``schema.Submission``)."""

    export_id: str
    month: str
    created_at: str
    checksum: str
    replaces: str | None = None
    correction_number: int = 0
    file_name: str = ""


@dataclass(kw_only=True)
class EntryRow:
    """A row of ``entry`` as read (``schema.Entry``)."""

    id: str
    date: str
    start_time: str | None = None
    minutes: int
    code: str
    catalogue_id: str
    catalogue_version: int
    contact_mode: str | None = None
    arena: str | None = None
    group_size: int | None = None
    travel_minutes: int = 0
    note: str = ""
    created_at: str
    updated_at: str
