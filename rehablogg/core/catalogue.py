"""The activity-code catalogue: its model, its TOML file format and the rules that guard it.

A catalogue is versioned data that a pilot lead hands out, not code, so a typo in a file must
never pass silently: every rule below refuses with one bokmål sentence that names the file, the
code (when there is one) and the field. The file format is documented at the top of
``resources/catalogue/rehablogg-standard-1.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.regular_file import read_regular_file
from rehablogg.resources_dir import resource_path

CATEGORIES: tuple[str, ...] = ("direkte", "indirekte", "annet")
CLIENT_VALUES: tuple[str, ...] = ("required", "optional", "none")
LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")
DEFAULT_CATALOGUE_FILE = "rehablogg-standard-1.toml"

# Codes end up in spreadsheets and other programs' joins, so they stay short, upper-case ASCII.
CODE_PATTERN = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# Keys become column names (part_<key>) and database values, so they are plain snake_case ASCII.
KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")

_TOP_FIELDS = ("id", "version", "name", "valid_from", "codes", "contact_modes", "arenas", "parties")
_CODE_FIELDS = (
    "code",
    "category",
    "client",
    "group",
    "label",
    "description",
    "anchors",
    "retired_in",
    "contact_mode",
    "arena",
)
_CHOICE_FIELDS = ("key", "label")


class CatalogueError(ValueError):
    """A catalogue file that cannot be used; ``str(error)`` is a sentence for the user."""

    def __init__(
        self,
        message: str,
        *,
        source: str = "",
        code: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.source = source
        self.code = code
        self.field = field


# --------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labels:
    """One text in the three UI languages."""

    nb: str
    nn: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("nn", "en", also "nn_NO" or "en-GB"); bokmål otherwise."""
        base = lang.replace("-", "_").split("_", 1)[0].lower()
        if base == "nn":
            return self.nn
        if base == "en":
            return self.en
        return self.nb


@dataclass(frozen=True)
class Choice:
    """One value of a fixed list on an entry (contact mode, arena or party)."""

    key: str
    label: Labels


@dataclass(frozen=True)
class Code:
    """One activity code."""

    code: str
    category: str
    client: str
    group: bool
    label: Labels
    description: Labels
    anchors: tuple[str, ...]
    retired_in: int | None
    # What the entry form puts in the field when this code is picked: a key of the catalogue's
    # list, "" for "leave the field empty" (a phone call has no arena), or None when nothing is
    # typical for the code (the field keeps what it has).
    contact_mode: str | None = None
    arena: str | None = None

    @property
    def needs_client(self) -> bool:
        return self.client == "required"

    @property
    def allows_client(self) -> bool:
        return self.client != "none"

    def active_in(self, version: int) -> bool:
        """Whether catalogue ``version`` still offers this code for new entries."""
        return self.retired_in is None or self.retired_in > version


@dataclass(frozen=True)
class Catalogue:
    """A versioned set of codes and the choice lists of an entry."""

    id: str
    version: int
    name: Labels
    valid_from: date | None
    codes: tuple[Code, ...]
    contact_modes: tuple[Choice, ...]
    arenas: tuple[Choice, ...]
    parties: tuple[Choice, ...]

    def code(self, code: str) -> Code | None:
        """The code, retired or not: entries made before it retired must still show it."""
        return next((c for c in self.codes if c.code == code), None)

    def active_codes(self) -> tuple[Code, ...]:
        """Codes offered for new entries, in file order."""
        return tuple(c for c in self.codes if c.active_in(self.version))

    def is_retired(self, code: str) -> bool:
        """True for a code this catalogue knows but no longer offers; False for unknown codes."""
        found = self.code(code)
        return found is not None and not found.active_in(self.version)

    @property
    def contact_mode_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.contact_modes)

    @property
    def arena_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.arenas)

    @property
    def party_keys(self) -> tuple[str, ...]:
        """Party keys in catalogue order, which is the export's column order."""
        return tuple(c.key for c in self.parties)

    def contact_mode(self, key: str) -> Choice | None:
        return _find_choice(self.contact_modes, key)

    def arena(self, key: str) -> Choice | None:
        return _find_choice(self.arenas, key)

    def party(self, key: str) -> Choice | None:
        return _find_choice(self.parties, key)


def _find_choice(choices: Iterable[Choice], key: str) -> Choice | None:
    return next((c for c in choices if c.key == key), None)


