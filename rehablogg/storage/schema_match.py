"""Whether a database's schema is exactly the one rehablogg makes.

A backup is a whole SQLite database, schema included. A trigger in it runs on the next save (one
that deletes every other entry was once accepted by restore), a view or an extra index is
something rehablogg did not write, and a table whose CHECK was dropped takes what the app
refuses. So every row of the file's ``sqlite_master`` (tables, indexes, views, triggers, with
their SQL) must equal what the project's own migrations create for the file's schema version:
that expectation is built by running those migrations into an empty in-memory database, so it
can never drift from them. A file at the newest version must moreover mean exactly what the
table classes (``schema.py``) describe, object by object as SQLite reads it
(``schema_shape.py``): the table classes are the one description of the newest schema, and the
migrations the history that must arrive at it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, TypeVar

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.migrations import LATEST_VERSION, MIGRATIONS
from rehablogg.storage.schema_shape import Shape, describe

if TYPE_CHECKING:
    from sqlalchemy import MetaData

# What each kind of object is called in a sentence: (a new one, the one rehablogg has).
_KINDS = {
    "table": (QT_TRANSLATE_NOOP("storage", "en tabell"), QT_TRANSLATE_NOOP("storage", "tabellen")),
    "index": (QT_TRANSLATE_NOOP("storage", "en indeks"), QT_TRANSLATE_NOOP("storage", "indeksen")),
    "view": (QT_TRANSLATE_NOOP("storage", "en visning"), QT_TRANSLATE_NOOP("storage", "visningen")),
    "trigger": (
        QT_TRANSLATE_NOOP("storage", "en trigger"),
        QT_TRANSLATE_NOOP("storage", "triggeren"),
    ),
}
NAME_LIMIT = 60


@dataclass(frozen=True)
class SchemaObject:
    type: str
    name: str
    tbl_name: str
    sql: str | None


def _normalised(sql: str | None) -> str | None:
    """The SQL with runs of white space made one space: the same statement indented otherwise
    is the same object (SQLite keeps the text as it was written)."""
    return None if sql is None else " ".join(sql.split())


def read_schema(conn: sqlite3.Connection) -> list[SchemaObject]:
    """Every object in the file, in the order it was created."""
    return [
        SchemaObject(str(t), str(n), str(tbl), _normalised(sql))
        for t, n, tbl, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
        )
    ]


@lru_cache(maxsize=8)
def expected_schema(version: int) -> tuple[SchemaObject, ...]:
    """The objects a rehablogg database of schema ``version`` holds, made by its migrations."""
    conn = sqlite3.connect(":memory:")
    try:
        for migration in MIGRATIONS:
            if migration.version <= version:
                for statement in migration.statements:
                    conn.execute(statement)
        return tuple(read_schema(conn))
    finally:
        conn.close()


def _shown(name: str) -> str:
    """A name from a hostile file, safe to put in one line of text."""
    clean = "".join(c if c.isprintable() else "?" for c in name)
    return clean if len(clean) <= NAME_LIMIT else clean[:NAME_LIMIT] + "…"


def _kind(kind: str, definite: bool) -> str:
    forms = _KINDS.get(kind)
    return forms[1 if definite else 0] if forms else kind


@lru_cache(maxsize=1)
def table_classes_shape() -> tuple[Shape, ...]:
    """The newest schema as the table classes describe it (compiled to ``tables_compiled.py``;
    a test proves the compiled tables make the same schema as the classes)."""
    from rehablogg.storage.tables_compiled import TABLES

    return metadata_shape(TABLES)


def metadata_shape(metadata: MetaData) -> tuple[Shape, ...]:
    """The schema ``metadata`` describes, made by SQLAlchemy in an empty in-memory database."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        metadata.create_all(engine)
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return tuple(describe(raw))
    finally:
        engine.dispose()


class _Named(Protocol):
    @property
    def type(self) -> str: ...

    @property
    def name(self) -> str: ...


_Object = TypeVar("_Object", bound=_Named)


def difference(found: Sequence[_Object], expected: Sequence[_Object]) -> str | None:
    """A clause naming the first object that differs (in the file's own order: something
    added or changed, then something missing), or None when both are the same."""
    wanted_by_name = {o.name: o for o in expected}
    for obj in found:
        wanted = wanted_by_name.get(obj.name)
        if wanted is None:
            return QT_TRANSLATE_NOOP(
                "storage", "den har {kind} «{name}» som rehablogg ikke lager"
            ).format(kind=_kind(obj.type, False), name=_shown(obj.name))
        if obj != wanted:
            return QT_TRANSLATE_NOOP("storage", "{kind} «{name}» er endret").format(
                kind=_kind(wanted.type, True), name=_shown(obj.name)
            )
    names = {obj.name for obj in found}
    for wanted in expected:
        if wanted.name not in names:
            return QT_TRANSLATE_NOOP("storage", "{kind} «{name}» mangler").format(
                kind=_kind(wanted.type, True), name=_shown(wanted.name)
            )
    return None


def first_difference(conn: sqlite3.Connection, version: int) -> str | None:
    """A clause naming the first object that differs from schema ``version`` (what its
    migrations write, and at the newest version also what the table classes describe), or
    None when it is exact."""
    problem = difference(read_schema(conn), expected_schema(version))
    if problem is None and version == LATEST_VERSION:
        problem = difference(describe(conn), table_classes_shape())
    return problem


def has_rehablogg_tables(conn: sqlite3.Connection, version: int) -> bool:
    """Whether the file has any of rehablogg's tables at all (else it is another program's
    database, and is called that rather than a changed rehablogg one)."""
    tables = {o.name for o in expected_schema(version) if o.type == "table"}
    return any(o.name in tables for o in read_schema(conn) if o.type == "table")
