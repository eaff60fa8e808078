"""The validated-TOML reader shared by the catalogue, the pilot set-up and the tariff models:
typed accessors, and one translatable sentence per problem that names file, table and key and
stays on one line whatever the file holds."""

from __future__ import annotations

import os
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.i18n import Sentence
from rehablogg.core.toml_reader import (
    MAX_TOML_BYTES,
    Table,
    TomlFileError,
    either,
    parse_toml,
    read_toml,
    shown,
)

OWN = Sentence(
    "{where} skrives som D01, ikke {value}.", "test", "{where} skrives som D01, ikke {value}."
)


class ReaderError(TomlFileError):
    """Stands for CatalogueError/PilotError/TariffError: the reader raises the caller's class."""


def _parse(text: str, source: str = "fil.toml") -> Table:
    return parse_toml(text, source, ReaderError)


def _refusal(call: object) -> ReaderError:
    """The error ``call`` raises, checked against the contract every refusal keeps."""
    assert callable(call)
    with pytest.raises(ReaderError) as caught:
        call()
    error = caught.value
    message = str(error)
    assert message.startswith("fil.toml"), message
    assert message.endswith("."), message
    assert len(message.splitlines()) == 1 and "\r" not in message, repr(message)
    assert len(message) < 400, message
    # Translatable: the message is a marked sentence, and so is the place it names.
    sentence = error.args[0]
    assert isinstance(sentence, Sentence) and sentence.context in ("toml", OWN.context), repr(
        sentence
    )
    return error


# ---------------------------------------------------------------------------------------------
# Typed values
# ---------------------------------------------------------------------------------------------

GOOD = """\
name = "Pilot Vest"
blank = ""
count = 7
ok = true
day = 2025-03-01
words = ["a", "b"]
kind = "rehabilitering"
share = 1.5
inline = { nb = "Tekst", nn = "Tekst" }

[section.sub]
minutes = 60

[[items]]
code = "A1"

[[items]]
code = "B2"
"""


def test_every_accessor_returns_the_typed_value() -> None:
    top = _parse(GOOD)
    assert top.text("name") == "Pilot Vest"
    assert top.text("blank", blank=True) == ""
    assert top.integer("count", low=1, high=10) == 7
    assert top.boolean("ok") is True
    assert top.day("day") == date(2025, 3, 1)
    assert top.texts("words") == ("a", "b")
    assert top.choice("kind", ("habilitering", "rehabilitering")) == "rehabilitering"
    assert top.number("share", low=0, high=50) == 1.5
    assert top.table("inline").text("nn") == "Tekst"
    assert top.table("section").table("sub", header=True).integer("minutes") == 60
    assert [t.text("code") for t in top.tables("items")] == ["A1", "B2"]
    assert "name" in top and "absent" not in top and next(iter(top)) == "name"


def test_an_absent_optional_key_gives_its_default() -> None:
    top = _parse(GOOD)
    assert top.text("note", "") == ""
    assert top.integer("limit", None, low=1) is None
    assert top.boolean("example", False) is False
    assert top.day("valid_to", None) is None
    assert top.texts("anchors", ()) == ()
    assert top.choice("travel", ("unpaid", "separate"), "unpaid") == "unpaid"
    assert top.number("rate", 0, low=0, high=5) == 0
    assert top.table("targets", None) is None
    assert top.raw("absent") is None


def test_text_may_be_stripped() -> None:
    top = _parse('unit = "  Barn  "\n')
    assert top.text("unit") == "  Barn  "
    assert top.text("unit", strip=True) == "Barn"


