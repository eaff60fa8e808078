"""The checksum's canonical text and the export id (``docs/export-format.md``, "Sjekksum").

The canonical text is built from cell values as a reader gets them back, so a file that a
spreadsheet program re-saved with the same values gives the same text. One line per row,
ending in LF; a line is the sheet name and the row's values joined by TAB:

- ``Metadata`` lines: ``felt`` and ``verdi`` of every Metadata row in sheet order, except
  the fields in ``UNHASHED_METADATA``;
- ``Registreringer`` and ``Deltakere`` lines: first the header row, then every data row,
  each with every column except the derived ones (``DERIVED_COLUMNS``), in sheet order.

A value is written as: empty cell or empty text → nothing; integer (or a whole number stored as
a decimal, which some programs do) → its decimal digits; date → ``YYYY-MM-DD``; text → itself
with ``\\`` ``TAB`` ``LF`` ``CR`` written as ``\\\\`` ``\\t`` ``\\n`` ``\\r``. Anything else (a
fraction, a time of day, TRUE/FALSE) has no canonical form and makes the file invalid.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_MIDNIGHT = time(0)
EXPORT_ID_LENGTH = 16


class NotCanonicalError(ValueError):
    """A cell value that has no canonical text (a fraction, a time, a boolean...)."""


def canonical_value(value: object) -> str:
    # Most cells are text, so that test comes first; bool before int because bool is an int.
    if isinstance(value, str):
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            return value.translate(_ESCAPES)
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        raise NotCanonicalError(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        raise NotCanonicalError(value)
    if isinstance(value, datetime):
        if value.time() == _MIDNIGHT and value.tzinfo is None:
            return value.date().isoformat()
        raise NotCanonicalError(value)
    if isinstance(value, date):
        return value.isoformat()
    raise NotCanonicalError(value)


def _text(value: str) -> str:
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_ESCAPES)
    return value


def _empty(_value: None) -> str:
    return ""


# Exact types to their rendering: one dict lookup per cell instead of a chain of isinstance
# tests (a year's file has millions of cells). Anything not listed here — bool, subclasses,
# times — goes through canonical_value, which renders or refuses it.
_RENDER: dict[type, Callable[[Any], str]] = {
    str: _text,
    int: str,
    type(None): _empty,
    float: canonical_value,
    datetime: canonical_value,
    date: canonical_value,
}


def canonical_line(sheet: str, values: Sequence[object]) -> bytes:
    render = _RENDER
    try:
        parts = [render[type(value)](value) for value in values]
    except KeyError:
        parts = [canonical_value(value) for value in values]
    return (sheet + "\t" + "\t".join(parts) + "\n").encode("utf-8")


class CanonicalHash:
    """SHA-256 over the canonical text, fed line by line in canonical order."""

    def __init__(self) -> None:
        self._sha = hashlib.sha256()

    def add(self, sheet: str, values: Sequence[object]) -> None:
        self._sha.update(canonical_line(sheet, values))

    def hexdigest(self) -> str:
        return self._sha.hexdigest()


def export_id(therapist: str, start: str, end: str, checksum: str) -> str:
    """The first 16 hex digits of SHA-256 over ``terapeut|periode_fra|periode_til|sjekksum``.

    The checksum already covers therapist and period; naming them again means two therapists'
    identical months (both empty, say) still get different ids.
    """
    text = f"{therapist}|{start}|{end}|{checksum}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:EXPORT_ID_LENGTH]
