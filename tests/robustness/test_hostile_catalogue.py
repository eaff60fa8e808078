"""Hostile catalogue files: whatever a file holds, ``parse_catalogue``/``load_catalogue`` return a
Catalogue or raise ``CatalogueError`` with one sentence naming the file, never another exception,
never a hang; ``rehablogg codes --catalogue FILE`` exits 0 or 1 with one line on stderr.

Inputs: random TOML documents (random keys and values of every TOML type), structural mutations
of the shipped catalogue (a value replaced, a key deleted or added, a list item repeated), line
mutations of its text (a line deleted, repeated, or its value changed) and byte mutations of the
file (flips, truncations, insertions of NUL, invalid UTF-8, BOMs and random bytes).
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rehablogg.core.catalogue import (
    _CHOICE_FIELDS,
    _CODE_FIELDS,
    _TOP_FIELDS,
    CATEGORIES,
    CLIENT_VALUES,
    DEFAULT_CATALOGUE_FILE,
    LANGUAGES,
    Catalogue,
    CatalogueError,
    load_catalogue,
    parse_catalogue,
)
from rehablogg.core.i18n import Sentence
from rehablogg.resources_dir import resource_path
from tests.robustness import toml_writer
from tests.robustness.helpers import child_env, hang_guard

SHIPPED = resource_path("catalogue", DEFAULT_CATALOGUE_FILE)
SHIPPED_BYTES = SHIPPED.read_bytes()
SHIPPED_TEXT = SHIPPED_BYTES.decode("utf-8")
SHIPPED_DATA = tomllib.loads(SHIPPED_TEXT)
SHIPPED_LINES = SHIPPED_TEXT.splitlines(keepends=True)
ASSIGNMENT = re.compile(r"^(\s*[A-Za-z0-9_.\"-]+\s*=\s*)(.*)$", re.DOTALL)
ASSIGNMENT_LINES = [i for i, line in enumerate(SHIPPED_LINES) if ASSIGNMENT.match(line)]
SOURCE = "hostile.toml"
HANG_SECONDS = 10.0

FUZZ = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Cases run per kind and how they ended (printed when the module finishes; pytest -s shows it).
TALLY: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    kinds = sorted({k.split(":")[0] for k in TALLY})
    total = sum(v for k, v in TALLY.items() if k.endswith(":run"))
    parts = [
        f"{k} {TALLY[k + ':run']} ({TALLY[k + ':accepted']} accepted, "
        f"{TALLY[k + ':refused']} refused)"
        for k in kinds
    ]
    print(f"\nhostile catalogue: {total} cases fuzzed: " + "; ".join(parts))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile-catalogue")


# ---------------------------------------------------------------------------------------------
# Strategies
# ---------------------------------------------------------------------------------------------

KNOWN_KEYS = tuple(dict.fromkeys(_TOP_FIELDS + _CODE_FIELDS + _CHOICE_FIELDS + LANGUAGES))
keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=8))
scalars = st.one_of(
    st.text(max_size=12),
    st.sampled_from(CATEGORIES + CLIENT_VALUES + ("D01", "D99", "rehablogg-standard", "", " ")),
    st.integers(),
    st.integers(-2, 3),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=12,
)
random_documents = st.dictionaries(
    keys,
    values | st.lists(st.dictionaries(keys, values, max_size=5), min_size=1, max_size=3),
    max_size=8,
)


def _slots(node: Any) -> list[tuple[Any, Any]]:
    """Every (container, key-or-index) in a parsed document."""
    found: list[tuple[Any, Any]] = []
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in items:
        found.append((node, key))
        if isinstance(value, (dict, list)):
            found.extend(_slots(value))
    return found


@st.composite
def shipped_mutations(draw: st.DrawFn) -> str:
    """The shipped catalogue with 1-3 structural changes, written back as TOML."""
    doc = copy.deepcopy(SHIPPED_DATA)
    for _ in range(draw(st.integers(1, 3))):
        slots = _slots(doc)
        if not slots:
            break
        container, key = draw(st.sampled_from(slots))
        action = draw(st.sampled_from(("replace", "delete", "add", "repeat")))
        if action == "replace":
            container[key] = draw(values)
        elif action == "delete":
            del container[key]
        elif action == "add" and isinstance(container, dict):
            container[draw(keys)] = draw(values)
        elif isinstance(container, list):
            container.insert(key, copy.deepcopy(container[key]))
    return toml_writer.dumps(doc)


@st.composite
def line_mutations(draw: st.DrawFn) -> str:
    """The shipped text with 1-3 lines deleted, repeated or given another value."""
    lines = list(SHIPPED_LINES)
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(("delete", "repeat", "change")))
        if action == "change":
            index = draw(st.sampled_from(ASSIGNMENT_LINES))
            match = ASSIGNMENT.match(lines[index]) if index < len(lines) else None
            if match:
                lines[index] = match.group(1) + toml_writer.toml_value(draw(values)) + "\n"
            continue
        index = draw(st.integers(0, len(lines) - 1))
        if action == "delete":
            del lines[index]
        else:
            lines.insert(index, lines[index])
    return "".join(lines)


INSERTIONS = (
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xef\xbb\xbf",
    b"\r",
    b"\x1b",
    b"\n[[codes]]\n",
    b'"""',
    b"\\u",
    b"\xf4\x90\x80\x80",
    b"\xc0\xaf",
)


