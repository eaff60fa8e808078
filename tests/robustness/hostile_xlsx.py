"""A corpus of crafted xlsx files, each made from a genuine export to break one rule of the package
guard (``rehablogg/exchange/package_guard.py``) or of verify's limits, several variants of each
kind. Every file comes with a piece of the sentence verify must refuse it with.

    python -m tests.robustness.hostile_xlsx OUT_FOLDER   # writes the corpus, lists the files

Kinds: cells far away (the 512 GB rectangle), sparse sheets, rows beyond a period, a 300 000-row
month, shared-string bombs, zip bombs and lying sizes, DTDs and entities, XML not in UTF-8,
formulas, macros, external links, unknown parts, bad member names, encrypted files, cells
without addresses, too many members, other compressions, a file over the size limit, values
right of the header, a header too wide for 1.x.
"""

from __future__ import annotations

import io
import random
import re
import struct
import sys
import tempfile
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

Parts = list[tuple[str, bytes]]

OVERSIKT = "xl/worksheets/sheet1.xml"
ENTRIES = "xl/worksheets/sheet2.xml"
PARTICIPANTS = "xl/worksheets/sheet3.xml"
CODES = "xl/worksheets/sheet4.xml"
METADATA = "xl/worksheets/sheet5.xml"
WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
TYPES = "[Content_Types].xml"
SEED = 16


@dataclass(frozen=True)
class Hostile:
    name: str  # the file name, ``<kind>-<variant>.xlsx``
    data: bytes
    reason: str  # a piece of the sentence verify must give


def genuine_export(folder: Path) -> Path:
    """A submitted month (March 2025) of a small demo database."""
    from rehablogg.demo import DemoSpec, write_demo
    from rehablogg.exchange.export import ExportRequest, export
    from rehablogg.storage.database import open_database_file

    folder.mkdir(parents=True, exist_ok=True)
    db = open_database_file(folder / "db.sqlite3")
    try:
        write_demo(
            db,
            DemoSpec(
                entries=1500,
                clients=20,
                seed=5,
                end=date(2025, 4, 30),
                therapist="HOST01",
                municipality="0301",
                unit="Fiendtlig",
            ),
        )
        result = export(
            db.engine,
            ExportRequest(
                start=date(2025, 3, 1),
                end=date(2025, 3, 31),
                out=folder,
                whole_month=True,
                fmt="xlsx",
                submit=True,
                include_notes=True,
            ),
        )
    finally:
        db.close()
    return result.path


# --------------------------------------------------------------------------------------------
# Building blocks: parts in, zip bytes out
# --------------------------------------------------------------------------------------------


def read_parts(path: Path) -> Parts:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def zipped(
    parts: Parts, method: int = zipfile.ZIP_DEFLATED, methods: dict[str, int] | None = None
) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we make
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in parts:
                info = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 12, 0, 0))
                info.compress_type = (methods or {}).get(name, method)
                archive.writestr(info, data)
    return buffer.getvalue()


def replaced(parts: Parts, name: str, change: Callable[[bytes], bytes]) -> Parts:
    assert any(n == name for n, _ in parts), name
    return [(n, change(d) if n == name else d) for n, d in parts]


def added(parts: Parts, name: str, data: bytes, content_type: str | None = None) -> Parts:
    out = [*parts, (name, data)]
    if content_type is not None:
        override = f'<Override PartName="/{name}" ContentType="{content_type}" />'.encode()
        out = replaced(out, TYPES, lambda d: d.replace(b"</Types>", override + b"</Types>"))
    return out


def related(parts: Parts, rels: str, kind: str, target: str, external: bool = False) -> Parts:
    mode = ' TargetMode="External"' if external else ""
    rel = (
        f'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/{kind}" Target="{target}" Id="rIdX9"{mode} />'
    ).encode()
    if not any(n == rels for n, _ in parts):
        empty = (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"></Relationships>'
        )
        parts = [*parts, (rels, empty)]
    return replaced(
        parts, rels, lambda d: d.replace(b"</Relationships>", rel + b"</Relationships>")
    )


def with_rows(xml: bytes, rows: bytes) -> bytes:
    """Rows appended at the end of the sheet's data."""
    return xml.replace(b"</sheetData>", rows + b"</sheetData>")


