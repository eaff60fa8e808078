"""Database rows → the values of Registreringer and Deltakere as they are written.

Both writers (xlsx and csv) and the checksum use these values, so what is hashed is exactly
what is written: text already neutralised, dates as ``date``, hours as a float. Client labels
never reach this module (storage does not read them); notes only when they were asked for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from operator import attrgetter, itemgetter
from typing import NamedTuple, cast

from rehablogg.core.agegroups import age_group
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import format_date
from rehablogg.exchange.canonical import CanonicalHash
from rehablogg.exchange.columns import (
    DERIVED_COLUMNS,
    ENTRY_ADDED,
    ENTRY_CATEGORY,
    ENTRY_CLIENTS,
    ENTRY_CODE,
    ENTRY_CODE_LABEL,
    ENTRY_DATE,
    ENTRY_HOURS,
    ENTRY_ID,
    ENTRY_TABLE,
    ENTRY_WEEK,
    FORMAT_MINOR,
    PARTICIPANT_AGE_GROUP,
    PARTICIPANT_BIRTH_YEAR,
    PARTICIPANT_CLIENT,
    PARTICIPANT_COLUMNS,
    PARTICIPANT_COORDINATED,
    PARTICIPANT_ENTRY,
    PARTICIPANT_SERVICE,
    SHEET_ENTRIES,
    SHEET_METADATA,
    SHEET_PARTICIPANTS,
    Column,
    Kind,
    entry_table,
    of_version,
)
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.metadata import ExportMetadata
from rehablogg.exchange.neutralise import cell_text
from rehablogg.storage.export_rows import ExportClient, ExportEntry

_UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringen {date} har koden «{code}», som ikke finnes i kodeverket {catalogue}; "
    "rett koden før du eksporterer.",
)
_UNKNOWN_PARTY = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringen {date} ({code}) har samarbeidsparten «{party}», som ikke finnes i "
    "kodeverket {catalogue}; rett registreringen før du eksporterer.",
)

Row = list[object]


class EntryFacts(NamedTuple):
    """What an entry's cells are made of besides the entry: its day, that day's ISO week and
    its code's ``(kodenavn, kategori)``."""

    day: date
    week: int
    code: tuple[str, str]


class ClientFacts(NamedTuple):
    """What a Deltakere row is made of besides the client: the entry's id as written and the
    year of its day."""

    entry_id: str
    year: int


def _optional_text(value: str | None) -> str | None:
    return cell_text(value) if value else None


EntryValue = Callable[[ExportEntry, EntryFacts], object]

# The value of each declared column (exchange/columns.py) of Registreringer that is not an
# entry field written as stored (those name theirs, ``Column.entry_field``), and of Deltakere:
# a new derived or computed column is its declaration plus its line here.
ENTRY_VALUES: dict[str, EntryValue] = {
    ENTRY_ID: lambda e, f: cell_text(e.id),
    ENTRY_DATE: lambda e, f: f.day,
    ENTRY_WEEK: lambda e, f: f.week,
    ENTRY_CODE: lambda e, f: cell_text(e.code),
    ENTRY_CODE_LABEL: lambda e, f: f.code[0],
    ENTRY_CATEGORY: lambda e, f: f.code[1],
    ENTRY_HOURS: lambda e, f: e.minutes / 60,
    ENTRY_CLIENTS: lambda e, f: len(e.clients),
}
ENTRY_FIELDS = frozenset(f.name for f in dataclasses.fields(ExportEntry))


class MissingValueError(LookupError):
    """A declared Registreringer column with no value: a programming error, caught by the tests."""


def entry_value(column: Column) -> EntryValue:
    """How a Registreringer cell of ``column`` is made: its line in ENTRY_VALUES, or else the
    entry field it names, as stored (text neutralised, empty text as an empty cell)."""
    found = ENTRY_VALUES.get(column.name)
    if found is not None:
        return found
    if column.entry_field not in ENTRY_FIELDS:
        raise MissingValueError(
            f"Registreringer column {column.name!r} has no value: give it a line in "
            "exchange/rows.py ENTRY_VALUES or name its entry field (Column.entry_field)"
        )
    get = attrgetter(column.entry_field)
    if column.kind is Kind.TEXT:
        return lambda e, f: _optional_text(get(e))
    return lambda e, f: get(e)


PARTICIPANT_VALUES: dict[str, Callable[[ExportClient, ClientFacts], object]] = {
    PARTICIPANT_ENTRY: lambda c, f: f.entry_id,
    PARTICIPANT_CLIENT: lambda c, f: cell_text(c.pseudonym),
    PARTICIPANT_BIRTH_YEAR: lambda c, f: c.birth_year,
    PARTICIPANT_AGE_GROUP: lambda c, f: age_group(f.year, c.birth_year),
    PARTICIPANT_SERVICE: lambda c, f: c.service,
    "har_ip": lambda c, f: c.has_ip,
    "har_koordinator": lambda c, f: c.has_coordinator,
    "har_barnekoordinator": lambda c, f: c.has_child_coordinator,
    PARTICIPANT_COORDINATED: lambda c, f: c.therapist_is_coordinator,
}


def entry_label(entry: ExportEntry) -> str:
    """How a sentence names an entry: its date, start time when there is one."""
    day = format_date(date.fromisoformat(entry.date))
    return f"{day} kl. {entry.start_time}" if entry.start_time else day


def _hashed(columns: Sequence[str]) -> Callable[[Sequence[object]], tuple[object, ...]]:
    """A fast picker of a row's hashed values (every column but the derived ones)."""
    keep = [i for i, name in enumerate(columns) if name not in DERIVED_COLUMNS]
    if len(keep) == 1:  # itemgetter with one index returns the value, not a tuple
        only = keep[0]
        return lambda row: (row[only],)
    return cast(Callable[[Sequence[object]], tuple[object, ...]], itemgetter(*keep))


