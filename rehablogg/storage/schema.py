"""Every table of the rehablogg database, described once.

These SQLModel classes are the one description of the newest schema. They are not imported at
run time (SQLModel and pydantic would cost every start ~130 ms and 8–10 MiB): after a change here,
``python -m rehablogg.storage.compile_tables`` writes them as plain SQLAlchemy Core tables, and the
rows read whole as dataclasses, into ``tables_compiled.py``, as the Designer forms are compiled
(``tests/storage/test_tables_compiled.py`` fails while it is stale or differs from them). The
writes and reads are SQLAlchemy Core statements on those tables (lists stay plain rows, never ORM
objects), and restore and ``rehablogg check`` compare a database at the newest version with them
(``schema_match.py``). The migrations stay explicit DDL, because a migration is history: it must
keep making exactly the schema of its version when these classes change later. A test
(``tests/storage/test_schema.py``) proves a new database built by the migrations matches these
classes exactly: columns, declared types, nullability, defaults, keys, checks and indexes.

So each column says what the migration wrote: ``TEXT`` and ``INTEGER`` (not SQLModel's
``VARCHAR``), the SQL ``DEFAULT`` as ``server_default``, and ``nullable=True`` on a primary key
the migration left nullable (SQLite lets a non-integer primary key hold NULL unless told).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CheckConstraint, Index, Integer, MetaData, Table, Text
from sqlalchemy import text as sql
from sqlmodel import Field, SQLModel

from rehablogg.storage.column_types import Flag


class TableModel(SQLModel):
    """Base of rehablogg's tables, on a metadata of their own (nothing else can add to it)."""

    metadata = MetaData()


def _text_default(value: str) -> dict[str, Any]:
    return {"server_default": value}


def _int_default(value: int) -> dict[str, Any]:
    return {"server_default": sql(str(int(value)))}


class Profile(TableModel, table=True):
    __tablename__ = "profile"
    __table_args__ = (CheckConstraint("id = 1"),)
    id: int = Field(default=1, primary_key=True, nullable=True, sa_type=Integer)
    therapist_code: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    profession: str = Field(
        default="fysioterapeut", sa_type=Text, sa_column_kwargs=_text_default("fysioterapeut")
    )
    municipality: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    unit: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    kostra_function: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    position_percent: int = Field(default=100, sa_type=Integer, sa_column_kwargs=_int_default(100))
    working_days: str = Field(
        default="1,2,3,4,5", sa_type=Text, sa_column_kwargs=_text_default("1,2,3,4,5")
    )
    day_start: str = Field(default="08:00", sa_type=Text, sa_column_kwargs=_text_default("08:00"))
    day_end: str = Field(default="15:30", sa_type=Text, sa_column_kwargs=_text_default("15:30"))
    default_arena: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    default_contact_mode: str = Field(
        default="oppmote", sa_type=Text, sa_column_kwargs=_text_default("oppmote")
    )
    pilot_id: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    catalogue_id: str = Field(
        default="rehablogg-standard",
        sa_type=Text,
        sa_column_kwargs=_text_default("rehablogg-standard"),
    )
    catalogue_version: int = Field(default=1, sa_type=Integer, sa_column_kwargs=_int_default(1))
    updated_at: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))


class Client(TableModel, table=True):
    __tablename__ = "client"
    __table_args__ = (
        CheckConstraint("service IN ('habilitering', 'rehabilitering')"),
        CheckConstraint("arrangement IN ('egen', 'samarbeid', 'kjop')"),
        Index("ix_client_active", "active", "label"),
        {"sqlite_autoincrement": True},
    )
    id: int | None = Field(default=None, primary_key=True, nullable=True, sa_type=Integer)
    label: str | None = Field(default=None, sa_type=Text)
    pseudonym: str = Field(sa_type=Text, unique=True)
    birth_year: int | None = Field(default=None, sa_type=Integer)
    service: str = Field(
        default="habilitering", sa_type=Text, sa_column_kwargs=_text_default("habilitering")
    )
    has_ip: bool = Field(default=False, sa_type=Flag, sa_column_kwargs=_int_default(0))
    has_coordinator: bool = Field(default=False, sa_type=Flag, sa_column_kwargs=_int_default(0))
    has_child_coordinator: bool = Field(
        default=False, sa_type=Flag, sa_column_kwargs=_int_default(0)
    )
    therapist_is_coordinator: bool = Field(
        default=False, sa_type=Flag, sa_column_kwargs=_int_default(0)
    )
    active: bool = Field(default=True, sa_type=Flag, sa_column_kwargs=_int_default(1))
    erased_at: str | None = Field(default=None, sa_type=Text)
    created_at: str = Field(sa_type=Text)
    # '' is the therapist's own municipality, else a kommunenr (core/care_pathway.py).
    home_municipality: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    arrangement: str = Field(default="egen", sa_type=Text, sa_column_kwargs=_text_default("egen"))