# --------------------------------------------------------------------------------------------
# Messages. Each is marked for lupdate, then filled in with .format(). The context is written
# out as a literal every time because lupdate ignores calls whose arguments are not literals.
# --------------------------------------------------------------------------------------------

_AT_FIELD = QT_TRANSLATE_NOOP("catalogue", "{file}: feltet «{field}»")
_AT_CODE = QT_TRANSLATE_NOOP("catalogue", "{file}: kode {code}, feltet «{field}»")
_AT_CODE_NO = QT_TRANSLATE_NOOP("catalogue", "{file}: kode nr. {index}, feltet «{field}»")
_AT_CHOICE = QT_TRANSLATE_NOOP(
    "catalogue", "{file}: listen «{table}», nøkkel {key}, feltet «{field}»"
)
_AT_CHOICE_NO = QT_TRANSLATE_NOOP(
    "catalogue", "{file}: listen «{table}», oppføring nr. {index}, feltet «{field}»"
)

_MISSING = QT_TRANSLATE_NOOP("catalogue", "{where} mangler; legg det til.")
_UNKNOWN = QT_TRANSLATE_NOOP(
    "catalogue", "{where} er ukjent; sjekk stavemåten (kjente felt er {allowed})."
)
_NOT_TEXT = QT_TRANSLATE_NOOP("catalogue", "{where} må være en tekst i anførselstegn.")
_NOT_BOOL = QT_TRANSLATE_NOOP("catalogue", "{where} må være true eller false.")
_NOT_INT = QT_TRANSLATE_NOOP("catalogue", "{where} må være et helt tall uten anførselstegn.")
_NOT_DATE = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må være en dato uten klokkeslett og uten anførselstegn, for eksempel 2025-01-01.",
)
_NOT_TABLE = QT_TRANSLATE_NOOP("catalogue", "{where} må være en tabell.")
_NOT_TABLES = QT_TRANSLATE_NOOP("catalogue", "{where} må være en liste av tabeller ([[{field}]]).")
_NOT_TEXT_LIST = QT_TRANSLATE_NOOP(
    "catalogue",
    '{where} må være en liste av tekster som ikke er tomme, for eksempel ["takst A1a"].',
)
_EMPTY_LIST = QT_TRANSLATE_NOOP("catalogue", "{where} må ha minst én oppføring.")
_EMPTY_TEXT = QT_TRANSLATE_NOOP("catalogue", "{where} kan ikke være tomt.")
_ONE_OF = QT_TRANSLATE_NOOP("catalogue", "{where} må være {allowed}, ikke «{value}».")
_VERSION = QT_TRANSLATE_NOOP("catalogue", "{where} må være et positivt heltall, ikke {value}.")
_ID_FORMAT = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} kan bare ha små bokstaver a til z, sifre, punktum og bindestrek "
    "(for eksempel «rehablogg-standard»), ikke «{value}».",
)
_CODE_FORMAT = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må være en stor bokstav fulgt av 1 til 5 store bokstaver eller sifre "
    "(for eksempel «D01»), ikke «{value}».",
)
_CODE_DUPLICATE = QT_TRANSLATE_NOOP(
    "catalogue", "{where} gjentar en kode som står lenger opp; hver kode kan bare stå én gang."
)
_KEY_FORMAT = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må begynne med en liten bokstav og bare ha små bokstaver a til z, sifre og "
    "understrek, ikke «{value}».",
)
_KEY_DUPLICATE = QT_TRANSLATE_NOOP(
    "catalogue", "{where} gjentar en nøkkel som står lenger opp; hver nøkkel kan bare stå én gang."
)
_USER_TIME_NEEDS_CLIENT = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} kan ikke være none i kategorien {category}, fordi direkte og indirekte "
    "brukertid alltid gjelder en bruker; bruk required eller optional.",
)
_RETIRED_RANGE = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må være et helt tall fra 1 til katalogens versjon {version}, ikke {value}.",
)
_NONE_ACTIVE = QT_TRANSLATE_NOOP(
    "catalogue", "{where} må ha minst én kode som ikke er utgått i versjon {version}."
)
_DEFAULT_CHOICE = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må være en nøkkel fra listen «{table}» i samme fil, eller tom tekst for ingen, "
    "ikke «{value}».",
)
_SYNTAX_AT = QT_TRANSLATE_NOOP("catalogue", "{file}: linje {line} er ikke gyldig TOML ({detail}).")
_SYNTAX = QT_TRANSLATE_NOOP("catalogue", "{file} er ikke gyldig TOML ({detail}).")
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "catalogue", "{file} er ikke lagret som UTF-8; lagre filen som UTF-8 og prøv igjen."
)
_UNREADABLE = QT_TRANSLATE_NOOP("catalogue", "{file} kunne ikke leses ({reason}).")
MAX_FILE_BYTES = 4 * 1024 * 1024  # the shipped catalogue is about 40 KB
_OR = QT_TRANSLATE_NOOP("catalogue", "eller")


