"""docs/export-format.md's column tables are written from the format's declaration
(``rehablogg/exchange/columns.py``) by ``docs/build_format_tables.py``; they must be current."""

from __future__ import annotations

import importlib.util
from datetime import date, datetime
from types import ModuleType

import pytest

from rehablogg.exchange.columns import ENTRY_TABLE, METADATA_TABLE
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


def test_a_missing_marker_is_refused() -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8").replace("<!-- table: codes -->\n", "")
    with pytest.raises(SystemExit, match="codes"):
        _builder().rebuilt(text)


def test_every_declared_column_has_exactly_one_value_in_the_writers() -> None:
    from rehablogg.exchange.columns import (
        CODE_COLUMNS,
        ENTRY_ADDED,
        ENTRY_BASE_COLUMNS,
        METADATA_FIELDS,
        PARTICIPANT_COLUMNS,
    )
    from rehablogg.exchange.metadata import METADATA_VALUES
    from rehablogg.exchange.rows import ENTRY_VALUES, PARTICIPANT_VALUES
    from rehablogg.exchange.writer_xlsx import CODE_VALUES

    assert list(ENTRY_VALUES) == [*ENTRY_BASE_COLUMNS, *(c.name for c in ENTRY_ADDED)]
    assert list(PARTICIPANT_VALUES) == list(PARTICIPANT_COLUMNS)
    assert list(CODE_VALUES) == list(CODE_COLUMNS)
    # eksport_id and sjekksum are computed from the rows written, not from the metadata.
    assert list(METADATA_VALUES) == [
        f for f in METADATA_FIELDS if f not in ("eksport_id", "sjekksum")
    ]


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
