"""Export format 1.x declared once (docs/DESIGN.md §6.2): its sheets, their columns and the
Metadata fields, each with its type, whether it is derived (and so not hashed), how ``verify``
checks it and its name for people.

The writers (``rows``, ``writer_xlsx``, ``writer_csv``), ``verify``, ``aggregate`` and the column
tables of ``docs/export-format.md`` (``python docs/build_format_tables.py``) all loop over these
tables. A new column is one line here, plus its value in ``rows.py`` unless it is an entry
field written as stored (``entry_field``).

These names are a contract with every program that reads a submission, ours and others'
(``docs/export-format.md``). Never rename or reorder them; a new column or sheet goes at the end
and bumps the minor version, anything else is a new major version.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from rehablogg.core.care_pathway import (
    ARRANGEMENTS,
    END_REASONS,
    NEED_KINDS,
    NEED_LEVELS,
    PAUSE_KINDS,
    REFERRAL_SOURCES,
)
from rehablogg.core.catalogue import CATEGORIES
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.exchange.cell_reading import as_date, as_int, as_optional_text
from rehablogg.exchange.cell_rules import (
    ClientPseudonym,
    ClockTime,
    Day,
    Derived,
    Flag,
    KnownEntry,
    KnownEpisode,
    ListedCode,
    Municipality,
    NewCode,
    NewEntryId,
    NewEpisode,
    NoIdentityNumber,
    OneOf,
    PauseEnd,
    PeriodDate,
    Rule,
    Text,
    Unchecked,
    Whole,
    category_of_code,
    group_of_birth_year,
    hours_equal,
    hours_of_minutes,
    label_of_code,
    week_equal,
    week_of_day,
)
from rehablogg.exchange.verify_sentences import (
    P_ARRANGEMENT,
    P_CATEGORY,
    P_END_REASON,
    P_NEED_LEVEL,
    P_PAUSE_KIND,
    P_REFERRAL_SOURCE,
    P_SERVICE,
)

FORMAT_NAME = "rehablogg-export"
FORMAT_MAJOR = 1
FORMAT_MINOR = 1
FORMAT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"

# Number formats: the spreadsheet shows them in the user's locale (dd.mm.yyyy stays as is,
# 0.00 becomes 0,00 in Norwegian).
DATE_FORMAT = "dd.mm.yyyy"
HOURS_FORMAT = "0.00"
PERCENT_FORMAT = "0.0%"


def _as_number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


class Kind(Enum):
    """A cell's type: its word in docs/export-format.md ("Cells"), the number format it is
    written with, and how a reader takes a cell of it back (``read``: None when the cell does
    not hold one)."""

    TEXT = ("text", None, as_optional_text)
    INTEGER = ("integer", None, as_int)
    DECIMAL = ("decimal", HOURS_FORMAT, _as_number)
    DATE = ("date", DATE_FORMAT, as_date)
    FLAG = ("flag", None, as_int)

    def __init__(
        self, word: str, number_format: str | None, read: Callable[[object], object]
    ) -> None:
        self.word = word
        self.number_format = number_format
        self.read = read


@dataclass(frozen=True)
class Column:
    """One column: its name in row 1, its type, how verify checks it (``rule``: a Derived rule
    makes it derived, and so not hashed), its width in the xlsx (characters), its name for
    people (bokmål, translated) and what it means (for the format document)."""

    name: str
    kind: Kind
    rule: Rule
    width: int | None
    label: str
    meaning: str
    since: int = 0  # the minor version that added it: a file of an older 1.x lacks it
    # Registreringer: the entry's field (storage's ExportEntry, an entry column) whose stored
    # value the cell is, text neutralised; such a column needs no line in rows.ENTRY_VALUES.
    entry_field: str = ""

    @property
    def derived(self) -> bool:
        return isinstance(self.rule, Derived)

    @property
    def hashed(self) -> bool:
        return not self.derived

    def read(self, value: object) -> object:
        """The cell's value as its type (None when empty or not of the type)."""
        return self.kind.read(value)

    @property
    def optional(self) -> bool:
        """Whether the cell may be empty."""
        return bool(getattr(self.rule, "optional", False))


@dataclass(frozen=True)
class Field:
    """One Metadata row: its ``felt``, what its ``verdi`` holds, whether it is hashed (and why
    not) and its name for people."""

    name: str
    label: str
    meaning: str
    hashed: bool = True
    unhashed_because: str = ""  # shown in the format document beside "no"
    since: int = 0  # the minor version that added it
    # Whether a value says something a file of an older 1.x cannot hold (docs/export-format.md,
    # "Versions"): False for a fact of the profile that an older file left out.
    new_content: bool = True


