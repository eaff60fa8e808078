"""Reading a TOML file a person wrote by hand: bounded, parsed, and checked field by field.

The activity-code catalogue, the pilot set-up and the tariff models are all TOML files that
someone edits in a text editor and hands on, so a typo must never pass silently and must never
turn into a traceback. This module reads such a file (a regular file within a size limit,
``core.regular_file``; UTF-8 with or without a byte-order mark), parses it with the standard
library's ``tomllib`` and wraps the result in :class:`Table`, whose typed accessors return
checked values. Every refusal is one bokmål sentence, marked for translation, that names the
file, the table and the key, for example::

    pilotfil.toml: [intensity_targets.habilitering], feltet «minutes_per_week» må være …
    katalog.toml: [[codes]] nr. 3, feltet «code» mangler; legg det til.

A reader names its tables in its own words where it knows better (``kode D01``,
``modell «Takst i dag»``) with :meth:`Table.named`; otherwise a table is named as it is written
in the file (``[[codes]] nr. 3``, ``[intensity_targets.habilitering]``). Values from the file
appear in sentences through :func:`shown`, so a line break or an escape sequence in a value or
a key name can never break the sentence in two or paint a terminal.

Each reader raises its own subclass of :class:`TomlFileError` (``CatalogueError``,
``PilotError``, ``TariffError``), so callers keep catching what they caught before.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Final, TypeVar, overload

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.regular_file import read_regular_file, shown_path

T = TypeVar("T")

# Every hand-written TOML input is far below this (the shipped catalogue is about 40 KB, a
# roster of a thousand therapists about 100 KB); a larger file is a mistake or an attack.
MAX_TOML_BYTES = 4 * 1024 * 1024
SHOWN_CHARS = 40  # a value from the file is cut to this many characters in a sentence


class TomlFileError(ValueError):
    """A TOML file that cannot be used; ``str(error)`` is the one sentence to show.

    ``source`` is the file's name, ``field`` the key the sentence names (dotted for an inline
    table: ``label.nn``), ``details`` what the reader put on the table (``code``, ``model``,
    ``rule``) so a caller can point at it without parsing the sentence."""

    def __init__(
        self,
        message: str,
        *,
        source: str = "",
        field: str | None = None,
        details: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.source = source
        self.field = field
        self.details = dict(details or {})

    def detail(self, name: str, kind: type[T]) -> T | None:
        """The detail ``name`` when it is a ``kind``, else None."""
        value = self.details.get(name)
        return value if isinstance(value, kind) else None


# --------------------------------------------------------------------------------------------
# Sentences. The context is written out each time because lupdate reads only literals.
# --------------------------------------------------------------------------------------------

_AT_KEY = QT_TRANSLATE_NOOP("toml", "{file}: feltet «{key}»")
_AT_TABLE = QT_TRANSLATE_NOOP("toml", "{file}: {table}")
_AT_TABLE_KEY = QT_TRANSLATE_NOOP("toml", "{file}: {table}, feltet «{key}»")
_ARRAY_ITEM = QT_TRANSLATE_NOOP("toml", "[[{path}]] nr. {index}")

UNREADABLE = QT_TRANSLATE_NOOP("toml", "{file} kunne ikke leses ({reason}).")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "toml", "{file} er ikke lagret som UTF-8; lagre filen som UTF-8 og prøv igjen."
)
SYNTAX_AT = QT_TRANSLATE_NOOP("toml", "{file}: linje {line} er ikke gyldig TOML ({detail}).")
SYNTAX = QT_TRANSLATE_NOOP("toml", "{file} er ikke gyldig TOML ({detail}).")
PATHOLOGICAL = QT_TRANSLATE_NOOP(
    "toml",
    "{file} er ikke en TOML-fil rehablogg kan lese (for dyp nesting eller for lange tall).",
)

MISSING = QT_TRANSLATE_NOOP("toml", "{where} mangler; legg det til.")
UNKNOWN = QT_TRANSLATE_NOOP(
    "toml", "{where} er ukjent; sjekk stavemåten (kjente felt er {allowed})."
)
NOT_TEXT = QT_TRANSLATE_NOOP("toml", "{where} må være en tekst i anførselstegn, ikke {value}.")
EMPTY_TEXT = QT_TRANSLATE_NOOP("toml", "{where} kan ikke være tomt.")
NOT_BOOL = QT_TRANSLATE_NOOP("toml", "{where} må være true eller false, ikke {value}.")
NOT_INT = QT_TRANSLATE_NOOP("toml", "{where} må være et heltall uten anførselstegn, ikke {value}.")
NOT_POSITIVE_INT = QT_TRANSLATE_NOOP(
    "toml", "{where} må være et positivt heltall uten anførselstegn, ikke {value}."
)
NOT_INT_FROM = QT_TRANSLATE_NOOP(
    "toml", "{where} må være et heltall fra {low} og opp uten anførselstegn, ikke {value}."
)
NOT_INT_RANGE = QT_TRANSLATE_NOOP(
    "toml", "{where} må være et heltall fra {low} til {high} uten anførselstegn, ikke {value}."
)
NOT_NUMBER_RANGE = QT_TRANSLATE_NOOP(
    "toml", "{where} må være et tall fra {low} til {high} uten anførselstegn, ikke {value}."
)
NOT_DATE = QT_TRANSLATE_NOOP(
    "toml",
    "{where} må være en dato uten klokkeslett og uten anførselstegn, for eksempel 2025-01-01, "
    "ikke {value}.",
)
NOT_TEXTS = QT_TRANSLATE_NOOP(
    "toml",
    "{where} må være en liste av tekster i anførselstegn som ikke er tomme, for eksempel "
    "[{example}].",
)
NOT_ALLOWED_ITEM = QT_TRANSLATE_NOOP("toml", "{where} kan ikke inneholde {value}; bruk {allowed}.")
ONE_OF = QT_TRANSLATE_NOOP("toml", "{where} må være {allowed}, ikke {value}.")
NOT_TABLE = QT_TRANSLATE_NOOP("toml", "{where} må være en tabell, ikke {value}.")
NOT_TABLES = QT_TRANSLATE_NOOP("toml", "{where} må være en liste av tabeller ([[{path}]]).")
EMPTY_TABLES = QT_TRANSLATE_NOOP("toml", "{where} må ha minst én oppføring.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "toml", "{where} har {count} oppføringer, men høyst {limit} er tillatt."
)
_OR = QT_TRANSLATE_NOOP("toml", "eller")
_A_LIST = QT_TRANSLATE_NOOP("toml", "en liste")
_A_TABLE = QT_TRANSLATE_NOOP("toml", "en tabell")


# --------------------------------------------------------------------------------------------
# Values in sentences
# --------------------------------------------------------------------------------------------

# C0, DEL and C1 controls, and the line and paragraph separators str.splitlines() breaks on.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown_text(value: object) -> str:
    """Text from the file as it may stand in a one-line sentence: control characters made
    visible (``\\n``, ``\\x1b``), long text cut with an ellipsis."""
    text = _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], str(value))
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def shown(value: object) -> str:
    """A value from the file as the user wrote it in TOML: text in «», true/false, numbers and
    dates as written, and "en liste"/"en tabell" (never a whole, possibly huge, array)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"«{shown_text(value)}»"
    if isinstance(value, list):
        return _A_LIST
    if isinstance(value, dict):
        return _A_TABLE
    if isinstance(value, date | time):  # datetime is a date
        return value.isoformat()
    return shown_text(value)


