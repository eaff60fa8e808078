"""The activity-code catalogue: its model, its TOML file format and the rules that guard it.

A catalogue is versioned data that a pilot lead hands out, not code, so a typo in a file must
never pass silently: every rule below refuses with one bokmål sentence that names the file, the
code (when there is one) and the field. The file format is documented at the top of
``resources/catalogue/rehablogg-standard-2.toml``.

Version 1 wrote each anchor as one text ("takst A1a"); version 2 writes a table per anchor
(``{ system = "takst", code = "A1a" }``). Both are read, into :class:`Anchor` pairs whose text
is the version-1 text, so a version-1 catalogue's Koder sheet is written byte for byte as before.
Version 2 also carries the labels of a care pathway's referral sources, end reasons and pause
kinds; a catalogue without them (version 1, or a pilot's own) gets the shipped version 2's, so
an episode can always be recorded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rehablogg.core.care_pathway import END_REASONS, PAUSE_KINDS, REFERRAL_SOURCES
from rehablogg.core.category import Category
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.toml_reader import (
    MAX_TOML_BYTES,
    ONE_OF,
    Table,
    TomlFileError,
    either,
    parse_toml,
    read_toml,
    shown_text,
)
from rehablogg.resources_dir import resource_path

CATEGORIES: tuple[Category, ...] = tuple(Category)
CLIENT_VALUES: tuple[str, ...] = ("required", "optional", "none")
LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")
STANDARD_ID = "rehablogg-standard"
# The shipped versions of the standard catalogue; entries keep the version they were made with,
# so every version ever shipped stays readable (and a file of that version stays pinned).
SHIPPED_VERSIONS: tuple[int, ...] = (1, 2)
DEFAULT_VERSION = 2  # what new logbooks start on (a logbook works in its profile's version)


def shipped_file_name(version: int) -> str:
    """The file name of the shipped standard catalogue of ``version``."""
    return f"{STANDARD_ID}-{version}.toml"


DEFAULT_CATALOGUE_FILE = shipped_file_name(DEFAULT_VERSION)

# Codes end up in spreadsheets and other programs' joins, so they stay short, upper-case ASCII.
CODE_PATTERN = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# Keys become column names (part_<key>) and database values, so they are plain snake_case ASCII.
KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")

# The lists of a care pathway, with the keys core/care_pathway.py stores (all of them, any order).
PATHWAY_LISTS: dict[str, tuple[str, ...]] = {
    "referral_sources": REFERRAL_SOURCES,
    "end_reasons": END_REASONS,
    "pause_kinds": PAUSE_KINDS,
}
_TOP_FIELDS = (
    "id",
    "version",
    "name",
    "valid_from",
    "codes",
    "contact_modes",
    "arenas",
    "parties",
    *PATHWAY_LISTS,
)
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
_ANCHOR_FIELDS = ("system", "code")
# A code lines up with a handful of published codes (version 1 has at most three); the bounds
# keep a hostile file from turning one code into thousands of Forankring rows or huge cells.
MAX_ANCHORS = 20
MAX_ANCHOR_CHARS = 100
# One line of printable text: an anchor is a cell in a sheet and a word in a sentence.
ANCHOR_PART_PATTERN = re.compile(
    "[^\x00-\x1f\x7f-\x9f\u2028\u2029]{1," + str(MAX_ANCHOR_CHARS) + "}"
)
# Code systems whose name is more than one word, so a version-1 text splits after the name.
_MULTI_WORD_SYSTEMS = ("NPR kontakttype",)


class CatalogueError(TomlFileError):
    """A catalogue file that cannot be used; ``str(error)`` is a sentence for the user that
    names the file, the code (``code``, when there is one) and the field (``field``)."""

    @property
    def code(self) -> str | None:
        return self.detail("code", str)


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
class Anchor:
    """A published code an activity code lines up with: its code system ("takst",
    "NPR kontakttype") and the code in it ("A1a", "1"). ``code`` is "" only for a version-1 text
    that does not split into the two."""

    system: str
    code: str

    @property
    def text(self) -> str:
        """The anchor as version 1 wrote it, and as the Koder sheet shows it: "takst A1a"."""
        return f"{self.system} {self.code}" if self.code else self.system

    def __str__(self) -> str:
        return self.text

    @classmethod
    def from_text(cls, text: str) -> Anchor:
        """The pair of a version-1 text, split after the system's name, such that
        ``Anchor.from_text(t).text == t`` for every text (odd spacing stays whole, as system)."""
        for system in _MULTI_WORD_SYSTEMS:
            rest = text.removeprefix(system + " ")
            if rest != text and rest and rest == rest.strip():
                return cls(system, rest)
        head, _, rest = text.partition(" ")
        if head and rest and rest == rest.strip():
            return cls(head, rest)
        return cls(text, "")


@dataclass(frozen=True)
class Code:
    """One activity code."""

    code: str
    category: Category
    client: str
    group: bool
    label: Labels
    description: Labels
    anchors: tuple[Anchor, ...]
    retired_in: int | None
    # What the entry form puts in the field when this code is picked: a key of the catalogue's
    # list, "" for "leave the field empty" (a phone call has no arena), or None when nothing is
    # typical for the code (the field keeps what it has).
    contact_mode: str | None = None
    arena: str | None = None

    @property
    def anchor_texts(self) -> tuple[str, ...]:
        """The anchors as version-1 texts ("takst A1a"), for the Koder sheet."""
        return tuple(anchor.text for anchor in self.anchors)

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
    # A care pathway's lists (keys of core/care_pathway.py, labels from the file or, when the
    # file has none, from the shipped version 2).
    referral_sources: tuple[Choice, ...]
    end_reasons: tuple[Choice, ...]
    pause_kinds: tuple[Choice, ...]

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

    def referral_source(self, key: str) -> Choice | None:
        return _find_choice(self.referral_sources, key)

    def end_reason(self, key: str) -> Choice | None:
        return _find_choice(self.end_reasons, key)

    def pause_kind(self, key: str) -> Choice | None:
        return _find_choice(self.pause_kinds, key)


def _find_choice(choices: Iterable[Choice], key: str) -> Choice | None:
    return next((c for c in choices if c.key == key), None)


# --------------------------------------------------------------------------------------------
# Sentences of the catalogue's own rules; the generic ones (missing, unknown, wrong type) are
# core.toml_reader's. The context is written out each time because lupdate reads only literals.
# --------------------------------------------------------------------------------------------

_CODE_NAMED = QT_TRANSLATE_NOOP("catalogue", "kode {code}")
_CHOICE_NAMED = QT_TRANSLATE_NOOP("catalogue", "listen «{table}», nøkkel {key}")
_ID_FORMAT = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} kan bare ha små bokstaver a til z, sifre, punktum og bindestrek "
    "(for eksempel «rehablogg-standard»), ikke {value}.",
)
_CODE_FORMAT = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må være en stor bokstav fulgt av 1 til 5 store bokstaver eller sifre "
    "(for eksempel «D01»), ikke {value}.",
)
_CODE_DUPLICATE = QT_TRANSLATE_NOOP(
    "catalogue", "{where} gjentar en kode som står lenger opp; hver kode kan bare stå én gang."
)
_KEY_FORMAT = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må begynne med en liten bokstav og bare ha små bokstaver a til z, sifre og "
    "understrek, ikke {value}.",
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
    "{where} må være et heltall fra 1 til katalogens versjon {high}, ikke {value}.",
)
_NONE_ACTIVE = QT_TRANSLATE_NOOP(
    "catalogue", "{where} må ha minst én kode som ikke er utgått i versjon {version}."
)
_DEFAULT_CHOICE = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må være en nøkkel fra listen «{table}» i samme fil, eller tom tekst for ingen, "
    "ikke {value}.",
)
_ANCHOR_NAMED = QT_TRANSLATE_NOOP("catalogue", "forankring nr. {index}")
_ANCHORS_SHAPE = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må være en liste av forankringer, hver en tabell med system og kode, for eksempel "
    '[{{ system = "takst", code = "A1a" }}], eller en tekst som ikke er tom som i versjon 1.',
)
_TOO_MANY_ANCHORS = QT_TRANSLATE_NOOP(
    "catalogue", "{where} har {count} forankringer, men høyst {limit} er tillatt."
)
_ANCHOR_TOO_LONG = QT_TRANSLATE_NOOP(
    "catalogue", "{where} har en forankring (nr. {index}) som er lenger enn {limit} tegn."
)
_ANCHOR_PART = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} må være en tekst på én linje med 1 til {limit} tegn, ikke {value}.",
)
_LIST_LACKS_KEY = QT_TRANSLATE_NOOP(
    "catalogue",
    "{where} mangler nøkkelen «{missing}»; listen må ha alle disse nøklene: {allowed}.",
)
MAX_FILE_BYTES = MAX_TOML_BYTES  # the shipped catalogue is about 40 KB


# --------------------------------------------------------------------------------------------
# The catalogue's parts
# --------------------------------------------------------------------------------------------


def _labels(table: Table, key: str) -> Labels:
    inner = table.table(key)
    inner.refuse_unknown(LANGUAGES)
    return Labels(nb=inner.text("nb"), nn=inner.text("nn"), en=inner.text("en"))


def _named_code(table: Table) -> Table:
    # Name the code as written when there is one, even a malformed one: it is what the user
    # searches for in the file.
    raw = table.raw("code")
    if isinstance(raw, str) and raw.strip():
        return table.named(_CODE_NAMED.format(code=shown_text(raw)), code=raw)
    return table


def _anchor(table: Table, index: int, value: object) -> Anchor:
    """One anchor: a version-1 text or a version-2 ``{ system, code }`` table."""
    if isinstance(value, str) and value.strip():
        # Version 1's text is read as it was (no rule on its characters, so a pilot's version-1
        # file still loads), only bounded: it is a system and a code.
        if len(value) > 2 * MAX_ANCHOR_CHARS:
            raise table.problem(
                _ANCHOR_TOO_LONG, "anchors", index=index, limit=2 * MAX_ANCHOR_CHARS
            )
        return Anchor.from_text(value)
    if not isinstance(value, dict):
        raise table.problem(_ANCHORS_SHAPE, "anchors")
    named = _ANCHOR_NAMED.format(index=index)
    name = named if table.name is None else f"{table.name}, {named}"
    item = Table(value, table.source, table.error, name, "", table.path, table.details)
    item.refuse_unknown(_ANCHOR_FIELDS)
    parts = []
    for key in _ANCHOR_FIELDS:
        part = item.text(key, strip=True)
        if not ANCHOR_PART_PATTERN.fullmatch(part):
            raise item.problem(_ANCHOR_PART, key, limit=MAX_ANCHOR_CHARS, value=part)
        parts.append(part)
    return Anchor(*parts)


def _anchors(table: Table) -> tuple[Anchor, ...]:
    value = table.raw("anchors")
    if value is None:
        return ()
    if not isinstance(value, list):
        raise table.problem(_ANCHORS_SHAPE, "anchors")
    if len(value) > MAX_ANCHORS:
        raise table.problem(_TOO_MANY_ANCHORS, "anchors", count=len(value), limit=MAX_ANCHORS)
    return tuple(_anchor(table, index, item) for index, item in enumerate(value, start=1))


def _code(table: Table, version: int, seen: set[str]) -> Code:
    table.refuse_unknown(_CODE_FIELDS)
    code = table.text("code", pattern=CODE_PATTERN, sentence=_CODE_FORMAT)
    if code in seen:
        raise table.problem(_CODE_DUPLICATE, "code")
    seen.add(code)
    category = Category(table.choice("category", CATEGORIES))
    client = table.choice("client", CLIENT_VALUES)
    # Direct and indirect time is user time by definition; only ANNET may have no client.
    # A group code with no client (A01 prevention groups) is fine, and so is a group code
    # that requires clients (D03).
    if client == "none" and category != Category.ANNET:
        raise table.problem(_USER_TIME_NEEDS_CLIENT, "client", category=category)
    return Code(
        code=code,
        category=category,
        client=client,
        group=table.boolean("group"),
        label=_labels(table, "label"),
        description=_labels(table, "description"),
        anchors=_anchors(table),
        retired_in=table.integer("retired_in", None, low=1, high=version, sentence=_RETIRED_RANGE),
        # An optional per-code default: a key of the list, or "" for "leave the field empty".
        contact_mode=table.text("contact_mode", None, blank=True),
        arena=table.text("arena", None, blank=True),
    )


def _codes(top: Table, version: int) -> list[tuple[Table, Code]]:
    seen: set[str] = set()
    tables = [_named_code(table) for table in top.tables("codes")]
    codes = [(table, _code(table, version, seen)) for table in tables]
    if not any(code.active_in(version) for _, code in codes):
        raise top.problem(_NONE_ACTIVE, "codes", version=version)
    return codes


def _check_defaults(
    codes: list[tuple[Table, Code]], contact_modes: tuple[Choice, ...], arenas: tuple[Choice, ...]
) -> None:
    """Each code's defaults must name a value of the lists, which come later in the file."""
    for table, code in codes:
        for key, list_name, value, choices in (
            ("contact_mode", "contact_modes", code.contact_mode, contact_modes),
            ("arena", "arenas", code.arena, arenas),
        ):
            if value and value not in {c.key for c in choices}:
                raise table.problem(_DEFAULT_CHOICE, key, table=list_name, value=value)