@dataclass(frozen=True)
class Sheet:
    name: str
    holds: str
    read_back: str
    since: int = 0  # the minor version that added it: a file of an older 1.x lacks it
    # Whether a row in it says something a file of an older 1.x cannot hold (docs/export-format.md,
    # "Versions"): False for what an older file held another way (Forankring: Koder.forankring)
    # or what is the history of the chain rather than the month (Endringer).
    new_content: bool = True


SHEET_OVERVIEW = "Oversikt"
SHEET_ENTRIES = "Registreringer"
SHEET_PARTICIPANTS = "Deltakere"
SHEET_CODES = "Koder"
SHEET_METADATA = "Metadata"
SHEET_EPISODES = "Forløp"
SHEET_PAUSES = "Opphold"
SHEET_NEEDS = "Behov"
SHEET_ANCHORS = "Forankring"
SHEET_CHANGES = "Endringer"
SHEET_TABLE: tuple[Sheet, ...] = (
    Sheet(SHEET_OVERVIEW, "totals and a chart, for people", "no"),
    Sheet(SHEET_ENTRIES, "one row per entry", "yes, hashed"),
    Sheet(SHEET_PARTICIPANTS, "one row per entry and client", "yes, hashed"),
    Sheet(SHEET_CODES, "the activity-code catalogue used", "yes, checked"),
    Sheet(SHEET_METADATA, "`felt`/`verdi` pairs about the file", "yes, hashed"),
    Sheet(SHEET_EPISODES, "one row per episode of care active in the period", "yes, hashed", 1),
    Sheet(SHEET_PAUSES, "one row per pause of those episodes", "yes, hashed", 1),
    Sheet(SHEET_NEEDS, "the newest needs assessment of each client on the file", "yes, hashed", 1),
    Sheet(SHEET_ANCHORS, "one row per code anchor", "yes, hashed", 1, new_content=False),
    Sheet(SHEET_CHANGES, "what a correction changed, field by field", "yes, hashed", 1, False),
)


def sheets_of_version(minor: int) -> tuple[str, ...]:
    """The sheets, in order, of a file of format 1.``minor``."""
    return tuple(sheet.name for sheet in SHEET_TABLE if sheet.since <= minor)


SHEETS: tuple[str, ...] = sheets_of_version(FORMAT_MINOR)
SHEETS_1_0: tuple[str, ...] = sheets_of_version(0)

# -- Registreringer ------------------------------------------------------------------------
# These come first, then one part_<key> column per party in catalogue order, then notat when
# notes were included.
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
PARTY_PREFIX = "part_"
NOTE_COLUMN = "notat"