def cell_sub(ref: str, new: Callable[[re.Match[bytes]], bytes]) -> Callable[[bytes], bytes]:
    pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*>.*?</c>')

    def change(xml: bytes) -> bytes:
        out, count = pattern.subn(new, xml, count=1)
        assert count == 1, ref
        return out

    return change


def patch_member(
    data: bytes,
    name: str,
    *,
    size: int | None = None,
    crc: int | None = None,
    flag: int | None = None,
) -> bytes:
    """Change what the zip's headers (local and central) say about one member."""
    out = bytearray(data)
    encoded = name.encode()
    # Central directory entries: signature PK\1\2, sizes at 20/24, crc at 16, flag at 8.
    for match in re.finditer(rb"PK\x01\x02", bytes(out)):
        start = match.start()
        name_len = struct.unpack_from("<H", out, start + 28)[0]
        if bytes(out[start + 46 : start + 46 + name_len]) != encoded:
            continue
        if size is not None:
            struct.pack_into("<I", out, start + 24, size)
        if crc is not None:
            struct.pack_into("<I", out, start + 16, crc)
        if flag is not None:
            struct.pack_into("<H", out, start + 8, flag)
        offset = struct.unpack_from("<I", out, start + 42)[0]
        if size is not None:
            struct.pack_into("<I", out, offset + 22, size)
        if crc is not None:
            struct.pack_into("<I", out, offset + 14, crc)
        if flag is not None:
            struct.pack_into("<H", out, offset + 6, flag)
        return bytes(out)
    raise AssertionError(f"no member {name}")