def either(values: Sequence[str]) -> str:
    """``«a», «b» eller «c»``: the values a key may take, for a sentence."""
    items = [f"«{v}»" for v in values]
    if len(items) < 2:
        return "".join(items)
    return "{} {} {}".format(", ".join(items[:-1]), _OR, items[-1])


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _toml_key(key: str) -> str:
    """A key as TOML writes it in a table header: bare when it can be, else quoted."""
    return key if _BARE_KEY.fullmatch(key) else '"' + shown_text(key).replace('"', '\\"') + '"'


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------


class _Required(Enum):
    REQUIRED = "required"


REQUIRED: Final = _Required.REQUIRED
D = TypeVar("D")


@dataclass(frozen=True)
class Table:
    """One TOML table of a file and where it is, with typed accessors for its keys.

    Each accessor takes the key and, for an optional key, the value to return when it is
    absent; without that default the key is required. A wrong value raises the reader's error
    class with one sentence naming file, table and key."""

    data: Mapping[str, object]
    source: str
    error: type[TomlFileError] = TomlFileError
    name: str | None = None  # how sentences name the table; None at the top of the file
    prefix: str = ""  # for an inline table: its key and a dot, shown before each key
    path: tuple[str, ...] = ()  # the keys from the top of the file to this table
    details: Mapping[str, object] = field(default_factory=dict)

    # -- where, and refusals --------------------------------------------------------------

    def where(self, key: str | None = None) -> str:
        """The start of a sentence: file, table and (when given) key."""
        shown_key = None if key is None else shown_text(self.prefix + key)
        if shown_key is None and self.prefix:
            shown_key = shown_text(self.prefix[:-1])
        if self.name is None:
            if shown_key is None:
                return self.source
            return _AT_KEY.format(file=self.source, key=shown_key)
        if shown_key is None:
            return _AT_TABLE.format(file=self.source, table=self.name)
        return _AT_TABLE_KEY.format(file=self.source, table=self.name, key=shown_key)

    def problem(self, sentence: str, key: str | None = None, **values: object) -> TomlFileError:
        """The error for ``sentence`` (a marked template with ``{where}``). ``value``, if
        given, is the file's value and is shown as written; other values are the program's
        and go in as they are."""
        if "value" in values:
            values["value"] = shown(values["value"])
        message = sentence.format(where=self.where(key), **values)
        return self.error(
            message,
            source=self.source,
            field=None if key is None else self.prefix + key,
            details=self.details,
        )

    def named(self, name: str, **details: object) -> Table:
        """This table under the name a reader gives it (``kode D01``), with ``details`` for
        the error's attributes."""
        return replace(self, name=name, details={**self.details, **details})

    # -- plain access ---------------------------------------------------------------------

    def __contains__(self, key: object) -> bool:
        return key in self.data

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def raw(self, key: str) -> object:
        """The value as tomllib gave it, unchecked; None when absent."""
        return self.data.get(key)

    def refuse_unknown(self, allowed: Sequence[str]) -> None:
        """Refuse the first key (in file order) that is not in ``allowed``: a misspelt key
        would otherwise be ignored and its value silently lost."""
        for key in self.data:
            if key not in allowed:
                raise self.problem(UNKNOWN, key, allowed=", ".join(allowed))

    def _absent(self, key: str, default: object) -> bool:
        """True when ``key`` is absent and optional; raises when it is absent and required."""
        if key in self.data:
            return False
        if default is REQUIRED:
            raise self.problem(MISSING, key)
        return True

    # -- typed access ---------------------------------------------------------------------

    @overload
    def text(
        self,
        key: str,
        *,
        strip: bool = ...,
        blank: bool = ...,
        pattern: re.Pattern[str] | None = ...,
        sentence: str = ...,
    ) -> str: ...
    @overload
    def text(
        self,
        key: str,
        default: D,
        *,
        strip: bool = ...,
        blank: bool = ...,
        pattern: re.Pattern[str] | None = ...,
        sentence: str = ...,
    ) -> str | D: ...
    def text(
        self,
        key: str,
        default: object = REQUIRED,
        *,
        strip: bool = False,
        blank: bool = False,
        pattern: re.Pattern[str] | None = None,
        sentence: str = "",
    ) -> object:
        """A string; not blank unless ``blank``; stripped of surrounding space if ``strip``.
        With ``pattern`` the (stripped) text must match all of it, else ``sentence`` (a
        template with ``{where}`` and ``{value}`` that says how it is written)."""
        if self._absent(key, default):
            return default
        value = self.data[key]
        if not isinstance(value, str):
            raise self.problem(NOT_TEXT, key, value=value)
        if not blank and not value.strip():
            raise self.problem(EMPTY_TEXT, key)
        text = value.strip() if strip else value
        if pattern is not None and not pattern.fullmatch(text):
            raise self.problem(sentence, key, value=text)
        return text

    @overload
    def choice(self, key: str, allowed: Sequence[str], *, strip: bool = ...) -> str: ...
    @overload
    def choice(
        self, key: str, allowed: Sequence[str], default: D, *, strip: bool = ...
    ) -> str | D: ...
    def choice(
        self, key: str, allowed: Sequence[str], default: object = REQUIRED, *, strip: bool = False
    ) -> object:
        """One of ``allowed``, spelt exactly (after stripping if ``strip``)."""
        if self._absent(key, default):
            return default
        value = self.text(key, strip=strip)
        if value not in allowed:
            raise self.problem(ONE_OF, key, allowed=either(allowed), value=value)
        return value

    @overload
    def boolean(self, key: str) -> bool: ...
    @overload
    def boolean(self, key: str, default: D) -> bool | D: ...
    def boolean(self, key: str, default: object = REQUIRED) -> object:
        if self._absent(key, default):
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            raise self.problem(NOT_BOOL, key, value=value)
        return value

    @overload
    def integer(
        self, key: str, *, low: int | None = ..., high: int | None = ..., sentence: str = ...
    ) -> int: ...
    @overload
    def integer(
        self,
        key: str,
        default: D,
        *,
        low: int | None = ...,
        high: int | None = ...,
        sentence: str = ...,
    ) -> int | D: ...
    def integer(
        self,
        key: str,
        default: object = REQUIRED,
        *,
        low: int | None = None,
        high: int | None = None,
        sentence: str = "",
    ) -> object:
        """A whole number from ``low`` to ``high`` (either may be open). A wrong type and a
        value out of range get the same sentence, which says both; ``sentence`` replaces it
        (a template with ``{where}``, ``{low}``, ``{high}`` and ``{value}``)."""
        if self._absent(key, default):
            return default
        value = self.data[key]
        # bool is an int subclass in Python; a TOML true must not pass as 1.
        ok = isinstance(value, int) and not isinstance(value, bool)
        if ok and isinstance(value, int):
            ok = (low is None or value >= low) and (high is None or value <= high)
        if not ok:
            raise self.problem(
                sentence or _int_sentence(low, high), key, value=value, low=low, high=high
            )
        return value

    @overload
    def number(self, key: str, *, low: float, high: float, sentence: str = ...) -> float: ...
    @overload
    def number(
        self, key: str, default: D, *, low: float, high: float, sentence: str = ...
    ) -> float | D: ...
    def number(
        self,
        key: str,
        default: object = REQUIRED,
        *,
        low: float,
        high: float,
        sentence: str = "",
    ) -> object:
        """A number, whole or with decimals, from ``low`` to ``high`` (nan and inf never
        are); returned as written (an int stays an int)."""
        if self._absent(key, default):
            return default
        value = self.data[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not low <= value <= high
        ):
            raise self.problem(sentence or NOT_NUMBER_RANGE, key, value=value, low=low, high=high)
        return value

    @overload
    def day(self, key: str) -> date: ...
    @overload
    def day(self, key: str, default: D) -> date | D: ...
    def day(self, key: str, default: object = REQUIRED) -> object:
        """A TOML local date (``2025-01-01``); a date with a time of day is refused, since
        everything these files date starts on a whole day."""
        if self._absent(key, default):
            return default
        value = self.data[key]
        # tomllib gives a datetime (a date subclass) for a date with a time.
        if not isinstance(value, date) or isinstance(value, datetime):
            raise self.problem(NOT_DATE, key, value=value)
        return value

    @overload
    def texts(
        self,
        key: str,
        *,
        example: str = ...,
        allowed: Sequence[str] | None = ...,
        sentence: str = ...,
    ) -> tuple[str, ...]: ...
    @overload
    def texts(
        self,
        key: str,
        default: D,
        *,
        example: str = ...,
        allowed: Sequence[str] | None = ...,
        sentence: str = ...,
    ) -> tuple[str, ...] | D: ...
    def texts(
        self,
        key: str,
        default: object = REQUIRED,
        *,
        example: str = '"a", "b"',
        allowed: Sequence[str] | None = None,
        sentence: str = NOT_TEXTS,
    ) -> object:
        """A list of strings that are not blank (``example`` is shown in the sentence, as
        TOML inside the brackets; ``sentence`` may replace it); with ``allowed``, each must be
        one of those."""
        if self._absent(key, default):
            return default
        value = self.data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.problem(sentence, key, example=example)
        if allowed is not None:
            for item in value:
                if item not in allowed:
                    raise self.problem(NOT_ALLOWED_ITEM, key, allowed=either(allowed), value=item)
        return tuple(value)

    @overload
    def table(self, key: str, *, header: bool = ...) -> Table: ...
    @overload
    def table(self, key: str, default: D, *, header: bool = ...) -> Table | D: ...
    def table(self, key: str, default: object = REQUIRED, *, header: bool = False) -> object:
        """The table under ``key``. Its keys are named with a dot after ``key``
        (``feltet «label.nn»``), as an inline table is written; with ``header`` the table is
        named by its header instead (``[intensity_targets.habilitering], feltet «…»``)."""
        if self._absent(key, default):
            return default
        value = self.data[key]
        if not isinstance(value, dict):
            raise self.problem(NOT_TABLE, key, value=value)
        path = (*self.path, key)
        if header:
            name = "[" + ".".join(_toml_key(k) for k in path) + "]"
            return Table(value, self.source, self.error, name, "", path, self.details)
        return Table(
            value, self.source, self.error, self.name, self.prefix + key + ".", path, self.details
        )

    def tables(
        self, key: str, *, limit: int | None = None, too_many: str = TOO_MANY
    ) -> list[Table]:
        """The array of tables under ``key`` (``[[key]]``), required and not empty; each is
        named ``[[key]] nr. N`` until the reader names it. More than ``limit`` is refused
        before any is read (``too_many``: a template with ``{count}`` and ``{limit}``)."""
        self._absent(key, REQUIRED)
        value = self.data[key]
        path = (*self.path, key)
        dotted = ".".join(_toml_key(k) for k in path)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.problem(NOT_TABLES, key, path=dotted)
        if not value:
            raise self.problem(EMPTY_TABLES, key)
        if limit is not None and len(value) > limit:
            raise self.problem(too_many, key, count=len(value), limit=limit)
        return [
            Table(
                item,
                self.source,
                self.error,
                _ARRAY_ITEM.format(path=dotted, index=index),
                "",
                path,
                self.details,
            )
            for index, item in enumerate(value, start=1)
        ]