# (case, the document, the call, the exact sentence)
REFUSALS = [
    ("missing", "", lambda t: t.text("name"), "fil.toml: feltet «name» mangler; legg det til."),
    (
        "text-type",
        "name = 5",
        lambda t: t.text("name"),
        "fil.toml: feltet «name» må være en tekst i anførselstegn, ikke 5.",
    ),
    (
        "text-blank",
        'name = "  "',
        lambda t: t.text("name"),
        "fil.toml: feltet «name» kan ikke være tomt.",
    ),
    (
        "text-pattern",
        'code = " d01 "',
        lambda t: t.text("code", strip=True, pattern=re.compile("[A-Z][0-9]+"), sentence=OWN),
        "fil.toml: feltet «code» skrives som D01, ikke «d01».",
    ),
    (
        "bool-type",
        'ok = "ja"',
        lambda t: t.boolean("ok"),
        "fil.toml: feltet «ok» må være true eller false, ikke «ja».",
    ),
    (
        "int-text",
        'n = "2"',
        lambda t: t.integer("n"),
        "fil.toml: feltet «n» må være et heltall uten anførselstegn, ikke «2».",
    ),
    (
        "int-bool",
        "n = true",
        lambda t: t.integer("n", low=1),
        "fil.toml: feltet «n» må være et positivt heltall uten anførselstegn, ikke true.",
    ),
    (
        "int-float",
        "n = 30.0",
        lambda t: t.integer("n", low=1),
        "fil.toml: feltet «n» må være et positivt heltall uten anførselstegn, ikke 30.0.",
    ),
    (
        "int-low",
        "n = -1",
        lambda t: t.integer("n", low=0),
        "fil.toml: feltet «n» må være et heltall fra 0 og opp uten anførselstegn, ikke -1.",
    ),
    (
        "int-high",
        "n = 51",
        lambda t: t.integer("n", low=2, high=50),
        "fil.toml: feltet «n» må være et heltall fra 2 til 50 uten anførselstegn, ikke 51.",
    ),
    (
        "number-nan",
        "x = nan",
        lambda t: t.number("x", low=0, high=50),
        "fil.toml: feltet «x» må være et tall fra 0 til 50 uten anførselstegn, ikke nan.",
    ),
    (
        "number-inf",
        "x = inf",
        lambda t: t.number("x", low=0, high=50),
        "fil.toml: feltet «x» må være et tall fra 0 til 50 uten anførselstegn, ikke inf.",
    ),
    (
        "date-text",
        'd = "2025-01-01"',
        lambda t: t.day("d"),
        "fil.toml: feltet «d» må være en dato uten klokkeslett og uten anførselstegn, for eksempel "
        "2025-01-01, ikke «2025-01-01».",
    ),
    (
        "date-time",
        "d = 2025-01-01T08:00:00",
        lambda t: t.day("d"),
        "fil.toml: feltet «d» må være en dato uten klokkeslett og uten anførselstegn, for eksempel "
        "2025-01-01, ikke 2025-01-01T08:00:00.",
    ),
    (
        "date-clock",
        "d = 08:00:00",
        lambda t: t.day("d"),
        "fil.toml: feltet «d» må være en dato uten klokkeslett og uten anførselstegn, for eksempel "
        "2025-01-01, ikke 08:00:00.",
    ),
    (
        "texts-type",
        'w = "a"',
        lambda t: t.texts("w", example='"A04"'),
        "fil.toml: feltet «w» må være en liste av tekster i anførselstegn som ikke er tomme, for "
        'eksempel ["A04"].',
    ),
    (
        "texts-blank-item",
        'w = ["a", " "]',
        lambda t: t.texts("w"),
        "fil.toml: feltet «w» må være en liste av tekster i anførselstegn som ikke er tomme, for "
        'eksempel ["a", "b"].',
    ),
    (
        "texts-not-allowed",
        'w = ["arena", "humør"]',
        lambda t: t.texts("w", allowed=("arena",)),
        "fil.toml: feltet «w» kan ikke inneholde «humør»; bruk «arena».",
    ),
    (
        "choice",
        'k = "direct"',
        lambda t: t.choice("k", ("direkte", "indirekte", "annet")),
        "fil.toml: feltet «k» må være «direkte», «indirekte» eller «annet», ikke «direct».",
    ),
    (
        "choice-type",
        "k = 1",
        lambda t: t.choice("k", ("a", "b")),
        "fil.toml: feltet «k» må være en tekst i anførselstegn, ikke 1.",
    ),
    (
        "table-type",
        'label = "x"',
        lambda t: t.table("label"),
        "fil.toml: feltet «label» må være en tabell, ikke «x».",
    ),
    (
        "tables-type",
        "codes = [1, 2]",
        lambda t: t.tables("codes"),
        "fil.toml: feltet «codes» må være en liste av tabeller ([[codes]]).",
    ),
    (
        "tables-empty",
        "codes = []",
        lambda t: t.tables("codes"),
        "fil.toml: feltet «codes» må ha minst én oppføring.",
    ),
    (
        "tables-missing",
        "",
        lambda t: t.tables("codes"),
        "fil.toml: feltet «codes» mangler; legg det til.",
    ),
    (
        "tables-limit",
        "[[m]]\n[[m]]\n[[m]]\n",
        lambda t: t.tables("m", limit=2),
        "fil.toml: feltet «m» har 3 oppføringer, men høyst 2 er tillatt.",
    ),
    (
        "unknown",
        "naem = 1\nname = 2",
        lambda t: t.refuse_unknown(("name", "id")),
        "fil.toml: feltet «naem» er ukjent; sjekk stavemåten (kjente felt er name, id).",
    ),
]