def _either(values: Iterable[str]) -> str:
    """``a, b eller c`` for a message."""
    items = list(values)
    if len(items) < 2:
        return "".join(items)
    return "{} {} {}".format(", ".join(items[:-1]), _OR, items[-1])


@dataclass(frozen=True)
class _Place:
    """Where in the file a value sits, so every refusal can name file, code and field."""

    source: str
    code: str | None = None
    index: int | None = None
    table: str | None = None
    key: str | None = None

    def where(self, field: str) -> str:
        if self.table is not None and self.key is not None:
            return _AT_CHOICE.format(file=self.source, table=self.table,
                                     key=shown_value(self.key), field=field)
        if self.table is not None:
            return _AT_CHOICE_NO.format(
                file=self.source, table=self.table, index=self.index, field=field
            )
        if self.code is not None:
            return _AT_CODE.format(file=self.source, code=shown_value(self.code), field=field)
        if self.index is not None:
            return _AT_CODE_NO.format(file=self.source, index=self.index, field=field)
        return _AT_FIELD.format(file=self.source, field=field)

    def error(self, template: str, field: str, **values: object) -> CatalogueError:
        shown = {name: shown_value(value) for name, value in values.items()}
        message = template.format(where=self.where(shown_value(field)), field=field, **shown)
        return CatalogueError(message, source=self.source, code=self.code, field=field)


SHOWN_CHARS = 40


def shown_value(value: object) -> str:
    """A value from the file as it may appear in a one-line message: control characters made
    visible (a line break in a value must not break the sentence) and long values cut."""
    text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in str(value))
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


# --------------------------------------------------------------------------------------------
# Typed readers: each takes the table, the field name and the place, and returns a checked value.
# --------------------------------------------------------------------------------------------

_Table = Mapping[str, object]


def _check_fields(table: _Table, allowed: tuple[str, ...], place: _Place, prefix: str = "") -> None:
    for name in table:
        if name not in allowed:
            raise place.error(_UNKNOWN, prefix + name, allowed=", ".join(allowed))


def _require(table: _Table, field: str, place: _Place) -> object:
    if field not in table:
        raise place.error(_MISSING, field)
    return table[field]


def _as_table(value: object, field: str, place: _Place) -> _Table:
    if not isinstance(value, dict):
        raise place.error(_NOT_TABLE, field)
    return value


def _as_text(value: object, field: str, place: _Place) -> str:
    if not isinstance(value, str):
        raise place.error(_NOT_TEXT, field)
    if not value.strip():
        raise place.error(_EMPTY_TEXT, field)
    return value


def _as_int(value: object, field: str, place: _Place) -> int:
    # bool is an int subclass in Python; a TOML true must not pass as version 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise place.error(_NOT_INT, field)
    return value


def _text(table: _Table, field: str, place: _Place) -> str:
    return _as_text(_require(table, field, place), field, place)


def _one_of(table: _Table, field: str, allowed: tuple[str, ...], place: _Place) -> str:
    value = _text(table, field, place)
    if value not in allowed:
        raise place.error(_ONE_OF, field, allowed=_either(allowed), value=value)
    return value


def _bool(table: _Table, field: str, place: _Place) -> bool:
    value = _require(table, field, place)
    if not isinstance(value, bool):
        raise place.error(_NOT_BOOL, field)
    return value


def _labels(table: _Table, field: str, place: _Place) -> Labels:
    inner = _as_table(_require(table, field, place), field, place)
    _check_fields(inner, LANGUAGES, place, prefix=field + ".")
    nb, nn, en = (
        _as_text(_require_sub(inner, field, lang, place), f"{field}.{lang}", place)
        for lang in LANGUAGES
    )
    return Labels(nb=nb, nn=nn, en=en)


