"""Check that a file is an untouched export in format 1.x (``docs/export-format.md``).

``verify_file`` answers with a report whose first problem is the one to tell the user: the
most specific one it found, naming the sheet, row and column where it can. Structural problems
(not a workbook, a missing sheet, a renamed column, an unknown major version) stop the check;
problems in rows are collected and the check goes on, so the count of further problems is
known. The checksum is compared last, because any edit the row checks found also breaks it,
and the row check says where.

Before any reader opens the file, the package guard (``package_guard.py``) inflates and scans
every part within limits; its counts of rows bound what the readers then do (a period of N days
has at most N × ``ROWS_PER_DAY`` rows, refused before they are read). The file is read once,
sheet by sheet, in the order the canonical text needs (Metadata, then Registreringer, then
Deltakere; Koder before the rows, because it names the codes), with python-calamine when it is
installed and openpyxl's read-only mode otherwise (``cells.py``). A file the calamine read finds
problems in is read again with openpyxl, so every refusal is worded from exactly the values
openpyxl gives (the two differ only for cells rehablogg never writes: error cells, empty text,
numbers written as ``45.0``); openpyxl is ten times slower, so a file of more than
``REREAD_MAX_ROWS`` rows keeps calamine's wording and its refusal stays quick. Every row costs a
few microseconds of checks on top of what the reader spends parsing it; the benchmark keeps an
eye on that.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Literal

from openpyxl.utils import get_column_letter

from rehablogg.core.agegroups import age_group
from rehablogg.core.catalogue import CATEGORIES, KEY_PATTERN, Catalogue, default_catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import format_date
from rehablogg.core.pseudonym import is_pseudonym
from rehablogg.exchange.canonical import (
    EXPORT_ID_LENGTH,
    CanonicalHash,
    NotCanonicalError,
    canonical_value,
    export_id,
)
from rehablogg.exchange.cells import DamagedWorkbookError, Workbook, calamine_available
from rehablogg.exchange.columns import (
    CODE_COLUMNS,
    DERIVED_COLUMNS,
    ENTRY_BASE_COLUMNS,
    FORMAT_MAJOR,
    FORMAT_NAME,
    META_CATALOGUE_ID,
    META_CATALOGUE_VERSION,
    META_CHECKSUM,
    META_CREATED,
    META_ENTRY_COUNT,
    META_EXPORT_ID,
    META_FORMAT,
    META_FORMAT_VERSION,
    META_FROM,
    META_MUNICIPALITY,
    META_POSITION,
    META_REPLACES,
    META_SUBMISSION,
    META_THERAPIST,
    META_TO,
    METADATA_COLUMNS,
    METADATA_FIELDS,
    NO,
    NOTE_COLUMN,
    PARTICIPANT_COLUMNS,
    PARTY_PREFIX,
    SHEET_CODES,
    SHEET_ENTRIES,
    SHEET_METADATA,
    SHEET_PARTICIPANTS,
    SHEETS,
    UNHASHED_METADATA,
    YES,
)
from rehablogg.exchange.naming import is_whole_month
from rehablogg.exchange.neutralise import cell_text
from rehablogg.exchange.package_guard import (
    ENCRYPTED,
    EXPORT_LIMITS,
    ROWS_PER_DAY,
    Limits,
    PackageDamagedError,
    PackageFacts,
    PackageRefusedError,
    check_package,
    is_encrypted_package,
)

MAX_SHOWN_PROBLEMS = 20
REREAD_MAX_ROWS = 3_000  # rows of the read-back sheets up to which a refusal is re-read
EXTRA_COLUMNS = 40  # columns a newer 1.x may add at the end of a sheet
_READ_BACK = (SHEET_METADATA, SHEET_CODES, SHEET_ENTRIES, SHEET_PARTICIPANTS)
_HOURS_TOLERANCE = 1e-9  # spreadsheets keep 15 significant digits of minutes / 60
_VERSION_RE = re.compile(r"(\d+)\.(\d+)")
_HEX_ID_RE = re.compile(rf"[0-9a-f]{{{EXPORT_ID_LENGTH}}}")
_CHECKSUM_RE = re.compile(r"[0-9a-f]{64}")
_MUNICIPALITY_RE = re.compile(r"\d{4}")
_CLOCK_RE = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
_SERVICES = frozenset({"habilitering", "rehabilitering"})
_FLAGS = frozenset({0, 1})
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

# --------------------------------------------------------------------------------------------
# Sentences. Each names where the problem is; "{where}" is "Ark, rad N, kolonne X (navn)".
# --------------------------------------------------------------------------------------------

VALID = QT_TRANSLATE_NOOP("exchange", "gyldig")
MISSING_FILE = QT_TRANSLATE_NOOP("exchange", "Filen finnes ikke.")
IS_FOLDER = QT_TRANSLATE_NOOP("exchange", "Dette er en mappe, ikke en fil.")
UNREADABLE = QT_TRANSLATE_NOOP("exchange", "Filen kan ikke leses: {reason}.")
CSV_REFUSED = QT_TRANSLATE_NOOP(
    "exchange",
    "Dette er en CSV-fil, som bare er en visning for mennesker og ikke kan kontrolleres; send "
    "xlsx-filen fra rehablogg i stedet.",
)
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "exchange",
    "Dette er en gammel Excel-fil (.xls), ikke en xlsx-arbeidsbok; send xlsx-filen fra "
    "rehablogg i stedet.",
)
ODS_REFUSED = QT_TRANSLATE_NOOP(
    "exchange",
    "Dette er et OpenDocument-regneark (.ods), ikke en xlsx-arbeidsbok; send xlsx-filen fra "
    "rehablogg i stedet.",
)
NOT_WORKBOOK = QT_TRANSLATE_NOOP("exchange", "Filen er ikke en xlsx-arbeidsbok.")
OTHER_ZIP = QT_TRANSLATE_NOOP("exchange", "Filen er et zip-arkiv, men ikke en xlsx-arbeidsbok.")
DAMAGED = QT_TRANSLATE_NOOP(
    "exchange",
    "Filen er ufullstendig eller skadet, så den kan ikke leses som xlsx; be om en ny kopi.",
)
NOT_EXPORT = QT_TRANSLATE_NOOP(
    "exchange", "Arbeidsboken er ikke en eksport fra rehablogg (arket «Metadata» mangler).")
NOT_EXPORT_FORMAT = QT_TRANSLATE_NOOP(
    "exchange",
    "Arbeidsboken er ikke en eksport fra rehablogg (Metadata, feltet «format» er «{value}», "
    "ventet «{expected}»).",
)
BAD_VERSION = QT_TRANSLATE_NOOP(
    "exchange", "Metadata, feltet «format_versjon»: «{value}» er ikke et versjonsnummer som 1.0.")
NEWER_MAJOR = QT_TRANSLATE_NOOP(
    "exchange",
    "Filen har formatversjon {value}, som denne versjonen av rehablogg ikke kan lese (den leser "
    "1.x); oppdater rehablogg.",
)
MISSING_SHEET = QT_TRANSLATE_NOOP("exchange", "Arket «{sheet}» mangler.")
EXTRA_SHEET = QT_TRANSLATE_NOOP("exchange", "Arket «{sheet}» hører ikke til format {version}.")
SHEET_ORDER = QT_TRANSLATE_NOOP(
    "exchange", "Arkene står i feil rekkefølge: ventet {expected}, fant {found}.")
HEADER_NAME = QT_TRANSLATE_NOOP(
    "exchange", "{sheet}, kolonne {column}: overskriften er «{found}», ventet «{expected}».")
HEADER_MISSING = QT_TRANSLATE_NOOP(
    "exchange", "{sheet}, kolonne {column}: kolonnen «{expected}» mangler.")
HEADER_EXTRA = QT_TRANSLATE_NOOP(
    "exchange", "{sheet}, kolonne {column}: kolonnen «{found}» hører ikke til format {version}.")
HEADER_PARTY = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet}, kolonne {column}: «{found}» er ikke et gyldig navn på en samarbeidspartkolonne.",
)
PARTIES_VS_CATALOGUE = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringer: samarbeidspartkolonnene stemmer ikke med kodeverket {catalogue} versjon "
    "{version}; ventet {expected}.",
)
META_MISSING = QT_TRANSLATE_NOOP("exchange", "Metadata mangler feltet «{name}».")
META_ORDER = QT_TRANSLATE_NOOP(
    "exchange", "Metadata, rad {row}: ventet feltet «{expected}», fant «{found}».")
META_EXTRA = QT_TRANSLATE_NOOP(
    "exchange", "Metadata, rad {row}: feltet «{found}» hører ikke til format {version}.")
META_DUPLICATE = QT_TRANSLATE_NOOP(
    "exchange", "Metadata, rad {row}: feltet «{found}» står to ganger.")
META_VALUE = QT_TRANSLATE_NOOP("exchange", "Metadata, rad {row}, feltet «{name}»: {problem}.")
COUNT_MISMATCH = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringer har {found} rader, men Metadata sier antall_registreringer = {expected}; "
    "rader er slettet eller lagt til etter eksport.",
)
CHECKSUM_MISMATCH = QT_TRANSLATE_NOOP(
    "exchange",
    "Sjekksummen stemmer ikke med innholdet: en verdi i Metadata, Registreringer eller "
    "Deltakere er endret etter eksport.",
)
EXPORT_ID_MISMATCH = QT_TRANSLATE_NOOP(
    "exchange",
    "Metadata, feltet «eksport_id»: {found} stemmer ikke med terapeut, periode og sjekksum "
    "(ventet {expected}).",
)
EMPTY_ROW = QT_TRANSLATE_NOOP(
    "exchange", "{sheet}, rad {row}: raden er tom, men det kommer rader etter den.")
CELL = QT_TRANSLATE_NOOP("exchange", "{sheet}, rad {row}, kolonne {column} ({name}): {problem}.")
ROW_PAIR = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet}, rad {row}: {first} ({first_cell} = {first_value}) og {second} ({second_cell} = "
    "{second_value}) stemmer ikke overens; en av dem er endret etter eksport.",
)
CLIENT_COUNT = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringer, rad {row}: antall_brukere er {expected}, men Deltakere har {found} rader "
    "for registreringen.",
)
CODE_VS_CATALOGUE = QT_TRANSLATE_NOOP(
    "exchange",
    "Koder, rad {row}: {name} for kode {code} er «{found}», men kodeverket {catalogue} versjon "
    "{version} sier «{expected}».",
)
CODE_NOT_IN_CATALOGUE = QT_TRANSLATE_NOOP(
    "exchange",
    "Koder, rad {row}: koden «{code}» finnes ikke i kodeverket {catalogue} versjon {version}.",
)
CODE_MISSING_IN_SHEET = QT_TRANSLATE_NOOP(
    "exchange", "Koder: koden {code} fra kodeverket {catalogue} versjon {version} mangler.")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("exchange", "{first} (og {count} feil til)")
TOO_MANY_FOR_PERIOD = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet} har {rows} rader, flere enn de {limit} en periode på {days} dager kan ha (høyst "
    "{per_day} per dag); filen er ikke lest videre.",
)
HEADER_TOO_WIDE = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet} har {count} kolonner, flere enn de {limit} format 1.x kan ha; filen er ikke lest "
    "videre.",
)
BEYOND_HEADER = QT_TRANSLATE_NOOP(
    "exchange",
    "{sheet}, rad {row}: det står en verdi i kolonne {column}, til høyre for kolonnene arket har "
    "overskrifter for.",
)

# Cell problems, completing CELL's "{problem}".
P_TEXT = QT_TRANSLATE_NOOP("exchange", "forventet en tekst")
P_EMPTY = QT_TRANSLATE_NOOP("exchange", "verdien mangler")
P_INT = QT_TRANSLATE_NOOP("exchange", "forventet et helt tall, fant «{value}»")
P_RANGE = QT_TRANSLATE_NOOP("exchange", "{value} er utenfor det tillatte området {low}–{high}")
P_DATE = QT_TRANSLATE_NOOP("exchange", "forventet en dato, fant «{value}»")
P_OUTSIDE = QT_TRANSLATE_NOOP("exchange", "{value} er utenfor perioden {start}–{end}")
P_CLOCK = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke et klokkeslett TT:MM")
P_FLAG = QT_TRANSLATE_NOOP("exchange", "forventet 0 eller 1, fant «{value}»")
P_NUMBER = QT_TRANSLATE_NOOP("exchange", "forventet et tall, fant «{value}»")
P_DUPLICATE_ID = QT_TRANSLATE_NOOP("exchange", "registrering_id {value} står også på rad {other}")
P_UNKNOWN_ENTRY = QT_TRANSLATE_NOOP(
    "exchange", "registrering_id {value} finnes ikke i Registreringer")
P_DUPLICATE_CLIENT = QT_TRANSLATE_NOOP(
    "exchange", "brukeren {value} står to ganger på samme registrering")
P_NOT_PSEUDONYM = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke et pseudonym som K-7Q2M9X")
P_SERVICE = QT_TRANSLATE_NOOP(
    "exchange", "forventet habilitering eller rehabilitering, fant «{value}»")
P_UNKNOWN_CODE = QT_TRANSLATE_NOOP("exchange", "koden «{value}» finnes ikke i arket Koder")
P_CATEGORY = QT_TRANSLATE_NOOP(
    "exchange", "«{value}» er ikke en kategori (direkte, indirekte eller annet)")
P_DUPLICATE_CODE = QT_TRANSLATE_NOOP("exchange", "koden {value} står to ganger")
P_NOT_CANONICAL = QT_TRANSLATE_NOOP(
    "exchange", "verdien «{value}» har en type formatet ikke tillater")
P_ISO_DATE = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke en dato ÅÅÅÅ-MM-DD")
P_TIMESTAMP = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke et tidspunkt")
P_PERIOD_ORDER = QT_TRANSLATE_NOOP("exchange", "perioden slutter før den begynner")
P_YES_NO = QT_TRANSLATE_NOOP("exchange", "forventet ja eller nei, fant «{value}»")
P_HEX = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke {length} heksadesimale sifre")
P_MUNICIPALITY = QT_TRANSLATE_NOOP("exchange", "«{value}» er ikke et kommunenummer med fire sifre")
P_SUBMISSION_NEEDS = QT_TRANSLATE_NOOP("exchange", "en innlevering må ha en verdi her")
P_SUBMISSION_MONTH = QT_TRANSLATE_NOOP("exchange", "en innlevering gjelder en hel kalendermåned")
P_SUBMISSION_FUTURE = QT_TRANSLATE_NOOP(
    "exchange",
    "en innlevering kan ikke gjelde en måned som begynner etter at filen ble laget (opprettet "
    "{created})")


class _FatalError(Exception):
    """A problem after which the rest of the file cannot be checked."""


class _DamagedFileError(Exception):
    """The reader failed while reading: the file's zip or XML is broken."""


