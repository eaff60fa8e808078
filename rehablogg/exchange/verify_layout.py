"""``verify``'s checks of a file's layout: its sheets, each sheet's header row against the
declared columns (``columns.py``), and the number of rows a period may have."""

from __future__ import annotations

from collections.abc import Sequence

from rehablogg.core.catalogue import KEY_PATTERN, STANDARD_ID, Catalogue, shipped_catalogue
from rehablogg.exchange.cell_reading import as_int, column_letter, show, trimmed
from rehablogg.exchange.columns import (
    ADDED_TABLES,
    ENTRY_ADDED,
    ENTRY_BASE_COLUMNS,
    META_CATALOGUE_ID,
    META_CATALOGUE_VERSION,
    NOTE_COLUMN,
    PARTY_PREFIX,
    SHEET_ENTRIES,
    SHEET_PARTICIPANTS,
    SHEETS,
    of_version,
    sheets_of_version,
)
from rehablogg.exchange.package_guard import ROWS_PER_DAY
from rehablogg.exchange.verify_sentences import (
    EXTRA_SHEET,
    HEADER_EXTRA,
    HEADER_MISSING,
    HEADER_NAME,
    HEADER_PARTY,
    HEADER_TOO_WIDE,
    MISSING_SHEET,
    PARTIES_VS_CATALOGUE,
    SHEET_ORDER,
    TOO_MANY_FOR_PERIOD,
)
from rehablogg.exchange.verify_state import FatalError, FileCheck

EXTRA_COLUMNS = 40  # columns a newer 1.x may add at the end of a sheet


def check_sheets(check: FileCheck, names: list[str]) -> None:
    """The sheets of the file's 1.x (of this version, for a newer 1.x), all present and in
    order; in a newer 1.x others may follow them."""
    expected = SHEETS if check.newer else sheets_of_version(check.minor)
    for sheet in expected:
        if sheet not in names:
            raise FatalError(MISSING_SHEET.format(sheet=sheet))
    ours = [n for n in names if n in expected]
    if ours != list(expected):
        raise FatalError(SHEET_ORDER.format(expected=", ".join(expected), found=", ".join(ours)))
    extra = names[len(expected) :] if check.newer else []
    for name in names:
        if name not in expected and name not in extra:
            raise FatalError(EXTRA_SHEET.format(sheet=name, version=check.version))


def check_row_budget(check: FileCheck) -> None:
    """A period of N days has at most N × ROWS_PER_DAY entries and as many rows in each other
    sheet of rows (Deltakere, Forløp …); the guard counted them, so a file with more is refused
    before they are read."""
    start, end = check.facts.start, check.facts.end
    if check.package is None or start is None or end is None or end < start:
        return
    days = (end - start).days + 1
    limit = days * ROWS_PER_DAY
    for sheet in (SHEET_ENTRIES, SHEET_PARTICIPANTS, *ADDED_TABLES):
        facts = check.package.sheets.get(sheet)
        if facts is not None and facts.rows - 1 > limit:
            raise FatalError(
                TOO_MANY_FOR_PERIOD.format(
                    sheet=sheet, rows=facts.rows - 1, limit=limit, days=days, per_day=ROWS_PER_DAY
                )
            )


def check_header(
    check: FileCheck,
    sheet: str,
    header: Sequence[object],
    expected: Sequence[str],
    *,
    exact: bool,
    extra: int = EXTRA_COLUMNS,
) -> list[str]:
    """Check that the header starts with ``expected`` (and has at most ``extra`` more
    names); returns all its names."""
    names = trimmed(header)
    if len(names) > len(expected) + extra:
        raise FatalError(
            HEADER_TOO_WIDE.format(sheet=sheet, count=len(names), limit=len(expected) + extra)
        )
    for index, name in enumerate(expected):
        if index >= len(names):
            raise FatalError(
                HEADER_MISSING.format(sheet=sheet, column=column_letter(index), expected=name)
            )
        if names[index] != name:
            raise FatalError(
                HEADER_NAME.format(
                    sheet=sheet,
                    column=column_letter(index),
                    found=show(names[index]),
                    expected=name,
                )
            )
    if exact and len(names) > len(expected):
        index = len(expected)
        raise FatalError(
            HEADER_EXTRA.format(
                sheet=sheet,
                column=column_letter(index),
                found=show(names[index]),
                version=check.version,
            )
        )
    return [str(n) if n is not None else "" for n in names]


