"""The package guard: what an xlsx file must be before any reader (python-calamine or openpyxl)
is allowed to touch it (``docs/export-format.md``, "Limits").

The readers trust the package: calamine inflates a member past the size its zip entry declares
and allocates a sheet's whole rectangle up front (one cell at ``XFD1048576`` asks for 512 GB),
openpyxl builds a Python object for every shared string. So every member is inflated here first,
streamed with a cap (never trusting the declared size; zipfile itself would stop at it and so
miss what a reader that does not stop would get), and every XML part goes through expat with
handlers that refuse a DTD or an entity declaration. Worksheets and the shared-string table are
also scanned as bytes while they stream, for what sizes the readers' work: the highest row and
column a cell names, the number of cells, formulas, and the count of shared strings.

The byte scan relies on the form every spreadsheet program writes (rehablogg, Excel, LibreOffice,
Google Sheets): each ``<row`` and ``<c`` start tag carries its address as its first attribute
(``<row r="7"``, ``<c r="H7"``) in UTF-8. A cell or row without one takes its position from the
one before, which a byte scan cannot follow, so such a sheet is refused rather than guessed at.
Text that only looks like a tag (inside a comment) can only make the counts larger, never hide a
cell, so the scan errs on the side of refusing.

Why not defusedxml: it refuses a DTD exactly as done here (the same three expat handlers), but
only through its SAX or ElementTree front ends, which call Python for every element; a sheet of a
year's entries has millions of them, and expat without element handlers parses it several times
faster. The rest (the zip, the byte counts) is not XML parsing at all.
"""

from __future__ import annotations

import copy
import posixpath
import re
import xml.etree.ElementTree as ElementTree
import xml.parsers.expat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

MB = 1024 * 1024
ROWS_PER_DAY = 300  # per read-back sheet: an entry every five minutes, round the clock
_CHUNK = 1 << 20  # inflated bytes handed to expat and the byte scan at a time
_LONGEST_TAG = 1 << 20  # a start tag longer than this is not from a spreadsheet program


@dataclass(frozen=True)
class Limits:
    """What a package may hold. The defaults fit any export, a year of 100 000 entries included;
    ``SUBMISSION_LIMITS`` fit one month, which is all ``aggregate`` takes."""

    max_file_bytes: int = 50 * MB  # aggregate's limit for a file (aggregate/ingest.py)
    max_members: int = 64  # rehablogg writes 17, LibreOffice 18, Excel about 20
    max_sheet_bytes: int = 256 * MB  # one worksheet or the shared strings, inflated
    max_part_bytes: int = 16 * MB  # every other part, inflated
    max_tree_bytes: int = 1 * MB  # parts read whole into a tree: content types, rels, workbook
    max_total_bytes: int = 512 * MB
    max_ratio: int = 200  # inflated / packed, for members that inflate past ratio_floor
    ratio_floor: int = 1 * MB
    max_rows: int = 200_000  # the highest row a cell or row may name, in any sheet
    max_columns: int = 104  # column CZ: a 1.0 sheet has at most 40, a newer 1.x a few dozen more
    max_shared_strings: int = 1_000_000


EXPORT_LIMITS = Limits()
MONTH_ROWS = 31 * ROWS_PER_DAY + 1  # the header and a month of rows
SUBMISSION_LIMITS = replace(
    EXPORT_LIMITS,
    max_rows=MONTH_ROWS,
    max_sheet_bytes=64 * MB,
    max_total_bytes=128 * MB,
    max_shared_strings=200_000,
)


@dataclass(frozen=True)
class SheetFacts:
    """What the scan found in one worksheet: upper bounds, never less than a reader will see."""

    part: str
    rows: int = 0  # the highest row number named (1 = only a header)
    columns: int = 0  # the highest column number named
    cells: int = 0


@dataclass(frozen=True)
class PackageFacts:
    sheets: dict[str, SheetFacts] = field(default_factory=dict)  # by sheet name
    # XML parts expat has read to the end, well-formed with their namespaces (as openpyxl's
    # parser, expat with namespaces, reads them)
    parsed: frozenset[str] = frozenset()
    # worksheet parts of those without the word "dimension" anywhere: openpyxl's read-only
    # load looks for a dimension element through a sheet's rows, and nothing else it does there
    # can fail on a part that parsed (cells.py)
    without_dimension: frozenset[str] = frozenset()