_TEXT, _INT, _DEC, _DATE, _FLAG = Kind.TEXT, Kind.INTEGER, Kind.DECIMAL, Kind.DATE, Kind.FLAG
ENTRY_TABLE: tuple[Column, ...] = (
    Column(
        ENTRY_ID,
        _TEXT,
        NewEntryId(),
        38,
        QT_TRANSLATE_NOOP("exchange", "Registrerings-ID"),
        "the entry's UUID; unique in the file and stable across months, corrections and re-exports",
    ),
    Column(
        ENTRY_DATE,
        _DATE,
        PeriodDate(),
        11,
        QT_TRANSLATE_NOOP("exchange", "Dato"),
        "the day the work was done; within `periode_fra`–`periode_til`",
    ),
    Column(
        ENTRY_WEEK,
        _INT,
        Derived(ENTRY_DATE, week_of_day, week_equal),
        5,
        QT_TRANSLATE_NOOP("exchange", "Uke"),
        "ISO 8601 week number of `dato` (Monday first; week 1 holds 4 January)",
    ),
    Column(
        ENTRY_START,
        _TEXT,
        ClockTime(),
        8,
        QT_TRANSLATE_NOOP("exchange", "Starttid"),
        "`HH:MM` when the entry has a start time",
        entry_field="start_time",
    ),
    Column(
        ENTRY_CODE,
        _TEXT,
        ListedCode(),
        6,
        QT_TRANSLATE_NOOP("exchange", "Kode"),
        "activity code, e.g. `D02`; listed in Koder",
    ),
    Column(
        ENTRY_CODE_LABEL,
        _TEXT,
        Derived(ENTRY_CODE, label_of_code),
        40,
        QT_TRANSLATE_NOOP("exchange", "Kodenavn"),
        "the code's bokmål name, Koder `navn_nb`",
    ),
    Column(
        ENTRY_CATEGORY,
        _TEXT,
        Derived(ENTRY_CODE, category_of_code),
        10,
        QT_TRANSLATE_NOOP("exchange", "Kategori"),
        "the code's category, Koder `kategori`: `direkte`, `indirekte` or `annet`",
    ),
    Column(
        ENTRY_MINUTES,
        _INT,
        Whole(1, 1440, keep="minutes"),
        9,
        QT_TRANSLATE_NOOP("exchange", "Minutter"),
        "minutes of work (1–720 in rehablogg; a reader accepts 1–1440)",
        entry_field="minutes",
    ),
    Column(
        ENTRY_HOURS,
        _DEC,
        Derived(ENTRY_MINUTES, hours_of_minutes, hours_equal),
        7,
        QT_TRANSLATE_NOOP("exchange", "Timer"),
        "`minutter / 60`",
    ),
    Column(
        ENTRY_TRAVEL,
        _INT,
        Whole(0),
        13,
        QT_TRANSLATE_NOOP("exchange", "Reiseminutter"),
        "travel minutes belonging to this entry (≥ 0), counted beside the categories",
        entry_field="travel_minutes",
    ),
    Column(
        ENTRY_CLIENTS,
        _INT,
        Whole(0),
        14,
        QT_TRANSLATE_NOOP("exchange", "Antall brukere"),
        "number of registered clients on the entry = number of its Deltakere rows",
    ),
    Column(
        ENTRY_GROUP_SIZE,
        _INT,
        Whole(1, optional=True),
        15,
        QT_TRANSLATE_NOOP("exchange", "Gruppestørrelse"),
        "participants in a group session, registered or not (group codes)",
        entry_field="group_size",
    ),
    Column(
        ENTRY_ARENA,
        _TEXT,
        Text(),
        16,
        QT_TRANSLATE_NOOP("exchange", "Arena"),
        "where: a catalogue key — `klinikk`, `hjemme`, `barnehage`, `skole`, `arbeidsplass`, "
        "`bolig_institusjon`, `naermiljo_fritid`, `digitalt`, `annet`",
        entry_field="arena",
    ),
    Column(
        ENTRY_CONTACT_MODE,
        _TEXT,
        Text(),
        11,
        QT_TRANSLATE_NOOP("exchange", "Kontaktform"),
        "how: a catalogue key — `oppmote`, `video`, `telefon`, `skriftlig`",
        entry_field="contact_mode",
    ),
)
# The columns after the fixed ones: one per party of the catalogue, then the notes.
PARTY = Column(
    PARTY_PREFIX + "<key>",
    _FLAG,
    Flag(),
    None,
    QT_TRANSLATE_NOOP("exchange", "Samarbeidspart"),
    "one column per collaborating party, in catalogue order: 1 when the party took part",
)
NOTE = Column(
    NOTE_COLUMN,
    _TEXT,
    Text(),
    None,
    QT_TRANSLATE_NOOP("exchange", "Notat"),
    "only when the therapist chose to include notes (see [privacy](#privacy))",
)
# Columns a minor version adds to Registreringer go here, after the parties and notat, each
# with its ``since`` (docs/export-format.md, "Versions").
ENTRY_ADDED: tuple[Column, ...] = ()
ENTRY_BASE_COLUMNS: tuple[str, ...] = tuple(c.name for c in ENTRY_TABLE)