def _require_sub(table: _Table, parent: str, field: str, place: _Place) -> object:
    """Like ``_require`` but names the field with its parent, e.g. «label.nn»."""
    if field not in table:
        raise place.error(_MISSING, f"{parent}.{field}")
    return table[field]


def _tables(table: _Table, field: str, place: _Place) -> list[_Table]:
    value = _require(table, field, place)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise place.error(_NOT_TABLES, field)
    if not value:
        raise place.error(_EMPTY_LIST, field)
    return value


# --------------------------------------------------------------------------------------------
# The catalogue's parts
# --------------------------------------------------------------------------------------------


def _catalogue_id(data: _Table, place: _Place) -> str:
    value = _text(data, "id", place)
    if not ID_PATTERN.fullmatch(value):
        raise place.error(_ID_FORMAT, "id", value=value)
    return value


def _version(data: _Table, place: _Place) -> int:
    value = _as_int(_require(data, "version", place), "version", place)
    if value < 1:
        raise place.error(_VERSION, "version", value=value)
    return value


def _valid_from(data: _Table, place: _Place) -> date | None:
    value = data.get("valid_from")
    if value is None:
        return None
    # tomllib gives a datetime (a date subclass) for a date with a time; a catalogue starts
    # on a day, so that is refused too.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise place.error(_NOT_DATE, "valid_from")
    return value


def _code_place(table: _Table, index: int, base: _Place) -> _Place:
    # Name the code as written when there is one, even a malformed one: it is what the user
    # searches for in the file.
    raw = table.get("code")
    if isinstance(raw, str) and raw.strip():
        return _Place(base.source, code=raw)
    return _Place(base.source, index=index)


def _code_value(table: _Table, place: _Place, seen: set[str]) -> str:
    value = _text(table, "code", place)
    if not CODE_PATTERN.fullmatch(value):
        raise place.error(_CODE_FORMAT, "code", value=value)
    if value in seen:
        raise place.error(_CODE_DUPLICATE, "code")
    seen.add(value)
    return value


def _client(table: _Table, category: str, place: _Place) -> str:
    client = _one_of(table, "client", CLIENT_VALUES, place)
    # Direct and indirect time is user time by definition; only "annet" may have no client.
    # A group code with no client (A01 prevention groups) is fine, and so is a group code
    # that requires clients (D03).
    if client == "none" and category != "annet":
        raise place.error(_USER_TIME_NEEDS_CLIENT, "client", category=category)
    return client


def _anchors(table: _Table, place: _Place) -> tuple[str, ...]:
    value = table.get("anchors", [])
    if not isinstance(value, list):
        raise place.error(_NOT_TEXT_LIST, "anchors")
    anchors = tuple(a for a in value if isinstance(a, str) and a.strip())
    if len(anchors) != len(value):
        raise place.error(_NOT_TEXT_LIST, "anchors")
    return anchors


def _retired_in(table: _Table, version: int, place: _Place) -> int | None:
    if "retired_in" not in table:
        return None
    value = _as_int(table["retired_in"], "retired_in", place)
    if not 1 <= value <= version:
        raise place.error(_RETIRED_RANGE, "retired_in", version=version, value=value)
    return value


def _code(table: _Table, index: int, version: int, base: _Place, seen: set[str]) -> Code:
    place = _code_place(table, index, base)
    _check_fields(table, _CODE_FIELDS, place)
    code = _code_value(table, place, seen)
    category = _one_of(table, "category", CATEGORIES, place)
    return Code(
        code=code,
        category=category,
        client=_client(table, category, place),
        group=_bool(table, "group", place),
        label=_labels(table, "label", place),
        description=_labels(table, "description", place),
        anchors=_anchors(table, place),
        retired_in=_retired_in(table, version, place),
        contact_mode=_default_text(table, "contact_mode", place),
        arena=_default_text(table, "arena", place),
    )


def _default_text(table: _Table, field: str, place: _Place) -> str | None:
    """An optional per-code default: text, where "" is allowed (it means "none")."""
    value = table.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise place.error(_NOT_TEXT, field)
    return value