@pytest.mark.parametrize(
    ("text", "call", "expected"), [pytest.param(t, c, e, id=i) for i, t, c, e in REFUSALS]
)
def test_each_wrong_value_is_one_sentence_naming_file_and_key(
    text: str, call: object, expected: str
) -> None:
    top = _parse(text)
    assert callable(call)
    error = _refusal(lambda: call(top))
    assert str(error) == expected


def test_a_table_in_an_array_is_named_by_its_header_and_number() -> None:
    top = _parse(GOOD + "\n[[items]]\ncode = 3\n")
    third = top.tables("items")[2]
    error = _refusal(lambda: third.text("code"))
    assert str(error) == (
        "fil.toml: [[items]] nr. 3, feltet «code» må være en tekst i anførselstegn, ikke 3."
    )
    assert error.field == "code" and error.source == "fil.toml"


def test_a_nested_array_is_named_by_its_full_path() -> None:
    top = _parse('[[models]]\nname = "A"\nrules = [1]\n')
    (model,) = top.tables("models")
    assert str(_refusal(lambda: model.tables("rules"))) == (
        "fil.toml: [[models]] nr. 1, feltet «rules» må være en liste av tabeller "
        "([[models.rules]])."
    )


def test_a_header_table_is_named_by_its_header() -> None:
    top = _parse("[intensity_targets.habilitering]\nminutter = 60\n")
    service = top.table("intensity_targets").table("habilitering", header=True)
    error = _refusal(lambda: service.refuse_unknown(("minutes_per_week",)))
    assert str(error) == (
        "fil.toml: [intensity_targets.habilitering], feltet «minutter» er "
        "ukjent; sjekk stavemåten (kjente felt er minutes_per_week)."
    )
    # The table's own value problem names it by its dotted key.
    top = _parse("intensity_targets = { habilitering = 3 }\n")
    error = _refusal(lambda: top.table("intensity_targets").table("habilitering", header=True))
    assert str(error) == (
        "fil.toml: feltet «intensity_targets.habilitering» må være en tabell, ikke 3."
    )


def test_an_inline_table_names_its_keys_with_a_dot() -> None:
    top = _parse('[[codes]]\ncode = "D01"\nlabel = { nb = "x", se = "y" }\n')
    code = top.tables("codes")[0].named("kode D01", code="D01")
    error = _refusal(lambda: code.table("label").refuse_unknown(("nb", "nn", "en")))
    assert str(error) == (
        "fil.toml: kode D01, feltet «label.se» er ukjent; sjekk stavemåten "
        "(kjente felt er nb, nn, en)."
    )
    assert error.field == "label.se" and error.details == {"code": "D01"}
    assert error.detail("code", str) == "D01" and error.detail("code", int) is None
    error = _refusal(lambda: code.table("label").text("nn"))
    assert str(error) == "fil.toml: kode D01, feltet «label.nn» mangler; legg det til."