# -- Deltakere -----------------------------------------------------------------------------
PARTICIPANT_ENTRY = "registrering_id"
PARTICIPANT_CLIENT = "bruker"
PARTICIPANT_BIRTH_YEAR = "fodselsar"
PARTICIPANT_AGE_GROUP = "aldersgruppe"
PARTICIPANT_SERVICE = "tjeneste"
PARTICIPANT_COORDINATED = "terapeut_er_koordinator"
SERVICES = frozenset({"habilitering", "rehabilitering"})
PARTICIPANT_TABLE: tuple[Column, ...] = (
    Column(
        PARTICIPANT_ENTRY,
        _TEXT,
        KnownEntry(),
        38,
        QT_TRANSLATE_NOOP("exchange", "Registrerings-ID"),
        "the entry, as in Registreringer",
    ),
    Column(
        PARTICIPANT_CLIENT,
        _TEXT,
        ClientPseudonym(),
        11,
        QT_TRANSLATE_NOOP("exchange", "Bruker"),
        "the client's pseudonym, `K-` and six Crockford base32 characters, e.g. `K-7Q2M9X`",
    ),
    Column(
        PARTICIPANT_BIRTH_YEAR,
        _INT,
        Whole(1850, 2200, optional=True, says_range=False, keep="birth"),
        9,
        QT_TRANSLATE_NOOP("exchange", "Fødselsår"),
        "birth year",
    ),
    Column(
        PARTICIPANT_AGE_GROUP,
        _TEXT,
        Derived(PARTICIPANT_BIRTH_YEAR, group_of_birth_year),
        12,
        QT_TRANSLATE_NOOP("exchange", "Aldersgruppe"),
        "age = the entry's year \u2212 `fodselsar`, grouped `0-5`, `6-12`, `13-17`, `18-25`, "
        "`26-66`, `67+`; `ukjent` without a birth year",
    ),
    Column(
        PARTICIPANT_SERVICE,
        _TEXT,
        OneOf(SERVICES, P_SERVICE),
        15,
        QT_TRANSLATE_NOOP("exchange", "Tjeneste"),
        "`habilitering` or `rehabilitering`",
    ),
    Column(
        "har_ip",
        _FLAG,
        Flag(),
        8,
        QT_TRANSLATE_NOOP("exchange", "Har individuell plan"),
        "the client has an individual plan (IP)",
    ),
    Column(
        "har_koordinator",
        _FLAG,
        Flag(),
        15,
        QT_TRANSLATE_NOOP("exchange", "Har koordinator"),
        "the client has a coordinator",
    ),
    Column(
        "har_barnekoordinator",
        _FLAG,
        Flag(),
        20,
        QT_TRANSLATE_NOOP("exchange", "Har barnekoordinator"),
        "the family has a child coordinator (barnekoordinator)",
    ),
    Column(
        PARTICIPANT_COORDINATED,
        _FLAG,
        Flag(),
        22,
        QT_TRANSLATE_NOOP("exchange", "Terapeuten er koordinator"),
        "the therapist is that (child) coordinator",
    ),
    Column(
        "bostedskommune",
        _TEXT,
        Municipality(),
        15,
        QT_TRANSLATE_NOOP("exchange", "Bostedskommune"),
        "the client's home municipality, four digits as text of the 2024 list; the therapist's "
        "`kommunenr` when the client lives there (empty only when the profile has none)",
        since=1,
    ),
    Column(
        "tjenesteform",
        _TEXT,
        OneOf(frozenset(ARRANGEMENTS), P_ARRANGEMENT),
        12,
        QT_TRANSLATE_NOOP("exchange", "Tjenesteform"),
        "how the service reaches the client: `egen` (own municipality), `samarbeid` "
        "(inter-municipal cooperation) or `kjop` (bought by the home municipality)",
        since=1,
    ),
)
PARTICIPANT_COLUMNS: tuple[str, ...] = tuple(c.name for c in PARTICIPANT_TABLE)

# -- Koder ---------------------------------------------------------------------------------
CODE_CODE = "kode"
CODE_CATEGORY = "kategori"
CODE_LABEL_NB = "navn_nb"
CODE_TABLE: tuple[Column, ...] = (
    Column(CODE_CODE, _TEXT, NewCode(), 6, QT_TRANSLATE_NOOP("exchange", "Kode"), "the code"),
    Column(
        CODE_CATEGORY,
        _TEXT,
        OneOf(frozenset(CATEGORIES), P_CATEGORY),
        10,
        QT_TRANSLATE_NOOP("exchange", "Kategori"),
        "`direkte`, `indirekte` or `annet`",
    ),
    Column(
        CODE_LABEL_NB,
        _TEXT,
        Text(optional=False),
        50,
        QT_TRANSLATE_NOOP("exchange", "Navn på bokmål"),
        "the name in bokmål",
    ),
    Column(
        "navn_nn",
        _TEXT,
        Unchecked(),
        50,
        QT_TRANSLATE_NOOP("exchange", "Navn på nynorsk"),
        "the name in nynorsk",
    ),
    Column(
        "navn_en",
        _TEXT,
        Unchecked(),
        40,
        QT_TRANSLATE_NOOP("exchange", "Navn på engelsk"),
        "the name in English",
    ),
    Column(
        "brukerkrav",
        _TEXT,
        Unchecked(),
        11,
        QT_TRANSLATE_NOOP("exchange", "Brukerkrav"),
        "whether an entry needs a client: `ja`, `valgfritt` or `nei`",
    ),
    Column(
        "gruppekode",
        _FLAG,
        Unchecked(),
        11,
        QT_TRANSLATE_NOOP("exchange", "Gruppekode"),
        "a group code (several clients, a group size)",
    ),
    Column(
        "forankring",
        _TEXT,
        Unchecked(optional=True),
        40,
        QT_TRANSLATE_NOOP("exchange", "Forankring"),
        "published codes it lines up with, separated by `; `",
    ),
    Column(
        "utgatt_i_versjon",
        _INT,
        Unchecked(optional=True),
        16,
        QT_TRANSLATE_NOOP("exchange", "Utgått i versjon"),
        "the catalogue version in which the code stopped being offered",
    ),
)
CODE_COLUMNS: tuple[str, ...] = tuple(c.name for c in CODE_TABLE)
# Koder.brukerkrav: whether an entry with the code needs a client (catalogue "client").
CLIENT_RULE_NAMES = {"required": "ja", "optional": "valgfritt", "none": "nei"}
ANCHOR_SEPARATOR = "; "

