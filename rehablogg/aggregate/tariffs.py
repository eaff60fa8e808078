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

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rehablogg.core.catalogue import CATEGORIES, Catalogue, default_catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.regular_file import read_regular_file
from rehablogg.core.toml_reader import shown_text as shown_value

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
_MODEL_FIELDS = ("name", "description", "travel", "travel_rate_per_minute", "cancelled_codes",
                 "cap_per_client_month", "cap_per_therapist_month", "rules")
_RULE_FIELDS = ("code", "category", "fee", "rate_per_block", "block_minutes", "rate_per_minute",
                "included_minutes", "per_participant", "max_participants", "valid_from",
                "valid_to", "note")

_Table = Mapping[str, object]


class TariffError(ValueError):
    """A tariff file that cannot be used; ``str(error)`` is the one sentence to show."""

    def __init__(self, message: str, *, source: str = "", model: str | None = None,
                 rule: int | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.model = model
        self.rule = rule
        self.field = field


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
        return ((self.valid_from is None or self.valid_from <= day)
                and (self.valid_to is None or day <= self.valid_to))


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
        return next((r for r in self.rules if r.category == category and r.valid_on(day)),
                    None)


@dataclass(frozen=True)
class TariffFile:
    source: str
    example: bool  # the amounts are made up; every sheet computed from the file says so
    models: tuple[Model, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.models)


# --------------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------------

_AT_FILE = QT_TRANSLATE_NOOP("tariffs", "{file}: feltet «{field}»")
_AT_MODEL = QT_TRANSLATE_NOOP("tariffs", "{file}: modell «{model}», feltet «{field}»")
_AT_MODEL_NO = QT_TRANSLATE_NOOP("tariffs", "{file}: modell nr. {index}, feltet «{field}»")
_AT_RULE = QT_TRANSLATE_NOOP(
    "tariffs", "{file}: modell «{model}», regel nr. {rule} ({target}), feltet «{field}»")
_AT_RULE_NO = QT_TRANSLATE_NOOP(
    "tariffs", "{file}: modell «{model}», regel nr. {rule}, feltet «{field}»")

_MISSING = QT_TRANSLATE_NOOP("tariffs", "{where} mangler; legg det til.")
_UNKNOWN = QT_TRANSLATE_NOOP(
    "tariffs", "{where} er ukjent; sjekk stavemåten (kjente felt er {allowed}).")
_NOT_TEXT = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være en tekst i anførselstegn som ikke er tom.")
_NOT_BOOL = QT_TRANSLATE_NOOP("tariffs", "{where} må være true eller false.")
_NOT_INT = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være et positivt heltall uten anførselstegn, ikke {value}.")
_NOT_COUNT = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være et heltall fra 0 og opp uten anførselstegn, ikke {value}.")
_NOT_AMOUNT = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være et beløp i kroner uten anførselstegn, for eksempel 245.50, ikke "
    "{value}.")
_NEGATIVE = QT_TRANSLATE_NOOP("tariffs", "{where} kan ikke være negativt ({value}).")
_TOO_LARGE = QT_TRANSLATE_NOOP("tariffs", "{where} er urimelig stort ({value}); sjekk beløpet.")
_DECIMALS = QT_TRANSLATE_NOOP("tariffs", "{where} kan ha høyst {decimals} desimaler, ikke {value}.")
_NOT_DATE = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være en dato uten klokkeslett og uten anførselstegn, for eksempel "
    "2025-07-01.")
_NOT_TABLES = QT_TRANSLATE_NOOP("tariffs", "{where} må være en liste av tabeller ([[{table}]]).")
_EMPTY_LIST = QT_TRANSLATE_NOOP("tariffs", "{where} må ha minst én oppføring.")
_TOO_MANY_MODELS = QT_TRANSLATE_NOOP(
    "tariffs", "{where} har {count} modeller, men høyst {limit} kan sammenlignes side om side; "
    "del dem på flere filer.")
_TOO_MANY_RULES = QT_TRANSLATE_NOOP(
    "tariffs", "{where} har {count} regler, men en modell kan ha høyst {limit}; slå sammen "
    "reglene med kategorier eller del modellen.")
