"""Number and duration formats: the one module that turns a number into text for a reader.

Norwegian (bokmål and nynorsk) writes a decimal comma and groups thousands with a space,
``1 234,5``; English writes ``1,234.5``. The space is a no-break space (U+00A0) everywhere, so a
number never wraps across lines. ``language`` is ``"nb"``, ``"nn"`` or ``"en"`` (also
``"nn_NO"``, ``"en-GB"``); anything else is treated as bokmål. Ties round half up, as people
round by hand (2,25 t → 2,3), not to even.

The names say what comes out, because minutes are shown three ways: ``format_hours_minutes``
(``95`` → ``1:35``, the clock form), ``format_count`` (``12345`` → ``12 345``, a count of
minutes or entries) and ``format_decimal_hours`` (``95`` → ``1,6``).
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"


def _is_english(language: str) -> bool:
    return language.replace("-", "_").split("_")[0].lower() == "en"


def rounded(value: float, decimals: int) -> Decimal:
    """``value`` rounded half up to ``decimals`` places (``repr`` keeps 2.25 a tie)."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


def format_number(value: float, language: str = "nb", decimals: int = 0) -> str:
    """``1234.5`` → ``1 234,5`` (nb, nn) or ``1,234.5`` (en), rounded to ``decimals``."""
    # "1,234.5": comma groups, point decimals; inf and nan have no digits to round
    exact = rounded(value, decimals) if math.isfinite(value) else value
    text = f"{exact:,.{decimals}f}"
    if text in ("-0", "-0." + "0" * decimals):  # a tiny negative rounds to zero, not "-0"
        text = text[1:]
    if _is_english(language):
        return text
    return text.replace(",", NBSP).replace(".", ",")


def format_spreadsheet_number(value: float, decimals: int = 0) -> str:
    """A number as a Norwegian spreadsheet reads it when pasted: ``1234,5``, a decimal comma and
    no thousands separator (with one, Norwegian Excel takes the cell for text), whatever the UI
    language."""
    return f"{rounded(value, decimals):.{decimals}f}".replace(".", ",")


def format_count(count: int, language: str = "nb") -> str:
    """A count (of minutes, entries, files): ``12345`` → ``12 345``."""
    return format_number(count, language)


def format_decimal_hours(minutes: int, language: str = "nb", decimals: int = 1) -> str:
    """Minutes as decimal hours: ``95`` → ``1,6``."""
    return format_number(minutes / 60, language, decimals)


def format_hours_minutes(minutes: int) -> str:
    """Minutes in the clock form, ``95`` → ``1:35``, the same in every language; used wherever
    hours and minutes are shown side by side, and read back by ``core.durations``."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def format_percent(value: float, language: str = "nb", decimals: int = 0) -> str:
    """``45.2`` → ``45 %`` (Norwegian puts a space before the sign) or ``45%`` (English)."""
    number = format_number(value, language, decimals)
    return f"{number}%" if _is_english(language) else f"{number}{NBSP}%"