class RowBuilder:
    """Builds the rows of one export; one instance per export (it caches per date)."""

    def __init__(
        self, catalogue: Catalogue, include_notes: bool, minor: int = FORMAT_MINOR
    ) -> None:
        self.catalogue = catalogue
        self.include_notes = include_notes
        self.minor = minor  # the rows of a file of format 1.<minor>
        self.entry_table = entry_table(catalogue.party_keys, include_notes, minor)
        self.entry_columns = tuple(c.name for c in self.entry_table)
        self.participant_columns = PARTICIPANT_COLUMNS
        self.hashed_entry = _hashed(self.entry_columns)
        self.hashed_participant = _hashed(PARTICIPANT_COLUMNS)
        self._party_index = {key: i for i, key in enumerate(catalogue.party_keys)}
        self._codes = {c.code: (cell_text(c.label.nb), c.category) for c in catalogue.codes}
        self._days: dict[str, tuple[date, int]] = {}
        # Looked up here, not at import: what the declaration says is what gets written.
        self._entry_cells = tuple(entry_value(c) for c in ENTRY_TABLE)
        self._added_cells = tuple(entry_value(c) for c in of_version(ENTRY_ADDED, minor))
        # Only hashed ones: a derived column is computed from columns the older file holds.
        self._later_cells = tuple(
            entry_value(c) for c in ENTRY_ADDED if c.since > minor and c.hashed
        )
        self._participant_cells = tuple(PARTICIPANT_VALUES[n] for n in PARTICIPANT_COLUMNS)

    def as_minor(self, minor: int) -> RowBuilder:
        """The same export's rows as a file of format 1.``minor``."""
        if minor == self.minor:
            return self
        return RowBuilder(self.catalogue, self.include_notes, minor)

    def leaves_out_values(self, entries: Sequence[ExportEntry]) -> bool:
        """Whether a hashed column added after 1.``minor`` has a value for one of ``entries``:
        then a file of this older version cannot hold what the entries say."""
        if not self._later_cells:
            return False
        for entry in entries:
            day, week = self.day(entry.date)
            facts = EntryFacts(day, week, self.code(entry))
            if any(cell(entry, facts) not in (None, "") for cell in self._later_cells):
                return True
        return False

    def day(self, iso: str) -> tuple[date, int]:
        """The date and its ISO week number (cached: a month has a few hundred entries a day)."""
        found = self._days.get(iso)
        if found is None:
            day = date.fromisoformat(iso)
            found = self._days[iso] = (day, day.isocalendar().week)
        return found

    def code(self, entry: ExportEntry) -> tuple[str, str]:
        """``(kodenavn, kategori)`` of the entry's code."""
        found = self._codes.get(entry.code)
        if found is None:
            raise ExportError(
                _UNKNOWN_CODE.format(
                    date=entry_label(entry), code=entry.code, catalogue=self.catalogue.id
                )
            )
        return found

    def entry_row(self, entry: ExportEntry) -> Row:
        day, week = self.day(entry.date)
        facts = EntryFacts(day, week, self.code(entry))
        row: Row = [cell(entry, facts) for cell in self._entry_cells]
        row += self._parties(entry)
        if self.include_notes:
            row.append(_optional_text(entry.note))
        if self._added_cells:
            row += [cell(entry, facts) for cell in self._added_cells]
        return row

    def _parties(self, entry: ExportEntry) -> list[int]:
        """One flag per party of the catalogue, in its order."""
        parties = [0] * len(self._party_index)
        for party in entry.parties:
            index = self._party_index.get(party)
            if index is None:
                raise ExportError(
                    _UNKNOWN_PARTY.format(
                        date=entry_label(entry),
                        code=entry.code,
                        party=party,
                        catalogue=self.catalogue.id,
                    )
                )
            parties[index] = 1
        return parties

    def participant_rows(self, entry: ExportEntry) -> list[Row]:
        """One Deltakere row per client of the entry."""
        if not entry.clients:
            return []
        facts = ClientFacts(cell_text(entry.id), self.day(entry.date)[0].year)
        cells = self._participant_cells
        return [[cell(client, facts) for cell in cells] for client in entry.clients]


def hash_metadata(hasher: CanonicalHash, meta: ExportMetadata) -> None:
    for name, value in meta.hashed_fields():
        hasher.add(SHEET_METADATA, (name, value))


def content_checksum(
    meta: ExportMetadata,
    entries: Sequence[ExportEntry],
    builder: RowBuilder,
    hasher: CanonicalHash | None = None,
) -> str:
    """The checksum a file with ``meta`` and ``entries`` would get, without writing it.

    The submission logic uses it to tell whether a month still holds what was submitted (and
    the format document's worked example prints the lines ``hasher`` is fed).
    Registreringer lines all come before Deltakere lines, hence the two passes.
    """
    hasher = hasher or CanonicalHash()
    hash_metadata(hasher, meta)
    hasher.add(SHEET_ENTRIES, builder.hashed_entry(builder.entry_columns))
    for entry in entries:
        hasher.add(SHEET_ENTRIES, builder.hashed_entry(builder.entry_row(entry)))
    hasher.add(SHEET_PARTICIPANTS, builder.hashed_participant(builder.participant_columns))
    for entry in entries:
        for prow in builder.participant_rows(entry):
            hasher.add(SHEET_PARTICIPANTS, builder.hashed_participant(prow))
    return hasher.hexdigest()
