"""The Metadata sheet's values, in the order docs/DESIGN.md §6.2 fixes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehablogg.exchange.columns import (
    FORMAT_NAME,
    FORMAT_VERSION,
    META_APP_VERSION,
    META_CATALOGUE_ID,
    META_CATALOGUE_VERSION,
    META_CHECKSUM,
    META_CREATED,
    META_ENTRY_COUNT,
    META_EXPORT_ID,
    META_FORMAT,
    META_FORMAT_VERSION,
    META_FROM,
    META_MUNICIPALITY,
    META_MUNICIPALITY_NAME,
    META_PILOT,
    META_POSITION,
    META_PROFESSION,
    META_REPLACES,
    META_SUBMISSION,
    META_THERAPIST,
    META_TO,
    META_UNIT,
    NO,
    UNHASHED_METADATA,
    YES,
)
from rehablogg.exchange.neutralise import cell_text

MetaValue = str | int | None


@dataclass(frozen=True)
class ExportMetadata:
    app_version: str
    created: str  # ISO 8601 with the UTC offset, seconds precision
    start: date
    end: date
    submission: bool
    therapist: str
    profession: str
    municipality: str  # four digits as text, or empty when the profile has none
    municipality_name: str
    unit: str
    position_percent: int
    pilot: str
    catalogue_id: str
    catalogue_version: int
    entry_count: int
    replaces: str  # the export id this one corrects, or ""

    def fields(self, export_id: str = "", checksum: str = "") -> list[tuple[str, MetaValue]]:
        """Every Metadata row ``(felt, verdi)`` as written: text neutralised, "" as empty."""
        raw: list[tuple[str, MetaValue]] = [
            (META_FORMAT, FORMAT_NAME),
            (META_FORMAT_VERSION, FORMAT_VERSION),
            (META_APP_VERSION, self.app_version),
            (META_EXPORT_ID, export_id),
            (META_CREATED, self.created),
            (META_FROM, self.start.isoformat()),
            (META_TO, self.end.isoformat()),
            (META_SUBMISSION, YES if self.submission else NO),
            (META_THERAPIST, self.therapist),
            (META_PROFESSION, self.profession),
            (META_MUNICIPALITY, self.municipality),
            (META_MUNICIPALITY_NAME, self.municipality_name),
            (META_UNIT, self.unit),
            (META_POSITION, self.position_percent),
            (META_PILOT, self.pilot),
            (META_CATALOGUE_ID, self.catalogue_id),
            (META_CATALOGUE_VERSION, self.catalogue_version),
            (META_ENTRY_COUNT, self.entry_count),
            (META_REPLACES, self.replaces),
            (META_CHECKSUM, checksum),
        ]
        return [(name, _written(value)) for name, value in raw]

    def hashed_fields(self) -> list[tuple[str, MetaValue]]:
        return [(n, v) for n, v in self.fields() if n not in UNHASHED_METADATA]


def _written(value: MetaValue) -> MetaValue:
    # An empty value is an empty cell, not an empty text cell: what a spreadsheet would save.
    if isinstance(value, str):
        return cell_text(value) or None
    return value
