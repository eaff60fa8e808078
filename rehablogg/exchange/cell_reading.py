"""How a reader takes a cell value back as what the format says it is (``docs/export-format.md``,
"Cells"), and how a sentence shows a value. ``verify`` reads every cell through these, and so
may anyone who reads a verified file's rows (``aggregate``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from openpyxl.utils import get_column_letter

from rehablogg.core.periods import format_date


def as_int(value: object) -> int | None:
    """An integer cell (a whole number stored as a decimal counts); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def as_date(value: object) -> date | None:
    """A date cell (a datetime at exactly midnight counts as its date); None otherwise."""
    if isinstance(value, datetime):
        if value.hour or value.minute or value.second or value.microsecond:
            return None
        return value.date()
    if isinstance(value, date):
        return value
    return None


def as_text(value: object) -> str:
    """A text cell as text, an empty cell as "" (what aggregate keeps of optional text)."""
    return "" if value is None else str(value)


def as_optional_text(value: object) -> str | None:
    """A text cell as text; None for an empty cell, an empty text or anything else."""
    return value if isinstance(value, str) and value else None


def show(value: object) -> str:
    """A cell value as a person would see it in a sentence."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        day = as_date(value)
        return format_date(day) if day else str(value)
    if isinstance(value, float):
        return f"{value:.6g}".replace(".", ",")
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def trimmed(header: Sequence[object]) -> list[object]:
    """A header row without its trailing empty names."""
    names = list(header)
    while names and names[-1] in (None, ""):
        names.pop()
    return names


def column_letter(index: int) -> str:
    """The spreadsheet's name of the column at ``index`` (0 is A)."""
    return str(get_column_letter(index + 1))
