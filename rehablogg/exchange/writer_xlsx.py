"""Write an export as xlsx, format 1.x (docs/DESIGN.md §6, docs/export-format.md): this
version's, or an older 1.m when an unchanged month is written again as the submission it is.

openpyxl's write-only mode streams each sheet to its own temporary file, so sheets can be
filled in any order: the sheets after Metadata are written (and hashed into ark_sjekksum)
first, then Registreringer and Deltakere (hashed, after Metadata's hashed fields, into
sjekksum), Oversikt and Metadata last, when the totals and the checksums are known, yet they
appear in the format's order. Durations are numbers and dates real dates, each with a number
format the spreadsheet localises; only the cells that need a format get a cell object of their
own, because creating cells is most of the cost of a write-only workbook.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from rehablogg.core.catalogue import Catalogue, Code
from rehablogg.exchange.canonical import CanonicalHash, export_id
from rehablogg.exchange.columns import (
    ANCHOR_SEPARATOR,
    CLIENT_RULE_NAMES,
    CODE_CATEGORY,
    CODE_CODE,
    CODE_COLUMNS,
    CODE_LABEL_NB,
    CODE_TABLE,
    METADATA_COLUMNS,
    METADATA_WIDTHS,
    PARTICIPANT_TABLE,
    SHEET_CODES,
    SHEET_ENTRIES,
    SHEET_METADATA,
    SHEET_OVERVIEW,
    SHEET_PARTICIPANTS,
    Column,
    of_version,
    sheets_of_version,
)
from rehablogg.exchange.metadata import ExportMetadata
from rehablogg.exchange.overview import OverviewTotals, write_overview
from rehablogg.exchange.rows import (
    NO_PATHWAY,
    PathwayData,
    Row,
    RowBuilder,
    hash_metadata,
    hash_table,
)
from rehablogg.exchange.sheet_writer import NeutralWorksheet, new_workbook
from rehablogg.exchange.unsaved import discarded_on_failure, save
from rehablogg.storage.export_rows import ExportEntry

_BOLD = Font(bold=True)
# Column widths for people, in characters (the party and note columns get the default).
_CODE_WIDTHS = tuple(c.width for c in CODE_TABLE)


# The value of each declared Koder column (exchange/columns.py).
CODE_VALUES: dict[str, Callable[[Code], object]] = {
    CODE_CODE: lambda c: c.code,
    CODE_CATEGORY: lambda c: c.category,
    CODE_LABEL_NB: lambda c: c.label.nb,
    "navn_nn": lambda c: c.label.nn,
    "navn_en": lambda c: c.label.en,
    "brukerkrav": lambda c: CLIENT_RULE_NAMES.get(c.client, c.client),
    "gruppekode": lambda c: int(c.group),
    "forankring": lambda c: ANCHOR_SEPARATOR.join(c.anchor_texts) or None,
    "utgatt_i_versjon": lambda c: c.retired_in,
}
_CODE_CELLS = tuple(CODE_VALUES[name] for name in CODE_COLUMNS)


@dataclass(frozen=True)
class WrittenExport:
    checksum: str
    export_id: str
    entries: int
    participants: int


def _prepare(ws: NeutralWorksheet, widths: Sequence[int | None], header: Sequence[str]) -> None:
    """Widths (None: the default), a frozen header row and its bold names; openpyxl wants
    these before any row."""
    for index, width in enumerate(widths, start=1):
        if width is None:
            continue
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.append([ws.styled(name, font=_BOLD) for name in header])


def write_xlsx(
    path: Path,
    meta: ExportMetadata,
    entries: Sequence[ExportEntry],
    catalogue: Catalogue,
    builder: RowBuilder,
    pathway: PathwayData = NO_PATHWAY,
) -> WrittenExport:
    """Write the workbook to ``path`` (the caller makes it atomic) and return its identity.
    Every cell goes through ``sheet_writer``; the rows' text is neutralised already by
    ``RowBuilder``, because the checksum is over the values as written. The file is format
    1.``meta.minor``, which ``builder`` must be made for too."""
    if builder.minor != meta.minor:
        raise ValueError(f"rows of 1.{builder.minor} for a file of 1.{meta.minor}")
    with discarded_on_failure(new_workbook()) as wb:
        sheets = {name: wb.create_sheet(name) for name in sheets_of_version(meta.minor)}
        # The sheets after Metadata first: their hash is ark_sjekksum, a hashed Metadata field.
        sheets_hasher = CanonicalHash()
        for sheet, columns, rows in builder.added_rows(pathway, meta.end):
            _write_table(sheets[sheet], columns, rows)
            hash_table(sheets_hasher, sheet, columns, rows)
        sheets_checksum = sheets_hasher.hexdigest()
        hasher = CanonicalHash()
        hash_metadata(hasher, meta, sheets_checksum)
        totals = OverviewTotals(meta.start, meta.end)

        _write_entries(sheets[SHEET_ENTRIES], entries, builder, hasher, totals)
        participants = _write_participants(
            sheets[SHEET_PARTICIPANTS], entries, builder, hasher, totals
        )
        checksum = hasher.hexdigest()
        ident = export_id(meta.therapist, meta.start.isoformat(), meta.end.isoformat(), checksum)

        write_overview(sheets[SHEET_OVERVIEW], totals, meta, catalogue)
        _write_codes(sheets[SHEET_CODES], catalogue)
        _write_metadata(sheets[SHEET_METADATA], meta, ident, checksum, sheets_checksum)
        save(wb, path)
    return WrittenExport(checksum, ident, len(entries), participants)


def _write_entries(
    ws: NeutralWorksheet,
    entries: Sequence[ExportEntry],
    builder: RowBuilder,
    hasher: CanonicalHash,
    totals: OverviewTotals,
) -> None:
    columns = builder.entry_columns
    table = builder.entry_table
    _prepare(ws, [c.width for c in table], columns)
    # Only the cells with a number format (a date, hours) get a cell object of their own.
    formatted = [(i, c.kind.number_format) for i, c in enumerate(table) if c.kind.number_format]
    hasher.add(SHEET_ENTRIES, builder.hashed_entry(columns))
    append, hashed, add, add_total = ws.append, builder.hashed_entry, hasher.add, totals.add
    styled = ws.styled
    for entry in entries:
        row = builder.entry_row(entry)
        add(SHEET_ENTRIES, hashed(row))
        add_total(
            builder.day(entry.date)[0],
            entry.code,
            builder.code(entry)[1],
            entry.minutes,
            entry.travel_minutes,
            [c.pseudonym for c in entry.clients],
        )
        for index, number_format in formatted:
            row[index] = styled(row[index], number_format)
        append(row)


def _write_participants(
    ws: NeutralWorksheet,
    entries: Sequence[ExportEntry],
    builder: RowBuilder,
    hasher: CanonicalHash,
    totals: OverviewTotals,
) -> int:
    columns = builder.participant_columns
    _prepare(ws, [c.width for c in of_version(PARTICIPANT_TABLE, builder.minor)], columns)
    hasher.add(SHEET_PARTICIPANTS, builder.hashed_participant(columns))
    append, hashed, add = ws.append, builder.hashed_participant, hasher.add
    count = 0
    for entry in entries:
        for row in builder.participant_rows(entry):
            add(SHEET_PARTICIPANTS, hashed(row))
            append(row)
            count += 1
        totals.pseudonyms.update(c.pseudonym for c in entry.clients)
    totals.participant_rows = count
    return count


def _write_table(ws: NeutralWorksheet, columns: Sequence[Column], rows: Sequence[Row]) -> None:
    """A sheet after Metadata: its header, then its rows, dates with their number format."""
    _prepare(ws, [c.width for c in columns], [c.name for c in columns])
    formatted = [(i, c.kind.number_format) for i, c in enumerate(columns) if c.kind.number_format]
    for row in rows:
        cells = list(row)
        for index, number_format in formatted:
            if cells[index] is not None:
                cells[index] = ws.styled(cells[index], number_format)
        ws.append(cells)


def _write_codes(ws: NeutralWorksheet, catalogue: Catalogue) -> None:
    _prepare(ws, _CODE_WIDTHS, CODE_COLUMNS)
    for code in catalogue.codes:
        ws.append([value(code) for value in _CODE_CELLS])


def _write_metadata(
    ws: NeutralWorksheet, meta: ExportMetadata, ident: str, checksum: str, sheets_checksum: str
) -> None:
    _prepare(ws, METADATA_WIDTHS, METADATA_COLUMNS)
    for name, value in meta.fields(ident, checksum, sheets_checksum):
        ws.append([name, value])
