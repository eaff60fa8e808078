"""Tariff (reimbursement) model files: their model, their TOML format and the rules that guard
them (``docs/tariff-models.md``).

A tariff file is data a pilot lead or analyst writes by hand, so nothing in it may pass
silently: every refusal is one bokmål sentence naming the file, the model and the rule (and the
field). Amounts are read exactly (``Decimal`` from the TOML text, never a binary float sum) and
kept in øre where they are whole øre; only ``rate_per_minute`` may hold fractions of an øre,
and the computed amount of each entry is rounded to whole øre (``payments.py``).

This module is pure: no openpyxl, no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from rehablogg.core.catalogue import CATEGORIES, Catalogue, default_catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.toml_reader import (
    MAX_TOML_BYTES,
    MISSING,
    Table,
    TomlFileError,
    parse_toml,
    read_toml,
    shown_text,
)

FORMAT = "rehablogg-tariffs"
FORMAT_MAJOR = 1
TRAVEL_CHOICES: tuple[str, ...] = ("unpaid", "as_time", "separate")
DEFAULT_BLOCK_MINUTES = 30
# Fees and caps are whole øre; a rate per minute may need finer steps (500 kr an hour is
# 8.3333 kr a minute), so it gets four decimals and each entry's amount is rounded once.
MONEY_DECIMALS = 2
RATE_DECIMALS = 4
MAX_AMOUNT = Decimal("100000000")  # 100 million kroner: anything above is a typo

_TOP_FIELDS = ("format", "format_version", "example", "models")
_MODEL_FIELDS = (
    "name",
    "description",
    "travel",
    "travel_rate_per_minute",
    "cancelled_codes",
    "cap_per_client_month",
    "cap_per_therapist_month",
    "rules",
)
_RULE_FIELDS = (
    "code",
    "category",
    "fee",
    "rate_per_block",
    "block_minutes",
    "rate_per_minute",
    "included_minutes",
    "per_participant",
    "max_participants",
    "valid_from",
    "valid_to",
    "note",
)


class TariffError(TomlFileError):
    """A tariff file that cannot be used; ``str(error)`` is the one sentence to show. ``model``
    and ``rule`` (its number in the model) say where, when the sentence names them."""

    @property
    def model(self) -> str | None:
        return self.detail("model", str)

    @property
    def rule(self) -> int | None:
        return self.detail("rule", int)


# --------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """How one code or one category is paid while the rule is valid.

    Exactly one of ``code`` and ``category`` is set (the rule's *target*). The amount of an
    entry is ``fee`` plus the time part (started blocks or minutes beyond ``included_minutes``),
    times the participants counted when ``per_participant`` is set (at most
    ``max_participants``). Amounts are øre; ``rate_per_minute`` is øre with decimals.
    """

    index: int  # 1-based position in its model, as the user counts in the file
    code: str | None
    category: str | None
    fee: int = 0
    rate_per_block: int | None = None
    block_minutes: int = DEFAULT_BLOCK_MINUTES
    rate_per_minute: Decimal | None = None
    included_minutes: int = 0
    per_participant: bool = False
    max_participants: int | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    note: str = ""

    @property
    def target(self) -> str:
        """``kode D02`` or ``kategori direkte``, as messages and sheets name the rule."""
        if self.code is not None:
            return f"kode {self.code}"
        return f"kategori {self.category}"

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class Model:
    name: str
    description: str
    travel: str  # one of TRAVEL_CHOICES
    travel_rate_per_minute: Decimal  # øre per minute; only used with travel = "separate"
    cancelled_codes: frozenset[str]
    cap_per_client_month: int | None  # øre
    cap_per_therapist_month: int | None  # øre
    rules: tuple[Rule, ...]

    def rule_for(self, code: str, category: str, day: date) -> Rule | None:
        """The rule that pays an entry: a rule for its code valid on its date, else a rule
        for its category valid on its date, else none. Validation guarantees at most one of
        each is valid on any day."""
        by_code = next((r for r in self.rules if r.code == code and r.valid_on(day)), None)
        if by_code is not None:
            return by_code
        return next((r for r in self.rules if r.category == category and r.valid_on(day)), None)


@dataclass(frozen=True)
class TariffFile:
    source: str
    example: bool  # the amounts are made up; every sheet computed from the file says so
    models: tuple[Model, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.models)


# --------------------------------------------------------------------------------------------
# Sentences of the tariff rules; the generic ones (missing, unknown, wrong type) are
# core.toml_reader's.
# --------------------------------------------------------------------------------------------

_MODEL_NAMED = QT_TRANSLATE_NOOP("tariffs", "modell «{model}»")
_RULE_NAMED = QT_TRANSLATE_NOOP("tariffs", "modell «{model}», regel nr. {rule} ({target})")
_RULE_NO = QT_TRANSLATE_NOOP("tariffs", "modell «{model}», regel nr. {rule}")

_NOT_AMOUNT = QT_TRANSLATE_NOOP(
    "tariffs",
    "{where} må være et beløp i kroner uten anførselstegn, for eksempel 245.50, ikke {value}.",
)
_NEGATIVE = QT_TRANSLATE_NOOP("tariffs", "{where} kan ikke være negativt ({value}).")
_TOO_LARGE = QT_TRANSLATE_NOOP("tariffs", "{where} er urimelig stort ({value}); sjekk beløpet.")
_DECIMALS = QT_TRANSLATE_NOOP("tariffs", "{where} kan ha høyst {decimals} desimaler, ikke {value}.")
_TOO_MANY_MODELS = QT_TRANSLATE_NOOP(
    "tariffs",
    "{where} har {count} modeller, men høyst {limit} kan sammenlignes side om side; "
    "del dem på flere filer.",
)
_TOO_MANY_RULES = QT_TRANSLATE_NOOP(
    "tariffs",
    "{where} har {count} regler, men en modell kan ha høyst {limit}; slå sammen "
    "reglene med kategorier eller del modellen.",
)
# The summary puts models side by side in columns and a chart; more than this cannot be read.
MAX_MODELS = 50
MAX_RULES = 1000  # per model; the example file has 21
_NOT_CODES = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være en liste av koder i anførselstegn, for eksempel [{example}]."
)
_FORMAT = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være «rehablogg-tariffs»; dette er ikke en tariffil."
)
_FORMAT_VERSION = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være 1.x; filen er laget av en nyere rehablogg."
)
_DUPLICATE_MODEL = QT_TRANSLATE_NOOP(
    "tariffs",
    "{where} gjentar navnet på en modell lenger opp; hver modell må ha sitt eget navn.",
)
_UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "tariffs", "{where}: koden {value} finnes ikke i kodeverket {catalogue}."
)
_TARGET_BOTH = QT_TRANSLATE_NOOP(
    "tariffs",
    "{where} kan ikke stå sammen med «category»; en regel gjelder enten én kode eller én kategori.",
)
_TARGET_NONE = QT_TRANSLATE_NOOP(
    "tariffs",
    "{where} mangler; en regel må gjelde en kode («code») eller en kategori («category»).",
)
_NO_AMOUNT = QT_TRANSLATE_NOOP(
    "tariffs",
    "{where} mangler; en regel må ha «fee», «rate_per_block» eller «rate_per_minute» "
    "(skriv fee = 0 for en regel som ikke betaler).",
)
_TWO_RATES = QT_TRANSLATE_NOOP(
    "tariffs", "{where} kan ikke stå sammen med «rate_per_block»; velg én tidsbetaling."
)
_BLOCK_WITHOUT_RATE = QT_TRANSLATE_NOOP(
    "tariffs", "{where} gir bare mening sammen med «rate_per_block»."
)
_INCLUDED_WITHOUT_RATE = QT_TRANSLATE_NOOP(
    "tariffs", "{where} gir bare mening sammen med «rate_per_block» eller «rate_per_minute»."
)
_MAX_WITHOUT_GROUP = QT_TRANSLATE_NOOP(
    "tariffs", "{where} gir bare mening sammen med per_participant = true."
)
_RATE_WITHOUT_SEPARATE = QT_TRANSLATE_NOOP(
    "tariffs", '{where} gir bare mening sammen med travel = "separate".'
)
_DATES_REVERSED = QT_TRANSLATE_NOOP(
    "tariffs", "{where} ({valid_to}) ligger før «valid_from» ({valid_from})."
)
_OVERLAP = QT_TRANSLATE_NOOP(
    "tariffs",
    "{where}: gyldighetsperioden overlapper regel nr. {other} for samme {target}; la "
    "den ene slutte dagen før den andre begynner.",
)
_CANCELLED_HAS_RULE = QT_TRANSLATE_NOOP(
    "tariffs",
    "{where}: koden {value} står også i «cancelled_codes» og betales aldri; fjern "
    "regelen eller koden fra listen.",
)
MAX_FILE_BYTES = MAX_TOML_BYTES  # the example file is about 5 KB


# --------------------------------------------------------------------------------------------
# Amounts
# --------------------------------------------------------------------------------------------


def _decimal(table: Table, key: str, decimals: int) -> Decimal | None:
    """An amount in kroner, read exactly; None when absent."""
    if key not in table:
        return None
    value = table.raw(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise table.problem(_NOT_AMOUNT, key, value=value)
    # str() of a TOML float is the shortest text that reads back to it: 245.5, not
    # 245.49999…; that is the number the user wrote.
    amount = Decimal(str(value))
    if not amount.is_finite():
        raise table.problem(_NOT_AMOUNT, key, value=value)
    if amount < 0:
        raise table.problem(_NEGATIVE, key, value=value)
    if amount > MAX_AMOUNT:
        raise table.problem(_TOO_LARGE, key, value=value)
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > decimals:
        raise table.problem(_DECIMALS, key, decimals=decimals, value=value)
    return amount


def _ore(table: Table, key: str) -> int | None:
    amount = _decimal(table, key, MONEY_DECIMALS)
    return None if amount is None else int(amount * 100)


# --------------------------------------------------------------------------------------------
# Rules and models
# --------------------------------------------------------------------------------------------


def _known_code(table: Table, key: str, code: str, catalogue: Catalogue) -> str:
    if catalogue.code(code) is None:
        raise table.problem(_UNKNOWN_CODE, key, value=code, catalogue=catalogue.id)
    return code


def _target(table: Table, catalogue: Catalogue) -> tuple[str | None, str | None]:
    if "code" in table and "category" in table:
        raise table.problem(_TARGET_BOTH, "code")
    if "code" in table:
        return _known_code(table, "code", table.text("code", strip=True), catalogue), None
    if "category" in table:
        return None, table.choice("category", CATEGORIES, strip=True)
    raise table.problem(_TARGET_NONE, "code")


def _written_target(table: Table) -> str | None:
    """``kode D02`` or ``kategori direkte`` as written, before the rule is checked, so even a
    refusal of its code names the rule by what the user wrote."""
    for key, word in (("code", "kode"), ("category", "kategori")):
        value = table.raw(key)
        if isinstance(value, str) and value.strip():
            return f"{word} {value}"
    return None


def _rule_table(table: Table, model: str, index: int, target: str | None) -> Table:
    shown_model = shown_text(model)
    if target is None:
        name = _RULE_NO.format(model=shown_model, rule=index)
    else:
        name = _RULE_NAMED.format(model=shown_model, rule=index, target=shown_text(target))
    return table.named(name, model=model, rule=index)


def _rule(table: Table, index: int, catalogue: Catalogue) -> Rule:
    table.refuse_unknown(_RULE_FIELDS)
    code, category = _target(table, catalogue)
    fee = _ore(table, "fee")
    per_block = _ore(table, "rate_per_block")
    per_minute = _decimal(table, "rate_per_minute", RATE_DECIMALS)
    if per_block is not None and per_minute is not None:
        raise table.problem(_TWO_RATES, "rate_per_minute")
    if fee is None and per_block is None and per_minute is None:
        raise table.problem(_NO_AMOUNT, "fee")
    block = table.integer("block_minutes", None, low=1)
    if block is not None and per_block is None:
        raise table.problem(_BLOCK_WITHOUT_RATE, "block_minutes")
    included = table.integer("included_minutes", None, low=0)
    if included is not None and per_block is None and per_minute is None:
        raise table.problem(_INCLUDED_WITHOUT_RATE, "included_minutes")
    per_participant = table.boolean("per_participant", False)
    max_participants = table.integer("max_participants", None, low=1)
    if max_participants is not None and not per_participant:
        raise table.problem(_MAX_WITHOUT_GROUP, "max_participants")
    valid_from, valid_to = table.day("valid_from", None), table.day("valid_to", None)
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        raise table.problem(
            _DATES_REVERSED,
            "valid_to",
            valid_from=valid_from.isoformat(),
            valid_to=valid_to.isoformat(),
        )
    return Rule(
        index=index,
        code=code,
        category=category,
        fee=fee or 0,
        rate_per_block=per_block,
        block_minutes=block or DEFAULT_BLOCK_MINUTES,
        rate_per_minute=None if per_minute is None else per_minute * 100,
        included_minutes=included or 0,
        per_participant=per_participant,
        max_participants=max_participants,
        valid_from=valid_from,
        valid_to=valid_to,
        note=table.text("note", "", strip=True),
    )


def _overlaps(a: Rule, b: Rule) -> bool:
    return (a.valid_to is None or b.valid_from is None or b.valid_from <= a.valid_to) and (
        b.valid_to is None or a.valid_from is None or a.valid_from <= b.valid_to
    )


def _rules(
    table: Table, model: str, cancelled: frozenset[str], catalogue: Catalogue
) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    tables = table.tables("rules", limit=MAX_RULES, too_many=_TOO_MANY_RULES)
    for index, rule_table in enumerate(tables, start=1):
        rule = _rule(
            _rule_table(rule_table, model, index, _written_target(rule_table)), index, catalogue
        )
        named = _rule_table(rule_table, model, index, rule.target)
        if rule.code is not None and rule.code in cancelled:
            raise named.problem(_CANCELLED_HAS_RULE, "code", value=rule.code)
        for other in rules:
            same_target = (other.code, other.category) == (rule.code, rule.category)
            if same_target and _overlaps(other, rule):
                raise named.problem(_OVERLAP, "valid_from", other=other.index, target=rule.target)
        rules.append(rule)
    return tuple(rules)


def _model(table: Table, seen: set[str], catalogue: Catalogue) -> Model:
    raw = table.raw("name")
    if isinstance(raw, str) and raw.strip():
        table = table.named(_MODEL_NAMED.format(model=shown_text(raw.strip())), model=raw.strip())
    table.refuse_unknown(_MODEL_FIELDS)
    name = table.text("name", strip=True)
    if name in seen:
        raise table.problem(_DUPLICATE_MODEL, "name")
    seen.add(name)
    travel = table.choice("travel", TRAVEL_CHOICES, "unpaid", strip=True)
    travel_rate = _decimal(table, "travel_rate_per_minute", RATE_DECIMALS)
    if travel == "separate" and travel_rate is None:
        raise table.problem(MISSING, "travel_rate_per_minute")
    if travel != "separate" and travel_rate is not None:
        raise table.problem(_RATE_WITHOUT_SEPARATE, "travel_rate_per_minute")
    codes = table.texts("cancelled_codes", (), example='"A04"', sentence=_NOT_CODES)
    cancelled = frozenset(_known_code(table, "cancelled_codes", c, catalogue) for c in codes)
    rules = _rules(table, name, cancelled, catalogue)
    return Model(
        name=name,
        description=table.text("description", "", strip=True),
        travel=travel,
        travel_rate_per_minute=(travel_rate or Decimal(0)) * 100,
        cancelled_codes=cancelled,
        cap_per_client_month=_ore(table, "cap_per_client_month"),
        cap_per_therapist_month=_ore(table, "cap_per_therapist_month"),
        rules=rules,
    )


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------


def _tariffs(top: Table, catalogue: Catalogue | None) -> TariffFile:
    catalogue = catalogue or default_catalogue()
    top.refuse_unknown(_TOP_FIELDS)
    if top.raw("format") != FORMAT:
        raise top.problem(_FORMAT, "format")
    version = top.raw("format_version") if "format_version" in top else f"{FORMAT_MAJOR}.0"
    if not isinstance(version, str) or version.split(".")[0] != str(FORMAT_MAJOR):
        raise top.problem(_FORMAT_VERSION, "format_version")
    example = top.boolean("example", False)
    seen: set[str] = set()
    tables = top.tables("models", limit=MAX_MODELS, too_many=_TOO_MANY_MODELS)
    models = tuple(_model(table, seen, catalogue) for table in tables)
    return TariffFile(source=top.source, example=example, models=models)


def parse_tariffs(text: str, source: str, catalogue: Catalogue | None = None) -> TariffFile:
    """Parse and validate tariff TOML; ``source`` is the file name used in messages. Codes
    are checked against ``catalogue`` (the shipped catalogue by default)."""
    return _tariffs(parse_toml(text, source, TariffError), catalogue)


def load_tariffs(path: Path, catalogue: Catalogue | None = None) -> TariffFile:
    """Read and validate a tariff file; every problem is a :class:`TariffError` whose message
    is the one sentence to show (the GUI workbench and ``aggregate --tariffs`` use this)."""
    return _tariffs(read_toml(path, TariffError, MAX_FILE_BYTES), catalogue)