def _ole(streams: list[str]) -> bytes:
    """A minimal OLE compound file header and a directory sector naming ``streams``."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHH", header, 0x18, 0x3E, 3, 0xFFFE)
    struct.pack_into("<H", header, 0x1E, 9)  # 512-byte sectors
    struct.pack_into("<I", header, 0x30, 0)  # directory in sector 0
    directory = bytearray(512)
    for index, stream in enumerate(["Root Entry", *streams][:4]):
        encoded = stream.encode("utf-16-le") + b"\x00\x00"
        directory[index * 128 : index * 128 + len(encoded)] = encoded
        struct.pack_into("<H", directory, index * 128 + 64, len(encoded))
    return bytes(header + directory + random.Random(SEED).randbytes(4096))


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------

_CELL = b'<c r="%s" t="n"><v>1</v></c>'


def _far_cells(parts: Parts) -> list[Hostile]:
    out = []
    for sheet, part in (
        ("Registreringer", ENTRIES),
        ("Metadata", METADATA),
        ("Oversikt", OVERSIKT),
        ("Deltakere", PARTICIPANTS),
    ):
        rows = b'<row r="1048576">' + _CELL % b"XFD1048576" + b"</row>"
        out.append(
            Hostile(
                f"far-XFD1048576-{sheet}.xlsx",
                zipped(replaced(parts, part, lambda x, r=rows: with_rows(x, r))),
                "går til rad 1048576",
            )
        )
    for ref, reason in (
        (b"XFD2", "i kolonne XFD"),
        (b"AAA3", "i kolonne AAA"),
        (b"DA4", "i kolonne DA"),
        (b"A1048576", "går til rad 1048576"),
        (b"B200001", "går til rad 200001"),
    ):
        row = re.search(rb"[0-9]+", ref)
        assert row is not None
        rows = b'<row r="' + row.group() + b'">' + _CELL % ref + b"</row>"
        out.append(
            Hostile(
                f"far-{ref.decode()}.xlsx",
                zipped(replaced(parts, ENTRIES, lambda x, r=rows: with_rows(x, r))),
                reason,
            )
        )
    # A row element alone far away, no cell in it.
    out.append(
        Hostile(
            "far-empty-row.xlsx",
            zipped(replaced(parts, ENTRIES, lambda x: with_rows(x, b'<row r="900000"/>'))),
            "går til rad 900000",
        )
    )
    # Within the row and column limits, but nearly all of it empty: calamine's rectangle.
    for ref in (b"CZ150000", b"BA199999"):
        rows = b'<row r="' + ref[2:] + b'">' + _CELL % ref + b"</row>"
        out.append(
            Hostile(
                f"sparse-{ref.decode()}.xlsx",
                zipped(replaced(parts, ENTRIES, lambda x, r=rows: with_rows(x, r))),
                "men har bare",
            )
        )
    return out


def _many_rows(parts: Parts) -> list[Hostile]:
    out = []
    entries = dict(parts)[ENTRIES]
    last = max(int(n) for n in re.findall(rb'<row r="([0-9]+)"', entries))
    # More rows than a 31-day period may have (9 300): the guard lets them through (a year may
    # hold them), verify refuses before reading them.
    extra = b"".join(
        b'<row r="%d">' % n + b'<c r="A%d" t="n"><v>%d</v></c></row>' % (n, n)
        for n in range(last + 1, 9_600)
    )
    out.append(
        Hostile(
            "rows-9600-in-a-month.xlsx",
            zipped(replaced(parts, ENTRIES, lambda x: with_rows(x, extra))),
            "en periode på 31 dager kan ha",
        )
    )
    # The 300 000-row month: refused while the guard streams it, at row 200 001.
    extra = b"".join(
        b'<row r="%d">' % n + b'<c r="A%d" t="n"><v>%d</v></c></row>' % (n, n)
        for n in range(last + 1, 300_002)
    )
    out.append(
        Hostile(
            "rows-300000-month.xlsx",
            zipped(replaced(parts, ENTRIES, lambda x: with_rows(x, extra))),
            "mer enn grensen på 200000 rader",
        )
    )
    last = max(int(n) for n in re.findall(rb'<row r="([0-9]+)"', dict(parts)[PARTICIPANTS]))
    deltakere = b"".join(
        b'<row r="%d">' % n + b'<c r="B%d" t="n"><v>1</v></c></row>' % n
        for n in range(last + 1, 9_700)
    )
    out.append(
        Hostile(
            "rows-9700-participants.xlsx",
            zipped(replaced(parts, PARTICIPANTS, lambda x: with_rows(x, deltakere))),
            "Deltakere har",
        )
    )
    return out


def _shared_strings(parts: Parts) -> list[Hostile]:
    rng = random.Random(SEED)
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"

    def with_table(body: bytes, count: int) -> Parts:
        xml = b"<sst " + ns + b' count="%d" uniqueCount="%d">' % (count, count) + body + b"</sst>"
        return related(
            added(parts, "xl/sharedStrings.xml", xml, kind),
            WORKBOOK_RELS,
            "sharedStrings",
            "sharedStrings.xml",
        )

    out = []
    for count in (20_000, 60_000):  # random text: packs poorly, so no zip-bomb ratio
        body = b"".join(
            b"<si><t>%s</t></si>" % rng.randbytes(12).hex().encode() for _ in range(count)
        )
        out.append(
            Hostile(
                f"sst-{count}-strings.xlsx",
                zipped(with_table(body, count)),
                "flere enn arbeidsboken har celler",
            )
        )
    body = b"<si><t>a</t></si>" * 2_000_000  # 34 MB that packs into a few hundred kB
    out.append(
        Hostile(
            "sst-2M-tiny.xlsx",
            zipped(with_table(body, 2_000_000)),
            "flere enn arbeidsboken har celler",
        )
    )
    body = b"<si><t>" + b"A" * (40 * 1024 * 1024) + b"</t></si>"
    out.append(Hostile("sst-one-40MB-string.xlsx", zipped(with_table(body, 1)), "zip-bombe"))
    body = b"<x:si xmlns:x='urn:x'><x:t>a</x:t></x:si>" * 10
    out.append(
        Hostile(
            "sst-prefixed.xlsx",
            zipped(with_table(body, 10)),
            "ikke skrevet slik regneark skriver den",
        )
    )
    return out


def _zip_bombs(parts: Parts) -> list[Hostile]:
    out = []
    app = b"<Properties>" + b" " * (60 * 1024 * 1024) + b"</Properties>"
    out.append(
        Hostile(
            "zip-bomb-docprops-60MB.xlsx",
            zipped(replaced(parts, "docProps/app.xml", lambda _: app)),
            "mer enn 16 MB",
        )
    )
    spaces = b" " * (30 * 1024 * 1024)  # packs 1000:1
    out.append(
        Hostile(
            "zip-bomb-sheet-ratio.xlsx",
            zipped(
                replaced(
                    parts, ENTRIES, lambda x: x.replace(b"<sheetData>", b"<sheetData>" + spaces)
                )
            ),
            "zip-bombe",
        )
    )
    # Sizes that lie. Declared smaller, with the CRC of what the declared size covers: zipfile
    # would hand out just that much, a reader that does not stop at it gets the rest.
    data = zipped(parts)
    entries = dict(parts)[ENTRIES]
    for size in (1000, len(entries) // 2):
        lied = patch_member(data, ENTRIES, size=size, crc=zlib.crc32(entries[:size]))
        out.append(
            Hostile(
                f"zip-size-lie-smaller-{size}.xlsx", lied, "en annen størrelse enn arkivet oppgir"
            )
        )
    out.append(
        Hostile(
            "zip-size-lie-larger.xlsx",
            patch_member(data, ENTRIES, size=len(entries) * 3),
            "en annen størrelse enn arkivet oppgir",
        )
    )
    out.append(
        Hostile(
            "zip-size-declared-huge.xlsx",
            patch_member(data, ENTRIES, size=3_000_000_000),
            "mer enn 256 MB",
        )
    )
    rng = random.Random(SEED)
    overrides = b"".join(
        b'<Override PartName="/xl/%s.xml" ContentType="application/xml" />'
        % rng.randbytes(16).hex().encode()
        for _ in range(20_000)
    )
    out.append(
        Hostile(
            "zip-content-types-2MB.xlsx",
            zipped(
                replaced(parts, TYPES, lambda x: x.replace(b"</Types>", overrides + b"</Types>"))
            ),
            "mer enn 1 MB",
        )
    )
    extra = [(f"xl/media/image{i}.png", b"\x89PNG" + bytes(60)) for i in range(70)]
    out.append(
        Hostile(
            "zip-members-many.xlsx",
            zipped(parts + extra),
            f"{len(parts) + len(extra)} deler, flere enn de 64",
        )
    )
    for method, label in ((zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "lzma")):
        out.append(
            Hostile(
                f"zip-compression-{label}.xlsx",
                zipped(parts, methods={ENTRIES: method}),
                "en metode regneark ikke bruker",
            )
        )
    big = [*parts, ("xl/media/image1.png", random.Random(SEED).randbytes(51 * 1024 * 1024))]
    out.append(
        Hostile("zip-file-51MB.xlsx", zipped(big, zipfile.ZIP_STORED), "mer enn grensen på 50 MB")
    )
    return out


def _dtds(parts: Parts) -> list[Hostile]:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b"]>"
    )
    external = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
    parameter = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1/x">%p;]>'
    plain = b'<?xml version="1.0"?><!DOCTYPE worksheet>'
    out = []
    for label, prolog in (
        ("laughs", laughs),
        ("external", external),
        ("parameter", parameter),
        ("plain", plain),
    ):
        for part in (WORKBOOK, ENTRIES, TYPES, WORKBOOK_RELS, "docProps/core.xml"):
            if label in ("parameter", "plain") and part not in (WORKBOOK, ENTRIES):
                continue

            def change(xml: bytes, prolog: bytes = prolog) -> bytes:
                body = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", xml)
                return prolog + body

            short = part.rsplit("/", 1)[-1].replace("[", "").replace("]", "")
            out.append(
                Hostile(
                    f"dtd-{label}-{short}.xlsx",
                    zipped(replaced(parts, part, change)),
                    "en DTD eller en entitetsdefinisjon",
                )
            )
    return out


def _encodings(parts: Parts) -> list[Hostile]:
    def utf16(xml: bytes, bom: bool) -> bytes:
        text = '<?xml version="1.0" encoding="UTF-16"?>' + xml.decode("utf-8")
        return (b"\xff\xfe" if bom else b"") + text.encode("utf-16-le")

    out = [
        Hostile(
            "encoding-utf16-bom.xlsx",
            zipped(replaced(parts, ENTRIES, lambda x: utf16(x, True))),
            "ikke XML i UTF-8",
        ),
        Hostile(
            "encoding-utf16-no-bom.xlsx",
            zipped(replaced(parts, ENTRIES, lambda x: utf16(x, False))),
            "ikke XML i UTF-8",
        ),
        Hostile(
            "encoding-latin1-declared.xlsx",
            zipped(
                replaced(
                    parts, METADATA, lambda x: b'<?xml version="1.0" encoding="ISO-8859-1"?>' + x
                )
            ),
            "ikke XML i UTF-8",
        ),
        Hostile(
            "encoding-utf16-workbook.xlsx",
            zipped(replaced(parts, WORKBOOK, lambda x: utf16(x, True))),
            "ikke XML i UTF-8",
        ),
    ]
    return out


def _formulas(parts: Parts) -> list[Hostile]:
    """Formulas whose cached value is the genuine one: without the rule the file verifies,
    though a spreadsheet would show what the formula computes."""

    def formula(text: bytes) -> Callable[[re.Match[bytes]], bytes]:
        return lambda m: m.group().replace(b"<v>", b"<f>" + text + b"</f><v>", 1)

    out = []
    for label, part, ref, new in (
        ("minutes", ENTRIES, "H2", formula(b"H3*2")),
        (
            "shared",
            ENTRIES,
            "J2",
            lambda m: m.group().replace(b"<v>", b'<f t="shared" ref="J2:J9" si="0">0*1</f><v>', 1),
        ),
        ("array", PARTICIPANTS, "F2", formula(b"0")),
        ("oversikt", OVERSIKT, "B5", formula(b"SUM(1,2)")),
        ("empty-f", CODES, "G2", lambda m: m.group().replace(b"<v>", b"<f/><v>", 1)),
        (
            "metadata",
            METADATA,
            "B3",
            lambda _m: b'<c r="B3" t="str"><f>"1."&amp;"0"</f><v>1.0</v></c>',
        ),
        (
            "hyperlink",
            METADATA,
            "B9",
            lambda _m: b'<c r="B9" t="str"><f>HYPERLINK("http://127.0.0.1","x")</f><v>x</v></c>',
        ),
    ):
        out.append(
            Hostile(
                f"formula-{label}.xlsx",
                zipped(replaced(parts, part, cell_sub(ref, new))),
                "inneholder formler",
            )
        )
    return out


def _error_cells(parts: Parts) -> list[Hostile]:
    """Error values (#DIV/0!, #N/A): calamine reads them as empty cells, openpyxl as text."""
    out = []
    for label, part, ref, quote in (
        ("minutes", ENTRIES, "H2", b'"'),
        ("single-quoted", PARTICIPANTS, "F2", b"'"),
    ):

        def change(m: re.Match[bytes], quote: bytes = quote) -> bytes:
            cell = re.sub(rb' t="[a-zA-Z]+"', b"", m.group())
            cell = cell.replace(b"<c ", b"<c t=" + quote + b"e" + quote + b" ", 1)
            return re.sub(rb"<v>[^<]*</v>", b"<v>#DIV/0!</v>", cell)

        out.append(
            Hostile(
                f"errorcell-{label}.xlsx",
                zipped(replaced(parts, part, cell_sub(ref, change))),
                "celler med feilverdier",
            )
        )
    return out


def _macros(parts: Parts) -> list[Hostile]:
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000)
    with_vba = related(
        added(parts, "xl/vbaProject.bin", vba, "application/vnd.ms-office.vbaProject"),
        WORKBOOK_RELS,
        "../../microsoft.com/office/2006/relationships/vbaProject",
        "vbaProject.bin",
    )
    enabled = replaced(
        parts,
        TYPES,
        lambda x: x.replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        ),
    )
    macrosheet = added(
        parts,
        "xl/macrosheets/sheet1.xml",
        b'<xm:macrosheet xmlns:xm="urn:x"/>',
        "application/vnd.ms-excel.macrosheet+xml",
    )
    hidden = added(parts, "xl/vbaProject.bin", vba)  # no content type of its own
    return [
        Hostile(f"macro-{label}.xlsx", zipped(p), "makroer")
        for label, p in (
            ("vba", with_vba),
            ("macro-enabled", enabled),
            ("macrosheet", macrosheet),
            ("vba-untyped", hidden),
        )
    ]


