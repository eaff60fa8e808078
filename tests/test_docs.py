"""The project carries its own design: every design citation points into the repository.

Code, tests and documents cite a design section as ``docs/DESIGN.md §4`` (a document under
``docs/`` and a section number, ``§N`` or ``§N.M``). Every such citation must name a document
that exists and a section heading that exists in it (``## 4. Architecture``,
``### 6.4 Identity of a submission``); inside a document under ``docs/`` a bare section number
means that same document. And nothing may point at a design kept outside the repository: a path
into the shared folder beside the checkout, the design cited by its bare name (the word in
capitals, or its file name without ``docs/``), a section number that follows no document, or
the domain notes by their old file name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED_DIRS = ("rehablogg", "tests", "benchmarks", "packaging", "docs", "ui", "resources", ".ci")
SKIPPED_DIRS = {
    "__pycache__",
    "build",
    "dist",
    ".venv",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
    "node_modules",
}
TEXT_SUFFIXES = {
    ".py",
    ".md",
    ".toml",
    ".ui",
    ".sh",
    ".spec",
    ".txt",
    ".cfg",
    ".ini",
    ".ts",
    ".desktop",
    ".xml",
    ".yml",
    ".yaml",
    ".json",
    "",
}

SIGN = "\u00a7"  # written as an escape so this file's own text holds no section sign
NUMBER = r"\d+(?:\.\d+)*"
DOC = r"docs/([A-Za-z0-9_./-]+\.md)"
# "docs/DESIGN.md §4", also with the path in backticks: "``docs/DESIGN.md`` §4".
CITATION = re.compile(DOC + r"`{0,2}[ \t]+" + SIGN + "(" + NUMBER + ")")
BARE_SECTION = re.compile(SIGN + "(" + NUMBER + ")")  # "§ 7-2" (a law) has a space: not ours
DOC_MENTION = re.compile(DOC)
DESIGN_WORD = "DES" + "IGN"  # split so this line does not cite the design by name
OUTSIDE = (
    (re.compile(re.escape(".." + "/shared")), "a path into the shared folder outside the repo"),
    (
        re.compile(r"(?<![A-Za-z0-9_/.-])" + DESIGN_WORD + r"\b(?!\.md)"),
        f"the design cited by name; cite docs/{DESIGN_WORD}.md {SIGN}N",
    ),
    (
        re.compile(r"(?<!docs/)\b" + "domain" + r"\.md\b"),
        f"the domain notes outside the repository; cite docs/{DESIGN_WORD}.md {SIGN}8",
    ),
)
# Outside docs/, the design's file name must come with its docs/ path.
OUTSIDE_DOCS_ONLY = (
    (
        re.compile(r"(?<!docs/)\b" + DESIGN_WORD + r"\.md"),
        f"docs/{DESIGN_WORD}.md without its docs/ path",
    ),
)
HEADING = re.compile(r"^#{1,6}[ \t]+(" + NUMBER + r")\.?(?:[ \t]|$)")

Sections = Callable[[str], frozenset[str] | None]


def headings(text: str) -> frozenset[str]:
    """The section numbers of a Markdown text's headings (code blocks left out)."""
    found: set[str] = set()
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        match = None if fenced else HEADING.match(line)
        if match:
            found.add(match.group(1))
    return frozenset(found)


@cache
def repository_sections(document: str) -> frozenset[str] | None:
    """The section numbers of ``docs/<document>``, or None when there is no such file."""
    path = ROOT / "docs" / document
    if not path.is_file():
        return None
    return headings(path.read_text(encoding="utf-8"))


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def citation_problems(relative: str, text: str, sections: Sections) -> list[str]:
    """Every problem with the design citations in ``text``, the file ``relative`` (a path from
    the repository root, with ``/``), as ``path:line: what``."""
    problems: list[str] = []

    def report(offset: int, what: str) -> None:
        problems.append(f"{relative}:{_line(text, offset)}: {what}")

    cited_at: set[int] = set()
    for match in CITATION.finditer(text):
        document, number = match.group(1), match.group(2)
        cited_at.add(match.start(2) - 1)
        found = sections(document)
        if found is None:
            report(match.start(), f"cites docs/{document}, which does not exist")
        elif number not in found:
            report(
                match.start(), f"cites docs/{document} {SIGN}{number}, which has no such heading"
            )
    for match in DOC_MENTION.finditer(text):
        if sections(match.group(1)) is None:
            report(match.start(), f"names docs/{match.group(1)}, which does not exist")
    in_docs = relative.startswith("docs/") and relative.endswith(".md")
    for match in BARE_SECTION.finditer(text):
        if match.start() in cited_at:
            continue
        if in_docs:  # a bare section number inside a document means that document
            own = sections(relative.removeprefix("docs/"))
            if own is not None and match.group(1) not in own:
                report(
                    match.start(),
                    f"refers to {SIGN}{match.group(1)} of this document, which has no such heading",
                )
            continue
        report(
            match.start(),
            f"{SIGN}{match.group(1)} without the document it belongs to; "
            f"write docs/<document>.md {SIGN}{match.group(1)}",
        )
    rules = OUTSIDE if in_docs else OUTSIDE + OUTSIDE_DOCS_ONLY
    for pattern, what in rules:
        for match in pattern.finditer(text):
            report(match.start(), what)
    return problems


