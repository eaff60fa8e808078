"""The layers of docs/DESIGN.md §4 point one way; Qt lives only under rehablogg/gui/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "rehablogg"

# What each layer may import from rehablogg itself (besides its own package).
ALLOWED_INTERNAL: dict[str, set[str]] = {
    "core": {"core", "resources_dir"},
    "storage": {"core", "storage"},
    "exchange": {"core", "storage", "exchange"},
    "aggregate": {"core", "storage", "exchange", "aggregate"},
    "application": {"core", "storage", "exchange", "aggregate", "application"},
}
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_outside_gui(path: Path) -> None:
    qt = [n for n in _imports(path) if n.split(".")[0] in QT_ROOTS]
    assert not qt, f"{path} imports Qt: {qt}"


@pytest.mark.parametrize("layer", sorted(ALLOWED_INTERNAL))
def test_layers_point_one_way(layer: str) -> None:
    bad: list[str] = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            parts = name.split(".")
            internal = parts[0] == "rehablogg" and len(parts) > 1
            if internal and parts[1] not in ALLOWED_INTERNAL[layer]:
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not bad, "\n".join(bad)


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