def _external(parts: Parts) -> list[Hostile]:
    link = added(
        parts,
        "xl/externalLinks/externalLink1.xml",
        b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
    )
    link = related(link, WORKBOOK_RELS, "externalLink", "externalLinks/externalLink1.xml")
    hyperlink = related(
        parts,
        "xl/worksheets/_rels/sheet2.xml.rels",
        "hyperlink",
        "http://127.0.0.1/",
        external=True,
    )
    ole = related(
        parts,
        "xl/worksheets/_rels/sheet3.xml.rels",
        "oleObject",
        "file:///C:/x.xlsx",
        external=True,
    )
    template = related(parts, WORKBOOK_RELS, "attachedTemplate", "../template.xltm")
    return [
        Hostile(f"external-{label}.xlsx", zipped(p), "kobling til noe utenfor filen")
        for label, p in (
            ("link", link),
            ("hyperlink", hyperlink),
            ("ole", ole),
            ("template", template),
        )
    ]


def _unknown(parts: Parts) -> list[Hostile]:
    out = [
        Hostile(
            "unknown-plain-xml.xlsx",
            zipped(added(parts, "xl/evil.xml", b"<evil/>")),
            "verken rehablogg eller et regneark",
        ),
        Hostile(
            "unknown-exe.xlsx",
            zipped(added(parts, "payload.exe", b"MZ" + bytes(100))),
            "verken rehablogg eller et regneark",
        ),
        Hostile(
            "unknown-activex.xlsx",
            zipped(
                added(
                    parts,
                    "xl/activeX/activeX1.xml",
                    b"<ax/>",
                    "application/vnd.ms-office.activeX+xml",
                )
            ),
            "verken rehablogg eller et regneark",
        ),
        Hostile(
            "unknown-ole-embedding.xlsx",
            zipped(
                added(
                    parts,
                    "xl/embeddings/oleObject1.bin",
                    bytes(64),
                    "application/vnd.openxmlformats-officedocument.oleObject",
                )
            ),
            "verken rehablogg eller et regneark",
        ),
        Hostile(
            "unknown-chartsheet.xlsx",
            zipped(
                added(
                    parts,
                    "xl/chartsheets/sheet1.xml",
                    b"<chartsheet/>",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
                )
            ),
            "verken rehablogg eller et regneark",
        ),
        Hostile(
            "unknown-no-content-types.xlsx",
            zipped([p for p in parts if p[0] != TYPES]),
            "mangler innholdslisten",
        ),
    ]
    return out


