"""The migrations are found by their file names (storage/migrations/__init__.py): the chain is
every vNNN_*.py module in order, and a gap, a duplicate or a VERSION that is not the number in
the module's name is refused with a sentence naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehablogg.storage import migrations
from rehablogg.storage.migrations import Found, MigrationChainError, chain

FOLDER = Path(migrations.__file__).parent


def test_every_migration_module_is_in_the_chain_in_order() -> None:
    files = sorted(p.stem for p in FOLDER.glob("v[0-9][0-9][0-9]_*.py"))
    assert [f"v{m.version:03d}_{m.name.replace(' ', '_')}" for m in migrations.MIGRATIONS] == files
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, len(files) + 1))
    assert len(files) == migrations.LATEST_VERSION
    assert migrations.MIGRATIONS[0].statements  # the modules' STATEMENTS, not empty stand-ins


def _found(*names: str) -> list[Found]:
    return [Found(n, int(n[1:4]), ("SELECT 1",)) for n in names]


def test_the_chain_is_sorted_by_version_whatever_order_the_files_come_in() -> None:
    found = chain(_found("v002_b", "v003_c_d", "v001_a"))
    assert [(m.version, m.name) for m in found] == [(1, "a"), (2, "b"), (3, "c d")]


@pytest.mark.parametrize(
    ("found", "sentence"),
    [
        (_found("v001_a", "v003_c"), "no migration for version 2 (the chain has 1, 3)"),
        (_found("v002_b"), "no migration for version 1 (the chain has 2)"),
        (_found("v001_a", "v002_b", "v002_c"), "two migrations for version 2: v002_b and v002_c"),
        ([Found("v002_b", 3, ("SELECT 1",))], "v002_b: VERSION is 3, but its name says 2"),
        ([Found("v001_a", None, ("SELECT 1",))], "v001_a: VERSION is None, but its name says 1"),
        ([Found("v001_a", 1, None)], "v001_a: STATEMENTS must be a tuple of SQL texts"),
        ([Found("v01_a", 1, ("SELECT 1",))], "v01_a: a migration module is named vNNN_<name>"),
        ([], "no migration modules found"),
    ],
)
def test_a_broken_chain_is_refused_with_what_is_wrong(found: list[Found], sentence: str) -> None:
    with pytest.raises(MigrationChainError) as caught:
        chain(found)
    assert str(caught.value) == sentence
