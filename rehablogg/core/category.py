"""The three categories of work an activity code belongs to.

The values are the words the catalogue file, the database and the export format use; they are
part of the format (docs/export-format.md), so a member's value never changes. A ``StrEnum``
member is a ``str``, so it is written, hashed and compared exactly as the bare word was.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """Direct user time, indirect user time, or other work (no user time)."""

    DIREKTE = "direkte"
    INDIREKTE = "indirekte"
    ANNET = "annet"


# Direct and indirect time is user time: the categories that count as contact with a client.
USER_TIME: tuple[Category, ...] = (Category.DIREKTE, Category.INDIREKTE)
