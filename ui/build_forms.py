"""Compile every Designer form in ui/ to rehablogg/gui/forms/ui_<name>.py with pyside6-uic.

The generated modules are committed (the app never loads .ui files at run time, and neither the
wheel nor a frozen bundle needs ui/); tests/gui/test_window_parts.py fails when they are stale.
Beside each module goes a typed stub (ui_<name>.pyi): pyside6-uic writes no annotations, and the
stub lets mypy --strict check the hand-written windows against the widgets they use.
    python ui/build_forms.py
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "rehablogg" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).parent / "pyside6-uic")
    return found


def compile_form(ui_file: Path, target: Path) -> None:
    subprocess.run([uic(), "--from-imports", str(ui_file), "-o", str(target)], check=True)


def stub_text(ui_file: Path, module: Path) -> str:
    """The typed stub of a generated form: each widget attribute with its class, and setupUi /
    retranslateUi taking the form's top-level widget class."""
    top = re.search(r'<widget class="(\w+)" name="(\w+)"', ui_file.read_text("utf-8"))
    assert top, f"{ui_file} has no top-level widget"
    top_class, top_name = top.groups()
    tree = ast.parse(module.read_text("utf-8"))
    origin: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            origin.update((alias.name, node.module) for alias in node.names)
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    assert len(classes) == 1, f"{module} should hold one class"
    attributes: dict[str, str] = {}
    for node in ast.walk(classes[0]):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(target := node.targets[0], ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
        ):
            attributes.setdefault(target.attr, node.value.func.id)
    used = sorted({*attributes.values(), top_class})
    by_module: dict[str, list[str]] = {}
    for name in used:
        by_module.setdefault(origin.get(name, "PySide6.QtWidgets"), []).append(name)
    lines = [f"# Typed stub of {module.name}, written by ui/build_forms.py; do not edit.", ""]
    lines += [f"from {mod} import {', '.join(names)}" for mod, names in sorted(by_module.items())]
    lines += ["", "", f"class {classes[0].name}:"]
    lines += [f"    {name}: {cls}" for name, cls in attributes.items()]
    lines += [
        "",
        f"    def setupUi(self, {top_name}: {top_class}) -> None: ...",
        f"    def retranslateUi(self, {top_name}: {top_class}) -> None: ...",
        "",
    ]
    return "\n".join(lines)


def target_for(ui_file: Path, forms_dir: Path = FORMS_DIR) -> Path:
    return forms_dir / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = target_for(ui_file)
        compile_form(ui_file, target)
        target.with_suffix(".pyi").write_text(stub_text(ui_file, target), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(UI_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
