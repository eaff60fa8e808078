"""The nynorsk and English translations: up to date with the code, complete, with the same
placeholders as the bokmål source, written in nynorsk, and compiled to the committed .qm."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nn", "en")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")
# Bokmål forms with another nynorsk spelling (the word list of docs/DESIGN.md §8.7 and more):
# one of these in a nynorsk translation means bokmål slipped through.
BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvem|hvor|hvordan|hvorfor|hvis|hver|hvert|noen|uke|uken|uker|måned|måneden|"
    r"måneder|brukere|brukeren|brukerne|tjeneste|tjenesten|tjenester|hjemme|skole|skolen|"
    r"fra|ble|mye|jeg|dere|enda|ennå|navn|navnet|velg|finnes|mangler|bare|være|"
    r"sikkerhetskopi|sikkerhetskopien|sikkerhetskopier)\b",
    re.IGNORECASE,
)


def _update_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _update_module()


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.findall("message")
    ]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_match_their_sources(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"rehablogg_{language}.qm"
    update.lrelease(update.ts_file(language), fresh)
    again = tmp_path / "again.qm"
    update.lrelease(update.ts_file(language), again)
    assert fresh.read_bytes() == again.read_bytes(), "lrelease output is not deterministic"
    assert update.qm_file(language).read_bytes() == fresh.read_bytes(), (
        f"{update.qm_file(language).name} is stale: run python resources/translations/update.py"
    )


@pytest.mark.slow
def test_every_string_in_the_code_is_in_the_translation_files(tmp_path: Path) -> None:
    """lupdate over the code finds nothing the committed .ts files do not already hold."""
    for language in LANGUAGES:
        shutil.copy(update.ts_file(language), tmp_path / update.ts_file(language).name)
        update.lupdate(language, folder=tmp_path)
        fresh = {
            (c, m.findtext("source"))
            for c, m in _messages(tmp_path / update.ts_file(language).name)
        }
        committed = {(c, m.findtext("source")) for c, m in _messages(update.ts_file(language))}
        assert fresh == committed, (
            f"rehablogg_{language}.ts is out of date (new: {sorted(fresh - committed)[:5]}, "
            f"gone: {sorted(committed - fresh)[:5]}); run python resources/translations/update.py"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_a_finished_translation(language: str) -> None:
    missing = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(update.ts_file(language))
        if (
            message.find("translation") is None
            or message.find("translation").get("type") is not None  # type: ignore[union-attr]
            or not all(t.strip() for t in _texts(message))
        )
    ]
    assert not missing, (
        f"{len(missing)} strings lack a finished {language} translation, e.g. {missing[:8]}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_the_same_as_in_the_source(language: str) -> None:
    wrong = []
    for context, message in _messages(update.ts_file(language)):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in _texts(message):
            if text and sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, wrong


def test_nynorsk_is_nynorsk() -> None:
    """Proper nynorsk, not bokmål with a few words swapped (word list: docs/DESIGN.md §8.7)."""
    slipped = []
    for context, message in _messages(update.ts_file("nn")):
        for text in _texts(message):
            found = BOKMAL_ONLY.findall(text)
            if found:
                slipped.append(f"{context}: {text!r} ({', '.join(found)})")
    assert not slipped, slipped


def test_the_unfinished_count_sees_an_empty_translation(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context>'
        "<name>c</name><message><source>a</source><translation>A</translation>"
        "</message><message><source>b</source><translation></translation></message>"
        '<message><source>d</source><translation type="unfinished">D</translation>'
        "</message></context></TS>",
        encoding="utf-8",
    )
    assert update.unfinished(ts) == 2


def test_the_file_list_has_code_and_forms_but_no_generated_forms() -> None:
    files = update.sources()
    names = {p.relative_to(ROOT).as_posix() for p in files}
    assert "rehablogg/core/entry.py" in names and "ui/main_window.ui" in names
    assert "rehablogg/gui/language.py" in names
    assert not any(n.startswith("rehablogg/gui/forms/") for n in names)


def test_every_marked_sentence_names_its_context_as_text() -> None:
    """lupdate reads the context of ``QT_TRANSLATE_NOOP`` and ``translate`` only when it is
    written out as a string: a sentence marked with a variable context is never collected, so
    it would stay bokmål in every language without any test noticing."""
    import ast

    root = Path(__file__).resolve().parents[2] / "rehablogg"
    hidden = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in ("QT_TRANSLATE_NOOP", "translate"):
                continue
            context, text = node.args[0], node.args[1]
            if isinstance(text, ast.Constant) and not isinstance(context, ast.Constant):
                hidden.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not hidden, hidden