def _names(parts: Parts) -> list[Hostile]:
    out = []
    for label, name in (
        ("dotdot", "../evil.xml"),
        ("dotdot-inner", "xl/../../evil.xml"),
        ("absolute", "/etc/evil.xml"),
        ("backslash", "xl\\evil.xml"),
        ("drive", "C:/evil.xml"),
        ("control", "xl/\x07.xml"),
        ("folder", "xl/media/"),
        ("double-slash", "xl//evil.xml"),
    ):
        data = zipped([*parts, (name, b"<x/>")])
        out.append(Hostile(f"name-{label}.xlsx", data, "peker ut av arkivet eller er ugyldig"))
    for label, name in (("same", WORKBOOK), ("case", "XL/Workbook.xml"), ("types", TYPES)):
        data = zipped([*parts, (name, dict(parts)[WORKBOOK])])
        out.append(Hostile(f"duplicate-{label}.xlsx", data, "to ganger"))
    return out


def _encrypted(parts: Parts) -> list[Hostile]:
    data = zipped(parts)
    return [
        Hostile(
            "encrypted-flag-sheet.xlsx", patch_member(data, ENTRIES, flag=0x1), "passordbeskyttet"
        ),
        Hostile(
            "encrypted-flag-types.xlsx", patch_member(data, TYPES, flag=0x1), "passordbeskyttet"
        ),
        Hostile(
            "encrypted-ole-package.xlsx",
            _ole(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]),
            "passordbeskyttet",
        ),
    ]


