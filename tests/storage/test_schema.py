"""The table classes (storage/schema.py) are the one description of the newest schema.

A new database built by the explicit migrations must match them exactly: columns in order,
declared types, nullability, defaults, primary and foreign keys, checks, unique constraints and
indexes. Each kind of drift between the two is shown to be caught, so the comparison cannot pass
by comparing too little.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint, DefaultClause, Integer, MetaData, Table, Text, text

from rehablogg.storage.database import open_database_file
from rehablogg.storage.engine import read_only
from rehablogg.storage.migrations import LATEST_VERSION, MIGRATIONS
from rehablogg.storage.schema import TABLES
from rehablogg.storage.schema_match import (
    difference,
    first_difference,
    metadata_shape,
    table_classes_shape,
)
from rehablogg.storage.schema_shape import describe, tokens

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "db").glob("schema_v*.sqlite3"))


def _migrated() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    for migration in MIGRATIONS:
        for statement in migration.statements:
            conn.execute(statement)
    return conn


def test_a_database_built_by_the_migrations_matches_the_table_classes_exactly(
    tmp_path: Path,
) -> None:
    db = open_database_file(tmp_path / "ny.sqlite3")
    db.close()
    conn = read_only(tmp_path / "ny.sqlite3")
    try:
        found = describe(conn)
    finally:
        conn.close()
    expected = table_classes_shape()
    assert {s.name: s for s in found} == {s.name: s for s in expected}
    assert difference(found, expected) is None
    # The comparison covers every table the classes declare, not an empty list.
    assert {s.name for s in expected if s.type == "table"} >= set(TABLES.tables)


def _copy() -> MetaData:
    copy = MetaData()
    for table in TABLES.sorted_tables:
        table.to_metadata(copy)
    return copy


def _drop_check(table: Table) -> None:
    table.constraints -= {c for c in table.constraints if isinstance(c, CheckConstraint)}


def _drop_index(table: Table, name: str) -> None:
    table.indexes -= {i for i in table.indexes if i.name == name}


def _set_ondelete(table: Table, column: str, action: str) -> None:
    for key in table.c[column].foreign_keys:
        assert key.constraint is not None
        key.constraint.ondelete = action


def _set_default(table: Table, column: str, sql: str) -> None:
    table.c[column].server_default = DefaultClause(text(sql))


# Each changes one thing the table classes could say differently from the migrations.
DRIFTS: list[tuple[str, str, Callable[[MetaData], None]]] = [
    ("nullable", "entry", lambda m: setattr(m.tables["entry"].c.note, "nullable", True)),
    ("not-null", "entry", lambda m: setattr(m.tables["entry"].c.arena, "nullable", False)),
    ("type", "entry", lambda m: setattr(m.tables["entry"].c.group_size, "type", Text())),
    ("type-of-a-key", "absence", lambda m: setattr(m.tables["absence"].c.date, "type", Integer())),
    (
        "default",
        "profile",
        lambda m: _set_default(m.tables["profile"], "profession", "'ergoterapeut'"),
    ),
    ("check", "entry", lambda m: _drop_check(m.tables["entry"])),
    ("index", "ix_entry_date", lambda m: _drop_index(m.tables["entry"], "ix_entry_date")),
    (
        "foreign-key",
        "entry_client",
        lambda m: _set_ondelete(m.tables["entry_client"], "client_id", "CASCADE"),
    ),
    (
        "autoincrement",
        "client",
        lambda m: m.tables["client"].dialect_options["sqlite"].__setitem__("autoincrement", False),
    ),
    ("primary-key", "settings", lambda m: setattr(m.tables["settings"].c.key, "nullable", False)),
]


@pytest.mark.parametrize(("name", "named", "drift"), DRIFTS, ids=[d[0] for d in DRIFTS])
def test_every_kind_of_drift_between_classes_and_migrations_is_caught(
    name: str, named: str, drift: Callable[[MetaData], None]
) -> None:
    changed = _copy()
    assert difference(describe(_migrated()), metadata_shape(changed)) is None  # the premise
    drift(changed)
    problem = difference(describe(_migrated()), metadata_shape(changed))
    assert problem is not None and f"«{named}»" in problem, (name, problem)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_committed_fixture_migrates_to_the_table_classes(
    fixture: Path, tmp_path: Path
) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    open_database_file(path).close()
    conn = read_only(path)
    try:
        assert difference(describe(conn), table_classes_shape()) is None
        assert first_difference(conn, LATEST_VERSION) is None
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        # Each means something else than the table classes and shows in no pragma.
        (
            "CREATE TABLE settings (key TEXT PRIMARY KEY ON CONFLICT REPLACE, value TEXT NOT NULL)",
            "settings",
        ),
        (
            "CREATE TABLE settings (key TEXT COLLATE NOCASE PRIMARY KEY, value TEXT NOT NULL)",
            "settings",
        ),
        (
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            "settings",
        ),
        (
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL CHECK (value <> ''))",
            "settings",
        ),
    ],
)
def test_what_no_pragma_reports_is_still_compared(statement: str, named: str) -> None:
    conn = _migrated()
    conn.execute("DROP TABLE settings")
    conn.execute(statement)
    problem = difference(describe(conn), table_classes_shape())
    assert problem is not None and f"«{named}»" in problem


def test_sql_is_compared_as_tokens_not_as_text() -> None:
    assert tokens('CREATE  INDEX "Ix" ON entry /* note */ (date)\n-- end') == tokens(
        "create index ix on entry (date)"
    )
    assert tokens("CHECK (kind IN ('ferie'))") != tokens("CHECK (kind IN ('Ferie'))")
