"""The tables of the analysts' Parquet dataset (docs/analysts.md), declared once: each
column's name, its DuckDB/Parquet type, unit, meaning and value labels.

The columns that come from a submission are taken from the declared export format
(``exchange/columns.py``: name, type, meaning); the dataset adds the submission's Metadata on
every row (therapist, municipality, unit, month) so one row stands on its own. The writer
(``dataset.py``) and the codebook (``codebook.py``) both loop over these tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS
from rehablogg.core.care_pathway import NEED_KINDS, NEED_LEVELS
from rehablogg.core.catalogue import Choice, default_catalogue
from rehablogg.core.category import Category
from rehablogg.core.profile_rules import PROFESSIONS
from rehablogg.exchange.columns import (
    CODE_CATEGORY,
    CODE_CODE,
    CODE_LABEL_NB,
    CODE_TABLE,
    ENTRY_ADDED,
    ENTRY_CLIENTS,
    ENTRY_GROUP_SIZE,
    ENTRY_HOURS,
    ENTRY_ID,
    ENTRY_MINUTES,
    ENTRY_TABLE,
    ENTRY_TRAVEL,
    ENTRY_WEEK,
    EPISODE_TABLE,
    META_CREATED,
    META_ENTRY_COUNT,
    META_EXPORT_ID,
    META_MUNICIPALITY,
    META_MUNICIPALITY_NAME,
    META_PILOT,
    META_POSITION,
    META_PROFESSION,
    META_REPLACES,
    META_THERAPIST,
    META_UNIT,
    METADATA_TABLE,
    NEEDS_TABLE,
    NOTE,
    PARTICIPANT_BIRTH_YEAR,
    PARTICIPANT_TABLE,
    PARTY,
    PAUSE_TABLE,
    SERVICES,
    SHEET_EPISODES,
    SHEET_NEEDS,
    SHEET_PAUSES,
    Column,
    Field,
    Kind,
)

# A new version rewrites every month of an existing dataset. 2: the care pathway's tables
# (forlop, opphold, behov) from format 1.1 submissions.
DATASET_VERSION = 2

# The month a row belongs to (the submission's month), on every row beside the hive folders.
MONTH = "maaned"
# One row per entry and collaborating party that took part (the part_<key> flags, long).
PARTY_KEY = "samarbeidspart"

# Folder names: the export format's sheet names where there is one.
ENTRIES = "registreringer"
PARTICIPANTS = "deltakere"
PARTIES = "samarbeidsparter"
SUBMISSIONS = "innsendinger"
CODES = "koder"
EPISODES = "forlop"
PAUSES = "opphold"
NEEDS = "behov"
# The dataset's tables of the sheets format 1.1 added, and the sheet each comes from.
SHEET_OF: Mapping[str, str] = {
    EPISODES: SHEET_EPISODES,
    PAUSES: SHEET_PAUSES,
    NEEDS: SHEET_NEEDS,
}

# Kind (the export format's cell type) -> the column's type in DuckDB and Parquet.
SQL_TYPES: Mapping[Kind, str] = {
    Kind.TEXT: "VARCHAR",
    Kind.INTEGER: "INTEGER",
    Kind.DECIMAL: "DOUBLE",
    Kind.DATE: "DATE",
    Kind.FLAG: "BOOLEAN",
}

# How the service reaches the client (core.care_pathway.ARRANGEMENTS; not catalogue data).
ARRANGEMENT_LABELS: Mapping[str, str] = {
    "egen": "egen kommune",
    "samarbeid": "interkommunalt samarbeid",
    "kjop": "kjøpsavtale",
}

UNITS: Mapping[str, str] = {
    ENTRY_MINUTES: "minutes",
    ENTRY_TRAVEL: "minutes",
    ENTRY_HOURS: "hours",
    ENTRY_WEEK: "ISO 8601 week number",
    ENTRY_CLIENTS: "clients",
    ENTRY_GROUP_SIZE: "persons",
    PARTICIPANT_BIRTH_YEAR: "calendar year",
    META_POSITION: "percent of a full-time position",
    META_ENTRY_COUNT: "entries",
}


@dataclass(frozen=True)
class DatasetColumn:
    name: str
    sql_type: str
    meaning: str
    source: str  # where it comes from: a sheet of the export format, Metadata, or the dataset
    unit: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)  # value: its name in bokmål
    nullable: bool = True


@dataclass(frozen=True)
class DatasetTable:
    name: str
    holds: str
    columns: tuple[DatasetColumn, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _choices(choices: tuple[Choice, ...]) -> dict[str, str]:
    return {c.key: c.label.nb for c in choices}


def _labels() -> dict[str, dict[str, str]]:
    """Value labels by column name: the standard catalogue's choices and the format's sets."""
    catalogue = default_catalogue()
    return {
        "kategori": {
            Category.DIREKTE.value: "direkte brukertid",
            Category.INDIREKTE.value: "indirekte brukertid",
            Category.ANNET.value: "annet arbeid (ikke brukertid)",
        },
        "arena": _choices(catalogue.arenas),
        "kontaktform": _choices(catalogue.contact_modes),
        PARTY_KEY: _choices(catalogue.parties),
        "tjeneste": {s: s for s in sorted(SERVICES)},
        "aldersgruppe": {g.label: g.label for g in DEFAULT_AGE_GROUPS} | {"ukjent": "ukjent"},
        META_PROFESSION: {p: p for p in PROFESSIONS},
        CODE_CODE: {c.code: c.label.nb for c in catalogue.codes},
        # The care pathway's keys (core/care_pathway.py), labelled as the catalogue does
        "henvist_fra": _choices(catalogue.referral_sources),
        "sluttarsak": _choices(catalogue.end_reasons),
        "type": _choices(catalogue.pause_kinds),
        "tjenesteform": dict(ARRANGEMENT_LABELS),
        **{kind: {level: level for level in NEED_LEVELS} for kind in NEED_KINDS},
    }


def _from_format(
    column: Column, source: str, labels: Mapping[str, Mapping[str, str]]
) -> DatasetColumn:
    return DatasetColumn(
        column.name,
        SQL_TYPES[column.kind],
        column.meaning,
        source,
        UNITS.get(column.name, ""),
        labels.get(column.name, {}),
        nullable=column.optional or column.name == NOTE.name,
    )


def _from_metadata(
    name: str, sql_type: str = "VARCHAR", *, nullable: bool = False
) -> DatasetColumn:
    found: Field = next(f for f in METADATA_TABLE if f.name == name)
    meaning = found.meaning
    if name == META_MUNICIPALITY:
        meaning = "municipality number, four digits as text (`0301`), never a number"
    return DatasetColumn(
        name,
        sql_type,
        meaning,
        "Metadata",
        UNITS.get(name, ""),
        _labels().get(name, {}),
        nullable=nullable,
    )


_MONTH = DatasetColumn(
    MONTH,
    "VARCHAR",
    "the submission's month, text `YYYY-MM` (also the folders year=YYYY/month=MM)",
    "dataset",
    nullable=False,
)


def _tables() -> tuple[DatasetTable, ...]:
    labels = _labels()
    export_id = _from_metadata(META_EXPORT_ID)
    therapist = _from_metadata(META_THERAPIST)
    municipality = _from_metadata(META_MUNICIPALITY)
    on_every_row = (export_id, therapist, municipality)
    entry_columns = tuple(
        _from_format(c, "Registreringer", labels) for c in (*ENTRY_TABLE, NOTE, *ENTRY_ADDED)
    )
    entries = DatasetTable(
        ENTRIES,
        "one row per accepted entry",
        (
            *on_every_row,
            _from_metadata(META_MUNICIPALITY_NAME),
            _from_metadata(META_UNIT),
            _MONTH,
            *entry_columns,
        ),
    )
    participants = DatasetTable(
        PARTICIPANTS,
        "one row per accepted entry and registered client",
        (
            *on_every_row,
            _MONTH,
            *(_from_format(c, "Deltakere", labels) for c in PARTICIPANT_TABLE),
        ),
    )
    parties = DatasetTable(
        PARTIES,
        "one row per accepted entry and collaborating party that took part "
        "(the format's `part_<key>` flags)",
        (
            *on_every_row,
            _MONTH,
            DatasetColumn(
                ENTRY_ID, "VARCHAR", "the entry, as in registreringer", "dataset", nullable=False
            ),
            DatasetColumn(
                PARTY_KEY,
                "VARCHAR",
                PARTY.meaning.replace("1 when the party took part", "the party's key"),
                "Registreringer",
                labels=labels[PARTY_KEY],
                nullable=False,
            ),
        ),
    )
    submissions = DatasetTable(
        SUBMISSIONS,
        "one row per accepted submission (a correction in place of what it replaces)",
        (
            *on_every_row,
            _from_metadata(META_MUNICIPALITY_NAME),
            _from_metadata(META_UNIT),
            _from_metadata(META_PROFESSION),
            _from_metadata(META_POSITION, "INTEGER", nullable=True),
            _from_metadata(META_PILOT),
            _MONTH,
            _from_metadata(META_REPLACES),
            _from_metadata(META_CREATED, "TIMESTAMP WITH TIME ZONE", nullable=True),
            _from_metadata(META_ENTRY_COUNT, "INTEGER"),
        ),
    )
    code_columns = {c.name: c for c in CODE_TABLE}
    codes = DatasetTable(
        CODES,
        "the activity codes the month's accepted entries use, as their submissions name them",
        (
            _MONTH,
            *(
                _from_format(code_columns[name], "Koder", labels)
                for name in (CODE_CODE, CODE_CATEGORY, CODE_LABEL_NB)
            ),
        ),
    )
    pathway = tuple(
        DatasetTable(
            name,
            holds,
            (
                *on_every_row,
                _MONTH,
                *(_from_format(c, SHEET_OF[name], labels) for c in columns),
            ),
        )
        for name, holds, columns in (
            (
                EPISODES,
                "one row per episode of care and submission it is active in (format 1.1; the "
                "newest month holds the episode's latest version)",
                EPISODE_TABLE,
            ),
            (PAUSES, "one row per pause of those episodes and submission", PAUSE_TABLE),
            (
                NEEDS,
                "one row per client with a needs assessment and submission: the newest on or "
                "before the month's end",
                NEEDS_TABLE,
            ),
        )
    )
    return (entries, participants, parties, submissions, codes, *pathway)


TABLES: tuple[DatasetTable, ...] = _tables()
TABLE_BY_NAME: Mapping[str, DatasetTable] = {t.name: t for t in TABLES}