# The summary puts models side by side in columns and a chart; more than this cannot be read.
MAX_MODELS = 50
MAX_RULES = 1000  # per model; the example file has 21
_NOT_CODES = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være en liste av koder i anførselstegn, for eksempel [\"A04\"].")
_ONE_OF = QT_TRANSLATE_NOOP("tariffs", "{where} må være {allowed}, ikke {value}.")
_FORMAT = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være «rehablogg-tariffs»; dette er ikke en tariffil.")
_FORMAT_VERSION = QT_TRANSLATE_NOOP(
    "tariffs", "{where} må være 1.x; filen er laget av en nyere rehablogg.")
_DUPLICATE_MODEL = QT_TRANSLATE_NOOP(
    "tariffs", "{where} gjentar navnet på en modell lenger opp; hver modell må ha sitt eget "
    "navn.")
_UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "tariffs", "{where}: koden {code} finnes ikke i kodeverket {catalogue}.")
_UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("tariffs", "{where} må være {allowed}, ikke {value}.")
_TARGET_BOTH = QT_TRANSLATE_NOOP(
    "tariffs", "{where} kan ikke stå sammen med «category»; en regel gjelder enten én kode "
    "eller én kategori.")
_TARGET_NONE = QT_TRANSLATE_NOOP(
    "tariffs", "{where} mangler; en regel må gjelde en kode («code») eller en kategori "
    "(«category»).")
_NO_AMOUNT = QT_TRANSLATE_NOOP(
    "tariffs", "{where} mangler; en regel må ha «fee», «rate_per_block» eller «rate_per_minute» "
    "(skriv fee = 0 for en regel som ikke betaler).")
_TWO_RATES = QT_TRANSLATE_NOOP(
    "tariffs", "{where} kan ikke stå sammen med «rate_per_block»; velg én tidsbetaling.")
_BLOCK_WITHOUT_RATE = QT_TRANSLATE_NOOP(
    "tariffs", "{where} gir bare mening sammen med «rate_per_block».")
_INCLUDED_WITHOUT_RATE = QT_TRANSLATE_NOOP(
    "tariffs", "{where} gir bare mening sammen med «rate_per_block» eller «rate_per_minute».")
_MAX_WITHOUT_GROUP = QT_TRANSLATE_NOOP(
    "tariffs", "{where} gir bare mening sammen med per_participant = true.")
_RATE_WITHOUT_SEPARATE = QT_TRANSLATE_NOOP(
    "tariffs", "{where} gir bare mening sammen med travel = \"separate\".")
_DATES_REVERSED = QT_TRANSLATE_NOOP(
    "tariffs", "{where} ({valid_to}) ligger før «valid_from» ({valid_from}).")
_OVERLAP = QT_TRANSLATE_NOOP(
    "tariffs", "{where}: gyldighetsperioden overlapper regel nr. {other} for samme {target}; la "
    "den ene slutte dagen før den andre begynner.")
_CANCELLED_HAS_RULE = QT_TRANSLATE_NOOP(
    "tariffs", "{where}: koden {code} står også i «cancelled_codes» og betales aldri; fjern "
    "regelen eller koden fra listen.")
_SYNTAX = QT_TRANSLATE_NOOP("tariffs", "{file} er ikke gyldig TOML ({detail}).")
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "tariffs", "{file} er ikke lagret som UTF-8; lagre filen som UTF-8 og prøv igjen.")
_UNREADABLE = QT_TRANSLATE_NOOP("tariffs", "{file} kunne ikke leses ({reason}).")
MAX_FILE_BYTES = 4 * 1024 * 1024  # the example file is about 5 KB
_OR = QT_TRANSLATE_NOOP("tariffs", "eller")


def _either(values: tuple[str, ...]) -> str:
    items = [f"«{v}»" for v in values]
    return items[0] if len(items) == 1 else "{} {} {}".format(
        ", ".join(items[:-1]), _OR, items[-1])