@st.composite
def byte_mutations(draw: st.DrawFn) -> bytes:
    """The shipped file with 1-4 byte flips, truncations, deletions or insertions."""
    data = bytearray(SHIPPED_BYTES)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(("flip", "truncate", "insert", "delete")))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del data[pos:]
        elif action == "insert":
            data[pos:pos] = draw(st.sampled_from(INSERTIONS) | st.binary(min_size=1, max_size=8))
        else:
            del data[pos : pos + draw(st.integers(1, 64))]
    return bytes(data)


# ---------------------------------------------------------------------------------------------
# The contract
# ---------------------------------------------------------------------------------------------


def _outcome(kind: str, call: Callable[[], Catalogue], *, one_line: bool = False) -> str | None:
    """Run ``call`` under a hang guard; the error's message, or None when it returned a
    Catalogue. Any exception but CatalogueError propagates and fails the test.

    ``one_line`` also demands a message without line breaks. It is asked for where the input
    cannot realistically carry a line break into an echoed value (byte mutations, odd files);
    generators that can are checked in test_every_refusal_is_one_line, which fails on a known
    bug for now."""
    TALLY[kind + ":run"] += 1
    try:
        with hang_guard(HANG_SECONDS):
            catalogue = call()
    except CatalogueError as error:
        TALLY[kind + ":refused"] += 1
        message = str(error)
        assert message.strip(), "an empty message"
        assert SOURCE in message, f"the message does not name the file: {message!r}"
        assert error.source == SOURCE
        assert isinstance(error.args[0], Sentence), f"not marked for translation: {message!r}"
        if one_line:
            assert "\n" not in message and "\r" not in message, repr(message)
        return message
    TALLY[kind + ":accepted"] += 1
    _assert_sound(catalogue)
    return None


def _assert_sound(catalogue: Catalogue) -> None:
    """What validation promises about a catalogue it let through."""
    assert isinstance(catalogue, Catalogue)
    codes = [c.code for c in catalogue.codes]
    assert len(codes) == len(set(codes))
    assert catalogue.active_codes()
    assert all(c.category in CATEGORIES and c.client in CLIENT_VALUES for c in catalogue.codes)
    for choices in (catalogue.contact_modes, catalogue.arenas, catalogue.parties):
        keys_ = [c.key for c in choices]
        assert keys_ and len(keys_) == len(set(keys_))


def _load_bytes(scratch: Path, data: bytes) -> Catalogue:
    path = scratch / SOURCE
    path.write_bytes(data)
    return load_catalogue(path)


def test_the_writer_round_trips_the_shipped_catalogue() -> None:
    assert tomllib.loads(toml_writer.dumps(SHIPPED_DATA)) == SHIPPED_DATA
    assert parse_catalogue(toml_writer.dumps(SHIPPED_DATA), SOURCE) == parse_catalogue(
        SHIPPED_TEXT, SOURCE
    )


@FUZZ
@given(random_documents)
def test_random_toml_documents(doc: dict[str, Any]) -> None:
    text = toml_writer.dumps(doc)
    tomllib.loads(text)  # the writer itself must produce valid TOML
    _outcome("random TOML documents", lambda: parse_catalogue(text, SOURCE))


@FUZZ
@given(shipped_mutations())
def test_structural_mutations_of_the_shipped_catalogue(text: str) -> None:
    _outcome("structural mutations of the shipped catalogue", lambda: parse_catalogue(text, SOURCE))


@FUZZ
@given(line_mutations())
def test_line_mutations_of_the_shipped_catalogue(text: str) -> None:
    _outcome("line mutations of the shipped file", lambda: parse_catalogue(text, SOURCE))


@settings(FUZZ, max_examples=30)
@given(byte_mutations())
def test_byte_mutations_of_the_shipped_file(scratch: Path, data: bytes) -> None:
    _outcome(
        "byte mutations of the shipped file", lambda: _load_bytes(scratch, data), one_line=True
    )


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 64,
        b"\xef\xbb\xbf",
        b"\xff\xfe" + SHIPPED_TEXT[:200].encode("utf-16-le"),
        SHIPPED_BYTES[:1],
        SHIPPED_BYTES + b"\x00",
        b"PK\x03\x04" + bytes(range(256)),
    ],
    ids=["empty", "nuls", "bom-only", "utf16", "one-byte", "trailing-nul", "zip-like"],
)
def test_odd_whole_files(scratch: Path, data: bytes) -> None:
    _outcome("odd whole files", lambda: _load_bytes(scratch, data), one_line=True)


def test_unreadable_paths(scratch: Path) -> None:
    folder = scratch / "a-folder.toml"
    folder.mkdir(exist_ok=True)
    for path in (folder, scratch / "missing.toml"):
        TALLY["unreadable paths:run"] += 1
        with pytest.raises(CatalogueError) as caught:
            load_catalogue(path)
        TALLY["unreadable paths:refused"] += 1
        assert path.name in str(caught.value) and "\n" not in str(caught.value)