def _odd_cells(parts: Parts) -> list[Hostile]:
    def strip_refs(xml: bytes) -> bytes:
        return re.sub(rb'<c r="[A-Z]+[0-9]+"', b"<c", xml)

    def strip_rows(xml: bytes) -> bytes:
        return re.sub(rb'<row r="[0-9]+"', b"<row", xml)

    ns = b' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    changes: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
        "no-refs": (ENTRIES, strip_refs),
        "no-row-refs": (PARTICIPANTS, strip_rows),
        "prefixed-cell": (
            ENTRIES,
            lambda x: with_rows(
                x, b'<row r="300"><x:c' + ns + b' r="A300"><x:v>1</x:v></x:c></row>'
            ),
        ),
        "lowercase-ref": (
            ENTRIES,
            lambda x: with_rows(x, b'<row r="301"><c r="xfd301" t="n"><v>1</v></c></row>'),
        ),
        "leading-zero": (
            METADATA,
            lambda x: with_rows(x, b'<row r="30"><c r="A030" t="n"><v>1</v></c></row>'),
        ),
        "tab-before-ref": (
            CODES,
            lambda x: with_rows(x, b'<row r="40"><c\tr="A40" t="n"><v>1</v></c></row>'),
        ),
        "ref-second": (
            ENTRIES,
            lambda x: with_rows(x, b'<row r="302"><c t="n" r="A302"><v>1</v></c></row>'),
        ),
    }
    return [
        Hostile(
            f"odd-{label}.xlsx",
            zipped(replaced(parts, part, change)),
            "uten adresse eller i en uvanlig form",
        )
        for label, (part, change) in changes.items()
    ]


