"""Database rows → the values of Registreringer and Deltakere as they are written.

Both writers (xlsx and csv) and the checksum use these values, so what is hashed is exactly
what is written: text already neutralised, dates as ``date``, hours as a float. Client labels
never reach this module (storage does not read them); notes only when they were asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from operator import itemgetter
from typing import cast

from rehablogg.core.agegroups import age_group
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import format_date
from rehablogg.exchange.canonical import CanonicalHash
from rehablogg.exchange.columns import (
    DERIVED_COLUMNS,
    PARTICIPANT_COLUMNS,
    SHEET_ENTRIES,
    SHEET_METADATA,
    SHEET_PARTICIPANTS,
    entry_columns,
)
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.metadata import ExportMetadata
from rehablogg.exchange.neutralise import cell_text
from rehablogg.storage.export_rows import ExportEntry

# Positions in a Registreringer row (the columns before the parties are fixed by the format).
COL_DATE = 1
COL_HOURS = 8
FIRST_PARTY = 14

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

    def __init__(self, catalogue: Catalogue, include_notes: bool) -> None:
        self.catalogue = catalogue
        self.include_notes = include_notes
        self.entry_columns = entry_columns(catalogue.party_keys, include_notes)
        self.participant_columns = PARTICIPANT_COLUMNS
        self.hashed_entry = _hashed(self.entry_columns)
        self.hashed_participant = _hashed(PARTICIPANT_COLUMNS)
        self._party_index = {key: i for i, key in enumerate(catalogue.party_keys)}
        self._codes = {c.code: (cell_text(c.label.nb), c.category) for c in catalogue.codes}
        self._days: dict[str, tuple[date, int]] = {}

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
            raise ExportError(_UNKNOWN_CODE.format(
                date=entry_label(entry), code=entry.code, catalogue=self.catalogue.id))
        return found

    def entry_row(self, entry: ExportEntry) -> Row:
        day, week = self.day(entry.date)
        label, category = self.code(entry)
        parties = [0] * len(self._party_index)
        for party in entry.parties:
            index = self._party_index.get(party)
            if index is None:
                raise ExportError(_UNKNOWN_PARTY.format(
                    date=entry_label(entry), code=entry.code, party=party,
                    catalogue=self.catalogue.id))
            parties[index] = 1
        row: Row = [
            cell_text(entry.id),
            day,
            week,
            cell_text(entry.start_time) if entry.start_time else None,
            cell_text(entry.code),
            label,
            category,
            entry.minutes,
            entry.minutes / 60,
            entry.travel_minutes,
            len(entry.clients),
            entry.group_size,
            cell_text(entry.arena) if entry.arena else None,
            cell_text(entry.contact_mode) if entry.contact_mode else None,
            *parties,
        ]
        if self.include_notes:
            row.append(cell_text(entry.note) if entry.note else None)
        return row

    def participant_rows(self, entry: ExportEntry) -> list[Row]:
        """One Deltakere row per client of the entry."""
        if not entry.clients:
            return []
        entry_id = cell_text(entry.id)
        year = self.day(entry.date)[0].year
        return [
            [
                entry_id,
                cell_text(c.pseudonym),
                c.birth_year,
                age_group(year, c.birth_year),
                c.service,
                c.has_ip,
                c.has_coordinator,
                c.has_child_coordinator,
                c.therapist_is_coordinator,
            ]
            for c in entry.clients
        ]


def hash_metadata(hasher: CanonicalHash, meta: ExportMetadata) -> None:
    for name, value in meta.hashed_fields():
        hasher.add(SHEET_METADATA, (name, value))


def content_checksum(
    meta: ExportMetadata, entries: Sequence[ExportEntry], builder: RowBuilder
) -> str:
    """The checksum a file with ``meta`` and ``entries`` would get, without writing it.

    The submission logic uses it to tell whether a month still holds what was submitted.
    Registreringer lines all come before Deltakere lines, hence the two passes.
    """
    hasher = CanonicalHash()
    hash_metadata(hasher, meta)
    hasher.add(SHEET_ENTRIES, builder.hashed_entry(builder.entry_columns))
    for entry in entries:
        hasher.add(SHEET_ENTRIES, builder.hashed_entry(builder.entry_row(entry)))
    hasher.add(SHEET_PARTICIPANTS, builder.hashed_participant(builder.participant_columns))
    for entry in entries:
        for prow in builder.participant_rows(entry):
            hasher.add(SHEET_PARTICIPANTS, builder.hashed_participant(prow))
    return hasher.hexdigest()
