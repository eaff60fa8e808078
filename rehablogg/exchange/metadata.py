"""The Metadata sheet's values, in the order the declaration (``columns.py``) fixes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from rehablogg.exchange.columns import (
    FORMAT_MAJOR,
    FORMAT_MINOR,
    FORMAT_NAME,
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
    META_KOSTRA,
    META_MUNICIPALITY,
    META_MUNICIPALITY_NAME,
    META_PILOT,
    META_POSITION,
    META_PROFESSION,
    META_REPLACES,
    META_SHEETS_CHECKSUM,
    META_SUBMISSION,
    META_THERAPIST,
    META_TO,
    META_UNIT,
    METADATA_TABLE,
    NO,
    UNHASHED_METADATA,
    YES,
    fields_of_version,
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
    # The file's format is 1.<minor>: this version's, or an older one when an unchanged month
    # is written again as the submission it already is (docs/export-format.md, "Versions").
    minor: int = FORMAT_MINOR
    kostra_function: str = ""  # the profile's KOSTRA function (1.1 on)

    def fields(
        self, export_id: str = "", checksum: str = "", sheets_checksum: str = ""
    ) -> list[tuple[str, MetaValue]]:
        """Every Metadata row ``(felt, verdi)`` as written: text neutralised, "" as empty.
        ``sheets_checksum`` is ark_sjekksum, the hash of the sheets after Metadata (1.1 on)."""
        known = {
            META_EXPORT_ID: export_id,
            META_CHECKSUM: checksum,
            META_SHEETS_CHECKSUM: sheets_checksum,
        }
        return [
            (name, _written(known[name] if name in known else METADATA_VALUES[name](self)))
            for name in fields_of_version(self.minor)
        ]

    def hashed_fields(self, sheets_checksum: str = "") -> list[tuple[str, MetaValue]]:
        return [
            (n, v)
            for n, v in self.fields(sheets_checksum=sheets_checksum)
            if n not in UNHASHED_METADATA
        ]

    def leaves_out_values(self, minor: int) -> bool:
        """Whether a hashed Metadata field added after 1.``minor`` has a value: then a file of
        that older version cannot hold what this export says (as with an added column). A
        field that only says what the older file left out (``Field.new_content`` False: the
        profile's KOSTRA function) does not count."""
        return any(
            _written(METADATA_VALUES[f.name](self)) not in (None, "")
            for f in METADATA_TABLE
            if f.since > minor and f.hashed and f.new_content and f.name in METADATA_VALUES
        )


# The value of each declared Metadata field (exchange/columns.py) but the three computed from
# the written rows, eksport_id, sjekksum and ark_sjekksum.
METADATA_VALUES: dict[str, Callable[[ExportMetadata], MetaValue]] = {
    META_FORMAT: lambda m: FORMAT_NAME,
    META_FORMAT_VERSION: lambda m: f"{FORMAT_MAJOR}.{m.minor}",
    META_APP_VERSION: lambda m: m.app_version,
    META_CREATED: lambda m: m.created,
    META_FROM: lambda m: m.start.isoformat(),
    META_TO: lambda m: m.end.isoformat(),
    META_SUBMISSION: lambda m: YES if m.submission else NO,
    META_THERAPIST: lambda m: m.therapist,
    META_PROFESSION: lambda m: m.profession,
    META_MUNICIPALITY: lambda m: m.municipality,
    META_MUNICIPALITY_NAME: lambda m: m.municipality_name,
    META_UNIT: lambda m: m.unit,
    META_POSITION: lambda m: m.position_percent,
    META_PILOT: lambda m: m.pilot,
    META_CATALOGUE_ID: lambda m: m.catalogue_id,
    META_CATALOGUE_VERSION: lambda m: m.catalogue_version,
    META_ENTRY_COUNT: lambda m: m.entry_count,
    META_REPLACES: lambda m: m.replaces,
    META_KOSTRA: lambda m: m.kostra_function,
}


def _written(value: MetaValue) -> MetaValue:
    # An empty value is an empty cell, not an empty text cell: what a spreadsheet would save.
    if isinstance(value, str):
        return cell_text(value) or None
    return value