# -- Metadata ------------------------------------------------------------------------------
METADATA_COLUMNS: tuple[str, ...] = ("felt", "verdi")
METADATA_WIDTHS = (24, 70)
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
META_KOSTRA = "kostra_funksjon"
META_SHEETS_CHECKSUM = "ark_sjekksum"
# Left out of the checksum: app_versjon and opprettet change on every export of the same data;
# sjekksum cannot hash itself, and eksport_id is computed from sjekksum.
METADATA_TABLE: tuple[Field, ...] = (
    Field(META_FORMAT, QT_TRANSLATE_NOOP("exchange", "Format"), "`rehablogg-export`"),
    Field(
        META_FORMAT_VERSION,
        QT_TRANSLATE_NOOP("exchange", "Formatversjon"),
        "text `1.<minor>`, such as `1.0` (text, so a spreadsheet cannot turn `1.0` into `1`)",
    ),
    Field(
        META_APP_VERSION,
        QT_TRANSLATE_NOOP("exchange", "Programversjon"),
        "the rehablogg version that wrote the file",
        hashed=False,
    ),
    Field(
        META_EXPORT_ID,
        QT_TRANSLATE_NOOP("exchange", "Eksport-ID"),
        "16 lower-case hex digits, see [export id](#export-id-eksport_id)",
        hashed=False,
        unhashed_because="derived",
    ),
    Field(
        META_CREATED,
        QT_TRANSLATE_NOOP("exchange", "Opprettet"),
        "when the file was made, ISO 8601 text with UTC offset, e.g. `2025-04-01T09:12:44+02:00`",
        hashed=False,
    ),
    Field(META_FROM, QT_TRANSLATE_NOOP("exchange", "Periode fra"), "first day, text `YYYY-MM-DD`"),
    Field(META_TO, QT_TRANSLATE_NOOP("exchange", "Periode til"), "last day, text `YYYY-MM-DD`"),
    Field(
        META_SUBMISSION,
        QT_TRANSLATE_NOOP("exchange", "Innlevering"),
        "`ja` for a submission, `nei` otherwise",
    ),
    Field(
        META_THERAPIST,
        QT_TRANSLATE_NOOP("exchange", "Terapeut"),
        "the therapist code (letters, digits, hyphen)",
    ),
    Field(
        META_PROFESSION,
        QT_TRANSLATE_NOOP("exchange", "Profesjon"),
        "`fysioterapeut` or `ergoterapeut`",
    ),
    Field(
        META_MUNICIPALITY,
        QT_TRANSLATE_NOOP("exchange", "Kommunenummer"),
        "municipality number, four digits as text (`0301`)",
    ),
    Field(
        META_MUNICIPALITY_NAME,
        QT_TRANSLATE_NOOP("exchange", "Kommunenavn"),
        "municipality name (2024 structure)",
    ),
    Field(META_UNIT, QT_TRANSLATE_NOOP("exchange", "Enhet"), "the unit's name"),
    Field(
        META_POSITION,
        QT_TRANSLATE_NOOP("exchange", "Stillingsprosent"),
        "integer, position percent 1–100",
    ),
    Field(
        META_PILOT,
        QT_TRANSLATE_NOOP("exchange", "Pilot"),
        "the pilot id, empty when not in a pilot",
    ),
    Field(
        META_CATALOGUE_ID,
        QT_TRANSLATE_NOOP("exchange", "Kodeverk"),
        "the catalogue's id, e.g. `rehablogg-standard`",
    ),
    Field(META_CATALOGUE_VERSION, QT_TRANSLATE_NOOP("exchange", "Kodeverkets versjon"), "integer"),
    Field(
        META_ENTRY_COUNT,
        QT_TRANSLATE_NOOP("exchange", "Antall registreringer"),
        "integer, the number of Registreringer rows",
    ),
    Field(
        META_REPLACES,
        QT_TRANSLATE_NOOP("exchange", "Korrigerer"),
        "the export id this file replaces, empty when it replaces none",
    ),
    Field(
        META_CHECKSUM,
        QT_TRANSLATE_NOOP("exchange", "Sjekksum"),
        "64 lower-case hex digits, see [checksum](#checksum-sjekksum)",
        hashed=False,
        unhashed_because="it is the hash",
    ),
    Field(
        META_KOSTRA,
        QT_TRANSLATE_NOOP("exchange", "KOSTRA-funksjon"),
        "the KOSTRA function the therapist's work is reported under (`241`, `253` …), empty "
        "when not set in the profile",
        since=1,
        new_content=False,
    ),
    # The sheets after Metadata are hashed here, not into sjekksum: a reader of an older 1.x
    # hashes this field like any Metadata field it does not know, so it still checks a file
    # whose sheets it does not know (docs/export-format.md, "Versions"). Derived from the
    # sheets, it says nothing of its own (new_content False): a month compared as an older 1.x
    # leaves it out with the sheets.
    Field(
        META_SHEETS_CHECKSUM,
        QT_TRANSLATE_NOOP("exchange", "Sjekksum for arkene etter Metadata"),
        "64 lower-case hex digits: SHA-256 of the sheets after Metadata, see "
        "[checksum](#checksum-sjekksum)",
        since=1,
        new_content=False,
    ),
)
METADATA_FIELDS: tuple[str, ...] = tuple(f.name for f in METADATA_TABLE)
UNHASHED_METADATA = frozenset(f.name for f in METADATA_TABLE if not f.hashed)
YES = "ja"
NO = "nei"

