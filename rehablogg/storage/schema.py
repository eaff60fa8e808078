"""SQLModel tables mirroring the schema the migrations create.

The migrations own the schema (explicit DDL, so an old migration never changes when a model
does); these classes are how the code reads and writes single rows. A test checks that both
agree, column for column. Lists and totals use plain SQL (``queries.py``), never these objects.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Profile(SQLModel, table=True):
    __tablename__ = "profile"
    id: int = Field(default=1, primary_key=True)
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


class Client(SQLModel, table=True):
    __tablename__ = "client"
    id: int | None = Field(default=None, primary_key=True)
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


class Entry(SQLModel, table=True):
    __tablename__ = "entry"
    id: str = Field(primary_key=True)
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


class EntryClient(SQLModel, table=True):
    __tablename__ = "entry_client"
    entry_id: str = Field(primary_key=True, foreign_key="entry.id")
    client_id: int = Field(primary_key=True, foreign_key="client.id")


class EntryParty(SQLModel, table=True):
    __tablename__ = "entry_party"
    entry_id: str = Field(primary_key=True, foreign_key="entry.id")
    party: str = Field(primary_key=True)


class Timer(SQLModel, table=True):
    __tablename__ = "timer"
    id: int = Field(default=1, primary_key=True)
    started_at: str
    code: str
    client_id: int | None = Field(default=None, foreign_key="client.id")
    note: str = ""


class Absence(SQLModel, table=True):
    __tablename__ = "absence"
    date: str = Field(primary_key=True)
    kind: str


class Period(SQLModel, table=True):
    __tablename__ = "period"
    month: str = Field(primary_key=True)
    state: str = "open"
    submitted_at: str | None = None
    export_id: str | None = None


class Submission(SQLModel, table=True):
    __tablename__ = "submission"
    export_id: str = Field(primary_key=True)
    month: str
    created_at: str
    checksum: str
    replaces: str | None = None
    correction_number: int = 0
    file_name: str = ""


class Audit(SQLModel, table=True):
    __tablename__ = "audit"
    id: int | None = Field(default=None, primary_key=True)
    at: str
    month: str
    entry_id: str
    action: str
    reason: str = ""
    before_json: str | None = None
    after_json: str | None = None


class Setting(SQLModel, table=True):
    __tablename__ = "settings"
    key: str = Field(primary_key=True)
    value: str


class ImportedEvent(SQLModel, table=True):
    __tablename__ = "imported_event"
    event_key: str = Field(primary_key=True)
    entry_id: str | None = Field(default=None, foreign_key="entry.id")
    imported_at: str
