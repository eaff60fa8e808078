"""Compile every Designer form in ui/ to rehablogg/gui/forms/ui_<name>.py with pyside6-uic.

The generated modules are committed (the app never loads .ui files at run time, and neither the
wheel nor a frozen bundle needs ui/); tests/gui/test_forms.py fails when they are stale.
    python ui/build_forms.py
"""

from __future__ import annotations

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


def target_for(ui_file: Path, forms_dir: Path = FORMS_DIR) -> Path:
    return forms_dir / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        compile_form(ui_file, target_for(ui_file))
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(UI_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
