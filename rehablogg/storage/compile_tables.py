"""Write ``tables_compiled.py`` from the table classes: run ``python -m
rehablogg.storage.compile_tables`` after changing ``schema.py``.

The table classes (``schema.py``) are the one hand-written description of the schema, but
importing them means importing SQLModel and pydantic and building a model per table: about
130 ms and 8–10 MiB at every start (benchmarks/README.md, "Start-up"). So, as the Designer forms
are compiled to Python and never loaded at run time (``ui/build_forms.py``), the table classes are
compiled here into plain SQLAlchemy Core ``Table`` objects, and the rows read whole (the profile,
a client, a submission) into plain dataclasses. The reads and writes use those; nothing imports
``schema.py`` at run time. ``tests/storage/test_tables_compiled.py`` fails when the module is
stale or when its tables differ from the table classes'.

Only what the table classes use is compiled (columns with their types, nullability, Python and
SQL defaults, keys, foreign keys, uniqueness, checks, indexes, table options); anything else
stops the script with a sentence naming it, rather than being left out silently.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Union, get_args, get_origin

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKeyConstraint,
    Index,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
)
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.sql.schema import DefaultClause, ScalarElementColumnDefault

TARGET = Path(__file__).resolve().parent / "tables_compiled.py"
LINE_LIMIT = 100
# The table classes whose rows are read whole: each gets a dataclass ``<Class>Row``.
READ_MODELS = ("Profile", "Client", "Submission", "Entry")
HEADER = "# Generated from schema.py by python -m rehablogg.storage.compile_tables; do not edit."

DOCSTRING = '''"""The tables of ``schema.py`` as plain SQLAlchemy Core tables, and the rows read
whole as dataclasses, so that a start imports neither SQLModel nor pydantic (the reason is in
``compile_tables.py``). After a change to ``schema.py``, run
``python -m rehablogg.storage.compile_tables``."""'''


class NotCompilableError(Exception):
    """The table classes use something this script does not write."""


def literal(value: object) -> str:
    """``value`` as Python source, a text in double quotes as the project writes them."""
    if isinstance(value, str) and '"' not in value and "\\" not in value and value.isprintable():
        return f'"{value}"'
    return repr(value)


def constant_name(table: Table) -> str:
    """The module constant holding ``table``: its name in capitals (``entry_client`` is
    ``ENTRY_CLIENT``)."""
    return table.name.upper()


class _Imports:
    def __init__(self) -> None:
        self.by_module: dict[str, set[str]] = {}

    def use(self, module: str, name: str) -> str:
        self.by_module.setdefault(module, set()).add(name)
        return name

    def type_of(self, column: Column[Any]) -> str:
        kind = type(column.type)
        shown = repr(column.type)
        if shown != f"{kind.__name__}()":
            raise NotCompilableError(
                f"{column.table.name}.{column.name}: type {shown} has arguments"
            )
        module = "sqlalchemy" if kind.__module__.startswith("sqlalchemy.") else kind.__module__
        return self.use(module, kind.__name__) + "()"

    def lines(self) -> list[str]:
        out: list[str] = []
        firsts = sorted(m for m in self.by_module if m.split(".")[0] in sys.stdlib_module_names)
        thirds = sorted(
            m for m in self.by_module if m not in firsts and not m.startswith("rehablogg")
        )
        ours = sorted(m for m in self.by_module if m.startswith("rehablogg"))
        for group in (firsts, thirds, ours):
            for module in group:
                # ruff's order: constants, classes, then functions, each alphabetically.
                names = sorted(
                    self.by_module[module],
                    key=lambda n: (0 if n.isupper() else 1 if n[0].isupper() else 2, n),
                )
                one = f"from {module} import {', '.join(names)}"
                if len(one) <= LINE_LIMIT:
                    out.append(one)
                else:
                    out += [f"from {module} import ("] + [f"    {n}," for n in names] + [")"]
            if group:
                out.append("")
        return out


def _call(name: str, args: list[str], indent: str) -> str:
    """``name(args)`` on one line, or one argument per line when that is too long."""
    one = f"{indent}{name}({', '.join(args)}),"
    if len(one) <= LINE_LIMIT:
        return one
    inner = indent + "    "
    return "\n".join([f"{indent}{name}("] + [f"{inner}{a}," for a in args] + [f"{indent}),"])


def _server_default(column: Column[Any], imports: _Imports) -> str:
    clause = column.server_default
    if not isinstance(clause, DefaultClause) or clause.for_update:
        raise NotCompilableError(f"{column.table.name}.{column.name}: server default {clause!r}")
    if isinstance(clause.arg, str):
        return literal(clause.arg)
    if isinstance(clause.arg, TextClause):
        return f"{imports.use('sqlalchemy', 'text')}({literal(clause.arg.text)})"
    raise NotCompilableError(f"{column.table.name}.{column.name}: server default {clause.arg!r}")


def _refuse_unwritten_options(column: Column[Any]) -> None:
    if (
        column.key != column.name
        or column.onupdate is not None
        or column.server_onupdate is not None
        or column.comment is not None
        or column.info
        or column.dialect_kwargs
        or column.index
        or column.computed is not None
        or column.identity is not None
    ):
        raise NotCompilableError(
            f"{column.table.name}.{column.name}: an option compile_tables.py does not write"
        )


def _foreign_keys(column: Column[Any], imports: _Imports) -> list[str]:
    written = []
    for key in sorted(column.foreign_keys, key=lambda k: k.target_fullname):
        if key.onupdate is not None or key.name is not None or key.deferrable is not None:
            raise NotCompilableError(
                f"{column.table.name}.{column.name}: a foreign key option compile_tables.py "
                "does not write"
            )
        fk = [literal(key.target_fullname)]
        if key.ondelete is not None:
            fk.append(f"ondelete={literal(key.ondelete)}")
        written.append(f"{imports.use('sqlalchemy', 'ForeignKey')}({', '.join(fk)})")
    return written


def _column_flags(column: Column[Any]) -> list[str]:
    flags = ["primary_key=True"] if column.primary_key else []
    flags.append(f"nullable={column.nullable!r}")
    if column.unique:
        flags.append("unique=True")
    if column.autoincrement != "auto":
        flags.append(f"autoincrement={column.autoincrement!r}")
    return flags


def _defaults(column: Column[Any], imports: _Imports) -> list[str]:
    written = []
    if column.default is not None:
        if not isinstance(column.default, ScalarElementColumnDefault):
            raise NotCompilableError(
                f"{column.table.name}.{column.name}: default {column.default!r} is not a "
                "plain value"
            )
        written.append(f"default={literal(column.default.arg)}")
    if column.server_default is not None:
        written.append(f"server_default={_server_default(column, imports)}")
    return written


def column_source(column: Column[Any], imports: _Imports) -> str:
    _refuse_unwritten_options(column)
    args = [
        literal(column.name),
        imports.type_of(column),
        *_foreign_keys(column, imports),
        *_column_flags(column),
        *_defaults(column, imports),
    ]
    return _call(imports.use("sqlalchemy", "Column"), args, "    ")


def _in_order(items: Iterable[Any]) -> list[Any]:
    """Constraints in the order they were declared (a table holds them in a set)."""
    return sorted(items, key=lambda item: item._creation_order)


def _made_from_columns(constraint: Any) -> bool:
    """A constraint the columns' own options make (primary_key, unique=True, ForeignKey)."""
    if isinstance(constraint, PrimaryKeyConstraint):
        return constraint.name is None
    if isinstance(constraint, UniqueConstraint):
        return bool(constraint._column_flag)
    if isinstance(constraint, ForeignKeyConstraint):
        return len(constraint.elements) == 1 and constraint.name is None
    return False