def _int_sentence(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return NOT_INT_RANGE
    if low == 1:
        return NOT_POSITIVE_INT
    if low is not None:
        return NOT_INT_FROM
    return NOT_INT


# --------------------------------------------------------------------------------------------
# Reading and parsing
# --------------------------------------------------------------------------------------------

_TOML_AT = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def parse_toml(text: str, source: str, error: type[TomlFileError] = TomlFileError) -> Table:
    """The top-level table of TOML ``text``; ``source`` is the file name sentences use."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's TOMLDecodeError has no lineno attribute; the position is in the text.
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        found = _TOML_AT.search(message)
        if found is not None:
            detail = shown_text(message[: found.start()])
            raise error(
                SYNTAX_AT.format(file=source, line=found.group(1), detail=detail), source=source
            ) from None
        detail = shown_text(_TOML_AT_END.sub("", message))
        raise error(SYNTAX.format(file=source, detail=detail), source=source) from None
    except (RecursionError, ValueError):
        # Hostile input: nesting deeper than Python's recursion limit, or an integer literal
        # longer than its int/str conversion limit; tomllib reports neither as a TOML error.
        raise error(PATHOLOGICAL.format(file=source), source=source) from None
    return Table(data, source, error)


def read_toml(
    path: Path, error: type[TomlFileError] = TomlFileError, limit: int = MAX_TOML_BYTES
) -> Table:
    """Read, decode and parse the TOML file at ``path``; sentences name it by its name alone
    (control characters in it made visible, so the sentence stays on one line)."""
    source = shown_path(path.name)
    try:
        raw = read_regular_file(path, limit)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise error(UNREADABLE.format(file=source, reason=reason), source=source) from None
    try:
        # utf-8-sig: Windows editors often save a BOM, which TOML itself does not allow.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(NOT_UTF8.format(file=source), source=source) from None
    return parse_toml(text, source, error)