def test_a_reader_names_a_table_in_its_own_words_and_the_name_is_translatable() -> None:
    top = _parse('[[models]]\nname = "Takst"\nfee = "x"\n')
    name = Sentence("modell «Takst»", "tariffs", "modell «{model}»", {"model": "Takst"})
    model = top.tables("models")[0].named(name, model="Takst")
    error = _refusal(lambda: model.integer("fee"))
    assert str(error).startswith("fil.toml: modell «Takst», feltet «fee»")
    where = error.args[0].params["where"]
    assert isinstance(where, Sentence) and where.params["table"] is name
    assert error.details == {"model": "Takst"}


def test_a_problem_of_the_readers_own_rule_uses_the_same_place() -> None:
    top = _parse('[[roster]]\ntherapist = "T1"\n')
    row = top.tables("roster")[0]
    own = Sentence("{where} står der to ganger.", "pilot", "{where} står der to ganger.")
    error = row.problem(own, "therapist")
    assert isinstance(error, ReaderError)
    assert str(error) == "fil.toml: [[roster]] nr. 1, feltet «therapist» står der to ganger."
    assert str(row.problem(own)) == "fil.toml: [[roster]] nr. 1 står der to ganger."


def test_shown_values() -> None:
    assert shown("tekst") == "«tekst»"
    assert shown(True) == "true" and shown(False) == "false"
    assert shown(2.0) == "2.0" and shown(-3) == "-3"
    assert shown(date(2025, 1, 2)) == "2025-01-02"
    assert shown([1, 2]) == "en liste" and shown({"a": 1}) == "en tabell"
    assert shown("a" * 100) == "«" + "a" * 39 + "…»"
    assert either(("a",)) == "«a»" and either(("a", "b", "c")) == "«a», «b» eller «c»"


# ---------------------------------------------------------------------------------------------
# Hostile documents
# ---------------------------------------------------------------------------------------------

CONTROL_KEYS = ["feil\nfelt", "feil\rfelt", "a\x1b[2Jb", "a\u2028b", "a\x85b", "\x00"]


@pytest.mark.parametrize("key", CONTROL_KEYS, ids=["lf", "cr", "escape", "u2028", "nel", "nul"])
def test_a_key_with_a_control_character_in_its_name_stays_on_one_line(key: str) -> None:
    escaped = "".join(c if c.isalnum() else f"\\u{ord(c):04x}" for c in key)
    top = _parse(f'"{escaped}" = 1\n')
    error = _refusal(lambda: top.refuse_unknown(("id",)))
    assert "\x1b" not in str(error) and "\x00" not in str(error)
    assert "\\" in str(error)  # made visible, not dropped


def test_a_control_character_in_a_table_name_and_a_value_stays_on_one_line() -> None:
    top = _parse('[targets."ha\\nbil"]\nx = "verdi\\r\\nmed linjeskift"\n')
    table = top.table("targets").table("ha\nbil", header=True)
    assert str(_refusal(lambda: table.integer("x"))) == (
        'fil.toml: [targets."ha\\nbil"], feltet «x» må være et heltall uten anførselstegn, '
        "ikke «verdi\\r\\nmed linjeskift»."
    )
    error = _refusal(lambda: table.refuse_unknown(()))
    assert "[targets." in str(error)


def test_a_long_key_and_value_are_cut() -> None:
    top = _parse(f'{"k" * 5000} = "{"v" * 100_000}"\n')
    error = _refusal(lambda: top.refuse_unknown(("id",)))
    assert "k" * 39 + "…" in str(error)
    error = _refusal(lambda: top.integer("k" * 5000))
    assert "v" * 39 + "…" in str(error)


def test_a_huge_array_is_refused_without_being_echoed() -> None:
    top = _parse("n = [" + "1, " * 500_000 + "1]\nw = [" + '"a", ' * 500_000 + "2]\n")
    assert str(_refusal(lambda: top.integer("n"))).endswith("ikke en liste.")
    assert "[" + '"a", "b"' + "]" in str(_refusal(lambda: top.texts("w")))


