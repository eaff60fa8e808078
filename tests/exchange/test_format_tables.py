"""docs/export-format.md's column tables are written from the format's declaration
(``rehablogg/exchange/columns.py``) by ``docs/build_format_tables.py``; they must be current."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from datetime import date, datetime
from types import ModuleType

import pytest

from rehablogg.exchange.columns import ENTRY_TABLE, FORMAT_MINOR, METADATA_TABLE
from tests.exchange.helpers import FORMAT_DOC, ROOT


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_format_tables", ROOT / "docs" / "build_format_tables.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_documents_tables_are_written_from_the_declaration() -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    assert _builder().rebuilt(text) == text, (
        "docs/export-format.md is out of date: run python docs/build_format_tables.py"
    )


def test_every_declared_column_and_field_is_in_the_document() -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    for name in [c.name for c in ENTRY_TABLE] + [f.name for f in METADATA_TABLE]:
        assert f"| `{name}` |" in text


def test_a_table_edited_by_hand_is_found() -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    edited = text.replace("| `minutter` | integer |", "| `minutter` | decimal |")
    assert edited != text
    assert _builder().rebuilt(edited) == text


_BUMPED = r"""
import sys
from pathlib import Path

import rehablogg.exchange.columns as c

c.ENTRY_ADDED = (*c.ENTRY_ADDED, c.Column(
    "ekstra_minutter", c.Kind.INTEGER, c.Whole(1, 1440, optional=True), 10, "Ekstra minutter",
    "minutes planned", since=c.FORMAT_MINOR + 1))
c.FORMAT_MINOR += 1
c.FORMAT_VERSION = f"{c.FORMAT_MAJOR}.{c.FORMAT_MINOR}"

from rehablogg.exchange import rows
rows.ENTRY_VALUES["ekstra_minutter"] = lambda entry, facts: None

sys.path.insert(0, "docs")
import build_format_tables

text = Path("docs/export-format.md").read_text(encoding="utf-8")
sys.stdout.write(build_format_tables.rebuilt(text))
"""


def test_a_new_column_needs_no_hand_edit_in_the_document() -> None:
    """After a format bump (made for real in a child process) the script rewrites the title,
    the column table, the worked example, the version and the changelog by itself."""
    done = subprocess.run(
        [sys.executable, "-c", _BUMPED], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    bumped, now = done.stdout, FORMAT_DOC.read_text(encoding="utf-8")
    version = f"1.{FORMAT_MINOR + 1}"
    assert f"# rehablogg export format {version}\n" in bumped
    assert f"This document is {version}." in bumped
    assert f"- **{version}**: adds `ekstra_minutter` to Registreringer." in bumped
    assert "| `ekstra_minutter` | integer or empty |" in bumped
    assert f"Metadata→format_versjon→{version}\n" in bumped
    assert re.search(r"\nRegistreringer→registrering_id→[^\n]*→ekstra_minutter\n", bumped)
    # The example's checksum (the last one printed, after ark_sjekksum) and export id changed
    # with it.
    checksum = re.compile(r"\n {4}([0-9a-f]{64})\n")
    old, new = checksum.findall(now), checksum.findall(bumped)
    assert len(old) == len(new) == 2 and old[-1] != new[-1]


def test_a_missing_marker_is_refused() -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8").replace("<!-- table: codes -->\n", "")
    with pytest.raises(SystemExit, match="codes"):
        _builder().rebuilt(text)


def test_every_declared_column_has_exactly_one_value_in_the_writers() -> None:
    from rehablogg.exchange.columns import (
        CODE_COLUMNS,
        ENTRY_ADDED,
        ENTRY_TABLE,
        METADATA_FIELDS,
        PARTICIPANT_COLUMNS,
    )
    from rehablogg.exchange.metadata import METADATA_VALUES
    from rehablogg.exchange.rows import ENTRY_FIELDS, ENTRY_VALUES, PARTICIPANT_VALUES
    from rehablogg.exchange.writer_xlsx import CODE_VALUES

    # A Registreringer column has its line in ENTRY_VALUES or names the entry field it writes
    # as stored, never both and never neither.
    registreringer = (*ENTRY_TABLE, *ENTRY_ADDED)
    for column in registreringer:
        assert (column.name in ENTRY_VALUES) != (column.entry_field in ENTRY_FIELDS), column.name
    assert set(ENTRY_VALUES) <= {c.name for c in registreringer}
    assert list(PARTICIPANT_VALUES) == list(PARTICIPANT_COLUMNS)
    assert list(CODE_VALUES) == list(CODE_COLUMNS)
    # eksport_id, sjekksum and ark_sjekksum are computed from the rows written, not from the
    # metadata.
    assert list(METADATA_VALUES) == [
        f for f in METADATA_FIELDS if f not in ("eksport_id", "sjekksum", "ark_sjekksum")
    ]


def test_a_column_with_neither_a_value_nor_an_entry_field_is_refused() -> None:
    from rehablogg.exchange.columns import Column, Kind, Whole
    from rehablogg.exchange.neutralise import cell_text
    from rehablogg.exchange.rows import EntryFacts, MissingValueError, entry_value
    from tests.exchange.helpers import export_entry

    lost = Column("tapt", Kind.INTEGER, Whole(0), 5, "Tapt", "nothing gives it a value")
    with pytest.raises(MissingValueError, match="'tapt' has no value"):
        entry_value(lost)
    misspelt = Column("planlagt", Kind.INTEGER, Whole(0), 5, "P", "m", entry_field="planed")
    with pytest.raises(MissingValueError, match="'planlagt' has no value"):
        entry_value(misspelt)
    # Named by its field, the cell is the entry's stored value, text neutralised.
    entry = export_entry(id="x", date="2025-03-04", minutes=20, code="A03", note="=1+1")
    facts = EntryFacts(date(2025, 3, 4), 10, ("kode", "direkte"))
    minutes = Column("planlagt", Kind.INTEGER, Whole(0), 5, "P", "m", entry_field="minutes")
    note = Column("n", Kind.TEXT, Whole(0), 5, "N", "m", entry_field="note")
    assert entry_value(minutes)(entry, facts) == 20
    assert entry_value(note)(entry, facts) == cell_text("=1+1") != "=1+1"


@pytest.mark.parametrize(
    ("column", "cell", "value"),
    [
        ("minutter", 45, 45),
        ("minutter", 45.0, 45),  # some programs hand back a whole number as a decimal
        ("minutter", True, None),  # TRUE is not an integer
        ("minutter", "45", None),
        ("timer", 0.75, 0.75),
        ("timer", 1, 1.0),
        ("dato", datetime(2025, 3, 4), date(2025, 3, 4)),
        ("dato", datetime(2025, 3, 4, 8, 30), None),  # a time of day is not a date
        ("starttid", "08:30", "08:30"),
        ("starttid", "", None),
        ("starttid", 830, None),
    ],
)
def test_a_column_reads_a_cell_as_its_type(column: str, cell: object, value: object) -> None:
    declared = {c.name: c for c in ENTRY_TABLE}[column]
    assert declared.read(cell) == value
    assert type(declared.read(cell)) is type(value)