def _choices(
    top: Table, list_name: str, allowed: tuple[str, ...] | None = None
) -> tuple[Choice, ...]:
    """A ``[[list_name]]`` list; with ``allowed``, its keys must be exactly those (any order)."""
    seen: set[str] = set()
    choices = []
    for table in top.tables(list_name):
        raw = table.raw("key")
        # A well-formed key tells the user more than a position in the list does.
        if isinstance(raw, str) and KEY_PATTERN.fullmatch(raw):
            table = table.named(_CHOICE_NAMED.format(table=list_name, key=raw))
        table.refuse_unknown(_CHOICE_FIELDS)
        key = table.text("key", pattern=KEY_PATTERN, sentence=_KEY_FORMAT)
        if allowed is not None and key not in allowed:
            raise table.problem(ONE_OF, "key", allowed=either(allowed), value=key)
        if key in seen:
            raise table.problem(_KEY_DUPLICATE, "key")
        seen.add(key)
        choices.append(Choice(key=key, label=_labels(table, "label")))
    missing = [key for key in allowed or () if key not in seen]
    if missing:
        raise top.problem(
            _LIST_LACKS_KEY, list_name, missing=missing[0], allowed=either(allowed or ())
        )
    return tuple(choices)


PathwayLists = tuple[tuple[Choice, ...], tuple[Choice, ...], tuple[Choice, ...]]