class PackageRefusedError(Exception):
    """The package breaks a rule; ``str(error)`` is the sentence (without the file's name)."""


class PackageDamagedError(Exception):
    """The zip or an XML part is broken: the file is damaged, not hostile (verify's DAMAGED)."""


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "exchange", "Filen er på {size} MB, mer enn grensen på {limit} MB; den er ikke åpnet."
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "exchange",
    "Filen er passordbeskyttet (kryptert) og kan ikke kontrolleres; send xlsx-filen fra "
    "rehablogg slik den ble eksportert, uten passord.",
)
TOO_MANY_PARTS = QT_TRANSLATE_NOOP(
    "exchange",
    "Arbeidsboken har {count} deler, flere enn de {limit} en eksport kan ha; den er ikke åpnet.",
)
BAD_PART_NAME = QT_TRANSLATE_NOOP(
    "exchange",
    "Arbeidsboken har en del med et navn som peker ut av arkivet eller er ugyldig ({name}); den "
    "er ikke åpnet.",
)
DUPLICATE_PART = QT_TRANSLATE_NOOP(
    "exchange", "Arbeidsboken har delen {name} to ganger; den er ikke åpnet."
)
COMPRESSION = QT_TRANSLATE_NOOP(
    "exchange", "Delen {name} er pakket med en metode regneark ikke bruker; filen er ikke åpnet."
)
PART_TOO_LARGE = QT_TRANSLATE_NOOP(
    "exchange",
    "Delen {name} pakker seg ut til mer enn {limit} MB, mer enn en eksport kan inneholde; filen "
    "er ikke åpnet.",
)
TOTAL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "exchange",
    "Arbeidsboken pakker seg ut til mer enn {limit} MB til sammen, mer enn en eksport kan "
    "inneholde; den er ikke åpnet.",
)
RATIO = QT_TRANSLATE_NOOP(
    "exchange",
    "Delen {name} pakker seg ut til over {ratio} ganger sin pakkede størrelse, som en zip-bombe; "
    "filen er ikke åpnet.",
)
SIZE_MISMATCH = QT_TRANSLATE_NOOP(
    "exchange",
    "Delen {name} pakker seg ut til en annen størrelse enn arkivet oppgir; filen er skadet eller "
    "endret, be om en ny kopi.",
)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "exchange", "Delen {name} er ikke XML i UTF-8, slik regneark skriver den; filen er ikke åpnet."
)
DTD = QT_TRANSLATE_NOOP(
    "exchange",
    "Delen {name} inneholder en DTD eller en entitetsdefinisjon, som regneark aldri skriver; "
    "filen er ikke åpnet.",
)
NO_CONTENT_TYPES = QT_TRANSLATE_NOOP(
    "exchange", "Arbeidsboken mangler innholdslisten [Content_Types].xml; den er ikke åpnet."
)
MACROS = QT_TRANSLATE_NOOP(
    "exchange",
    "Arbeidsboken inneholder makroer ({name}); send xlsx-filen fra rehablogg, som aldri har "
    "makroer.",
)
EXTERNAL = QT_TRANSLATE_NOOP(
    "exchange",
    "Arbeidsboken har en kobling til noe utenfor filen ({name}); send xlsx-filen fra rehablogg "
    "uten koblinger.",
)
UNKNOWN_PART = QT_TRANSLATE_NOOP(
    "exchange",
    "Arbeidsboken har en del som verken rehablogg eller et regneark skriver i en eksport "
    "({name}); filen er ikke åpnet.",
)
FORMULAS = QT_TRANSLATE_NOOP(
    "exchange",
    "Arket {sheet} inneholder formler; en eksport har bare verdier, og den lagrede verdien av en "
    "formel kan avvike fra det regnearket viser.",
)
ERROR_CELLS = QT_TRANSLATE_NOOP(
    "exchange",
    "Arket {sheet} har celler med feilverdier (som #DIV/0! eller #N/A), som en eksport aldri "
    "har; filen er ikke åpnet.",
)
ODD_CELLS = QT_TRANSLATE_NOOP(
    "exchange",
    "Arket {sheet} har rader eller celler uten adresse eller i en uvanlig form, som regneark "
    "ikke skriver; filen er ikke åpnet.",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "exchange",
    "Arket {sheet} går til rad {rows}, mer enn grensen på {limit} rader; filen er ikke åpnet.",
)
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "exchange",
    "Arket {sheet} har celler i kolonne {column}, utenfor de {limit} kolonnene en eksport kan "
    "ha; filen er ikke åpnet.",
)
SPARSE = QT_TRANSLATE_NOOP(
    "exchange",
    "Arket {sheet} spenner over {rows} rader og {columns} kolonner, men har bare {cells} celler; "
    "filen er ikke åpnet.",
)
TOO_MANY_STRINGS = QT_TRANSLATE_NOOP(
    "exchange",
    "Tabellen over delte tekster har over {limit} tekster, flere enn arbeidsboken har celler; "
    "filen er ikke åpnet.",
)
ODD_STRINGS = QT_TRANSLATE_NOOP(
    "exchange",
    "Tabellen over delte tekster er ikke skrevet slik regneark skriver den; filen er ikke åpnet.",
)