class Entry(TableModel, table=True):
    """One logged piece of time. The columns named like an ``EntryDraft`` field hold that field
    (``storage/entries.py`` maps them by name), the rest are the entry's bookkeeping."""

    __tablename__ = "entry"
    __table_args__ = (
        CheckConstraint("minutes BETWEEN 1 AND 720"),
        CheckConstraint("travel_minutes BETWEEN 0 AND 600"),
        # Day/week/month lists and totals are all date-range scans; code is included so
        # totals per code are answered from the index alone.
        Index("ix_entry_date", "date", "code", "minutes", "travel_minutes"),
    )
    id: str = Field(primary_key=True, nullable=True, sa_type=Text)
    date: str = Field(sa_type=Text)  # ISO yyyy-mm-dd
    start_time: str | None = Field(default=None, sa_type=Text)  # HH:MM
    minutes: int = Field(sa_type=Integer)
    code: str = Field(sa_type=Text)
    catalogue_id: str = Field(sa_type=Text)
    catalogue_version: int = Field(sa_type=Integer)
    contact_mode: str | None = Field(default=None, sa_type=Text)
    arena: str | None = Field(default=None, sa_type=Text)
    group_size: int | None = Field(default=None, sa_type=Integer)
    travel_minutes: int = Field(default=0, sa_type=Integer, sa_column_kwargs=_int_default(0))
    note: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    created_at: str = Field(sa_type=Text)
    updated_at: str = Field(sa_type=Text)


class EntryClient(TableModel, table=True):
    __tablename__ = "entry_client"
    __table_args__ = (Index("ix_entry_client_client", "client_id"),)
    entry_id: str = Field(
        primary_key=True, sa_type=Text, foreign_key="entry.id", ondelete="CASCADE"
    )
    client_id: int = Field(
        primary_key=True, sa_type=Integer, foreign_key="client.id", ondelete="RESTRICT"
    )


class EntryParty(TableModel, table=True):
    __tablename__ = "entry_party"
    entry_id: str = Field(
        primary_key=True, sa_type=Text, foreign_key="entry.id", ondelete="CASCADE"
    )
    party: str = Field(primary_key=True, sa_type=Text)


class Timer(TableModel, table=True):
    __tablename__ = "timer"
    __table_args__ = (CheckConstraint("id = 1"),)
    id: int = Field(default=1, primary_key=True, nullable=True, sa_type=Integer)
    started_at: str = Field(sa_type=Text)
    code: str = Field(sa_type=Text)
    client_id: int | None = Field(
        default=None, sa_type=Integer, foreign_key="client.id", ondelete="SET NULL"
    )
    note: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))


class Absence(TableModel, table=True):
    __tablename__ = "absence"
    __table_args__ = (CheckConstraint("kind IN ('ferie', 'sykdom', 'kurs', 'annet')"),)
    date: str = Field(primary_key=True, nullable=True, sa_type=Text)
    kind: str = Field(sa_type=Text)


class Period(TableModel, table=True):
    __tablename__ = "period"
    __table_args__ = (CheckConstraint("state IN ('open', 'submitted', 'changed')"),)
    month: str = Field(primary_key=True, nullable=True, sa_type=Text)
    state: str = Field(default="open", sa_type=Text, sa_column_kwargs=_text_default("open"))
    submitted_at: str | None = Field(default=None, sa_type=Text)
    export_id: str | None = Field(default=None, sa_type=Text)


class Submission(TableModel, table=True):
    __tablename__ = "submission"
    __table_args__ = (Index("ix_submission_month", "month"),)
    export_id: str = Field(primary_key=True, nullable=True, sa_type=Text)
    month: str = Field(sa_type=Text)
    created_at: str = Field(sa_type=Text)
    checksum: str = Field(sa_type=Text)
    replaces: str | None = Field(default=None, sa_type=Text)
    correction_number: int = Field(default=0, sa_type=Integer, sa_column_kwargs=_int_default(0))
    file_name: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))