def _check_defaults(codes: tuple[Code, ...], contact_modes: tuple[Choice, ...],
                    arenas: tuple[Choice, ...], source: str) -> None:
    """Each code's defaults must name a value of the lists, which come later in the file."""
    for code in codes:
        place = _Place(source, code=code.code)
        for field, table, value, choices in (
            ("contact_mode", "contact_modes", code.contact_mode, contact_modes),
            ("arena", "arenas", code.arena, arenas),
        ):
            if value and value not in {c.key for c in choices}:
                raise place.error(_DEFAULT_CHOICE, field, table=table, value=value)


def _codes(data: _Table, version: int, place: _Place) -> tuple[Code, ...]:
    seen: set[str] = set()
    codes = tuple(
        _code(table, index, version, place, seen)
        for index, table in enumerate(_tables(data, "codes", place), start=1)
    )
    if not any(c.active_in(version) for c in codes):
        raise place.error(_NONE_ACTIVE, "codes", version=version)
    return codes


def _choice(table: _Table, index: int, list_name: str, base: _Place, seen: set[str]) -> Choice:
    raw = table.get("key")
    # A well-formed key tells the user more than a position in the list does.
    named = raw if isinstance(raw, str) and KEY_PATTERN.fullmatch(raw) else None
    place = _Place(base.source, index=index, table=list_name, key=named)
    _check_fields(table, _CHOICE_FIELDS, place)
    key = _text(table, "key", place)
    if not KEY_PATTERN.fullmatch(key):
        raise place.error(_KEY_FORMAT, "key", value=key)
    if key in seen:
        raise place.error(_KEY_DUPLICATE, "key")
    seen.add(key)
    return Choice(key=key, label=_labels(table, "label", place))


def _choices(data: _Table, list_name: str, place: _Place) -> tuple[Choice, ...]:
    seen: set[str] = set()
    return tuple(
        _choice(table, index, list_name, place, seen)
        for index, table in enumerate(_tables(data, list_name, place), start=1)
    )


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------

_TOML_AT = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def _syntax_error(error: tomllib.TOMLDecodeError, source: str) -> CatalogueError:
    # Python 3.11's TOMLDecodeError has no lineno attribute; the position is only in the text.
    text = str(error)
    found = _TOML_AT.search(text)
    if found is not None:
        detail = text[: found.start()]
        message = _SYNTAX_AT.format(file=source, line=found.group(1), detail=detail)
    else:
        message = _SYNTAX.format(file=source, detail=_TOML_AT_END.sub("", text))
    return CatalogueError(message, source=source)


def parse_catalogue(text: str, source: str) -> Catalogue:
    """Parse and validate catalogue TOML; ``source`` is the file name used in messages."""
    try:
        data: _Table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _syntax_error(error, source) from None
    except (RecursionError, ValueError):
        # Hostile input: nesting deeper than Python's recursion limit, or an integer literal
        # longer than its int/str conversion limit; tomllib reports neither as a TOML error.
        raise CatalogueError(
            QT_TRANSLATE_NOOP("catalogue", "{file} er ikke et kodeverk rehablogg kan lese "
                              "(for dyp nesting eller for lange tall).").format(file=source),
            source=source) from None
    place = _Place(source)
    _check_fields(data, _TOP_FIELDS, place)
    catalogue_id = _catalogue_id(data, place)
    version = _version(data, place)
    catalogue = Catalogue(
        id=catalogue_id,
        version=version,
        name=_labels(data, "name", place),
        valid_from=_valid_from(data, place),
        codes=_codes(data, version, place),
        contact_modes=_choices(data, "contact_modes", place),
        arenas=_choices(data, "arenas", place),
        parties=_choices(data, "parties", place),
    )
    _check_defaults(catalogue.codes, catalogue.contact_modes, catalogue.arenas, source)
    return catalogue


def load_catalogue(path: Path) -> Catalogue:
    """Read and validate a catalogue file; every problem is a ``CatalogueError``."""
    source = path.name
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        message = _UNREADABLE.format(file=source, reason=reason)
        raise CatalogueError(message, source=source) from None
    try:
        # utf-8-sig: Windows editors often save a BOM, which TOML itself does not allow.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogueError(_NOT_UTF8.format(file=source), source=source) from None
    return parse_catalogue(text, source)


@functools.lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The shipped proposal, ``rehablogg-standard`` version 1 (read once per process)."""
    return load_catalogue(resource_path("catalogue", DEFAULT_CATALOGUE_FILE))