def _pathway_lists(top: Table, *, fallback: bool) -> PathwayLists:
    """The referral sources, end reasons and pause kinds of the file; a list the file leaves
    out is the shipped version 2's when ``fallback``, else refused as missing."""
    found = []
    for list_name, keys in PATHWAY_LISTS.items():
        if list_name in top or not fallback:
            found.append(_choices(top, list_name, keys))
        else:
            found.append(getattr(_standard_pathway_lists(), list_name))
    return found[0], found[1], found[2]


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------


def _catalogue(top: Table, *, fallback: bool = True) -> Catalogue:
    top.refuse_unknown(_TOP_FIELDS)
    catalogue_id = top.text("id", pattern=ID_PATTERN, sentence=_ID_FORMAT)
    version = top.integer("version", low=1)
    name = _labels(top, "name")
    valid_from = top.day("valid_from", None)
    codes = _codes(top, version)
    contact_modes = _choices(top, "contact_modes")
    arenas = _choices(top, "arenas")
    parties = _choices(top, "parties")
    referral_sources, end_reasons, pause_kinds = _pathway_lists(top, fallback=fallback)
    _check_defaults(codes, contact_modes, arenas)
    return Catalogue(
        id=catalogue_id,
        version=version,
        name=name,
        valid_from=valid_from,
        codes=tuple(code for _, code in codes),
        contact_modes=contact_modes,
        arenas=arenas,
        parties=parties,
        referral_sources=referral_sources,
        end_reasons=end_reasons,
        pause_kinds=pause_kinds,
    )


