"""Dates typed into a text field: what a Norwegian user writes (03.02.2026, 3.2.26, 03022026,
2026-02-03), and an empty field for a date not known yet.

A QDateEdit cannot be empty and fights a user who types over it, so the care-pathway windows take
dates as text and say in one sentence what is wrong with a date that is not one."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from rehablogg.core.periods import format_date

_DOTTED = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4}|\d{2})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
PLACEHOLDER = "dd.mm.åååå"


def _year(text: str) -> int:
    """A two-digit year is this century's (care pathways are recent)."""
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_typed_date(text: str, field: str) -> date | None:
    """The date in ``text`` (None when empty), or ValueError with one bokmål sentence naming
    ``field`` (already translated, e.g. "Henvist")."""
    typed = text.strip()
    if not typed:
        return None
    parts: tuple[int, int, int] | None = None
    if m := _ISO.match(typed):
        parts = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    elif m := _DOTTED.match(typed) or _DIGITS.match(typed):
        parts = (_year(m.group(3)), int(m.group(2)), int(m.group(1)))
    if parts is not None:
        try:
            return date(*parts)
        except ValueError:
            pass
    raise ValueError(
        QCoreApplication.translate(
            "DateText",
            "{field}: «{text}» er ikke en dato; skriv den som dd.mm.åååå, for eksempel 03.02.2026.",
        ).format(field=field, text=typed)
    )


def date_text(value: date | None) -> str:
    """How a date is shown in the fields and lists: 03.02.2026, or nothing."""
    return format_date(value) if value is not None else ""
