"""The fixed names of export format 1.0 (docs/DESIGN.md §6.2): sheets, columns, metadata fields.

These names are a contract with every program that reads a submission, ours and others'
(``docs/export-format.md``). Never rename or reorder them; a new column or sheet goes at the end
and bumps the minor version, anything else is a new major version.
"""

from __future__ import annotations

from collections.abc import Sequence

FORMAT_NAME = "rehablogg-export"
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
FORMAT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"

SHEET_OVERVIEW = "Oversikt"
SHEET_ENTRIES = "Registreringer"
SHEET_PARTICIPANTS = "Deltakere"
SHEET_CODES = "Koder"
SHEET_METADATA = "Metadata"
SHEETS: tuple[str, ...] = (
    SHEET_OVERVIEW,
    SHEET_ENTRIES,
    SHEET_PARTICIPANTS,
    SHEET_CODES,
    SHEET_METADATA,
)

# Registreringer: these come first, then one part_<key> column per party in catalogue order,
# then notat when notes were included.
ENTRY_ID = "registrering_id"
ENTRY_DATE = "dato"
ENTRY_WEEK = "uke"
ENTRY_START = "starttid"
ENTRY_CODE = "kode"
ENTRY_CODE_LABEL = "kodenavn"
ENTRY_CATEGORY = "kategori"
ENTRY_MINUTES = "minutter"
ENTRY_HOURS = "timer"
ENTRY_TRAVEL = "reiseminutter"
ENTRY_CLIENTS = "antall_brukere"
ENTRY_GROUP_SIZE = "gruppestorrelse"
ENTRY_ARENA = "arena"
ENTRY_CONTACT_MODE = "kontaktform"
ENTRY_BASE_COLUMNS: tuple[str, ...] = (
    ENTRY_ID,
    ENTRY_DATE,
    ENTRY_WEEK,
    ENTRY_START,
    ENTRY_CODE,
    ENTRY_CODE_LABEL,
    ENTRY_CATEGORY,
    ENTRY_MINUTES,
    ENTRY_HOURS,
    ENTRY_TRAVEL,
    ENTRY_CLIENTS,
    ENTRY_GROUP_SIZE,
    ENTRY_ARENA,
    ENTRY_CONTACT_MODE,
)
PARTY_PREFIX = "part_"
NOTE_COLUMN = "notat"

PARTICIPANT_COLUMNS: tuple[str, ...] = (
    "registrering_id",
    "bruker",
    "fodselsar",
    "aldersgruppe",
    "tjeneste",
    "har_ip",
    "har_koordinator",
    "har_barnekoordinator",
    "terapeut_er_koordinator",
)

CODE_COLUMNS: tuple[str, ...] = (
    "kode",
    "kategori",
    "navn_nb",
    "navn_nn",
    "navn_en",
    "brukerkrav",
    "gruppekode",
    "forankring",
    "utgatt_i_versjon",
)
# Koder.brukerkrav: whether an entry with the code needs a client (catalogue "client").
CLIENT_RULE_NAMES = {"required": "ja", "optional": "valgfritt", "none": "nei"}
ANCHOR_SEPARATOR = "; "

METADATA_COLUMNS: tuple[str, ...] = ("felt", "verdi")
META_FORMAT = "format"
META_FORMAT_VERSION = "format_versjon"
META_APP_VERSION = "app_versjon"
META_EXPORT_ID = "eksport_id"
META_CREATED = "opprettet"
META_FROM = "periode_fra"
META_TO = "periode_til"
META_SUBMISSION = "innlevering"
META_THERAPIST = "terapeut"
META_PROFESSION = "profesjon"
META_MUNICIPALITY = "kommunenr"
META_MUNICIPALITY_NAME = "kommunenavn"
META_UNIT = "enhet"
META_POSITION = "stillingsprosent"
META_PILOT = "pilot"
META_CATALOGUE_ID = "katalog_id"
META_CATALOGUE_VERSION = "katalog_versjon"
META_ENTRY_COUNT = "antall_registreringer"
META_REPLACES = "korrigerer"
META_CHECKSUM = "sjekksum"
METADATA_FIELDS: tuple[str, ...] = (
    META_FORMAT,
    META_FORMAT_VERSION,
    META_APP_VERSION,
    META_EXPORT_ID,
    META_CREATED,
    META_FROM,
    META_TO,
    META_SUBMISSION,
    META_THERAPIST,
    META_PROFESSION,
    META_MUNICIPALITY,
    META_MUNICIPALITY_NAME,
    META_UNIT,
    META_POSITION,
    META_PILOT,
    META_CATALOGUE_ID,
    META_CATALOGUE_VERSION,
    META_ENTRY_COUNT,
    META_REPLACES,
    META_CHECKSUM,
)
YES = "ja"
NO = "nei"

# Columns computed from other columns: not hashed, recomputed and compared by verify.
DERIVED_COLUMNS = frozenset(
    {ENTRY_HOURS, ENTRY_WEEK, ENTRY_CODE_LABEL, ENTRY_CATEGORY, "aldersgruppe"}
)
# Metadata left out of the checksum: app_versjon and opprettet change on every export of the
# same data; sjekksum cannot hash itself, and eksport_id is computed from sjekksum.
UNHASHED_METADATA = frozenset({META_APP_VERSION, META_CREATED, META_CHECKSUM, META_EXPORT_ID})

# Number formats: the spreadsheet shows them in the user's locale (dd.mm.yyyy stays as is,
# 0.00 becomes 0,00 in Norwegian).
DATE_FORMAT = "dd.mm.yyyy"
HOURS_FORMAT = "0.00"
PERCENT_FORMAT = "0.0%"


def party_column(key: str) -> str:
    return PARTY_PREFIX + key


def entry_columns(party_keys: Sequence[str], include_notes: bool) -> tuple[str, ...]:
    """The Registreringer header for a catalogue's parties."""
    notes = (NOTE_COLUMN,) if include_notes else ()
    return ENTRY_BASE_COLUMNS + tuple(party_column(k) for k in party_keys) + notes
