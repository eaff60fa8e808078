"""Refresh the translation sources and compile them:

    python resources/translations/update.py

1. ``pyside6-lupdate`` collects every ``self.tr``/``translate``/``QT_TRANSLATE_NOOP`` string
   from ``rehablogg/`` (the generated ``gui/forms`` excepted: their strings come from ``ui/*.ui``
   directly) and updates ``rehablogg_nn.ts`` and ``rehablogg_en.ts``; strings no longer in the
   code are dropped (``-no-obsolete``), new ones arrive as unfinished.
2. ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` the app loads (finished
   translations only). Both are committed; tests/gui/test_translations.py recompiles and
   compares, and fails on any unfinished or empty translation.
3. It prints how many strings are unfinished per language: translate those (Qt Linguist,
   ``pyside6-linguist``, or by hand in the XML: fill ``<translation>`` and drop
   ``type="unfinished"``), then run this again.

Locations are left out of the ``.ts`` files so a moved line does not change them.
Only Qt's own tools are used; there is no build step at install time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = {"nn": "nn_NO", "en": "en_GB"}
SOURCE_LANGUAGE = "nb_NO"


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def sources(root: Path = ROOT) -> list[Path]:
    """Every Python module of the package except the generated forms, and every form."""
    forms = root / "rehablogg" / "gui" / "forms"
    code = [p for p in sorted((root / "rehablogg").rglob("*.py")) if forms not in p.parents]
    return code + sorted((root / "ui").glob("*.ui"))


def ts_file(language: str, folder: Path = HERE) -> Path:
    return folder / f"rehablogg_{language}.ts"


def qm_file(language: str, folder: Path = HERE) -> Path:
    return folder / f"rehablogg_{language}.qm"


def lupdate(language: str, root: Path = ROOT, folder: Path = HERE) -> None:
    files = [str(p.relative_to(root)) for p in sources(root)]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            LANGUAGES[language],
            "-ts",
            str(ts_file(language, folder)),
        ],
        cwd=root,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-nounfinished", "-removeidentical", str(ts), "-qm", str(qm)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def unfinished(ts: Path) -> int:
    """Messages whose translation is missing, empty or marked unfinished."""
    count = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            count += 1
            continue
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if not all(t and t.strip() for t in texts):
            count += 1
    return count


def main() -> int:
    for language in LANGUAGES:
        lupdate(language)
        lrelease(ts_file(language), qm_file(language))
        left = unfinished(ts_file(language))
        print(f"{ts_file(language).name}: {left} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