def check_entry_header(
    check: FileCheck, header: Sequence[object]
) -> tuple[list[str], int, int | None]:
    """Registreringer's names, the number of party columns and the index of notat (or None);
    the columns a minor version added (up to the file's) follow those."""
    names = check_header(
        check, SHEET_ENTRIES, header, ENTRY_BASE_COLUMNS, exact=False, extra=len(header)
    )  # the parties are counted below
    parties = _party_count(names)
    index = len(ENTRY_BASE_COLUMNS) + parties
    note = None
    if index < len(names) and names[index] == NOTE_COLUMN:
        note = index
        index += 1
    for column in of_version(ENTRY_ADDED, check.minor):
        _expect(names, index, column.name)
        index += 1
    if index < len(names) and not check.newer:
        raise FatalError(
            HEADER_EXTRA.format(
                sheet=SHEET_ENTRIES,
                column=column_letter(index),
                found=show(names[index]),
                version=check.version,
            )
        )
    if len(names) - index > EXTRA_COLUMNS:
        raise FatalError(
            HEADER_TOO_WIDE.format(
                sheet=SHEET_ENTRIES, count=len(names), limit=index + EXTRA_COLUMNS
            )
        )
    catalogue = known_catalogue(check.meta)
    if catalogue is not None:
        _parties_match(catalogue, names[len(ENTRY_BASE_COLUMNS) :][:parties])
    return names, parties, note


def _expect(names: Sequence[str], index: int, expected: str) -> None:
    """A column a minor version added: present, at its place."""
    if index >= len(names):
        raise FatalError(
            HEADER_MISSING.format(
                sheet=SHEET_ENTRIES, column=column_letter(index), expected=expected
            )
        )
    if names[index] != expected:
        raise FatalError(
            HEADER_NAME.format(
                sheet=SHEET_ENTRIES,
                column=column_letter(index),
                found=show(names[index]),
                expected=expected,
            )
        )


def _party_count(names: Sequence[str]) -> int:
    """The run of part_<key> columns after the fixed ones; a key must be a catalogue key."""
    index = first = len(ENTRY_BASE_COLUMNS)
    while index < len(names) and names[index].startswith(PARTY_PREFIX):
        if not KEY_PATTERN.fullmatch(names[index][len(PARTY_PREFIX) :]):
            raise FatalError(
                HEADER_PARTY.format(
                    sheet=SHEET_ENTRIES, column=column_letter(index), found=names[index]
                )
            )
        index += 1
    return index - first


def _parties_match(catalogue: Catalogue, columns: Sequence[str]) -> None:
    found = [n[len(PARTY_PREFIX) :] for n in columns]
    if tuple(found) != catalogue.party_keys:
        expected = ", ".join(PARTY_PREFIX + k for k in catalogue.party_keys)
        raise FatalError(
            PARTIES_VS_CATALOGUE.format(
                catalogue=catalogue.id, version=catalogue.version, expected=expected
            )
        )


def known_catalogue(meta: dict[str, object]) -> Catalogue | None:
    """The catalogue the file names, when it is one rehablogg ships (any shipped version: a
    file keeps being pinned to the version it was written with)."""
    version = as_int(meta.get(META_CATALOGUE_VERSION))
    if meta.get(META_CATALOGUE_ID) != STANDARD_ID or not isinstance(version, int):
        return None
    return shipped_catalogue(version)