class Audit(TableModel, table=True):
    __tablename__ = "audit"
    __table_args__ = (
        CheckConstraint("action IN ('create', 'update', 'delete')"),
        Index("ix_audit_month", "month", "at"),
        {"sqlite_autoincrement": True},
    )
    id: int | None = Field(default=None, primary_key=True, nullable=True, sa_type=Integer)
    at: str = Field(sa_type=Text)
    month: str = Field(sa_type=Text)
    entry_id: str = Field(sa_type=Text)
    action: str = Field(sa_type=Text)
    reason: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    before_json: str | None = Field(default=None, sa_type=Text)
    after_json: str | None = Field(default=None, sa_type=Text)


class Setting(TableModel, table=True):
    __tablename__ = "settings"
    key: str = Field(primary_key=True, nullable=True, sa_type=Text)
    value: str = Field(sa_type=Text)


class ImportedEvent(TableModel, table=True):
    __tablename__ = "imported_event"
    __table_args__ = (CheckConstraint("length(event_key) = 64"),)
    event_key: str = Field(primary_key=True, nullable=True, sa_type=Text)
    entry_id: str | None = Field(
        default=None, sa_type=Text, foreign_key="entry.id", ondelete="SET NULL"
    )
    imported_at: str = Field(sa_type=Text)


class Episode(TableModel, table=True):
    """An episode of care (forløp): from the referral to its end (core/care_pathway.py)."""

    __tablename__ = "episode"
    __table_args__ = (Index("ix_episode_client", "client_id", "referral_date"),)
    id: str = Field(primary_key=True, nullable=True, sa_type=Text)
    client_id: int = Field(sa_type=Integer, foreign_key="client.id", ondelete="RESTRICT")
    referral_date: str = Field(sa_type=Text)
    referral_source: str = Field(sa_type=Text)
    start_date: str | None = Field(default=None, sa_type=Text)
    end_date: str | None = Field(default=None, sa_type=Text)
    end_reason: str | None = Field(default=None, sa_type=Text)
    created_at: str = Field(sa_type=Text)
    updated_at: str = Field(sa_type=Text)


class EpisodePause(TableModel, table=True):
    __tablename__ = "episode_pause"
    episode_id: str = Field(
        primary_key=True, sa_type=Text, foreign_key="episode.id", ondelete="CASCADE"
    )
    start_date: str = Field(primary_key=True, sa_type=Text)
    end_date: str | None = Field(default=None, sa_type=Text)
    kind: str = Field(sa_type=Text)


class NeedsAssessmentRecord(TableModel, table=True):
    __tablename__ = "needs_assessment"
    __table_args__ = (
        CheckConstraint("barnehage_skole IN ('ingen', 'noe', 'mye')"),
        CheckConstraint("bolig IN ('ingen', 'noe', 'mye')"),
        CheckConstraint("hjelpemidler IN ('ingen', 'noe', 'mye')"),
        CheckConstraint("transport IN ('ingen', 'noe', 'mye')"),
        CheckConstraint("ip_koordinator IN ('ingen', 'noe', 'mye')"),
    )
    client_id: int = Field(
        primary_key=True, sa_type=Integer, foreign_key="client.id", ondelete="RESTRICT"
    )
    assessed_on: str = Field(primary_key=True, sa_type=Text)
    barnehage_skole: str = Field(
        default="ingen", sa_type=Text, sa_column_kwargs=_text_default("ingen")
    )
    bolig: str = Field(default="ingen", sa_type=Text, sa_column_kwargs=_text_default("ingen"))
    hjelpemidler: str = Field(
        default="ingen", sa_type=Text, sa_column_kwargs=_text_default("ingen")
    )
    transport: str = Field(default="ingen", sa_type=Text, sa_column_kwargs=_text_default("ingen"))
    ip_koordinator: str = Field(
        default="ingen", sa_type=Text, sa_column_kwargs=_text_default("ingen")
    )


class Receipt(TableModel, table=True):
    """A pilot lead's word on one handed-in month, as read from a receipt file."""

    __tablename__ = "receipt"
    __table_args__ = (CheckConstraint("status IN ('godtatt', 'erstattet', 'returnert')"),)
    export_id: str = Field(primary_key=True, nullable=True, sa_type=Text)
    month: str = Field(sa_type=Text)
    status: str = Field(sa_type=Text)
    reason: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    pilot: str = Field(default="", sa_type=Text, sa_column_kwargs=_text_default(""))
    issued_at: str = Field(sa_type=Text)
    read_at: str = Field(sa_type=Text)


def table(model: type[SQLModel]) -> Table:
    """``model``'s Core table, typed (SQLModel declares ``__table__`` loosely)."""
    found = model.__table__  # type: ignore[attr-defined]
    assert isinstance(found, Table)
    return found


TABLES: MetaData = TableModel.metadata
"""The newest schema: what a database of ``migrations.LATEST_VERSION`` holds."""