# -- Forløp, Opphold, Behov, Forankring, Endringer (1.1) -------------------------------------
# Every date of these sheets is the episode as it stood at the end of the period: a date after
# periode_til is not written (docs/export-format.md, "Forløp"), so exporting the month again
# later gives the same rows.
EPISODE_ID = "forlop_id"
EPISODE_CLIENT = "bruker"
EPISODE_REFERRAL = "henvist"
EPISODE_START = "startdato"
EPISODE_END = "sluttdato"
EPISODE_END_REASON = "sluttarsak"
EPISODE_FIRST_DIRECT = "forste_direkte_kontakt"
EPISODE_PAUSE_COUNT = "antall_opphold"
EPISODE_TABLE: tuple[Column, ...] = (
    Column(
        EPISODE_ID,
        _TEXT,
        NewEpisode(),
        34,
        QT_TRANSLATE_NOOP("exchange", "Forløps-ID"),
        "the episode's id (32 hex digits), stable across months",
        since=1,
    ),
    Column(
        EPISODE_CLIENT,
        _TEXT,
        ClientPseudonym(),
        11,
        QT_TRANSLATE_NOOP("exchange", "Bruker"),
        "the client's pseudonym, as in Deltakere",
        since=1,
    ),
    Column(
        EPISODE_REFERRAL,
        _DATE,
        Day(EPISODE_REFERRAL, by_period_end=True),
        11,
        QT_TRANSLATE_NOOP("exchange", "Henvist"),
        "the referral date; on or before `periode_til`",
        since=1,
    ),
    Column(
        "henvist_fra",
        _TEXT,
        OneOf(frozenset(REFERRAL_SOURCES), P_REFERRAL_SOURCE),
        16,
        QT_TRANSLATE_NOOP("exchange", "Henvist fra"),
        "who referred: " + ", ".join(f"`{k}`" for k in REFERRAL_SOURCES),
        since=1,
    ),
    Column(
        EPISODE_START,
        _DATE,
        Day(EPISODE_START, optional=True, not_before=(EPISODE_REFERRAL,), by_period_end=True),
        11,
        QT_TRANSLATE_NOOP("exchange", "Startdato"),
        "when the service started; empty when it had not by `periode_til`",
        since=1,
    ),
    Column(
        EPISODE_END,
        _DATE,
        Day(
            EPISODE_END,
            optional=True,
            not_before=(EPISODE_REFERRAL, EPISODE_START),
            from_period_start=True,
            by_period_end=True,
        ),
        11,
        QT_TRANSLATE_NOOP("exchange", "Sluttdato"),
        "when the episode ended, within the period; empty when it had not ended by `periode_til`",
        since=1,
    ),
    Column(
        EPISODE_END_REASON,
        _TEXT,
        OneOf(frozenset(END_REASONS), P_END_REASON, when=EPISODE_END),
        18,
        QT_TRANSLATE_NOOP("exchange", "Sluttårsak"),
        "why it ended, exactly when `sluttdato` is given: "
        + ", ".join(f"`{k}`" for k in END_REASONS),
        since=1,
    ),
    Column(
        EPISODE_FIRST_DIRECT,
        _DATE,
        Day(
            EPISODE_FIRST_DIRECT,
            optional=True,
            not_before=(EPISODE_REFERRAL,),
            not_after=EPISODE_END,
            by_period_end=True,
        ),
        11,
        QT_TRANSLATE_NOOP("exchange", "Første direkte kontakt"),
        "the first entry of a `direkte` code naming the client on or after `henvist` (and not "
        "after the end), up to `periode_til`; empty when there is none yet. Waiting time = this "
        "\u2212 `henvist`",
        since=1,
    ),
    Column(
        EPISODE_PAUSE_COUNT,
        _INT,
        Whole(0),
        9,
        QT_TRANSLATE_NOOP("exchange", "Antall opphold"),
        "the episode's Opphold rows",
        since=1,
    ),
    Column(
        "oppholdsdager",
        _INT,
        Whole(0),
        9,
        QT_TRANSLATE_NOOP("exchange", "Oppholdsdager"),
        "days paused, up to `periode_til` or the end (an open pause counts to there)",
        since=1,
    ),
    Column(
        "bostedskommune",
        _TEXT,
        Municipality(),
        15,
        QT_TRANSLATE_NOOP("exchange", "Bostedskommune"),
        "the client's home municipality, as in Deltakere",
        since=1,
    ),
    Column(
        "tjenesteform",
        _TEXT,
        OneOf(frozenset(ARRANGEMENTS), P_ARRANGEMENT),
        12,
        QT_TRANSLATE_NOOP("exchange", "Tjenesteform"),
        "`egen`, `samarbeid` or `kjop`, as in Deltakere",
        since=1,
    ),
)
PAUSE_EPISODE = "forlop_id"
PAUSE_FROM = "fra"
PAUSE_TO = "til"
PAUSE_TABLE: tuple[Column, ...] = (
    Column(
        PAUSE_EPISODE,
        _TEXT,
        KnownEpisode(),
        34,
        QT_TRANSLATE_NOOP("exchange", "Forløps-ID"),
        "the episode, as in Forløp",
        since=1,
    ),
    Column(
        PAUSE_FROM,
        _DATE,
        Day(PAUSE_FROM, by_period_end=True),
        11,
        QT_TRANSLATE_NOOP("exchange", "Fra"),
        "the pause's first day; on or before `periode_til` (later pauses are left out)",
        since=1,
    ),
    Column(
        PAUSE_TO,
        _DATE,
        PauseEnd(
            PAUSE_TO,
            optional=True,
            not_before=(PAUSE_FROM,),
            by_period_end=True,
            start=PAUSE_FROM,
        ),
        11,
        QT_TRANSLATE_NOOP("exchange", "Til"),
        "its last day; empty while it lasts past `periode_til`; the pause lies inside its "
        "episode (from `henvist`, by `sluttdato` when ended)",
        since=1,
    ),
    Column(
        "type",
        _TEXT,
        OneOf(frozenset(PAUSE_KINDS), P_PAUSE_KIND),
        24,
        QT_TRANSLATE_NOOP("exchange", "Type opphold"),
        "why: " + ", ".join(f"`{k}`" for k in PAUSE_KINDS),
        since=1,
    ),
)
NEEDS_CLIENT = "bruker"
NEEDS_TABLE: tuple[Column, ...] = (
    Column(
        NEEDS_CLIENT,
        _TEXT,
        ClientPseudonym(),
        11,
        QT_TRANSLATE_NOOP("exchange", "Bruker"),
        "the client's pseudonym; the client is named by an entry or an episode of the file",
        since=1,
    ),
    Column(
        "fodselsar",
        _INT,
        Whole(1850, 2200, optional=True, says_range=False),
        9,
        QT_TRANSLATE_NOOP("exchange", "Fødselsår"),
        "birth year",
        since=1,
    ),
    Column(
        "bostedskommune",
        _TEXT,
        Municipality(),
        15,
        QT_TRANSLATE_NOOP("exchange", "Bostedskommune"),
        "the client's home municipality, as in Deltakere",
        since=1,
    ),
    Column(
        "vurdert",
        _DATE,
        Day("vurdert", by_period_end=True),
        11,
        QT_TRANSLATE_NOOP("exchange", "Vurdert"),
        "the day of the client's newest needs assessment on or before `periode_til`",
        since=1,
    ),
    *(
        Column(
            kind,
            _TEXT,
            OneOf(frozenset(NEED_LEVELS), P_NEED_LEVEL),
            12,
            label,
            f"need ahead for {what}: `ingen`, `noe` or `mye`",
            since=1,
        )
        for kind, label, what in zip(
            NEED_KINDS,
            (
                QT_TRANSLATE_NOOP("exchange", "Barnehage/skole"),
                QT_TRANSLATE_NOOP("exchange", "Bolig"),
                QT_TRANSLATE_NOOP("exchange", "Hjelpemidler"),
                QT_TRANSLATE_NOOP("exchange", "Transport"),
                QT_TRANSLATE_NOOP("exchange", "IP/koordinator"),
            ),
            (
                "kindergarten or school",
                "housing",
                "assistive devices",
                "transport",
                "an individual plan or a coordinator",
            ),
            strict=True,
        )
    ),
)
ANCHOR_CODE = "kode"
ANCHOR_TABLE: tuple[Column, ...] = (
    Column(
        ANCHOR_CODE,
        _TEXT,
        ListedCode(),
        6,
        QT_TRANSLATE_NOOP("exchange", "Kode"),
        "an activity code listed in Koder",
        since=1,
    ),
    Column(
        "system",
        _TEXT,
        Text(optional=False),
        20,
        QT_TRANSLATE_NOOP("exchange", "Kodeverk"),
        "the published code system it lines up with, such as `takst` or `NPR kontakttype`",
        since=1,
    ),
    Column(
        "ankerkode",
        _TEXT,
        Text(),
        14,
        QT_TRANSLATE_NOOP("exchange", "Ankerkode"),
        "the code in that system, such as `A1a`",
        since=1,
    ),
)
CHANGE_WHOLE_ENTRY = "*"
CHANGE_TABLE: tuple[Column, ...] = (
    Column(
        "registrering_id",
        _TEXT,
        Text(optional=False),
        38,
        QT_TRANSLATE_NOOP("exchange", "Registrerings-ID"),
        "the entry changed (a deleted one is not in Registreringer)",
        since=1,
    ),
    Column(
        "felt",
        _TEXT,
        Text(optional=False),
        18,
        QT_TRANSLATE_NOOP("exchange", "Felt"),
        "the Registreringer column changed (`bruker` for the clients), or `*` for an entry "
        "created or deleted",
        since=1,
    ),
    Column(
        "for",
        _TEXT,
        Text(),
        24,
        QT_TRANSLATE_NOOP("exchange", "Før"),
        "the value in the replaced submission, as text; empty for `*`",
        since=1,
    ),
    Column(
        "etter",
        _TEXT,
        Text(),
        24,
        QT_TRANSLATE_NOOP("exchange", "Etter"),
        "the value now, as text; for `*`: `ny` (created) or `slettet` (deleted)",
        since=1,
    ),
    Column(
        "arsak",
        _TEXT,
        NoIdentityNumber(),
        40,
        QT_TRANSLATE_NOOP("exchange", "Årsak"),
        "the reasons the therapist gave for the entry's changes, separated by `; `",
        since=1,
    ),
)
# The sheets a minor version added, each with its columns, in sheet order.
ADDED_TABLES: dict[str, tuple[Column, ...]] = {
    SHEET_EPISODES: EPISODE_TABLE,
    SHEET_PAUSES: PAUSE_TABLE,
    SHEET_NEEDS: NEEDS_TABLE,
    SHEET_ANCHORS: ANCHOR_TABLE,
    SHEET_CHANGES: CHANGE_TABLE,
}