def repository_files() -> Iterator[Path]:
    yield from (p for p in ROOT.iterdir() if p.is_file() and p.suffix in {".md", ".toml"})
    for top in SCANNED_DIRS:
        for folder, dirs, files in os.walk(ROOT / top):
            dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
            for name in sorted(files):
                path = Path(folder) / name
                if path.suffix in TEXT_SUFFIXES:
                    yield path


def test_every_design_citation_resolves_inside_the_repository() -> None:
    problems: list[str] = []
    scanned = 0
    for path in repository_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # a binary file without a telling suffix
        scanned += 1
        problems += citation_problems(path.relative_to(ROOT).as_posix(), text, repository_sections)
    assert scanned > 100, f"only {scanned} files scanned; is ROOT right?"
    assert not problems, "\n".join(problems)


def test_the_design_documents_exist_with_numbered_sections() -> None:
    design = repository_sections(f"{DESIGN_WORD}.md")
    assert design is not None
    assert {str(n) for n in range(1, 9)} <= design
    assert repository_sections("ARCHITECTURE.md") is not None


# -- the checker itself finds what it must ------------------------------------------------------

_DOCS = {f"{DESIGN_WORD}.md": frozenset({"1", "4", "6", "6.4"}), "export-format.md": frozenset()}


def _check(relative: str, text: str) -> list[str]:
    return citation_problems(relative, text, _DOCS.get)


@pytest.mark.parametrize(
    "text",
    [
        f"# The layers of docs/{DESIGN_WORD}.md {SIGN}4 point one way.",
        f'"""Identity (``docs/{DESIGN_WORD}.md`` {SIGN}6.4)."""',
        f"see docs/{DESIGN_WORD}.md {SIGN}1 and docs/{DESIGN_WORD}.md {SIGN}6",
        "the format is in docs/export-format.md",
        "pbrl. " + SIGN + " 2-5 and hol. " + SIGN + " 7-2 a",
    ],
)
def test_a_good_citation_passes(text: str) -> None:
    assert _check("rehablogg/x.py", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"docs/{DESIGN_WORD}.md {SIGN}9", "has no such heading"),
        (f"docs/{DESIGN_WORD}.md {SIGN}6.5", "has no such heading"),
        ("docs/" + f"MISSING.md {SIGN}1", "does not exist"),
        ("see docs/" + "missing.md", "does not exist"),
        (f"({DESIGN_WORD} {SIGN}4)", "the design cited by name"),
        (f"({DESIGN_WORD}: the next entry)", "the design cited by name"),
        (f"docs/{DESIGN_WORD}.md {SIGN}4 and {SIGN}6", f"{SIGN}6 without the document"),
        (f"the {SIGN}6 name", f"{SIGN}6 without the document"),
        (f"in {DESIGN_WORD}.md {SIGN}4", f"docs/{DESIGN_WORD}.md without its docs/ path"),
        (".." + "/shared/" + DESIGN_WORD + ".md", "the shared folder"),
        ("(" + "domain" + ".md)", "the domain notes"),
    ],
)
def test_a_bad_citation_is_found(text: str, expected: str) -> None:
    problems = _check("rehablogg/x.py", "first line\n" + text)
    assert problems, text
    assert any(expected in p and p.startswith("rehablogg/x.py:2:") for p in problems), problems


def test_inside_a_document_a_bare_section_means_that_document() -> None:
    assert _check(f"docs/{DESIGN_WORD}.md", f"as {SIGN}6.4 says") == []
    assert _check(f"docs/{DESIGN_WORD}.md", f"[docs/{DESIGN_WORD}.md]({DESIGN_WORD}.md)") == []
    problems = _check(f"docs/{DESIGN_WORD}.md", f"as {SIGN}7 says")
    assert problems and "this document" in problems[0]


def test_headings_are_read_outside_code_blocks_only() -> None:
    text = "## 1. The problem\n### 6.4 Identity\n```\n## 9. not a heading\n```\n## Words\n"
    assert headings(text) == {"1", "6.4"}