def _check_source(table: Table, constraint: Any, imports: _Imports) -> str:
    if not isinstance(constraint, CheckConstraint) or constraint._column_flag:
        raise NotCompilableError(f"{table.name}: constraint {constraint!r}")
    if not isinstance(constraint.sqltext, TextClause) or constraint.dialect_kwargs:
        raise NotCompilableError(f"{table.name}: a check that is not SQL text")
    args = [literal(constraint.sqltext.text)]
    if constraint.name is not None:
        args.append(f"name={literal(constraint.name)}")
    return _call(imports.use("sqlalchemy", "CheckConstraint"), args, "    ")


def _index_source(table: Table, index: Index, imports: _Imports) -> str:
    if index.dialect_kwargs or len(index.expressions) != len(index.columns):
        raise NotCompilableError(f"{table.name}: index {index.name} is not on plain columns")
    args = [literal(index.name), *(literal(c.name) for c in index.columns)]
    if index.unique:
        args.append("unique=True")
    return _call(imports.use("sqlalchemy", "Index"), args, "    ")


def table_source(table: Table, imports: _Imports) -> str:
    if table.schema is not None or table.comment is not None or table.info:
        raise NotCompilableError(f"{table.name}: an option compile_tables.py does not write")
    parts = [column_source(column, imports) for column in table.columns]
    parts += [
        _check_source(table, constraint, imports)
        for constraint in _in_order(table.constraints)
        if not _made_from_columns(constraint)
    ]
    parts += [
        _index_source(table, index, imports)
        for index in sorted(table.indexes, key=lambda i: str(i.name))
    ]
    options = [f"{key}={literal(value)}" for key, value in sorted(table.dialect_kwargs.items())]
    head = f"{constant_name(table)} = {imports.use('sqlalchemy', 'Table')}("
    return "\n".join(
        [
            head,
            f"    {literal(table.name)},",
            "    TABLES,",
            *parts,
            *(f"    {option}," for option in options),
            ")",
        ]
    )