def added_tables(minor: int) -> tuple[tuple[str, tuple[Column, ...]], ...]:
    """``(sheet, columns)`` of the sheets after Metadata in a file of format 1.``minor``."""
    added = sheets_of_version(minor)
    return tuple((sheet, columns) for sheet, columns in ADDED_TABLES.items() if sheet in added)


# Columns computed from other columns: not hashed, recomputed and compared by verify. The
# canonical text leaves a column of one of these names out in every hashed sheet.
DERIVED_COLUMNS = frozenset(
    c.name
    for c in (*ENTRY_TABLE, *PARTICIPANT_TABLE, *(c for t in ADDED_TABLES.values() for c in t))
    if c.derived
)


def of_version(columns: Sequence[Column], minor: int) -> tuple[Column, ...]:
    """The columns a file of format 1.``minor`` has (those added later left out)."""
    return tuple(c for c in columns if c.since <= minor)


def fields_of_version(minor: int) -> tuple[str, ...]:
    """The Metadata fields, in order, of a file of format 1.``minor``."""
    return tuple(f.name for f in METADATA_TABLE if f.since <= minor)


def party_column(key: str) -> str:
    return PARTY_PREFIX + key


def entry_columns(
    party_keys: Sequence[str], include_notes: bool, minor: int | None = None
) -> tuple[str, ...]:
    """The Registreringer header for a catalogue's parties."""
    return tuple(c.name for c in entry_table(party_keys, include_notes, minor))


def entry_table(
    party_keys: Sequence[str], include_notes: bool, minor: int | None = None
) -> tuple[Column, ...]:
    """The Registreringer columns for a catalogue's parties, in a file of format 1.``minor``
    (this version's when None)."""
    parties = tuple(dataclasses.replace(PARTY, name=party_column(k)) for k in party_keys)
    added = of_version(ENTRY_ADDED, FORMAT_MINOR if minor is None else minor)
    return ENTRY_TABLE + parties + ((NOTE,) if include_notes else ()) + added
