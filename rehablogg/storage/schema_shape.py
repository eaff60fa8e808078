"""What a SQLite schema means, object by object, whoever wrote its SQL.

Two databases can hold the same tables under different SQL text: the migrations write
``id TEXT PRIMARY KEY`` and a check inside the column, SQLAlchemy writes the table's metadata as
``PRIMARY KEY (id)`` and the check at the end. So the comparison of a database with the table
classes (``schema.py``) reads what SQLite itself reports (``PRAGMA table_xinfo``,
``foreign_key_list``, ``index_list``, ``index_xinfo``) and adds what no pragma tells: the CHECK
expressions, and the clauses rehablogg never writes (``COLLATE``, ``ON CONFLICT``,
``GENERATED``, ``WITHOUT ROWID``, ``STRICT``, ``DEFERRABLE``) or does (``AUTOINCREMENT``).
Explicit indexes, views and triggers are compared as their SQL in tokens (white space, comments,
quoting and letter case aside).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

# A string literal, a quoted identifier, a comment, a word or number, or one or more operator
# characters; white space is skipped.
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    | (?P<comment>--[^\n]*|/\*.*?(?:\*/|$))
    | (?P<string>'(?:[^']|'')*'?)
    | (?P<quoted>"(?:[^"]|"")*"?|`(?:[^`]|``)*`?|\[[^\]]*\]?)
    | (?P<word>[A-Za-z_0-9$.]+)
    | (?P<op>[<>=!|]+|.)
    """,
    re.VERBOSE | re.DOTALL,
)

# Clauses that change what a table accepts or how it compares, and that no pragma reports.
_CLAUSES = frozenset(
    {"autoincrement", "collate", "conflict", "generated", "deferrable", "strict", "without"}
)


def tokens(sql: str | None) -> tuple[str, ...]:
    """``sql`` as tokens: words and quoted names in lower case without their quotes, string
    literals as written, comments and white space dropped."""
    out: list[str] = []
    for match in _TOKEN.finditer(sql or ""):
        kind = match.lastgroup
        value = match.group()
        if kind in ("space", "comment"):
            continue
        if kind == "quoted":
            value = value[1:-1] if len(value) > 1 else value
        if kind != "string":
            value = value.lower()
        out.append(value)
    return tuple(out)


def _checks(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each ``CHECK (…)`` expression of a CREATE TABLE, sorted (a check on a column and the
    same check on the table mean the same)."""
    found: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "check" and i + 1 < len(words) and words[i + 1] == "(":
            depth, j = 0, i + 1
            while j < len(words):
                depth += {"(": 1, ")": -1}.get(words[j], 0)
                if depth == 0:
                    break
                j += 1
            found.append(" ".join(words[i + 2 : j]))
            i = j
        i += 1
    return tuple(sorted(found))


@dataclass(frozen=True)
class Shape:
    """One schema object as SQLite understands it."""

    type: str
    name: str
    tbl_name: str
    detail: tuple[object, ...]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table(conn: sqlite3.Connection, name: str, sql: str | None) -> tuple[object, ...]:
    quoted = _quoted(name)
    columns = tuple(
        (str(col).lower(), str(kind).upper(), notnull, default, pk, hidden)
        for _cid, col, kind, notnull, default, pk, hidden in conn.execute(
            f"PRAGMA table_xinfo({quoted})"
        )
    )
    keys = tuple(
        sorted(
            (str(parent).lower(), str(src).lower(), str(dest).lower(), on_update, on_delete, match)
            for _id, _seq, parent, src, dest, on_update, on_delete, match in conn.execute(
                f"PRAGMA foreign_key_list({quoted})"
            )
        )
    )
    words = tokens(sql)
    return columns, keys, _checks(words), tuple(sorted(_CLAUSES.intersection(words)))


def _index(conn: sqlite3.Connection, name: str, table: str, sql: str | None) -> tuple[object, ...]:
    if sql is not None:  # an explicit CREATE INDEX says all, expressions and WHERE included
        return (tokens(sql),)
    listed = [
        (unique, origin, partial)
        for _seq, found, unique, origin, partial in conn.execute(
            f"PRAGMA index_list({_quoted(table)})"
        )
        if found == name
    ]
    parts = tuple(
        (str(col).lower() if col is not None else None, desc, str(coll).upper())
        for _seqno, _cid, col, desc, coll, key in conn.execute(
            f"PRAGMA index_xinfo({_quoted(name)})"
        )
        if key
    )
    return tuple(listed), parts


def describe(conn: sqlite3.Connection) -> list[Shape]:
    """Every object of the database, in the order it was created."""
    shapes: list[Shape] = []
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")
    for kind, name, table, sql in rows.fetchall():
        if kind == "table":
            detail = _table(conn, name, sql)
        elif kind == "index":
            detail = _index(conn, name, table, sql)
        else:
            detail = (tokens(sql),)
        shapes.append(Shape(str(kind), str(name), str(table).lower(), detail))
    return shapes
