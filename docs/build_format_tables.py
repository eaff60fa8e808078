"""Write the column tables of docs/export-format.md from the format's declaration
(``rehablogg/exchange/columns.py``), so the document and the code cannot disagree.

    python docs/build_format_tables.py          # rewrite the tables in place
    python docs/build_format_tables.py --check  # exit 1 when the document is out of date

Each table sits between ``<!-- table: NAME -->`` and ``<!-- end of table -->``; everything
else in the document is written by hand. ``tests/exchange/test_format_tables.py`` fails when a
table is stale.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from rehablogg.exchange.columns import (  # noqa: E402 - after the path is set
    CODE_TABLE,
    ENTRY_ADDED,
    ENTRY_TABLE,
    METADATA_TABLE,
    NOTE,
    PARTICIPANT_TABLE,
    PARTY,
    SHEET_TABLE,
    Column,
)

DOCUMENT = ROOT / "docs" / "export-format.md"
_TABLE = re.compile(
    r"(<!-- table: (?P<name>[a-z]+) -->\n)(?P<body>.*?)(<!-- end of table -->)", re.DOTALL
)


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _column_row(column: Column) -> tuple[str, str, str]:
    name = "`part_<key>` …" if column is PARTY else f"`{column.name}`"
    kind = column.kind.word + (" or empty" if column.optional else "")
    meaning = f"*derived*: {column.meaning}" if column.derived else column.meaning
    if column.since:
        meaning += f" (since 1.{column.since})"
    return name, kind, meaning


def _columns(columns: Iterable[Column]) -> str:
    return _table(("column", "type", "meaning"), (_column_row(c) for c in columns))


def tables() -> dict[str, str]:
    """Every generated table by its marker's name."""
    return {
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
