"""Check that a file is an untouched export in format 1.x (``docs/export-format.md``).

``verify_file`` answers with a report whose first problem is the one to tell the user: the
most specific one it found, naming the sheet, row and column where it can. Structural problems
(not a workbook, a missing sheet, a renamed column, an unknown major version) stop the check;
problems in rows are collected and the check goes on, so the count of further problems is
known. The checksum is compared last, because any edit the row checks found also breaks it,
and the row check says where.

Before any reader opens the file, the package guard (``package_guard.py``) inflates and scans
every part within limits; its counts of rows bound what the readers then do (a period of N days
has at most N × ``ROWS_PER_DAY`` rows, refused before they are read). The file is read once,
sheet by sheet, in the order the canonical text needs (Metadata, then Registreringer, then
Deltakere; Koder before the rows, because it names the codes), with python-calamine when it is
installed and openpyxl's read-only mode otherwise (``cells.py``). A file the calamine read finds
problems in is read again with openpyxl, so every refusal is worded from exactly the values
openpyxl gives (the two differ only for cells rehablogg never writes: error cells, empty text,
numbers written as ``45.0``); openpyxl is ten times slower, so a file of more than
``REREAD_MAX_ROWS`` rows keeps calamine's wording and its refusal stays quick.

The checks are split by what they look at, each in its own module: ``verify_sniff`` (what kind
of file it is), ``verify_layout`` (sheets, headers, rows a period may have), ``verify_metadata``,
``verify_codes`` and ``verify_rows`` (Registreringer and Deltakere, cell by cell through the
rules ``columns.py`` declares for each column); ``verify_state`` holds what they share and the
report, ``verify_sentences`` every sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from rehablogg.exchange.canonical import export_id
from rehablogg.exchange.cell_reading import show
from rehablogg.exchange.cells import DamagedWorkbookError, Workbook, calamine_available
from rehablogg.exchange.columns import (
    ADDED_TABLES,
    FORMAT_MINOR,
    META_CHECKSUM,
    META_EXPORT_ID,
    META_FROM,
    META_SHEETS_CHECKSUM,
    META_THERAPIST,
    META_TO,
    SHEET_CODES,
    SHEET_ENTRIES,
    SHEET_METADATA,
    SHEET_PARTICIPANTS,
    SHEETS,
    fields_of_version,
)
from rehablogg.exchange.package_guard import (
    EXPORT_LIMITS,
    Limits,
    PackageDamagedError,
    PackageFacts,
    PackageRefusedError,
    check_package,
)
from rehablogg.exchange.verify_codes import check_codes
from rehablogg.exchange.verify_layout import check_row_budget, check_sheets
from rehablogg.exchange.verify_metadata import check_metadata
from rehablogg.exchange.verify_pathway import check_added_sheets
from rehablogg.exchange.verify_rows import check_entries, check_participants
from rehablogg.exchange.verify_sentences import (
    CHECKSUM_MISMATCH,
    CSV_REFUSED,
    DAMAGED,
    EXPORT_ID_MISMATCH,
    IS_FOLDER,
    MISSING_FILE,
    MISSING_SHEET,
    NEWER_MAJOR,
    NOT_EXPORT,
    NOT_WORKBOOK,
    ODS_REFUSED,
    OLD_EXCEL,
    OTHER_ZIP,
    SHEETS_CHECKSUM_MISMATCH,
    TOO_MANY_FOR_PERIOD,
)
from rehablogg.exchange.verify_sniff import sniff
from rehablogg.exchange.verify_state import (
    MAX_SHOWN_PROBLEMS,
    DamagedFileError,
    ExportFile,
    FatalError,
    FileCheck,
    VerifyReport,
)

__all__ = [  # the sentences the tests compare with, and what readers of a report need
    "CHECKSUM_MISMATCH",
    "CSV_REFUSED",
    "DAMAGED",
    "IS_FOLDER",
    "MAX_SHOWN_PROBLEMS",
    "MISSING_FILE",
    "NEWER_MAJOR",
    "NOT_EXPORT",
    "NOT_WORKBOOK",
    "ODS_REFUSED",
    "OLD_EXCEL",
    "OTHER_ZIP",
    "REREAD_MAX_ROWS",
    "SHEETS_CHECKSUM_MISMATCH",
    "TOO_MANY_FOR_PERIOD",
    "ExportFile",
    "VerifyReport",
    "verify_file",
]

REREAD_MAX_ROWS = 3_000  # rows of the read-back sheets up to which a refusal is re-read
_READ_BACK = (SHEET_METADATA, SHEET_CODES, SHEET_ENTRIES, SHEET_PARTICIPANTS, *ADDED_TABLES)

Reader = Literal["auto", "calamine", "openpyxl"]


def verify_file(
    path: Path,
    *,
    keep_content: bool = False,
    reader: Reader = "auto",
    limits: Limits = EXPORT_LIMITS,
) -> VerifyReport:
    """Check ``path``; never raises for a bad file (only for a bug).

    ``reader``: ``auto`` reads with python-calamine when it is installed and reads a refused
    file of up to ``REREAD_MAX_ROWS`` rows again with openpyxl (the sentences are openpyxl's);
    ``calamine`` and ``openpyxl`` use that reader alone (for the tests that compare them).
    ``limits``: what the package guard allows (``SUBMISSION_LIMITS`` for one month)."""
    if reader == "openpyxl":
        return _verify(path, keep_content, False, limits, None)[0]
    report, facts = _verify(path, keep_content, True, limits, None)
    if (
        reader == "auto"
        and not report.ok
        and report.read_with_calamine
        and facts is not None
        and _read_back_rows(facts) <= REREAD_MAX_ROWS
    ):
        report = _verify(path, keep_content, False, limits, facts)[0]
    return report


def _verify(
    path: Path, keep_content: bool, calamine: bool, limits: Limits, facts: PackageFacts | None
) -> tuple[VerifyReport, PackageFacts | None]:
    """The report, and what the package guard found (None when it did not pass); ``facts``
    from an earlier pass over the same file skip the guard."""
    check = FileCheck(path, keep_content, calamine, limits, facts)
    try:
        _run(check)
    except FatalError as stop:
        check.problem(str(stop))
    except DamagedFileError:
        check.problem(DAMAGED)
    report = check.report
    if report.ok and keep_content:
        report.content = check.content
    return report, check.package


def _read_back_rows(facts: PackageFacts) -> int:
    return sum(facts.sheets[s].rows for s in _READ_BACK if s in facts.sheets)


def _run(check: FileCheck) -> None:
    """The package guard (unless an earlier pass ran it), then the sheets."""
    if check.package is None:
        sniff(check.path)
        try:
            check.package = check_package(check.path, check.limits)
        except PackageRefusedError as refused:
            raise FatalError(str(refused)) from None
        except PackageDamagedError:
            raise DamagedFileError from None
    check.report.read_with_calamine = check.calamine and calamine_available()
    try:
        wb = Workbook(check.path, calamine=check.calamine, facts=check.package)
    except DamagedWorkbookError:
        raise DamagedFileError from None
    try:
        _check_sheets(check, wb)
    finally:
        wb.close()


def _check_sheets(check: FileCheck, wb: Workbook) -> None:
    """In the order the canonical text needs: Metadata, then (Koder, which names the codes)
    Registreringer, Deltakere and the sheets after Metadata; the checksum last."""
    names = list(wb.sheetnames)
    if SHEET_METADATA not in names:
        if any(sheet in names for sheet in SHEETS):
            raise FatalError(MISSING_SHEET.format(sheet=SHEET_METADATA))
        raise FatalError(NOT_EXPORT)
    check_metadata(check, wb)
    check_sheets(check, names)
    check_row_budget(check)
    check_codes(check, wb)
    check_entries(check, wb)
    check_participants(check, wb)
    check_added_sheets(check, wb, names)
    try:
        wb.finish()
    except DamagedWorkbookError:
        raise DamagedFileError from None
    _check_checksum(check, names[names.index(SHEET_METADATA) + 1 :])


def _check_checksum(check: FileCheck, after_metadata: list[str]) -> None:
    """sjekksum and ark_sjekksum (1.1 on), then eksport_id. A changed cell of a sheet after
    Metadata breaks ark_sjekksum alone, as sjekksum hashes ark_sjekksum as a Metadata field;
    ``after_metadata``: the file's sheets after Metadata, for the sentence."""
    checksum = check.hasher.hexdigest()
    meta = check.meta
    matches = checksum == meta.get(META_CHECKSUM)
    if not matches:
        check.problem(CHECKSUM_MISMATCH)
    if META_SHEETS_CHECKSUM in fields_of_version(min(check.minor, FORMAT_MINOR)) and (
        check.sheets_hasher.hexdigest() != meta.get(META_SHEETS_CHECKSUM)
    ):
        check.problem(SHEETS_CHECKSUM_MISMATCH.format(sheets=", ".join(after_metadata)))
        matches = False
    if not matches:
        return
    therapist = meta.get(META_THERAPIST)
    expected = export_id(
        therapist if isinstance(therapist, str) else "",
        str(meta.get(META_FROM)),
        str(meta.get(META_TO)),
        checksum,
    )
    found = meta.get(META_EXPORT_ID)
    if found != expected:
        check.problem(EXPORT_ID_MISMATCH.format(found=show(found), expected=expected))
