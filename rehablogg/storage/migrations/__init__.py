"""Numbered schema migrations.

Each migration is a module ``vNNN_<name>.py`` with ``VERSION`` (NNN) and ``STATEMENTS``; it runs in
one transaction, after a consistent backup of the database taken with SQLite's backup API. The
schema version is kept in ``PRAGMA user_version``. Released migrations are never edited: a change
to the schema is a new migration, and its fixture database goes into ``tests/fixtures/db/``.

The modules are found here, in this folder, when the package is imported: a new migration is its
file and nothing else. A chain with a gap, two modules for one version, or a module whose
``VERSION`` is not the number in its name stops the import with a sentence saying which (a
programming error the tests meet first). The frozen app has the modules because
``packaging/rehablogg.spec`` collects every rehablogg submodule as a hidden import.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


class MigrationChainError(RuntimeError):
    """The migration modules do not form the chain 1, 2, …, N."""


_MODULE = re.compile(r"v(\d{3})_(\w+)")


@dataclass(frozen=True)
class Found:
    """A migration module as found: its module name, its ``VERSION`` and ``STATEMENTS``."""

    module: str
    version: object
    statements: object


def chain(found: Iterable[Found]) -> tuple[Migration, ...]:
    """The migrations in version order, refusing a chain that is not 1, 2, …, N."""
    migrations: dict[int, Migration] = {}
    for item in found:
        match = _MODULE.fullmatch(item.module)
        if match is None:
            raise MigrationChainError(f"{item.module}: a migration module is named vNNN_<name>")
        number = int(match[1])
        if item.version != number:
            raise MigrationChainError(
                f"{item.module}: VERSION is {item.version!r}, but its name says {number}"
            )
        if not isinstance(item.statements, tuple) or not all(
            isinstance(s, str) for s in item.statements
        ):
            raise MigrationChainError(f"{item.module}: STATEMENTS must be a tuple of SQL texts")
        if number in migrations:
            raise MigrationChainError(
                f"two migrations for version {number}: v{number:03d}_"
                f"{migrations[number].name.replace(' ', '_')} and {item.module}"
            )
        migrations[number] = Migration(number, match[2].replace("_", " "), item.statements)
    for expected, version in enumerate(sorted(migrations), start=1):
        if version != expected:
            raise MigrationChainError(
                f"no migration for version {expected} (the chain has "
                f"{', '.join(map(str, sorted(migrations)))})"
            )
    if not migrations:
        raise MigrationChainError("no migration modules found")
    return tuple(migrations[v] for v in sorted(migrations))


def _found_here() -> list[Found]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(
            Found(info.name, getattr(module, "VERSION", None), getattr(module, "STATEMENTS", None))
        )
    return found


MIGRATIONS: tuple[Migration, ...] = chain(_found_here())

LATEST_VERSION = MIGRATIONS[-1].version