def parse_catalogue(text: str, source: str) -> Catalogue:
    """Parse and validate catalogue TOML; ``source`` is the file name used in messages."""
    return _catalogue(parse_toml(text, source, CatalogueError))


def load_catalogue(path: Path) -> Catalogue:
    """Read and validate a catalogue file; every problem is a ``CatalogueError``."""
    return _catalogue(read_toml(path, CatalogueError, MAX_FILE_BYTES))


@functools.cache
def _standard_pathway_lists() -> Catalogue:
    """The shipped version 2, read with its care-pathway lists required: the lists every
    catalogue without its own falls back to (never itself falling back, so never a loop)."""
    path = resource_path("catalogue", shipped_file_name(2))
    return _catalogue(read_toml(path, CatalogueError, MAX_FILE_BYTES), fallback=False)


def shipped_catalogue(version: int) -> Catalogue | None:
    """The shipped standard catalogue of ``version`` (read once per process); None for a
    version rehablogg has never shipped."""
    return _load_shipped(version) if version in SHIPPED_VERSIONS else None


@functools.cache
def _load_shipped(version: int) -> Catalogue:
    return load_catalogue(resource_path("catalogue", shipped_file_name(version)))


def default_catalogue() -> Catalogue:
    """The shipped standard catalogue new logbooks start on, ``rehablogg-standard`` version 2
    (a logbook's own work uses ``working_catalogue`` of its profile's version)."""
    found = shipped_catalogue(DEFAULT_VERSION)
    assert found is not None  # DEFAULT_VERSION is in SHIPPED_VERSIONS
    return found


def working_catalogue(version: int) -> Catalogue:
    """The catalogue a logbook whose profile names ``version`` works in: that shipped version
    (a logbook made before version 2 stays on 1 until the therapist moves it), the newest
    shipped one for a version this rehablogg does not have (a profile a newer one wrote)."""
    return shipped_catalogue(version) or default_catalogue()


def fits(catalogue: Catalogue, code: str, parties: Iterable[str]) -> bool:
    """True when ``catalogue`` knows ``code`` and every party: an entry stored with it can be
    read with it (an entry given a code or party only a newer version has must move on)."""
    return catalogue.code(code) is not None and set(parties) <= set(catalogue.party_keys)
