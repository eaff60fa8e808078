"""Storage refuses free text that holds an identity number, whoever calls it.

The GUI refuses first and keeps the text where it was typed; this is the second line, so no
path around the GUI (undo, a script, a future command) stores a number. Every write function
that stores text a person typed calls :func:`refuse_identity_numbers` before it opens its
transaction, so nothing of a refused save reaches the database file or its WAL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rehablogg.core.free_text import identity_number_refusal
from rehablogg.storage.errors import StorageError


class IdentityNumberError(StorageError):
    """Free text holds an identity number; ``field`` says which text (core/free_text.py)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def refuse_identity_numbers(field: str, text: str | None) -> None:
    refusal = identity_number_refusal(field, text)
    if refusal is not None:
        raise IdentityNumberError(field, refusal)


def refuse_in_values(field: str, value: object, skip: Iterable[str] = ()) -> None:
    """Check every string inside a JSON-like ``value`` (dicts, lists), except the values of the
    dict keys named in ``skip`` at the top level (a random key is not text anyone typed)."""
    skipped = frozenset(skip)
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key not in skipped:
                refuse_in_values(field, item)
    elif isinstance(value, list | tuple):
        for item in value:
            refuse_in_values(field, item)
    elif isinstance(value, str):
        refuse_identity_numbers(field, value)