def _annotation(kind: Any, model: str, name: str) -> str:
    if kind is None or kind is type(None):
        return "None"
    if get_origin(kind) in (Union, types.UnionType):
        return " | ".join(_annotation(arg, model, name) for arg in get_args(kind))
    if kind in (str, int, bool, float):
        return str(kind.__name__)
    raise NotCompilableError(f"{model}.{name}: the type {kind!r} compile_tables.py does not write")


def row_source(model: type[Any], imports: _Imports) -> str:
    """A dataclass with ``model``'s fields, types and defaults (as the table class takes them:
    by name)."""
    from pydantic_core import PydanticUndefined

    lines = [
        f"@{imports.use('dataclasses', 'dataclass')}(kw_only=True)",
        f"class {model.__name__}Row:",
        f'    """A row of ``{model.__tablename__}`` as read (``schema.{model.__name__}``)."""',
        "",
    ]
    for name, field in model.model_fields.items():
        if field.default_factory is not None:
            raise NotCompilableError(f"{model.__name__}.{name}: a default factory")
        line = f"    {name}: {_annotation(field.annotation, model.__name__, name)}"
        if field.default is not PydanticUndefined:
            line += f" = {literal(field.default)}"
        lines.append(line)
    return "\n".join(lines)


def module_source() -> str:
    """The text of ``tables_compiled.py`` for the table classes as they are now."""
    from rehablogg.storage import schema

    imports = _Imports()
    imports.use("__future__", "annotations")
    tables = [table_source(table, imports) for table in schema.TABLES.tables.values()]
    rows = [row_source(getattr(schema, name), imports) for name in READ_MODELS]
    body = [
        f"TABLES = {imports.use('sqlalchemy', 'MetaData')}()",
        '"""The newest schema: what a database of ``migrations.LATEST_VERSION`` holds."""',
    ]
    future = ["from __future__ import annotations", ""]
    del imports.by_module["__future__"]
    return (
        "\n".join(
            [
                HEADER,
                DOCSTRING,
                "",
                *future,
                *imports.lines(),
                *body,
                "",
                *("\n" + source + "\n" for source in tables),
                *("\n" + source + "\n" for source in rows),
            ]
        ).rstrip("\n")
        + "\n"
    )


def main() -> int:
    try:
        source = module_source()
    except NotCompilableError as exc:
        print(f"compile_tables: {exc}", file=sys.stderr)
        return 1
    TARGET.write_text(source, encoding="utf-8")
    print(f"schema.py -> {TARGET.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