def _beyond_header(parts: Parts) -> list[Hostile]:
    out = []
    for label, part, ref in (
        ("entries", ENTRIES, "AK2"),
        ("participants", PARTICIPANTS, "L2"),  # 1.1's Deltakere has 11 columns
        ("metadata", METADATA, "C5"),
        ("codes", CODES, "K3"),
    ):
        row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        cell = f'<c r="{ref}" t="n"><v>7</v></c>'.encode()
        pattern = re.compile(rb'(<row r="' + row.encode() + rb'"[^>]*>.*?)</row>')

        def change(xml: bytes, pattern: re.Pattern[bytes] = pattern, cell: bytes = cell) -> bytes:
            return pattern.sub(lambda m: m.group(1) + cell + b"</row>", xml, count=1)

        out.append(
            Hostile(
                f"columns-beyond-header-{label}.xlsx",
                zipped(replaced(parts, part, change)),
                "til høyre for kolonnene arket har overskrifter for",
            )
        )
    newer = replaced(parts, METADATA, lambda x: x.replace(b"<t>1.1</t>", b"<t>1.2</t>", 1))
    header = b"".join(
        b'<c r="%s1" t="inlineStr"><is><t>ny%d</t></is></c>' % (_letters(10 + i).encode(), i)
        for i in range(45)
    )
    wide = replaced(
        newer,
        CODES,
        lambda x: re.sub(
            rb"(<row r=\"1\"[^>]*>.*?)</row>", lambda m: m.group(1) + header + b"</row>", x, count=1
        ),
    )
    out.append(
        Hostile("columns-header-too-wide-1.2.xlsx", zipped(wide), "flere enn de 49 format 1.x")
    )
    return out


def _letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


KINDS: tuple[Callable[[Parts], list[Hostile]], ...] = (
    _far_cells,
    _many_rows,
    _shared_strings,
    _zip_bombs,
    _dtds,
    _encodings,
    _formulas,
    _error_cells,
    _macros,
    _external,
    _unknown,
    _names,
    _encrypted,
    _odd_cells,
    _beyond_header,
)


def build_corpus(genuine: Path) -> list[Hostile]:
    parts = read_parts(genuine)
    return [hostile for kind in KINDS for hostile in kind(parts)]


def write_corpus(genuine: Path, folder: Path) -> list[tuple[Path, str]]:
    """Write every crafted file to ``folder``; (path, expected piece of the sentence)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for hostile in build_corpus(genuine):
        path = folder / hostile.name
        path.write_bytes(hostile.data)
        out.append((path, hostile.reason))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("bruk: python -m tests.robustness.hostile_xlsx MAPPE", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        genuine = genuine_export(Path(tmp))
        for path, reason in write_corpus(genuine, Path(argv[0])):
            print(f"{path.name}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