def test_a_huge_array_of_tables_is_refused_before_any_is_read() -> None:
    top = _parse("[[m]]\n" * 200_000)
    assert "200000 oppføringer" in str(_refusal(lambda: top.tables("m", limit=50)))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("x = " + "[" * 5000 + "]" * 5000 + "\n", id="deep-arrays"),
        pytest.param("x = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n", id="deep-inline-tables"),
        pytest.param("x = 1" + "0" * 5000 + "\n", id="5001-digit-integer"),
    ],
)
def test_pathological_nesting_and_numbers_are_one_sentence(text: str) -> None:
    error = _refusal(lambda: _parse(text))
    assert str(error) == (
        "fil.toml er ikke en TOML-fil rehablogg kan lese (for dyp nesting eller for lange tall)."
    )


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("[a]\nx = 1\n[a]\ny = 2\n", "3", id="table-twice"),
        pytest.param("x = 1\nx = 2\n", "2", id="key-twice"),
        pytest.param("[[a]]\nx = 1\n[a]\n", "3", id="array-then-table"),
        pytest.param("a = { b = 1 }\n[a]\n", "2", id="inline-then-header"),
        pytest.param("x = 1\ny = \x00\n", "2", id="nul"),
        pytest.param('x = "a\x1bb"\n', "1", id="escape-in-string"),
    ],
)
def test_what_tomllib_refuses_is_one_sentence_with_its_line(text: str, line: str) -> None:
    error = _refusal(lambda: _parse(text))
    assert str(error).startswith(f"fil.toml: linje {line} er ikke gyldig TOML (")


def test_a_syntax_error_at_the_end_still_names_the_file() -> None:
    assert str(_refusal(lambda: _parse('x = "unterminated'))).startswith(
        "fil.toml er ikke gyldig TOML ("
    )


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


def test_read_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "fil.toml"
    path.write_bytes(b'\xef\xbb\xbfname = "\xc3\xa6\xc3\xb8\xc3\xa5"\n')
    assert read_toml(path, ReaderError).text("name") == "æøå"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param('name = "æøå"\n'.encode("latin-1"), id="latin-1"),
        pytest.param('name = "x"\n'.encode("utf-16"), id="utf-16"),
        pytest.param(b'name = "\xed\xa0\x80"\n', id="surrogate"),
    ],
)
def test_read_refuses_a_file_that_is_not_utf8(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fil.toml"
    path.write_bytes(data)
    assert str(_refusal(lambda: read_toml(path, ReaderError))) == (
        "fil.toml er ikke lagret som UTF-8; lagre filen som UTF-8 og prøv igjen."
    )


def test_read_refuses_what_is_no_regular_file_within_the_limit(tmp_path: Path) -> None:
    assert str(_refusal(lambda: read_toml(tmp_path / "fil.toml", ReaderError))).startswith(
        "fil.toml kunne ikke leses ("
    )
    (tmp_path / "mappe").mkdir()
    folder = tmp_path / "mappe" / "fil.toml"
    folder.mkdir()
    assert "en mappe" in str(_refusal(lambda: read_toml(folder, ReaderError)))
    big = tmp_path / "stor" / "fil.toml"
    big.parent.mkdir()
    big.write_bytes(b"# " + b"x" * 2000 + b"\n")
    assert "grensen" in str(_refusal(lambda: read_toml(big, ReaderError, limit=1000)))
    assert MAX_TOML_BYTES == 4 * 1024 * 1024


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are a POSIX thing here")
def test_read_refuses_a_fifo_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "fil.toml"
    os.mkfifo(fifo)
    assert "FIFO" in str(_refusal(lambda: read_toml(fifo, ReaderError)))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names cannot hold a newline")
def test_a_file_name_with_a_line_break_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "fil\n.toml"
    path.write_text("x = 1\n", encoding="utf-8")
    with pytest.raises(ReaderError) as caught:
        read_toml(path, ReaderError).text("x")
    assert str(caught.value) == (
        "fil\\x0a.toml: feltet «x» må være en tekst i anførselstegn, ikke 1."
    )
