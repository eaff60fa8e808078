"""The migrations are found by their file names (storage/migrations/__init__.py): the chain is
every vNNN_*.py module in order, and a gap, a duplicate or a VERSION that is not the number in
the module's name is refused with a sentence naming it."""

from __future__ import annotations

import subprocess
import sys
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


def _package(root: Path, extra: dict[str, str]) -> Path:
    """A copy of the migrations package's finder with one real migration and ``extra`` files."""
    package = root / "found_here"
    (package / "__pycache__").mkdir(parents=True)
    (package / "__init__.py").write_text((FOLDER / "__init__.py").read_text(encoding="utf-8"))
    (package / "v001_first.py").write_text("VERSION = 1\nSTATEMENTS = ('SELECT 1',)\n")
    for name, text in extra.items():
        (package / name).write_text(text)
    return package


def _chain_in_child(root: Path) -> subprocess.CompletedProcess[str]:
    code = "import found_here; print([m.version for m in found_here.MIGRATIONS])"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60
    )


def test_stray_files_beside_the_migrations_are_not_migrations(tmp_path: Path) -> None:
    """An editor's backup, a lock file, notes, a stale compiled module of a removed migration
    and a private helper are left out: only vNNN_<name>.py modules make the chain."""
    second = "VERSION = 2\nSTATEMENTS = ('SELECT 2',)\n"
    _package(
        tmp_path,
        {
            "v002_draft.py.bak": second,
            "v002_draft.py~": second,
            ".#v002_draft.py": second,
            "NOTES.md": "v002 is coming",
            "__pycache__/v002_removed.cpython-311.pyc": "",
            "_shared.py": "X = 1\n",
        },
    )
    done = _chain_in_child(tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[1]"


def test_a_module_that_is_not_a_migration_stops_the_import_naming_it(tmp_path: Path) -> None:
    _package(tmp_path, {"helpers.py": "X = 1\n"})
    done = _chain_in_child(tmp_path)
    assert done.returncode != 0
    assert "helpers: a migration module is named vNNN_<name>" in done.stderr
