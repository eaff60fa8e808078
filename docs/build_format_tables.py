"""Write the column tables of docs/export-format.md from the format's declaration
(``rehablogg/exchange/columns.py``), so the document and the code cannot disagree.

    python docs/build_format_tables.py          # rewrite the tables in place
    python docs/build_format_tables.py --check  # exit 1 when the document is out of date

Each table (or generated block: the title, the worked example's canonical text, checksum and
export id, the version in "Versions" and the changelog of minor versions) sits between
``<!-- table: NAME -->`` and ``<!-- end of table -->``; everything else in the document is
written by hand. ``tests/exchange/test_format_tables.py`` fails when one is stale, and
``tests/exchange/test_canonical.py`` rebuilds the worked example's file from a database and
checks it against what is printed. A new column in the declaration therefore needs no hand edit
here: running this script rewrites every place the format's version or columns show.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from datetime import date  # noqa: E402 - after the path is set

from rehablogg.core.catalogue import shipped_catalogue  # noqa: E402
from rehablogg.core.municipalities import municipalities  # noqa: E402
from rehablogg.exchange.canonical import CanonicalHash, canonical_line, export_id  # noqa: E402
from rehablogg.exchange.columns import (  # noqa: E402
    ADDED_TABLES,
    CODE_TABLE,
    ENTRY_ADDED,
    ENTRY_TABLE,
    FORMAT_MINOR,
    FORMAT_VERSION,
    METADATA_TABLE,
    NOTE,
    PARTICIPANT_TABLE,
    PARTY,
    SHEET_CODES,
    SHEET_ENTRIES,
    SHEET_METADATA,
    SHEET_PARTICIPANTS,
    SHEET_TABLE,
    Column,
)
from rehablogg.exchange.metadata import ExportMetadata  # noqa: E402
from rehablogg.exchange.rows import PathwayData, RowBuilder, content_checksum  # noqa: E402
from rehablogg.storage.export_rows import (  # noqa: E402
    ExportClient,
    ExportEntry,
    ExportEpisode,
    ExportNeeds,
    ExportPause,
)

DOCUMENT = ROOT / "docs" / "export-format.md"
_TABLE = re.compile(
    r"(<!-- table: (?P<name>[a-z]+) -->\n)(?P<body>.*?)(<!-- end of table -->)", re.DOTALL
)


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


# The marker of each sheet after Metadata's column table.
_MARKERS = {
    "Forløp": "episodes",
    "Opphold": "pauses",
    "Behov": "needs",
    "Forankring": "anchors",
    "Endringer": "changes",
}


# A column of a sheet added as a whole needs no "(since 1.x)": the sheet says it.
_SHEET_OF_ITS_OWN = frozenset(id(c) for columns in ADDED_TABLES.values() for c in columns)


def _column_row(column: Column) -> tuple[str, str, str]:
    name = "`part_<key>` …" if column is PARTY else f"`{column.name}`"
    kind = column.kind.word + (" or empty" if column.optional else "")
    meaning = f"*derived*: {column.meaning}" if column.derived else column.meaning
    if column.since and id(column) not in _SHEET_OF_ITS_OWN:
        meaning += f" (since 1.{column.since})"
    return name, kind, meaning


def _columns(columns: Iterable[Column]) -> str:
    return _table(("column", "type", "meaning"), (_column_row(c) for c in columns))


class _Lines(CanonicalHash):
    """A checksum that keeps the canonical lines it is fed, to print them."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def add(self, sheet: str, values: Sequence[object]) -> None:
        super().add(sheet, values)
        self.lines.append(canonical_line(sheet, values).decode("utf-8"))


def _example_entries() -> list[ExportEntry]:
    """The worked example's two entries (the text above the block says who and what; the test
    suite makes the same month through the database, tests/exchange/helpers.worked_example)."""
    client = ExportClient("K-7Q2M9X", 2017, "habilitering", 1, 0, 0, 0)
    stored = {"catalogue_id": "rehablogg-standard", "catalogue_version": 1}
    times = {"created_at": "", "updated_at": ""}
    return [
        ExportEntry(
            id="3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
            date="2025-03-04",
            start_time="08:30",
            minutes=45,
            code="D02",
            contact_mode="oppmote",
            arena="skole",
            travel_minutes=15,
            parties=("foreldre", "skole_sfo"),
            clients=(client,),
            **stored,
            **times,
        ),
        ExportEntry(
            id="a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
            date="2025-03-06",
            minutes=20,
            code="I10",
            contact_mode="telefon",
            parties=("ppt",),
            clients=(client,),
            **stored,
            **times,
        ),
    ]


def _example_pathway() -> PathwayData:
    """The worked example's episode (referred by the health clinic in February, started with
    the first entry, a week's pause at the hospital) and needs assessment (the tests make the
    same through the database, tests/exchange/helpers.worked_example)."""
    episode = ExportEpisode(
        id="5e1f0c2a9b8d4e7f8a6b3c2d1e0f9a8b",
        pseudonym="K-7Q2M9X",
        referral_date="2025-02-10",
        referral_source="helsestasjon",
        start_date="2025-03-04",
        end_date=None,
        end_reason=None,
        first_direct="2025-03-04",
        home_municipality="",
        arrangement="egen",
        pauses=(ExportPause("2025-03-17", "2025-03-23", "spesialisthelsetjeneste"),),
    )
    needs = ExportNeeds("K-7Q2M9X", 2017, "", "2025-02-20", "mye", "ingen", "noe", "ingen", "ingen")
    return PathwayData(episodes=(episode,), needs=(needs,))


