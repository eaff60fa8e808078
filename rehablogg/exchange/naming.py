"""File names of exports (docs/DESIGN.md §6.1).

A submission is ``rehablogg_<pilot>_<kommunenr>_<terapeut>_<YYYY-MM>[_korr<N>].xlsx``. An xlsx
that is not a submission ends in ``_utkast`` so a pilot lead can tell it apart at a glance; a
range that is not a calendar month is named by its first and last day. CSV is only ever a view,
so it carries no suffix. Empty parts get a placeholder rather than leaving ``__`` in the name:
``ingen`` for no pilot, ``0000`` for no municipality, ``ukjent`` for no therapist code.
"""

from __future__ import annotations

import re
from datetime import date

NO_PILOT = "ingen"
NO_MUNICIPALITY = "0000"
NO_THERAPIST = "ukjent"
DRAFT_SUFFIX = "_utkast"

# Underscore separates the parts, so it may not appear inside one; everything outside plain
# ASCII letters, digits, dot and hyphen becomes a hyphen so the name works on every system.
_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def _part(value: str, placeholder: str) -> str:
    cleaned = _UNSAFE.sub("-", value.strip()).strip("-.")
    return cleaned or placeholder


def is_whole_month(start: date, end: date) -> bool:
    """True when ``start``–``end`` is exactly one calendar month."""
    after = date.fromordinal(end.toordinal() + 1)
    return start.day == 1 and after.day == 1 and (start.year, start.month) == (end.year, end.month)


def period_label(start: date, end: date) -> str:
    """``YYYY-MM`` for a whole calendar month, otherwise ``YYYY-MM-DD_YYYY-MM-DD``."""
    if is_whole_month(start, end):
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start.isoformat()}_{end.isoformat()}"


def export_file_name(
    *,
    pilot: str,
    municipality: str,
    therapist: str,
    start: date,
    end: date,
    extension: str,
    submission: bool,
    correction: int = 0,
) -> str:
    parts = [
        "rehablogg",
        _part(pilot, NO_PILOT),
        _part(municipality, NO_MUNICIPALITY),
        _part(therapist, NO_THERAPIST),
        period_label(start, end),
    ]
    name = "_".join(parts)
    if submission and correction > 0:
        name += f"_korr{correction}"
    elif not submission and extension == "xlsx":
        name += DRAFT_SUFFIX
    return f"{name}.{extension}"


def receipt_file_name(pilot: str, therapist: str) -> str:
    """``kvittering_<pilot>_<terapeut>.json``: the receipt the workbench writes for one
    therapist (docs/receipts.md), with the same safe parts as an export's name."""
    return f"kvittering_{_part(pilot, NO_PILOT)}_{_part(therapist, NO_THERAPIST)}.json"
