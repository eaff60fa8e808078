"""Numbers as the user reads them: Norwegian (bokmål and nynorsk) writes a decimal comma and
groups thousands with a space, ``1 234,5``; English writes ``1,234.5``.

The space is a no-break space (U+00A0) everywhere, so a number never wraps across lines.
``language`` is ``"nb"``, ``"nn"`` or ``"en"`` (also ``"nn_NO"``, ``"en-GB"``); anything else is
treated as bokmål. Durations as hours and minutes (``1:35``) are in ``core.durations``.
"""

from __future__ import annotations

NBSP = "\u00a0"


def _is_english(language: str) -> bool:
    return language.replace("-", "_").split("_")[0].lower() == "en"


def format_number(value: float, language: str = "nb", decimals: int = 0) -> str:
    """``1234.5`` → ``1 234,5`` (nb, nn) or ``1,234.5`` (en), rounded to ``decimals``."""
    text = f"{value:,.{decimals}f}"  # "1,234.5": comma groups, point decimals
    if text in ("-0", "-0." + "0" * decimals):  # a tiny negative rounds to zero, not "-0"
        text = text[1:]
    if _is_english(language):
        return text
    return text.replace(",", NBSP).replace(".", ",")


def format_minutes(minutes: int, language: str = "nb") -> str:
    """A count of minutes: ``12345`` → ``12 345``."""
    return format_number(minutes, language)


def format_hours(minutes: int, language: str = "nb", decimals: int = 1) -> str:
    """Minutes as decimal hours: ``95`` → ``1,6``."""
    return format_number(minutes / 60, language, decimals)


def format_percent(value: float, language: str = "nb", decimals: int = 0) -> str:
    """``45.2`` → ``45 %`` (Norwegian puts a space before the sign) or ``45%`` (English)."""
    number = format_number(value, language, decimals)
    return f"{number}%" if _is_english(language) else f"{number}{NBSP}%"