def worked_example() -> str:
    """The worked example's canonical text, checksum and export id, computed by the code that
    writes the files."""
    # A 1.0 file of catalogue version 1 (its entries were made with it), as the example was
    # written before version 2 became the default: the printed checksum and id stay true.
    catalogue = shipped_catalogue(1)
    assert catalogue is not None
    entries = _example_entries()
    meta = ExportMetadata(
        app_version="",  # neither is hashed
        created="",
        start=date(2025, 3, 1),
        end=date(2025, 3, 31),
        submission=True,
        therapist="FYS01",
        profession="fysioterapeut",
        municipality="4601",
        municipality_name=municipalities()["4601"].name,
        unit="Habilitering barn",
        position_percent=80,
        pilot="pilot-vest",
        catalogue_id=catalogue.id,
        catalogue_version=catalogue.version,
        entry_count=len(entries),
        replaces="",
        kostra_function="241",
    )
    lines, sheets = _Lines(), _Lines()
    builder = RowBuilder(catalogue, False, municipality=meta.municipality)
    checksum = content_checksum(meta, entries, builder, lines, _example_pathway(), sheets)
    ident = export_id(meta.therapist, meta.start.isoformat(), meta.end.isoformat(), checksum)

    def block(found: _Lines) -> str:
        return "```\n" + "".join(line.replace("\t", "→") for line in found.lines) + "```"

    return (
        f"The sheets after Metadata give `ark_sjekksum`'s canonical text, these "
        f"{len(sheets.lines)} lines (`→` stands for a TAB; every line ends with LF):\n\n"
        f"{block(sheets)}\n\nIts SHA-256, the file's `ark_sjekksum`, is\n\n"
        f"    {sheets.hexdigest()}\n\n"
        f"The canonical text of `sjekksum` is these {len(lines.lines)} lines, `ark_sjekksum` "
        f"among the Metadata fields:\n\n{block(lines)}\n\nIts SHA-256, the file's `sjekksum`, "
        f"is\n\n    {checksum}\n\nand `eksport_id` = first 16 hex digits of SHA-256"
        f"(`{meta.therapist}|{meta.start}|{meta.end}|` + sjekksum) =\n`{ident}`.\n"
    )


def _changelog() -> str:
    """One line per minor version: what it added (the 1.0 line above the block is by hand)."""
    sheets = (
        (SHEET_ENTRIES, ENTRY_ADDED),
        (SHEET_PARTICIPANTS, PARTICIPANT_TABLE),
        (SHEET_CODES, CODE_TABLE),
    )
    lines = []
    for minor in range(1, FORMAT_MINOR + 1):
        added = [f"the sheet {s.name}" for s in SHEET_TABLE if s.since == minor]
        added += [f"`{c.name}` to {sheet}" for sheet, cs in sheets for c in cs if c.since == minor]
        added += [f"`{f.name}` to {SHEET_METADATA}" for f in METADATA_TABLE if f.since == minor]
        lines.append(f"- **1.{minor}**: adds {', '.join(added) or 'nothing declared'}.\n")
    return "".join(lines)


def tables() -> dict[str, str]:
    """Every generated table and block by its marker's name."""
    return {
        "title": f"# rehablogg export format {FORMAT_VERSION}\n",
        "example": worked_example(),
        "version": f"- `format_versjon` is `MAJOR.MINOR`. This document is {FORMAT_VERSION}.\n",
        "changelog": _changelog(),
        "sheets": _table(
            ("#", "sheet", "holds", "read back?"),
            (
                (str(number), f"`{sheet.name}`", sheet.holds, sheet.read_back)
                for number, sheet in enumerate(SHEET_TABLE, start=1)
            ),
        ),
        "entries": _columns((*ENTRY_TABLE, PARTY, NOTE, *ENTRY_ADDED)),
        "participants": _columns(PARTICIPANT_TABLE),
        "codes": _columns(CODE_TABLE),
        **{_MARKERS[sheet]: _columns(columns) for sheet, columns in ADDED_TABLES.items()},
        "metadata": _table(
            ("felt", "verdi", "hashed"),
            (
                (
                    f"`{f.name}`",
                    f.meaning + (f" (since 1.{f.since})" if f.since else ""),
                    "yes"
                    if f.hashed
                    else f"no ({f.unhashed_because})"
                    if f.unhashed_because
                    else "no",
                )
                for f in METADATA_TABLE
            ),
        ),
    }


def rebuilt(text: str) -> str:
    """``text`` with every marked table written from the declaration."""
    fresh = tables()
    found: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        name = match.group("name")
        found.add(name)
        return match.group(1) + fresh[name] + match.group(4)

    text = _TABLE.sub(replace, text)
    missing = sorted(set(fresh) - found)
    if missing:
        raise SystemExit(f"{DOCUMENT.name} has no marker for the tables {', '.join(missing)}")
    return text


def main(argv: Sequence[str]) -> int:
    text = DOCUMENT.read_text(encoding="utf-8")
    fresh = rebuilt(text)
    if "--check" in argv:
        if fresh != text:
            print(
                f"{DOCUMENT} is out of date: run python docs/build_format_tables.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if fresh != text:
        DOCUMENT.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