@dataclass
class ExportFile:
    """What a valid file holds, as read (``read_export`` in ``reader.py`` returns it)."""

    metadata: dict[str, object] = field(default_factory=dict)
    entry_columns: tuple[str, ...] = ()
    entries: list[tuple[object, ...]] = field(default_factory=list)
    participant_columns: tuple[str, ...] = ()
    participants: list[tuple[object, ...]] = field(default_factory=list)
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class VerifyReport:
    path: Path
    problems: list[str] = field(default_factory=list)  # the first MAX_SHOWN_PROBLEMS
    problem_count: int = 0
    content: ExportFile | None = None  # filled when asked for and the file is valid
    read_with_calamine: bool = field(default=False, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def sentence(self) -> str:
        """``gyldig`` or the first problem (with how many more there are)."""
        if self.ok:
            return VALID
        first = self.problems[0]
        if self.problem_count > 1:
            return MORE_PROBLEMS.format(first=first.rstrip("."), count=self.problem_count - 1) + "."
        return first

    def line(self, name: str) -> str:
        return f"{name}: {self.sentence()}"


Reader = Literal["auto", "calamine", "openpyxl"]


def verify_file(path: Path, *, keep_content: bool = False, reader: Reader = "auto",
                limits: Limits = EXPORT_LIMITS) -> VerifyReport:
    """Check ``path``; never raises for a bad file (only for a bug).

    ``reader``: ``auto`` reads with python-calamine when it is installed and reads a refused
    file of up to ``REREAD_MAX_ROWS`` rows again with openpyxl (the sentences are openpyxl's);
    ``calamine`` and ``openpyxl`` use that reader alone (for the tests that compare them).
    ``limits``: what the package guard allows (``SUBMISSION_LIMITS`` for one month)."""
    if reader == "openpyxl":
        return _verify(path, keep_content, False, limits, None)[0]
    report, facts = _verify(path, keep_content, True, limits, None)
    if (reader == "auto" and not report.ok and report.read_with_calamine and facts is not None
            and _read_back_rows(facts) <= REREAD_MAX_ROWS):
        report = _verify(path, keep_content, False, limits, facts)[0]
    return report


def _verify(path: Path, keep_content: bool, calamine: bool, limits: Limits,
            facts: PackageFacts | None) -> tuple[VerifyReport, PackageFacts | None]:
    """The report, and what the package guard found (None when it did not pass); ``facts``
    from an earlier pass over the same file skip the guard."""
    checker = _Checker(path, keep_content, calamine, limits, facts)
    try:
        checker.run()
    except _FatalError as stop:
        checker.problem(str(stop))
    except _DamagedFileError:
        checker.problem(DAMAGED)
    report = checker.report
    if report.ok and keep_content:
        report.content = checker.content
    return report, checker.facts


def _read_back_rows(facts: PackageFacts) -> int:
    return sum(facts.sheets[s].rows for s in _READ_BACK if s in facts.sheets)


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _as_int(value: object) -> int | None:
    """An integer cell (a whole number stored as a decimal counts); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        if value.hour or value.minute or value.second or value.microsecond:
            return None
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _show(value: object) -> str:
    """A cell value as a person would see it in a sentence."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        day = _as_date(value)
        return format_date(day) if day else str(value)
    if isinstance(value, float):
        return f"{value:.6g}".replace(".", ",")
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _trim(header: Sequence[object]) -> list[object]:
    names = list(header)
    while names and names[-1] in (None, ""):
        names.pop()
    return names


def _column(index: int) -> str:
    return str(get_column_letter(index + 1))


# --------------------------------------------------------------------------------------------
# The checker
# --------------------------------------------------------------------------------------------


class _Checker:
    def __init__(self, path: Path, keep_content: bool, calamine: bool = True,
                 limits: Limits = EXPORT_LIMITS, facts: PackageFacts | None = None) -> None:
        self.path = path
        self.keep = keep_content
        self.calamine = calamine
        self.limits = limits
        self.facts = facts
        self.report = VerifyReport(path)
        self.content = ExportFile()
        self.hasher = CanonicalHash()
        self.minor = 0
        self.version = "1.0"
        self.meta: dict[str, object] = {}
        self.start: date | None = None
        self.end: date | None = None
        self.codes: dict[str, tuple[str, str]] = {}
        # Per registrering_id: its row, the entry's year, antall_brukere, the Deltakere rows
        # seen and their pseudonyms (tab-separated). Flat dicts of text and integers on
        # purpose: CPython's garbage collector does not track those, so a 100 000-row file does
        # not make every collection during the read walk 100 000 entries.
        self.entry_row: dict[str, int] = {}
        self.entry_year: dict[str, int] = {}
        self.entry_clients: dict[str, int] = {}
        self.seen_clients: dict[str, int] = {}
        self.pseudonyms: dict[str, str] = {}

    # -- reporting ---------------------------------------------------------------------------

    def problem(self, text: str) -> None:
        self.report.problem_count += 1
        if len(self.report.problems) < MAX_SHOWN_PROBLEMS:
            self.report.problems.append(text)

    def cell(self, sheet: str, row: int, col: int, name: str, problem: str) -> None:
        self.problem(CELL.format(sheet=sheet, row=row, column=_column(col), name=name,
                                 problem=problem))

    # -- the file ----------------------------------------------------------------------------

    def run(self) -> None:
        if self.facts is None:
            self._sniff()
            try:
                self.facts = check_package(self.path, self.limits)
            except PackageRefusedError as refused:
                raise _FatalError(str(refused)) from None
            except PackageDamagedError:
                raise _DamagedFileError from None
        self.report.read_with_calamine = self.calamine and calamine_available()
        try:
            wb = Workbook(self.path, calamine=self.calamine, parsed=self.facts.parsed)
        except DamagedWorkbookError:
            raise _DamagedFileError from None
        try:
            self._check(wb)
        finally:
            wb.close()

    def _sniff(self) -> None:
        path = self.path
        if not path.exists():
            raise _FatalError(MISSING_FILE)
        if path.is_dir():
            raise _FatalError(IS_FOLDER)
        try:
            with open(path, "rb") as fh:
                head = fh.read(4096)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise _FatalError(UNREADABLE.format(reason=reason)) from None
        if path.suffix.lower() == ".csv" or _looks_like_csv(head):
            raise _FatalError(CSV_REFUSED)
        if head.startswith(_OLE_MAGIC):
            raise _FatalError(ENCRYPTED if is_encrypted_package(path) else OLD_EXCEL)
        if not head.startswith(_ZIP_MAGIC):
            raise _FatalError(NOT_WORKBOOK)
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                mimetype = b""
                if "mimetype" in names:  # read only its start: the guard has not run yet
                    with archive.open("mimetype") as member:
                        mimetype = member.read(len(_ODS_MIMETYPE))
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError,
                zlib.error):
            # NotImplementedError: a damaged central directory asks for a zip version or
            # compression zipfile does not know.
            raise _DamagedFileError from None
        if mimetype.startswith(_ODS_MIMETYPE):
            raise _FatalError(ODS_REFUSED)
        if "xl/workbook.xml" not in names:
            raise _FatalError(OTHER_ZIP)

    def _rows(self, wb: Workbook, sheet: str) -> Iterator[tuple[object, ...]]:
        """The sheet's rows as values, every row in the file (not only the declared range)."""
        rows = wb.rows(sheet)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except DamagedWorkbookError:
                raise _DamagedFileError from None
            yield row

    def _check(self, wb: Workbook) -> None:
        names = list(wb.sheetnames)
        if SHEET_METADATA not in names:
            if any(sheet in names for sheet in SHEETS):
                raise _FatalError(MISSING_SHEET.format(sheet=SHEET_METADATA))
            raise _FatalError(NOT_EXPORT)
        self._metadata(wb)
        self._sheets(names)
        self._row_budget()
        self._codes(wb)
        self._entries(wb)
        self._participants(wb)
        try:
            wb.finish()
        except DamagedWorkbookError:
            raise _DamagedFileError from None
        self._final()

    def _sheets(self, names: list[str]) -> None:
        for sheet in SHEETS:
            if sheet not in names:
                raise _FatalError(MISSING_SHEET.format(sheet=sheet))
        ours = [n for n in names if n in SHEETS]
        if ours != list(SHEETS):
            raise _FatalError(SHEET_ORDER.format(expected=", ".join(SHEETS), found=", ".join(ours)))
        extra = names[len(SHEETS):] if self.minor > 0 else []
        for name in names:
            if name not in SHEETS and name not in extra:
                raise _FatalError(EXTRA_SHEET.format(sheet=name, version=self.version))

    def _row_budget(self) -> None:
        """A period of N days has at most N × ROWS_PER_DAY entries and as many Deltakere rows;
        the guard counted them, so a file with more is refused before they are read."""
        if self.facts is None or self.start is None or self.end is None or self.end < self.start:
            return
        days = (self.end - self.start).days + 1
        limit = days * ROWS_PER_DAY
        for sheet in (SHEET_ENTRIES, SHEET_PARTICIPANTS):
            facts = self.facts.sheets.get(sheet)
            if facts is not None and facts.rows - 1 > limit:
                raise _FatalError(TOO_MANY_FOR_PERIOD.format(
                    sheet=sheet, rows=facts.rows - 1, limit=limit, days=days,
                    per_day=ROWS_PER_DAY))

    def _wide(self, sheet: str, width: int) -> bool:
        """Whether the guard saw cells right of the header, so that each row must be checked
        (a normal file has none and pays nothing)."""
        facts = self.facts.sheets.get(sheet) if self.facts is not None else None
        return facts is not None and facts.columns > width

    def _beyond(self, sheet: str, row_no: int, raw: Sequence[object], width: int) -> None:
        """A value right of the header is in no column of the format, and in no checksum."""
        for index in range(width, len(raw)):
            if raw[index] is not None and raw[index] != "":
                self.problem(BEYOND_HEADER.format(sheet=sheet, row=row_no,
                                                  column=_column(index)))
                return

    def _header(self, sheet: str, header: Sequence[object], expected: Sequence[str],
                *, exact: bool, extra: int = EXTRA_COLUMNS) -> list[str]:
        """Check that the header starts with ``expected`` (and has at most ``extra`` more
        names); returns all its names."""
        names = _trim(header)
        if len(names) > len(expected) + extra:
            raise _FatalError(HEADER_TOO_WIDE.format(sheet=sheet, count=len(names),
                                                     limit=len(expected) + extra))
        for index, name in enumerate(expected):
            if index >= len(names):
                raise _FatalError(HEADER_MISSING.format(sheet=sheet, column=_column(index),
                                                   expected=name))
            if names[index] != name:
                raise _FatalError(HEADER_NAME.format(sheet=sheet, column=_column(index),
                                                found=_show(names[index]), expected=name))
        if exact and len(names) > len(expected):
            index = len(expected)
            raise _FatalError(HEADER_EXTRA.format(sheet=sheet, column=_column(index),
                                             found=_show(names[index]), version=self.version))
        return [str(n) if n is not None else "" for n in names]

    # -- Metadata ----------------------------------------------------------------------------

    def _metadata(self, wb: Workbook) -> None:
        rows = self._rows(wb, SHEET_METADATA)
        header = next(rows, ())
        width = len(self._header(SHEET_METADATA, header, METADATA_COLUMNS, exact=False))
        wide = self._wide(SHEET_METADATA, width)
        found: list[tuple[int, str, object]] = []
        seen: set[str] = set()
        for row_no, row in enumerate(rows, start=2):
            if wide and len(row) > width:
                self._beyond(SHEET_METADATA, row_no, row, width)
            name = row[0] if row else None
            value = row[1] if len(row) > 1 else None
            if name in (None, "") and value in (None, ""):
                continue
            name = str(name)
            if name in seen:
                self.problem(META_DUPLICATE.format(row=row_no, found=name))
                continue
            seen.add(name)
            found.append((row_no, name, value))
        values = {name: value for _, name, value in found}
        self.meta = values
        fmt = values.get(META_FORMAT)
        if fmt != FORMAT_NAME:
            raise _FatalError(NOT_EXPORT_FORMAT.format(value=_show(fmt), expected=FORMAT_NAME))
        self._version(values.get(META_FORMAT_VERSION))
        for name in METADATA_FIELDS:
            if name not in values:
                raise _FatalError(META_MISSING.format(name=name))
        for index, (row_no, name, _value) in enumerate(found):
            if index < len(METADATA_FIELDS):
                if name != METADATA_FIELDS[index]:
                    self.problem(META_ORDER.format(row=row_no, expected=METADATA_FIELDS[index],
                                                   found=name))
            elif self.minor == 0:
                self.problem(META_EXTRA.format(row=row_no, found=name, version=self.version))
        rows_of = {name: row_no for row_no, name, _ in found}
        for row_no, name, value in found:
            if name in UNHASHED_METADATA:
                continue
            try:
                self.hasher.add(SHEET_METADATA, (name, value))
            except NotCanonicalError:
                self.problem(META_VALUE.format(row=row_no, name=name,
                                               problem=P_NOT_CANONICAL.format(value=_show(value))))
        self._metadata_values(values, rows_of)
        if self.keep:
            self.content.metadata = dict(values)

    def _version(self, value: object) -> None:
        match = _VERSION_RE.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            raise _FatalError(BAD_VERSION.format(value=_show(value)))
        major, minor = int(match.group(1)), int(match.group(2))
        if major != FORMAT_MAJOR:
            raise _FatalError(NEWER_MAJOR.format(value=value))
        self.minor = minor
        self.version = f"{major}.{minor}"

    def _metadata_values(self, values: dict[str, object], rows: dict[str, int]) -> None:
        def bad(name: str, problem: str) -> None:
            self.problem(META_VALUE.format(row=rows[name], name=name, problem=problem))

        def text(name: str) -> str:
            value = values.get(name)
            if value is None:
                return ""
            if not isinstance(value, str):
                bad(name, P_TEXT)
                return ""
            return value

        def iso(name: str) -> date | None:
            value = text(name)
            try:
                return date.fromisoformat(value) if len(value) == 10 else None
            except ValueError:
                return None

        def integer(name: str, low: int, high: int) -> None:
            number = _as_int(values.get(name))
            if number is None:
                bad(name, P_INT.format(value=_show(values.get(name))))
            elif not low <= number <= high:
                bad(name, P_RANGE.format(value=number, low=low, high=high))

        self.start, self.end = iso(META_FROM), iso(META_TO)
        for name, day in ((META_FROM, self.start), (META_TO, self.end)):
            if day is None:
                bad(name, P_ISO_DATE.format(value=_show(values.get(name))))
        if self.start and self.end and self.end < self.start:
            bad(META_TO, P_PERIOD_ORDER)
        created = text(META_CREATED)
        made: date | None = None
        try:
            made = datetime.fromisoformat(created).date()
        except ValueError:
            bad(META_CREATED, P_TIMESTAMP.format(value=_show(created)))
        submission = text(META_SUBMISSION)
        if submission not in (YES, NO):
            bad(META_SUBMISSION, P_YES_NO.format(value=_show(submission)))
        if submission == YES:
            for name in (META_THERAPIST, META_MUNICIPALITY):
                if not text(name):
                    bad(name, P_SUBMISSION_NEEDS)
            if self.start and self.end and not is_whole_month(self.start, self.end):
                bad(META_TO, P_SUBMISSION_MONTH)
            # All verify can know of when the month was handed in is the file's own word for
            # when it was made (docs/export-format.md, "What verify checks").
            if self.start and made and self.start > made:
                bad(META_FROM, P_SUBMISSION_FUTURE.format(created=format_date(made)))
        municipality = text(META_MUNICIPALITY)
        if municipality and not _MUNICIPALITY_RE.fullmatch(municipality):
            bad(META_MUNICIPALITY, P_MUNICIPALITY.format(value=municipality))
        integer(META_POSITION, 1, 100)
        integer(META_CATALOGUE_VERSION, 1, 1_000_000)
        integer(META_ENTRY_COUNT, 0, 100_000_000)
        if not text(META_CATALOGUE_ID):
            bad(META_CATALOGUE_ID, P_EMPTY)
        for name, pattern, length, optional in (
            (META_EXPORT_ID, _HEX_ID_RE, EXPORT_ID_LENGTH, False),
            (META_REPLACES, _HEX_ID_RE, EXPORT_ID_LENGTH, True),
            (META_CHECKSUM, _CHECKSUM_RE, 64, False),
        ):
            value = text(name)
            if (value or not optional) and not pattern.fullmatch(value):
                bad(name, P_HEX.format(value=_show(value), length=length))

    # -- Koder -------------------------------------------------------------------------------

    def _known_catalogue(self) -> Catalogue | None:
        catalogue = default_catalogue()
        same_id = self.meta.get(META_CATALOGUE_ID) == catalogue.id
        if same_id and _as_int(self.meta.get(META_CATALOGUE_VERSION)) == catalogue.version:
            return catalogue
        return None

    def _codes(self, wb: Workbook) -> None:
        rows = self._rows(wb, SHEET_CODES)
        width = len(self._header(SHEET_CODES, next(rows, ()), CODE_COLUMNS,
                                 exact=self.minor == 0))
        wide = self._wide(SHEET_CODES, width)
        rows_of: dict[str, int] = {}
        for row_no, row in enumerate(rows, start=2):
            if wide and len(row) > width:
                self._beyond(SHEET_CODES, row_no, row, width)
            if not any(v not in (None, "") for v in row):
                continue
            code, category = row[0], row[1] if len(row) > 1 else None
            label = row[2] if len(row) > 2 else None
            if not isinstance(code, str) or not code:
                self.cell(SHEET_CODES, row_no, 0, "kode", P_TEXT)
                continue
            if code in self.codes:
                self.cell(SHEET_CODES, row_no, 0, "kode", P_DUPLICATE_CODE.format(value=code))
                continue
            if category not in CATEGORIES:
                self.cell(SHEET_CODES, row_no, 1, "kategori",
                          P_CATEGORY.format(value=_show(category)))
            if not isinstance(label, str):
                self.cell(SHEET_CODES, row_no, 2, "navn_nb", P_TEXT)
            self.codes[code] = (label if isinstance(label, str) else "", str(category))
            rows_of[code] = row_no
        catalogue = self._known_catalogue()
        if catalogue is not None:
            self._codes_match(catalogue, rows_of)
        if self.keep:
            self.content.codes = dict(self.codes)

    def _codes_match(self, catalogue: Catalogue, rows_of: dict[str, int]) -> None:
        """A known catalogue pins what Koder must say: kodenavn and kategori are not hashed,
        so this is what stops a consistent edit of a code's category everywhere."""
        names = {"catalogue": catalogue.id, "version": catalogue.version}
        known = {c.code: (cell_text(c.label.nb), c.category) for c in catalogue.codes}
        for code, (label, category) in self.codes.items():
            expected = known.get(code)
            if expected is None:
                self.problem(CODE_NOT_IN_CATALOGUE.format(row=rows_of[code], code=code, **names))
                continue
            for what, found, wanted in (("navn_nb", label, expected[0]),
                                        ("kategori", category, expected[1])):
                if found != wanted:
                    self.problem(CODE_VS_CATALOGUE.format(
                        row=rows_of[code], name=what, code=code, found=_show(found),
                        expected=wanted, **names))
        for code in known:
            if code not in self.codes:
                self.problem(CODE_MISSING_IN_SHEET.format(code=code, **names))

    # -- Registreringer ----------------------------------------------------------------------

    def _entry_header(self, header: Sequence[object]) -> tuple[list[str], int, int | None]:
        """Names, the number of party columns and the index of notat (or None)."""
        names = self._header(SHEET_ENTRIES, header, ENTRY_BASE_COLUMNS, exact=False,
                             extra=len(header))  # the parties are counted below
        index = len(ENTRY_BASE_COLUMNS)
        parties = 0
        while index < len(names) and names[index].startswith(PARTY_PREFIX):
            if not KEY_PATTERN.fullmatch(names[index][len(PARTY_PREFIX):]):
                raise _FatalError(HEADER_PARTY.format(sheet=SHEET_ENTRIES, column=_column(index),
                                                 found=names[index]))
            parties += 1
            index += 1
        note = None
        if index < len(names) and names[index] == NOTE_COLUMN:
            note = index
            index += 1
        if index < len(names) and self.minor == 0:
            raise _FatalError(HEADER_EXTRA.format(sheet=SHEET_ENTRIES, column=_column(index),
                                             found=_show(names[index]), version=self.version))
        if len(names) - index > EXTRA_COLUMNS:
            raise _FatalError(HEADER_TOO_WIDE.format(sheet=SHEET_ENTRIES, count=len(names),
                                                     limit=index + EXTRA_COLUMNS))
        catalogue = self._known_catalogue()
        if catalogue is not None:
            found = [n[len(PARTY_PREFIX):] for n in names[len(ENTRY_BASE_COLUMNS):][:parties]]
            if tuple(found) != catalogue.party_keys:
                expected = ", ".join(PARTY_PREFIX + k for k in catalogue.party_keys)
                raise _FatalError(PARTIES_VS_CATALOGUE.format(
                    catalogue=catalogue.id, version=catalogue.version, expected=expected))
        return names, parties, note

    def _entries(self, wb: Workbook) -> None:
        rows = self._rows(wb, SHEET_ENTRIES)
        names, parties, note = self._entry_header(next(rows, ()))
        width = len(names)
        hashed = [i for i, n in enumerate(names) if n not in DERIVED_COLUMNS]
        pick = itemgetter(*hashed)
        self.hasher.add(SHEET_ENTRIES, pick(names))
        first_party = len(ENTRY_BASE_COLUMNS)
        party_slice = slice(first_party, first_party + parties)
        add, codes, keep = self.hasher.add, self.codes, self.keep
        entry_row, entry_year, entry_clients = self.entry_row, self.entry_year, self.entry_clients
        kept = self.content.entries
        start, end = self.start, self.end
        weeks: dict[date, int] = {}
        empty_since = 0
        count = 0
        wide = self._wide(SHEET_ENTRIES, width)
        for row_no, raw in enumerate(rows, start=2):
            if wide and len(raw) > width:
                self._beyond(SHEET_ENTRIES, row_no, raw, width)
            row = raw[:width] if len(raw) >= width else raw + (None,) * (width - len(raw))
            # any() is the fast test; a row of only zeros and empty text needs the slow one.
            if not any(row) and all(v is None or v == "" for v in row):
                empty_since = empty_since or row_no
                continue
            if empty_since:
                self.problem(EMPTY_ROW.format(sheet=SHEET_ENTRIES, row=empty_since))
                empty_since = 0
            count += 1
            (entry_id, day_value, week, start_time, code, label, category, minutes, hours,
             travel, clients, group_size, arena, contact) = row[:first_party]

            # registrering_id: text, unique.
            if not isinstance(entry_id, str) or not entry_id:
                self.cell(SHEET_ENTRIES, row_no, 0, names[0], P_TEXT)
            elif entry_id in entry_row:
                self.cell(SHEET_ENTRIES, row_no, 0, names[0], P_DUPLICATE_ID.format(
                    value=entry_id, other=entry_row[entry_id]))
            # dato and uke.
            day = _as_date(day_value)
            year = 0
            if day is None:
                self.cell(SHEET_ENTRIES, row_no, 1, names[1], P_DATE.format(
                    value=_show(day_value)))
            else:
                year = day.year
                if (start and day < start) or (end and day > end):
                    self.cell(SHEET_ENTRIES, row_no, 1, names[1], P_OUTSIDE.format(
                        value=format_date(day), start=format_date(start) if start else "",
                        end=format_date(end) if end else ""))
                iso_week = weeks.get(day)
                if iso_week is None:
                    iso_week = weeks[day] = day.isocalendar().week
                if _as_int(week) != iso_week:
                    self._pair(row_no, 1, day_value, 2, week, names)
            if start_time is not None and not (
                    isinstance(start_time, str) and _CLOCK_RE.fullmatch(start_time)):
                self.cell(SHEET_ENTRIES, row_no, 3, names[3], P_CLOCK.format(
                    value=_show(start_time)))
            # kode, kodenavn, kategori.
            known = codes.get(code) if isinstance(code, str) else None
            if known is None:
                self.cell(SHEET_ENTRIES, row_no, 4, names[4], P_UNKNOWN_CODE.format(
                    value=_show(code)))
            else:
                if label != known[0]:
                    self._pair(row_no, 4, code, 5, label, names)
                if category != known[1]:
                    self._pair(row_no, 4, code, 6, category, names)
            # minutter and timer.
            whole = _as_int(minutes)
            if whole is None:
                self.cell(SHEET_ENTRIES, row_no, 7, names[7], P_INT.format(value=_show(minutes)))
            elif not 1 <= whole <= 1440:
                self.cell(SHEET_ENTRIES, row_no, 7, names[7], P_RANGE.format(
                    value=whole, low=1, high=1440))
            elif (isinstance(hours, bool) or not isinstance(hours, int | float)
                  or abs(hours - whole / 60) > _HOURS_TOLERANCE):
                self._pair(row_no, 7, minutes, 8, hours, names)
            # The other integers.
            travel_minutes = _as_int(travel)
            if travel_minutes is None or travel_minutes < 0:
                self.cell(SHEET_ENTRIES, row_no, 9, names[9], P_INT.format(value=_show(travel)))
            n_clients = _as_int(clients)
            if n_clients is None or n_clients < 0:
                self.cell(SHEET_ENTRIES, row_no, 10, names[10], P_INT.format(
                    value=_show(clients)))
            if group_size is not None and (_as_int(group_size) or 0) < 1:
                self.cell(SHEET_ENTRIES, row_no, 11, names[11], P_INT.format(
                    value=_show(group_size)))
            for index, value in ((12, arena), (13, contact)):
                if value is not None and not isinstance(value, str):
                    self.cell(SHEET_ENTRIES, row_no, index, names[index], P_TEXT)
            for index, value in enumerate(row[party_slice], start=first_party):
                if value not in _FLAGS or value is True or value is False:
                    self.cell(SHEET_ENTRIES, row_no, index, names[index], P_FLAG.format(
                        value=_show(value)))
            if note is not None and row[note] is not None and not isinstance(row[note], str):
                self.cell(SHEET_ENTRIES, row_no, note, NOTE_COLUMN, P_TEXT)
            try:
                add(SHEET_ENTRIES, pick(row))
            except NotCanonicalError:
                self._not_canonical(SHEET_ENTRIES, row_no, row, hashed, names)
            if isinstance(entry_id, str) and entry_id not in entry_row:
                entry_row[entry_id] = row_no
                entry_year[entry_id] = year
                entry_clients[entry_id] = n_clients or 0
            if keep:
                kept.append(row)
        self._count(count)
        if keep:
            self.content.entry_columns = tuple(names)

    def _pair(self, row_no: int, first: int, first_value: object, second: int,
              second_value: object, names: Sequence[str]) -> None:
        self.problem(ROW_PAIR.format(
            sheet=SHEET_ENTRIES, row=row_no,
            first=names[first], first_cell=f"{_column(first)}{row_no}",
            first_value=_show(first_value),
            second=names[second], second_cell=f"{_column(second)}{row_no}",
            second_value=_show(second_value)))

    def _not_canonical(self, sheet: str, row_no: int, row: Sequence[object],
                       hashed: Sequence[int], names: Sequence[str]) -> None:
        for index in hashed:
            try:
                canonical_value(row[index])
            except NotCanonicalError:
                self.cell(sheet, row_no, index, names[index], P_NOT_CANONICAL.format(
                    value=_show(row[index])))
                return

    def _count(self, found: int) -> None:
        expected = _as_int(self.meta.get(META_ENTRY_COUNT))
        if expected is not None and expected != found:
            self.problem(COUNT_MISMATCH.format(found=found, expected=expected))

    # -- Deltakere ---------------------------------------------------------------------------

    def _participants(self, wb: Workbook) -> None:
        rows = self._rows(wb, SHEET_PARTICIPANTS)
        names = self._header(SHEET_PARTICIPANTS, next(rows, ()), PARTICIPANT_COLUMNS,
                             exact=self.minor == 0)
        width = len(names)
        hashed = [i for i, n in enumerate(names) if n not in DERIVED_COLUMNS]
        pick = itemgetter(*hashed)
        self.hasher.add(SHEET_PARTICIPANTS, pick(names))
        add, keep = self.hasher.add, self.keep
        entry_year, seen, pseudonyms = self.entry_year, self.seen_clients, self.pseudonyms
        kept = self.content.participants
        groups: dict[tuple[int, int | None], str] = {}
        empty_since = 0
        sheet = SHEET_PARTICIPANTS
        wide = self._wide(sheet, width)
        for row_no, raw in enumerate(rows, start=2):
            if wide and len(raw) > width:
                self._beyond(sheet, row_no, raw, width)
            row = raw[:width] if len(raw) >= width else raw + (None,) * (width - len(raw))
            if not any(row) and all(v is None or v == "" for v in row):
                empty_since = empty_since or row_no
                continue
            if empty_since:
                self.problem(EMPTY_ROW.format(sheet=sheet, row=empty_since))
                empty_since = 0
            entry_id, client, birth_year, group, service = row[:5]
            key = entry_id if isinstance(entry_id, str) and entry_id in entry_year else None
            if key is None:
                self.cell(sheet, row_no, 0, names[0], P_UNKNOWN_ENTRY.format(
                    value=_show(entry_id)))
            else:
                seen[key] = seen.get(key, 0) + 1
            if not isinstance(client, str) or not is_pseudonym(client):
                self.cell(sheet, row_no, 1, names[1], P_NOT_PSEUDONYM.format(value=_show(client)))
            elif key is not None:
                before = pseudonyms.get(key, "")
                if before and client in before.split("\t"):
                    self.cell(sheet, row_no, 1, names[1], P_DUPLICATE_CLIENT.format(
                        value=client))
                pseudonyms[key] = f"{before}\t{client}" if before else client
            year = _as_int(birth_year)
            entry_year_of = entry_year[key] if key is not None else 0
            if birth_year is not None and (year is None or not 1850 <= year <= 2200):
                self.cell(sheet, row_no, 2, names[2], P_INT.format(value=_show(birth_year)))
            elif entry_year_of and group != _cached_group(groups, entry_year_of, year):
                self.problem(ROW_PAIR.format(
                    sheet=sheet, row=row_no, first=names[2], first_cell=f"C{row_no}",
                    first_value=_show(birth_year), second=names[3], second_cell=f"D{row_no}",
                    second_value=_show(group)))
            if service not in _SERVICES:
                self.cell(sheet, row_no, 4, names[4], P_SERVICE.format(value=_show(service)))
            for index in range(5, 9):
                value = row[index]
                if value not in _FLAGS or value is True or value is False:
                    self.cell(sheet, row_no, index, names[index], P_FLAG.format(
                        value=_show(value)))
            try:
                add(sheet, pick(row))
            except NotCanonicalError:
                self._not_canonical(sheet, row_no, row, hashed, names)
            if keep:
                kept.append(row)
        for entry_id, expected in self.entry_clients.items():
            found = seen.get(entry_id, 0)
            if expected != found:
                self.problem(CLIENT_COUNT.format(row=self.entry_row[entry_id], expected=expected,
                                                 found=found))
        if keep:
            self.content.participant_columns = tuple(names)

    # -- checksum and id ---------------------------------------------------------------------

    def _final(self) -> None:
        checksum = self.hasher.hexdigest()
        if checksum != self.meta.get(META_CHECKSUM):
            self.problem(CHECKSUM_MISMATCH)
            return
        therapist = self.meta.get(META_THERAPIST)
        expected = export_id(
            therapist if isinstance(therapist, str) else "",
            str(self.meta.get(META_FROM)), str(self.meta.get(META_TO)), checksum)
        found = self.meta.get(META_EXPORT_ID)
        if found != expected:
            self.problem(EXPORT_ID_MISMATCH.format(found=_show(found), expected=expected))


def _cached_group(cache: dict[tuple[int, int | None], str], year: int,
                  birth_year: int | None) -> str:
    key = (year, birth_year)
    found = cache.get(key)
    if found is None:
        found = cache[key] = age_group(year, birth_year)
    return found


def _looks_like_csv(head: bytes) -> bool:
    """A text file whose first line is a header of ours (a CSV export renamed to .xlsx)."""
    text = head.decode("utf-8-sig", errors="ignore")
    first = text.splitlines()[0] if text else ""
    return "registrering_id" in first and (";" in first or "," in first)