# ---------------------------------------------------------------------------------------------
# Bugs found by the fuzzing, kept as deterministic failing tests
# ---------------------------------------------------------------------------------------------

_NEWLINE_IN_ID = 'id = "rehablogg\\nstandard"\nversion = 1\n'
_NEWLINE_IN_KEY = 'id = "x"\n"feil\\nfelt" = 1\n'
_NEWLINE_IN_CODE = SHIPPED_TEXT.replace('code = "D01"', 'code = "D0\\n1"', 1)
_NEWLINE_IN_CATEGORY = SHIPPED_TEXT.replace('category = "direkte"', 'category = "dir\\r\\nekte"', 1)
_NEWLINE_IN_PARTY_KEY = SHIPPED_TEXT.replace('key = "foreldre"', 'key = "for\\neldre"', 1)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_NEWLINE_IN_ID, id="id"),
        pytest.param(_NEWLINE_IN_KEY, id="unknown-key"),
        pytest.param(_NEWLINE_IN_CODE, id="code"),
        pytest.param(_NEWLINE_IN_CATEGORY, id="category"),
        pytest.param(_NEWLINE_IN_PARTY_KEY, id="party-key"),
    ],
)
def test_a_line_break_in_a_value_stays_out_of_the_message(text: str) -> None:
    message = _outcome("line breaks in values", lambda: parse_catalogue(text, SOURCE))
    assert message is not None
    assert "\n" not in message and "\r" not in message, repr(message)


@FUZZ
@example(_NEWLINE_IN_CODE)
@given(st.one_of(random_documents.map(toml_writer.dumps), shipped_mutations(), line_mutations()))
def test_every_refusal_is_one_line(text: str) -> None:
    message = _outcome("one-line check", lambda: parse_catalogue(text, SOURCE))
    assert message is None or ("\n" not in message and "\r" not in message), repr(message)


DEEP_ARRAY = "id = " + "[" * 600 + "]" * 600 + "\n"
DEEP_TABLE = "id = " + "{a = " * 600 + "1" + "}" * 600 + "\n"
HUGE_INTEGER = 'id = "rehablogg-standard"\nversion = 1' + "0" * 4400 + "\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(DEEP_ARRAY, id="600-nested-arrays"),
        pytest.param(DEEP_TABLE, id="600-nested-inline-tables"),
        pytest.param(HUGE_INTEGER, id="4401-digit-integer"),
    ],
)
def test_pathological_toml_is_refused_with_a_sentence(text: str) -> None:
    message = _outcome("pathological TOML", lambda: parse_catalogue(text, SOURCE))
    assert message is not None


# ---------------------------------------------------------------------------------------------
# The command line on a handful of mutated files
# ---------------------------------------------------------------------------------------------


def _cli_files() -> list[tuple[str, bytes]]:
    first = SHIPPED_TEXT.index("\n[[codes]]\n") + 1
    second = SHIPPED_TEXT.index("\n[[codes]]\n", first) + 1
    return [
        ("truncated", SHIPPED_BYTES[: len(SHIPPED_BYTES) // 2]),
        ("nul-inserted", SHIPPED_BYTES[:700] + b"\x00" + SHIPPED_BYTES[700:]),
        ("invalid-utf8", SHIPPED_BYTES[:900] + b"\xc3\x28" + SHIPPED_BYTES[900:]),
        (
            "code-block-repeated",
            (SHIPPED_TEXT[:second] + SHIPPED_TEXT[first:second] + SHIPPED_TEXT[second:]).encode(),
        ),
        ("category-line-deleted", SHIPPED_TEXT.replace('category = "direkte"\n', "", 1).encode()),
        ("version-is-text", SHIPPED_TEXT.replace("version = 1", 'version = "1"', 1).encode()),
        ("with-bom", b"\xef\xbb\xbf" + SHIPPED_BYTES),
        ("empty", b""),
    ]


CLI_CASES = [
    pytest.param("newline-in-code", _NEWLINE_IN_CODE.encode(), id="newline-in-code"),
    pytest.param("deep-nesting", DEEP_ARRAY.encode(), id="deep-nesting"),
    pytest.param("huge-integer", HUGE_INTEGER.encode(), id="huge-integer"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "data"), [*[pytest.param(n, d, id=n) for n, d in _cli_files()], *CLI_CASES]
)
def test_codes_command_on_a_mutated_file(name: str, data: bytes, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.toml"
    path.write_bytes(data)
    code = (
        "import sys; from rehablogg.cli import main; "
        f"sys.exit(main(['codes', '--catalogue', {str(path)!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=child_env(tmp_path / "data"),
        timeout=60,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    if result.returncode == 0:
        assert result.stderr == "" and result.stdout.startswith("rehablogg-standard versjon 2")
    else:
        lines = result.stderr.splitlines()
        assert len(lines) == 1, f"stderr is not one line: {result.stderr!r}"
        assert lines[0].startswith("rehablogg: ") and path.name in lines[0], lines[0]
        assert "Uventet feil" not in lines[0], lines[0]