# --------------------------------------------------------------------------------------------
# What a package may hold
# --------------------------------------------------------------------------------------------

_OOXML = "application/vnd.openxmlformats-officedocument."
_SML = _OOXML + "spreadsheetml."
WORKSHEET = _SML + "worksheet+xml"
SHARED_STRINGS = (_SML + "sharedStrings+xml").lower()  # content types compare in lower case
RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml"
_WORKBOOK = _SML + "sheet.main+xml"
_PRINTER_SETTINGS = (_SML + "printerSettings").lower()
# What rehablogg's writer (openpyxl), LibreOffice and Excel put into a saved export.
_ALLOWED_TYPES = frozenset(
    kind.lower()
    for kind in {
        RELATIONSHIPS,
        WORKSHEET,
        SHARED_STRINGS,
        _WORKBOOK,
        _SML + "styles+xml",
        _SML + "calcChain+xml",
        _SML + "printerSettings",
        _OOXML + "theme+xml",
        _OOXML + "drawing+xml",
        _OOXML + "drawingml.chart+xml",
        _OOXML + "extended-properties+xml",
        _OOXML + "custom-properties+xml",
        _OOXML + "customXmlProperties+xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
        "application/vnd.ms-office.chartstyle+xml",
        "application/vnd.ms-office.chartcolorstyle+xml",
        "application/vnd.ms-office.classificationlabels+xml",  # sensitivity labels (Microsoft 365)
        "image/png",
        "image/jpeg",  # a thumbnail
    }
)
_MACRO_TYPES = ("vbaproject", "macroenabled", "macrosheet", "vbaprojectsignature")
_EXTERNAL_TYPES = ("externallink",)
_BINARY_TYPES = frozenset({_PRINTER_SETTINGS, "image/png", "image/jpeg"})
_GENERIC_XML = "application/xml"  # allowed only for customXml items (SharePoint metadata)
_CONTENT_TYPES = "[Content_Types].xml"
_NS_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_NS_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_XML_DECLARATION = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']")

