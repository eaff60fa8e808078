"""The layers of docs/ARCHITECTURE.md point one way; Qt lives only under rehablogg/gui/.

The contracts themselves are in pyproject.toml ([tool.importlinter]); import-linter follows
imports through every module, so an upward import hidden behind another module is caught too.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "rehablogg"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


ROOT = PACKAGE.parent
LINT = "from importlinter.cli import lint_imports; raise SystemExit(lint_imports())"


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    # import-linter reads the contracts from pyproject.toml in the working directory and
    # imports the package from there, so a copy of the tree is checked as it stands.
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-c", LINT], cwd=root, env=env, text=True, capture_output=True, timeout=120
    )


def test_import_contracts_are_kept() -> None:
    """pyproject.toml's [tool.importlinter] contracts: the layers point one way, Qt stays in
    rehablogg/gui/, and the GUI imports neither storage nor SQLAlchemy."""
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line"),
    [
        ("core/numbers.py", "import rehablogg.storage.database"),
        ("storage/clock.py", "import PySide6.QtCore"),
        ("exchange/naming.py", "import rehablogg.aggregate.run"),
        ("gui/icons.py", "import rehablogg.storage.database"),
        ("gui/key_names.py", "from sqlalchemy import select"),
    ],
)
def test_a_broken_layer_is_caught(tmp_path: Path, module: str, line: str) -> None:
    shutil.copytree(
        PACKAGE, tmp_path / "rehablogg", ignore=shutil.ignore_patterns("__pycache__", "resources")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "rehablogg" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout or "broken" in result.stdout


def test_core_uses_only_the_standard_library_and_holidays() -> None:
    import sys

    allowed = set(sys.stdlib_module_names) | {"holidays", "rehablogg", "__future__"}
    bad = [
        f"{p.relative_to(PACKAGE)}: {n}"
        for p in sorted((PACKAGE / "core").rglob("*.py"))
        for n in _imports(p)
        if n.split(".")[0] not in allowed
    ]
    assert not bad, bad


def test_no_module_selects_a_pyside_feature() -> None:
    """gui/feature_scan.py turns off PySide6's source scan for `from __feature__ import`
    (snake_case, true_property); that is only right while no module selects one."""
    every = sorted(PACKAGE.rglob("*.py"))
    bad = [str(p.relative_to(PACKAGE)) for p in every if "__feature__" in _imports(p)]
    assert not bad, bad


def test_the_gui_holds_no_engine() -> None:
    """The windows hold a Logbook; an engine or the logbook's database reached through an
    attribute would go around the import contract."""
    bad = [
        f"{p.relative_to(PACKAGE)}:{n}"
        for p in sorted((PACKAGE / "gui").rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if ".engine" in line or "._db" in line
    ]
    assert not bad, bad
