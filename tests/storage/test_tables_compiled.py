"""The compiled tables (storage/tables_compiled.py) are the table classes (storage/schema.py)
without SQLModel: up to date, the same schema, and the reason they exist, a start that imports
neither SQLModel nor pydantic (benchmarks/README.md, "Start-up")."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from typing import Any

import pytest
from pydantic_core import PydanticUndefined
from sqlalchemy import Column, DefaultClause, MetaData, Table, Text, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from rehablogg.storage import compile_tables, schema, tables_compiled
from rehablogg.storage.schema_match import metadata_shape


def test_the_compiled_module_is_up_to_date() -> None:
    committed = compile_tables.TARGET.read_text(encoding="utf-8")
    assert committed == compile_tables.module_source(), (
        "tables_compiled.py is stale; run python -m rehablogg.storage.compile_tables"
    )


def _ddl(metadata: MetaData) -> dict[str, list[str]]:
    """Each table's CREATE TABLE and CREATE INDEX statements as SQLAlchemy writes them."""
    dialect = sqlite.dialect()
    return {
        name: [
            str(CreateTable(table).compile(dialect=dialect)).strip(),
            *sorted(str(CreateIndex(index).compile(dialect=dialect)) for index in table.indexes),
        ]
        for name, table in metadata.tables.items()
    }


def _columns(metadata: MetaData) -> dict[str, list[tuple[Any, ...]]]:
    """What a statement on each column uses besides its DDL: the type it binds and reads
    values by (Flag reads 0/1 as bool) and the default an insert without it takes."""
    return {
        name: [
            (
                c.name,
                type(c.type),
                c.nullable,
                c.primary_key,
                None if c.default is None else getattr(c.default, "arg", c.default),
            )
            for c in table.columns
        ]
        for name, table in metadata.tables.items()
    }


def test_the_compiled_tables_are_the_table_classes() -> None:
    compiled, classes = tables_compiled.TABLES, schema.TABLES
    assert list(compiled.tables) == list(classes.tables)
    assert _ddl(compiled) == _ddl(classes)
    assert _columns(compiled) == _columns(classes)
    assert metadata_shape(compiled) == metadata_shape(classes)
    for name, table in classes.tables.items():
        assert dict(compiled.tables[name].dialect_kwargs) == dict(table.dialect_kwargs), name


def test_a_difference_in_the_compiled_tables_is_caught() -> None:
    """The comparison above is not blind: a changed SQL default is seen by each part."""
    changed = MetaData()
    for table in tables_compiled.TABLES.tables.values():
        table.to_metadata(changed)
    column = changed.tables["entry"].c.note
    column.server_default = DefaultClause(text("'-'"))
    column.server_default._set_parent(column)
    assert _ddl(changed) != _ddl(schema.TABLES)
    assert metadata_shape(changed) != metadata_shape(schema.TABLES)
    changed.tables["client"].c.active.default = None
    assert _columns(changed) != _columns(schema.TABLES)


@pytest.mark.parametrize("name", compile_tables.READ_MODELS)
def test_each_read_row_has_its_table_class_fields(name: str) -> None:
    model = getattr(schema, name)
    row = getattr(tables_compiled, f"{name}Row")
    fields = {f.name: f for f in dataclasses.fields(row)}
    assert list(fields) == list(model.model_fields)
    for field_name, info in model.model_fields.items():
        default = fields[field_name].default
        expected = dataclasses.MISSING if info.default is PydanticUndefined else info.default
        assert default == expected, field_name


def test_what_the_script_cannot_write_stops_it() -> None:
    """A column option the script would leave out is refused, naming the column."""
    table = Table("t", MetaData(), Column("made", Text(), default=lambda: "x"))
    with pytest.raises(compile_tables.NotCompilableError, match=r"t\.made"):
        compile_tables.table_source(table, compile_tables._Imports())


def test_the_storage_a_start_uses_imports_no_sqlmodel() -> None:
    """The GUI's start (its full run: tests/gui/test_start_imports.py) reads through these."""
    code = (
        "import sys; import rehablogg.storage.queries, rehablogg.storage.entries, "
        "rehablogg.storage.profile, rehablogg.storage.clients, rehablogg.storage.timer, "
        "rehablogg.storage.submissions, rehablogg.storage.schema_match, "
        "rehablogg.application.logbook, rehablogg.core.workdays; "
        "print(*(m in sys.modules for m in ('sqlmodel', 'pydantic', "
        "'rehablogg.storage.schema')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False", "False"]