# Byte patterns of a worksheet. A real cell start tag is "<c" then whitespace, ">" or "/", with
# or without a namespace prefix; every one must be the canonical '<c r="REF"'.
_CELL_OPEN = b"<c "
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"')
_ROW_OPEN = b"<row "
_ROW_REF = re.compile(rb'<row r="([1-9][0-9]{0,6})"')
_ODD_TAG = re.compile(rb"<(?:c[\t\n\r>/]|row[\t\n\r>/]|(f)[\s>/])")
_PREFIXED_TAG = re.compile(rb":(?:c|row|v|(f))[\s>/]")
# A value that is not a number as spreadsheet programs write one (or empty). Only a cell of
# type "str" holds text in <v>; in a cell of no type (a number), openpyxl fails on text (no
# int) while calamine hands it back, so the readers would judge the file apart.
_ODD_VALUE = re.compile(rb"<v(?:\s[^>]*)?>(?!(?:-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)?</v>)")
_TEXT_TYPE = re.compile(rb"""\st=["']str["']""")
# Inline text as openpyxl reads it and calamine too: one <t> directly in an <is> (calamine joins
# two, openpyxl reads one), an <is> only in a cell of type inlineStr (calamine reads it in any
# cell), and no namespace declared on the rows' elements (calamine reads the names whatever
# their namespace, openpyxl only the spreadsheet's).
_TWO_TEXTS = re.compile(rb"</t>\s*<t[\s>/]")
_INLINE_OPEN, _INLINE_CELL = b"<is", b't="inlineStr"><is>'
_NAMESPACE = b"xmlns"
_ROW_ELEMENTS = frozenset(
    {b"sheetData", b"row", b"c", b"v", b"f", b"is", b"t", b"r", b"rPr", b"rPh", b"phoneticPr"}
)
_TAG_NAME = re.compile(rb"<(?:[^\s>/:]+:)?([^\s>/:]+)")
_CELL_CLOSE = b"</c>"
_STRING_OPEN = re.compile(rb"<si[\s>/]")
_PREFIXED_STRING = re.compile(rb":si[\s>/]")
_REFUSED_TYPE = re.compile(rb"""t=["']([de])["']""")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def is_encrypted_package(path: Path) -> bool:
    """An Office file encrypted with a password: an OLE compound file holding the package as
    the stream ``EncryptedPackage`` (its name, UTF-16, is in the directory near the start)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 20)
    except OSError:
        return False
    return head.startswith(_OLE_MAGIC) and _ENCRYPTED_STREAM in head


def check_package(path: Path, limits: Limits = EXPORT_LIMITS) -> PackageFacts:
    """Check ``path`` (already known to be a zip) against ``limits``; raises
    ``PackageRefusedError`` with the sentence, or ``PackageDamagedError``."""
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise PackageRefusedError(
                FILE_TOO_LARGE.format(size=_mb(size), limit=_mb(limits.max_file_bytes))
            )
        with zipfile.ZipFile(path) as archive:
            return _Guard(archive, limits).run()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        # RuntimeError: zipfile asks for a password; NotImplementedError: a compression it does
        # not know (both refused earlier, but a damaged directory can still get there).
        raise PackageDamagedError(str(exc)) from None


def _mb(size: int) -> str:
    return f"{size / MB:.0f}"


def shown(name: str) -> str:
    """A name from the file, safe to print in a sentence: quoted, short, no control chars."""
    clean = "".join(c if c.isprintable() else "?" for c in name)
    if len(clean) > 60:
        clean = clean[:57] + "…"
    return f"«{clean}»"


def _seam(carry: bytes, chunk: bytes) -> tuple[bytes, int, bytes]:
    """(buffer, end, carry): scan ``buffer[:end]`` now and carry the rest to the next chunk.

    The end is the last '<' whose tag is not closed yet. Every pattern starts at a '<' (or
    lies inside a tag) and holds no other '<', so nothing is missed or counted twice."""
    buffer = carry + chunk if carry else chunk
    end = buffer.rfind(b"<")
    if end < 0 or buffer.find(b">", end) >= 0:
        end = len(buffer)
    rest = buffer[end:]
    if len(rest) > _LONGEST_TAG:
        raise PackageDamagedError("a start tag longer than any spreadsheet program writes")
    return buffer, end, rest


def _tag_around(buffer: bytes, at: int) -> int:
    """Where the start tag that ``at`` stands in begins, or -1 when ``at`` is in text."""
    start = buffer.rfind(b"<", 0, at)
    return start if start >= 0 and buffer.find(b">", start, at) < 0 else -1


def _refused_cell_type(buffer: bytes, end: int) -> bytes | None:
    """``b"e"`` when a cell start tag says ``t="e"`` (an error value such as #DIV/0!), ``b"d"``
    for ``t="d"`` (a date as ISO text), else None. calamine hands an error cell back as empty
    and openpyxl as the error text, and calamine takes a date cell's text (or a number in it)
    where openpyxl's ISO parser fails, so the readers would disagree about the file; rehablogg,
    Excel and LibreOffice write neither into a saved export. Rare text, looked for as bytes."""
    for found in _REFUSED_TYPE.finditer(buffer, 0, end):
        at = found.start()
        tag = _tag_around(buffer, at)
        if (
            tag >= 0
            and buffer.startswith(_CELL_OPEN, tag)
            and buffer[at - 1 : at] in (b" ", b"\t", b"\r", b"\n")
        ):
            return found.group(1)
    return None


def _cell_seam(buffer: bytes, end: int) -> int:
    """``end``, or earlier: where the last cell before it starts when that cell is not closed
    yet (its value may be cut), so that every cell scanned is whole."""
    cell = buffer.rfind(_CELL_OPEN, 0, end)
    if cell < 0 or buffer.find(_CELL_CLOSE, cell, end) >= 0:
        return end
    tag_end = buffer.find(b">", cell, end)
    if tag_end >= 0 and buffer[tag_end - 1 : tag_end] == b"/":  # <c r="A1" s="1"/>
        return end
    if end - cell > _LONGEST_TAG:
        raise PackageDamagedError("a cell longer than any spreadsheet program writes")
    return cell


def _has_text_in_a_number(buffer: bytes, end: int) -> bool:
    """Whether a value that is not a number stands in a cell whose type is not text."""
    for found in _ODD_VALUE.finditer(buffer, 0, end):
        cell = buffer.rfind(_CELL_OPEN, 0, found.start())
        tag = buffer[cell : buffer.find(b">", cell) + 1] if cell >= 0 else b""
        if not _TEXT_TYPE.search(tag):
            return True
    return False


def _inline_text_read_apart(buffer: bytes, end: int) -> bool:
    """Whether an inline text or a row stands in a form the two readers read apart."""
    if _TWO_TEXTS.search(buffer, 0, end) or buffer.count(_INLINE_OPEN, 0, end) != buffer.count(
        _INLINE_CELL, 0, end
    ):
        return True
    at = buffer.find(_NAMESPACE, 0, end)
    while at >= 0:  # only the root and extLst's elements declare namespaces in a sheet
        start = _tag_around(buffer, at)  # -1: a text saying "xmlns"
        tag = _TAG_NAME.match(buffer, start) if start >= 0 else None
        if tag is not None and tag.group(1) in _ROW_ELEMENTS:
            return True
        at = buffer.find(_NAMESPACE, at + len(_NAMESPACE), end)
    return False


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + char - 64
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _highest(letters: set[bytes]) -> bytes:
    """The last of some column names (a longer name comes later: AA after Z)."""
    return max(letters, key=lambda n: (len(n), n)) if letters else b""


# --------------------------------------------------------------------------------------------
# The guard
# --------------------------------------------------------------------------------------------


class _Guard:
    def __init__(self, archive: zipfile.ZipFile, limits: Limits) -> None:
        self.archive = archive
        self.limits = limits
        self.total = 0
        self.parsed: set[str] = set()
        self.without_dimension: set[str] = set()
        self.trees: dict[str, ElementTree.Element] = {}
        self.cells = 0

    def run(self) -> PackageFacts:
        infos = self.archive.infolist()
        self._members(infos)
        by_name = {info.filename: info for info in infos}
        if _CONTENT_TYPES not in by_name:
            raise PackageRefusedError(NO_CONTENT_TYPES)
        types = self._content_types(by_name[_CONTENT_TYPES])
        kinds = {name: self._kind(name, types) for name in by_name if name != _CONTENT_TYPES}
        for name, kind in kinds.items():
            if kind == RELATIONSHIPS:
                self._relationships(by_name[name])
        sheet_names = self._sheet_names(by_name, kinds)
        sheets: dict[str, SheetFacts] = {}
        strings: list[str] = []
        for name, kind in kinds.items():
            info = by_name[name]
            if kind == WORKSHEET:
                facts = self._worksheet(info, sheet_names.get(name, name))
                sheets[sheet_names.get(name, name)] = facts
            elif kind == SHARED_STRINGS:
                strings.append(name)  # after the sheets: their cells bound its size
            elif kind in _BINARY_TYPES:
                self._stream(info, self.limits.max_part_bytes, None)
            elif name not in self.parsed:
                self._xml(info, self.limits.max_part_bytes)
        for name in strings:
            self._shared_strings(by_name[name])
        return PackageFacts(sheets, frozenset(self.parsed), frozenset(self.without_dimension))

    # -- the zip -----------------------------------------------------------------------------

    def _members(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > self.limits.max_members:
            raise PackageRefusedError(
                TOO_MANY_PARTS.format(count=len(infos), limit=self.limits.max_members)
            )
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            segments = info.orig_filename.split("/")
            if (
                "\\" in info.orig_filename
                or ":" in segments[0]
                or any(s in ("", ".", "..") for s in segments)
                or not name.isprintable()
            ):  # control, format, unassigned characters
                raise PackageRefusedError(BAD_PART_NAME.format(name=shown(info.orig_filename)))
            folded = name.casefold()  # part names are case-insensitive in a package
            if folded in seen:
                raise PackageRefusedError(DUPLICATE_PART.format(name=shown(name)))
            seen.add(folded)
            if info.flag_bits & 0x1:
                raise PackageRefusedError(ENCRYPTED)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackageRefusedError(COMPRESSION.format(name=shown(name)))
            if info.file_size > self.limits.max_sheet_bytes:  # an honest size refuses early
                raise PackageRefusedError(
                    PART_TOO_LARGE.format(name=shown(name), limit=_mb(self.limits.max_sheet_bytes))
                )

    def _stream(
        self, info: zipfile.ZipInfo, limit: int, consume: Callable[[bytes], None] | None
    ) -> None:
        """Inflate one member in chunks, whatever size it declares, up to ``limit`` bytes."""
        # zipfile stops a member at its declared size (and checks the CRC of just that much);
        # a copy declaring one byte more than the limit makes it inflate what is really there.
        if info.file_size > limit:  # an honest size refuses before anything is inflated
            raise PackageRefusedError(
                PART_TOO_LARGE.format(name=shown(info.filename), limit=_mb(limit))
            )
        probe = copy.copy(info)
        probe.file_size = limit + 1
        inflated = 0
        with self.archive.open(probe) as src:
            # Never asking past one byte beyond the declared size finds a member that inflates
            # to more before zipfile reaches its end (and checks a CRC made for less).
            while chunk := src.read(min(_CHUNK, info.file_size - inflated + 1)):
                inflated += len(chunk)
                self.total += len(chunk)
                name = shown(info.filename)
                if inflated > limit:
                    raise PackageRefusedError(PART_TOO_LARGE.format(name=name, limit=_mb(limit)))
                if self.total > self.limits.max_total_bytes:
                    raise PackageRefusedError(
                        TOTAL_TOO_LARGE.format(limit=_mb(self.limits.max_total_bytes))
                    )
                if inflated > info.file_size:  # more than declared: refused at once
                    raise PackageRefusedError(SIZE_MISMATCH.format(name=name))
                if inflated > self.limits.ratio_floor and inflated > self.limits.max_ratio * max(
                    info.compress_size, 1
                ):
                    raise PackageRefusedError(RATIO.format(name=name, ratio=self.limits.max_ratio))
                if consume is not None:
                    consume(chunk)
        if inflated != info.file_size:
            raise PackageRefusedError(SIZE_MISMATCH.format(name=shown(info.filename)))

    # -- XML ---------------------------------------------------------------------------------

    def _xml(
        self, info: zipfile.ZipInfo, limit: int, scan: Callable[[bytes], None] | None = None
    ) -> None:
        """Parse one XML part to the end with expat, refusing a DTD; ``scan`` sees the bytes."""
        name = shown(info.filename)
        # UTF-8 forced: the byte scans read UTF-8, and expat would otherwise also take UTF-16.
        # Namespaces on, as in openpyxl's parser (ElementTree's): a prefix bound nowhere is
        # well-formed XML to expat without them, and calamine reads past it, but openpyxl
        # calls the file damaged.
        parser = xml.parsers.expat.ParserCreate(encoding="UTF-8", namespace_separator="}")

        def refuse(*_: object) -> None:
            raise PackageRefusedError(DTD.format(name=name))

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]  # it raises
        parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
        first = True

        def feed(chunk: bytes) -> None:
            nonlocal first
            if first:
                first = False
                self._utf8(chunk, name)
            if scan is not None:
                scan(chunk)
            parser.Parse(chunk, False)

        try:
            self._stream(info, limit, feed)
            parser.Parse(b"", True)
        except xml.parsers.expat.ExpatError as exc:
            raise PackageDamagedError(f"{info.filename}: {exc}") from None
        self.parsed.add(info.filename)

    @staticmethod
    def _utf8(head: bytes, name: str) -> None:
        """Spreadsheet programs write XML in UTF-8; anything else is refused, not guessed at."""
        body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
        declared = _XML_DECLARATION.match(body[:200])
        if (
            not body.lstrip(b" \t\r\n").startswith(b"<")
            or b"\x00" in body[:4]
            or (declared is not None and declared.group(1).lower() not in (b"utf-8", b"utf8"))
        ):
            raise PackageRefusedError(NOT_UTF8.format(name=name))

    def _small_xml(self, info: zipfile.ZipInfo) -> ElementTree.Element:
        """A small part read whole after expat has found it free of DTDs (once)."""
        root = self.trees.get(info.filename)
        if root is None:
            chunks: list[bytes] = []
            # Held whole and as a tree (a few kB in any export): a tighter limit keeps a crafted
            # one from costing what a sheet may.
            self._xml(info, self.limits.max_tree_bytes, chunks.append)
            try:
                root = self.trees[info.filename] = ElementTree.fromstring(b"".join(chunks))
            except ElementTree.ParseError as exc:
                raise PackageDamagedError(str(exc)) from None
        return root

    def _content_types(self, info: zipfile.ZipInfo) -> dict[str, str]:
        """Part name (lower case, no leading '/') or '*.ext' -> content type (lower case)."""
        root = self._small_xml(info)
        types: dict[str, str] = {}
        for item in root:
            content = item.get("ContentType", "").strip().lower()
            if item.tag == _NS_TYPES + "Default":
                types["*." + item.get("Extension", "").lower()] = content
            elif item.tag == _NS_TYPES + "Override":
                types[item.get("PartName", "").lstrip("/").lower()] = content
        return types

    @staticmethod
    def _kind(name: str, types: dict[str, str]) -> str:
        """The member's content type, if it is one a saved export may hold; else refused."""
        folded = name.lower()
        kind = types.get(folded)
        if kind is None:
            kind = types.get("*." + folded.rsplit(".", 1)[-1], "") if "." in folded else ""
        if any(word in kind for word in _MACRO_TYPES) or (
            folded.endswith(".bin") and "vba" in folded.rsplit("/", 1)[-1]
        ):
            raise PackageRefusedError(MACROS.format(name=shown(name)))
        if any(word in kind for word in _EXTERNAL_TYPES):
            raise PackageRefusedError(EXTERNAL.format(name=shown(name)))
        if kind == _GENERIC_XML and folded.startswith("customxml/"):
            return kind
        if kind not in _ALLOWED_TYPES:
            raise PackageRefusedError(UNKNOWN_PART.format(name=shown(f"{name}, {kind or '?'}")))
        return kind

    def _relationships(self, info: zipfile.ZipInfo) -> None:
        for rel in self._small_xml(info):
            kind = rel.get("Type", "").lower()
            if rel.get("TargetMode", "").lower() == "external" or any(
                word in kind for word in ("externallink", "oleobject", "attachedtemplate")
            ):
                raise PackageRefusedError(EXTERNAL.format(name=shown(info.filename)))
            if "vbaproject" in kind:
                raise PackageRefusedError(MACROS.format(name=shown(info.filename)))

    def _sheet_names(
        self, by_name: dict[str, zipfile.ZipInfo], kinds: dict[str, str]
    ) -> dict[str, str]:
        """Worksheet part -> its name in the workbook, for the sentences and for verify."""
        book = next((n for n, k in kinds.items() if k == _WORKBOOK), None)
        if book is None:
            return {}
        folder = book.rsplit("/", 1)[0] if "/" in book else ""
        rels_name = f"{folder}/_rels/{book.rsplit('/', 1)[-1]}.rels".lstrip("/")
        targets: dict[str, str] = {}
        if rels_name in by_name:
            for rel in self._small_xml(by_name[rels_name]):
                target = rel.get("Target", "")
                part = target if target.startswith("/") else posixpath.join("/", folder, target)
                targets[rel.get("Id", "")] = posixpath.normpath(part).lstrip("/")
        names: dict[str, str] = {}
        sheets = self._small_xml(by_name[book]).find(_NS_MAIN + "sheets")
        seen: set[str] = set()
        for sheet in sheets if sheets is not None else ():
            name = sheet.get("name", "")
            # Two sheets of one name (spreadsheets compare them without case) or one part
            # under two names: the facts verify asks for by name would be another sheet's.
            own = targets.get(sheet.get(_NS_R + "id", ""))
            if name.casefold() in seen or (own is not None and own in names):
                raise PackageDamagedError(f"sheet {name!r} twice")
            seen.add(name.casefold())
            if own is not None:
                names[own] = name
        return names

    # -- worksheets and shared strings ---------------------------------------------------------

    def _worksheet(self, info: zipfile.ZipInfo, sheet: str) -> SheetFacts:
        limits = self.limits
        name = shown(sheet)
        cells = 0
        top_row = top_column = 0
        carry = b""
        dimension = False

        def scan(chunk: bytes) -> None:
            nonlocal carry, cells, top_row, top_column, dimension
            buffer, end, carry = _seam(carry, chunk)
            end = _cell_seam(buffer, end)
            carry = buffer[end:]
            # A tag's name is never split by the seam (an open tag is carried whole).
            dimension = dimension or buffer.find(b"dimension", 0, end) >= 0
            odd = _ODD_TAG.search(buffer, 0, end) or _PREFIXED_TAG.search(buffer, 0, end)
            if odd is not None:
                if odd.group(1):
                    raise PackageRefusedError(FORMULAS.format(sheet=name))
                raise PackageRefusedError(ODD_CELLS.format(sheet=name))
            refused = _refused_cell_type(buffer, end)
            if refused is not None:
                sentence = ERROR_CELLS if refused == b"e" else ODD_CELLS
                raise PackageRefusedError(sentence.format(sheet=name))
            if _has_text_in_a_number(buffer, end) or _inline_text_read_apart(buffer, end):
                raise PackageRefusedError(ODD_CELLS.format(sheet=name))
            refs = _CELL_REF.findall(buffer, 0, end)
            if len(refs) != buffer.count(_CELL_OPEN, 0, end):
                raise PackageRefusedError(ODD_CELLS.format(sheet=name))
            row_refs = _ROW_REF.findall(buffer, 0, end)
            if len(row_refs) != buffer.count(_ROW_OPEN, 0, end):
                raise PackageRefusedError(ODD_CELLS.format(sheet=name))
            cells += len(refs)
            if refs:
                top_column = max(top_column, _column_number(_highest(set(map(_FIRST, refs)))))
                top_row = max(top_row, max(map(int, set(map(_SECOND, refs)))))
            if row_refs:
                top_row = max(top_row, max(map(int, row_refs)))
            if top_row > limits.max_rows:
                raise PackageRefusedError(
                    TOO_MANY_ROWS.format(sheet=name, rows=top_row, limit=limits.max_rows)
                )
            if top_column > limits.max_columns:
                raise PackageRefusedError(
                    TOO_MANY_COLUMNS.format(
                        sheet=name, column=_column_letters(top_column), limit=limits.max_columns
                    )
                )

        self._xml(info, limits.max_sheet_bytes, scan)
        if not (dimension or b"dimension" in carry):
            self.without_dimension.add(info.filename)
        # calamine allocates the rectangle from A1 to the last cell: a sheet that is mostly
        # empty space is refused (the slack covers sheets the size of a normal export).
        area = top_row * top_column
        if area > 4 * cells + 1_000_000:
            raise PackageRefusedError(
                SPARSE.format(sheet=name, rows=top_row, columns=top_column, cells=cells)
            )
        self.cells += cells
        return SheetFacts(info.filename, top_row, top_column, cells)

    def _shared_strings(self, info: zipfile.ZipInfo) -> None:
        # Every shared string is there for at least one cell (Excel and LibreOffice keep only
        # the strings in use), so there are never more of them than cells.
        limit = min(self.limits.max_shared_strings, self.cells + 1_000)
        count = 0
        carry = b""

        def scan(chunk: bytes) -> None:
            nonlocal carry, count
            buffer, end, carry = _seam(carry, chunk)
            if _PREFIXED_STRING.search(buffer, 0, end):
                raise PackageRefusedError(ODD_STRINGS)
            count += len(_STRING_OPEN.findall(buffer, 0, end))
            if count > limit:
                raise PackageRefusedError(TOO_MANY_STRINGS.format(limit=limit))

        self._xml(info, self.limits.max_sheet_bytes, scan)