@dataclass(frozen=True)
class _Place:
    """Where a value sits, so each refusal names file, model and rule."""

    source: str
    model: str | None = None
    model_index: int | None = None
    rule: int | None = None
    target: str | None = None

    def where(self, field: str) -> str:
        shown = {"file": self.source, "field": field,
                 "model": shown_value(self.model or ""), "rule": self.rule,
                 "target": shown_value(self.target or "")}
        if self.rule is not None:
            return (_AT_RULE if self.target else _AT_RULE_NO).format(**shown)
        if self.model is not None:
            return _AT_MODEL.format(**shown)
        if self.model_index is not None:
            return _AT_MODEL_NO.format(index=self.model_index, **shown)
        return _AT_FILE.format(**shown)

    def error(self, template: str, field: str, **values: object) -> TariffError:
        shown = {k: v if k in _OURS else _shown(v) for k, v in values.items()}
        message = template.format(where=self.where(field), field=field, **shown)
        return TariffError(message, source=self.source, model=self.model, rule=self.rule,
                           field=field)


# Values the program puts in a message (not the file's), shown whole.
_OURS = frozenset({"allowed", "catalogue", "other", "decimals", "table", "target", "valid_from",
                   "valid_to", "count", "limit"})


def _shown(value: object) -> str:
    """A value from the file as the user wrote it in TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"«{shown_value(value)}»"
    return shown_value(value)


# --------------------------------------------------------------------------------------------
# Typed readers
# --------------------------------------------------------------------------------------------


def _check_fields(table: _Table, allowed: tuple[str, ...], place: _Place) -> None:
    for name in table:
        if name not in allowed:
            raise place.error(_UNKNOWN, shown_value(name), allowed=", ".join(allowed))


def _text(table: _Table, field: str, place: _Place, *, required: bool) -> str:
    if field not in table:
        if required:
            raise place.error(_MISSING, field)
        return ""
    value = table[field]
    if not isinstance(value, str) or not value.strip():
        raise place.error(_NOT_TEXT, field)
    return value.strip()


def _bool(table: _Table, field: str, place: _Place) -> bool:
    value = table.get(field, False)
    if not isinstance(value, bool):
        raise place.error(_NOT_BOOL, field)
    return value


def _int(table: _Table, field: str, place: _Place, *, minimum: int) -> int | None:
    if field not in table:
        return None
    value = table[field]
    # bool is an int subclass; a TOML true must not pass as 1.
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise place.error(_NOT_INT if minimum > 0 else _NOT_COUNT, field, value=value)
    return value


def _decimal(table: _Table, field: str, place: _Place, decimals: int) -> Decimal | None:
    """An amount in kroner, read exactly; None when absent."""
    if field not in table:
        return None
    value = table[field]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise place.error(_NOT_AMOUNT, field, value=value)
    try:
        # str() of a TOML float is the shortest text that reads back to it: 245.5, not
        # 245.49999…; that is the number the user wrote.
        amount = Decimal(str(value))
    except InvalidOperation:  # pragma: no cover - tomllib only gives finite or inf/nan
        raise place.error(_NOT_AMOUNT, field, value=value) from None
    if not amount.is_finite():
        raise place.error(_NOT_AMOUNT, field, value=value)
    if amount < 0:
        raise place.error(_NEGATIVE, field, value=value)
    if amount > MAX_AMOUNT:
        raise place.error(_TOO_LARGE, field, value=value)
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > decimals:
        raise place.error(_DECIMALS, field, decimals=decimals, value=value)
    return amount


def _ore(table: _Table, field: str, place: _Place) -> int | None:
    amount = _decimal(table, field, place, MONEY_DECIMALS)
    return None if amount is None else int(amount * 100)


def _day(table: _Table, field: str, place: _Place) -> date | None:
    if field not in table:
        return None
    value = table[field]
    # tomllib gives a datetime (a date subclass) for a date with a time; a rule starts on a day.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise place.error(_NOT_DATE, field)
    return value


def _tables(table: _Table, field: str, place: _Place, path: str, limit: int,
            too_many: str) -> list[_Table]:
    if field not in table:
        raise place.error(_MISSING, field)
    value = table[field]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise place.error(_NOT_TABLES, field, table=path)
    if not value:
        raise place.error(_EMPTY_LIST, field)
    if len(value) > limit:  # checked before any is read: 10 000 models took minutes, then failed
        raise place.error(too_many, field, count=len(value), limit=limit)
    return value


# --------------------------------------------------------------------------------------------
# Rules and models
# --------------------------------------------------------------------------------------------


def _target(table: _Table, place: _Place, catalogue: Catalogue) -> tuple[str | None, str | None]:
    if "code" in table and "category" in table:
        raise place.error(_TARGET_BOTH, "code")
    if "code" in table:
        code = _text(table, "code", place, required=True)
        if catalogue.code(code) is None:
            raise place.error(_UNKNOWN_CODE, "code", code=code, catalogue=catalogue.id)
        return code, None
    if "category" in table:
        category = _text(table, "category", place, required=True)
        if category not in CATEGORIES:
            raise place.error(_UNKNOWN_CATEGORY, "category", allowed=_either(CATEGORIES),
                              value=category)
        return None, category
    raise place.error(_TARGET_NONE, "code")


def _rule(table: _Table, index: int, model: _Place, catalogue: Catalogue) -> Rule:
    raw_code, raw_category = table.get("code"), table.get("category")
    target = (f"kode {raw_code}" if isinstance(raw_code, str) and raw_code.strip()
              else f"kategori {raw_category}" if isinstance(raw_category, str)
              and raw_category.strip() else None)
    place = _Place(model.source, model=model.model, rule=index, target=target)
    _check_fields(table, _RULE_FIELDS, place)
    code, category = _target(table, place, catalogue)
    fee = _ore(table, "fee", place)
    per_block = _ore(table, "rate_per_block", place)
    per_minute = _decimal(table, "rate_per_minute", place, RATE_DECIMALS)
    if per_block is not None and per_minute is not None:
        raise place.error(_TWO_RATES, "rate_per_minute")
    if fee is None and per_block is None and per_minute is None:
        raise place.error(_NO_AMOUNT, "fee")
    block = _int(table, "block_minutes", place, minimum=1)
    if block is not None and per_block is None:
        raise place.error(_BLOCK_WITHOUT_RATE, "block_minutes")
    included = _int(table, "included_minutes", place, minimum=0)
    if included is not None and per_block is None and per_minute is None:
        raise place.error(_INCLUDED_WITHOUT_RATE, "included_minutes")
    per_participant = _bool(table, "per_participant", place)
    max_participants = _int(table, "max_participants", place, minimum=1)
    if max_participants is not None and not per_participant:
        raise place.error(_MAX_WITHOUT_GROUP, "max_participants")
    valid_from, valid_to = _day(table, "valid_from", place), _day(table, "valid_to", place)
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        raise place.error(_DATES_REVERSED, "valid_to", valid_from=valid_from.isoformat(),
                          valid_to=valid_to.isoformat())
    return Rule(
        index=index, code=code, category=category, fee=fee or 0, rate_per_block=per_block,
        block_minutes=block or DEFAULT_BLOCK_MINUTES,
        rate_per_minute=None if per_minute is None else per_minute * 100,
        included_minutes=included or 0, per_participant=per_participant,
        max_participants=max_participants, valid_from=valid_from, valid_to=valid_to,
        note=_text(table, "note", place, required=False))


def _overlaps(a: Rule, b: Rule) -> bool:
    return ((a.valid_to is None or b.valid_from is None or b.valid_from <= a.valid_to)
            and (b.valid_to is None or a.valid_from is None or a.valid_from <= b.valid_to))


def _codes(table: _Table, field: str, place: _Place, catalogue: Catalogue) -> frozenset[str]:
    value = table.get(field, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise place.error(_NOT_CODES, field)
    for code in value:
        if catalogue.code(code) is None:
            raise place.error(_UNKNOWN_CODE, field, code=code, catalogue=catalogue.id)
    return frozenset(value)


def _model(table: _Table, index: int, base: _Place, seen: set[str],
           catalogue: Catalogue) -> Model:
    raw = table.get("name")
    named = raw.strip() if isinstance(raw, str) and raw.strip() else None
    place = _Place(base.source, model=named, model_index=index)
    _check_fields(table, _MODEL_FIELDS, place)
    name = _text(table, "name", place, required=True)
    if name in seen:
        raise place.error(_DUPLICATE_MODEL, "name")
    seen.add(name)
    travel = _text(table, "travel", place, required=False) or "unpaid"
    if travel not in TRAVEL_CHOICES:
        raise place.error(_ONE_OF, "travel", allowed=_either(TRAVEL_CHOICES), value=travel)
    travel_rate = _decimal(table, "travel_rate_per_minute", place, RATE_DECIMALS)
    if travel == "separate" and travel_rate is None:
        raise place.error(_MISSING, "travel_rate_per_minute")
    if travel != "separate" and travel_rate is not None:
        raise place.error(_RATE_WITHOUT_SEPARATE, "travel_rate_per_minute")
    cancelled = _codes(table, "cancelled_codes", place, catalogue)
    rules: list[Rule] = []
    for number, rule_table in enumerate(_tables(table, "rules", place, "models.rules", MAX_RULES,
                                                          _TOO_MANY_RULES), start=1):
        rule = _rule(rule_table, number, place, catalogue)
        rule_place = _Place(base.source, model=name, rule=number, target=rule.target)
        if rule.code is not None and rule.code in cancelled:
            raise rule_place.error(_CANCELLED_HAS_RULE, "code", code=rule.code)
        for other in rules:
            if (other.code, other.category) == (rule.code, rule.category) and _overlaps(
                    other, rule):
                raise rule_place.error(_OVERLAP, "valid_from", other=other.index,
                                       target=rule.target)
        rules.append(rule)
    return Model(
        name=name, description=_text(table, "description", place, required=False),
        travel=travel, travel_rate_per_minute=(travel_rate or Decimal(0)) * 100,
        cancelled_codes=cancelled,
        cap_per_client_month=_ore(table, "cap_per_client_month", place),
        cap_per_therapist_month=_ore(table, "cap_per_therapist_month", place),
        rules=tuple(rules))


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------

_TOML_AT = re.compile(r"\s*\(at (line \d+), column \d+\)\s*$")


def parse_tariffs(text: str, source: str, catalogue: Catalogue | None = None) -> TariffFile:
    """Parse and validate tariff TOML; ``source`` is the file name used in messages. Codes
    are checked against ``catalogue`` (the shipped catalogue by default)."""
    catalogue = catalogue or default_catalogue()
    try:
        data: _Table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        detail = _TOML_AT.sub(r", \1", str(error).splitlines()[0])[:120]
        raise TariffError(_SYNTAX.format(file=source, detail=detail), source=source) from None
    except (RecursionError, ValueError):
        # Hostile input (nesting deeper than the recursion limit, absurdly long integers).
        raise TariffError(_SYNTAX.format(file=source, detail="for dyp nesting eller for lange "
                                         "tall"), source=source) from None
    place = _Place(source)
    _check_fields(data, _TOP_FIELDS, place)
    if data.get("format") != FORMAT:
        raise place.error(_FORMAT, "format")
    version = data.get("format_version", f"{FORMAT_MAJOR}.0")
    if not isinstance(version, str) or version.split(".")[0] != str(FORMAT_MAJOR):
        raise place.error(_FORMAT_VERSION, "format_version")
    example = _bool(data, "example", place)
    seen: set[str] = set()
    tables = _tables(data, "models", place, "models", MAX_MODELS, _TOO_MANY_MODELS)
    models = tuple(_model(table, index, place, seen, catalogue)
                   for index, table in enumerate(tables, start=1))
    return TariffFile(source=source, example=example, models=models)


def load_tariffs(path: Path, catalogue: Catalogue | None = None) -> TariffFile:
    """Read and validate a tariff file; every problem is a :class:`TariffError` whose message
    is the one sentence to show (the GUI workbench and ``aggregate --tariffs`` use this)."""
    source = path.name
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise TariffError(_UNREADABLE.format(file=source, reason=reason), source=source) from None
    try:
        # utf-8-sig: Windows editors often save a BOM, which TOML itself does not allow.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TariffError(_NOT_UTF8.format(file=source), source=source) from None
    return parse_tariffs(text, source, catalogue)
