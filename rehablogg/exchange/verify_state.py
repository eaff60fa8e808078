"""What one run of ``verify`` over a file knows and reports: the report it fills, the content it
keeps, the checksum it computes and the facts the checks of later sheets need."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rehablogg.exchange.canonical import CanonicalHash
from rehablogg.exchange.cell_reading import column_letter, show
from rehablogg.exchange.cell_rules import FileFacts
from rehablogg.exchange.cells import DamagedWorkbookError, Workbook
from rehablogg.exchange.columns import FORMAT_MINOR
from rehablogg.exchange.package_guard import EXPORT_LIMITS, Limits, PackageFacts
from rehablogg.exchange.verify_sentences import (
    BEYOND_HEADER,
    CELL,
    MORE_PROBLEMS,
    ROW_PAIR,
    VALID,
)

MAX_SHOWN_PROBLEMS = 20

Row = tuple[object, ...]


class FatalError(Exception):
    """A problem after which the rest of the file cannot be checked."""


class DamagedFileError(Exception):
    """The reader failed while reading: the file's zip or XML is broken."""


@dataclass
class Table:
    """A read-back sheet after Metadata: its header's names and its rows as read (padded to
    the header's width)."""

    columns: tuple[str, ...] = ()
    rows: list[Row] = field(default_factory=list)


@dataclass
class ExportFile:
    """What a valid file holds, as read (``read_export`` in ``reader.py`` returns it).

    ``tables``: every sheet a minor version added after Metadata (Forløp, Opphold, Behov,
    Forankring, Endringer) by name, for every file: a file of an older 1.x, which lacks one,
    gives it with its declared columns and no rows."""

    metadata: dict[str, object] = field(default_factory=dict)
    entry_columns: tuple[str, ...] = ()
    entries: list[Row] = field(default_factory=list)
    participant_columns: tuple[str, ...] = ()
    participants: list[Row] = field(default_factory=list)
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)
    tables: dict[str, Table] = field(default_factory=dict)


@dataclass
class VerifyReport:
    path: Path
    problems: list[str] = field(default_factory=list)  # the first MAX_SHOWN_PROBLEMS
    problem_count: int = 0
    content: ExportFile | None = None  # filled when asked for and the file is valid
    read_with_calamine: bool = field(default=False, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def sentence(self) -> str:
        """``gyldig`` or the first problem (with how many more there are)."""
        if self.ok:
            return VALID
        first = self.problems[0]
        if self.problem_count > 1:
            return MORE_PROBLEMS.format(first=first.rstrip("."), count=self.problem_count - 1) + "."
        return first

    def line(self, name: str) -> str:
        return f"{name}: {self.sentence()}"


class FileCheck:
    """One file being verified: settings, what was found so far and how problems are told."""

    def __init__(
        self,
        path: Path,
        keep_content: bool,
        calamine: bool = True,
        limits: Limits = EXPORT_LIMITS,
        package: PackageFacts | None = None,
    ) -> None:
        self.path = path
        self.keep = keep_content
        self.calamine = calamine
        self.limits = limits
        self.package = package  # what the package guard counted, once it has run
        self.report = VerifyReport(path)
        self.content = ExportFile()
        self.hasher = CanonicalHash()  # sjekksum's canonical text
        self.sheets_hasher = CanonicalHash()  # ark_sjekksum's: the sheets after Metadata
        self.minor = 0
        self.version = "1.0"
        self.meta: dict[str, object] = {}
        self.facts = FileFacts()

    @property
    def newer(self) -> bool:
        """The file is of a newer 1.x than this rehablogg writes: it may have sheets, columns
        and Metadata fields this version does not know, after the ones it knows."""
        return self.minor > FORMAT_MINOR

    # -- reporting ---------------------------------------------------------------------------

    def problem(self, text: str) -> None:
        self.report.problem_count += 1
        if len(self.report.problems) < MAX_SHOWN_PROBLEMS:
            self.report.problems.append(text)

    def cell(self, sheet: str, row: int, col: int, name: str, problem: str) -> None:
        self.problem(
            CELL.format(sheet=sheet, row=row, column=column_letter(col), name=name, problem=problem)
        )

    def pair(
        self, sheet: str, row_no: int, row: Row, first: int, second: int, names: Sequence[str]
    ) -> None:
        """A derived value (column ``second``) disagrees with its source (``first``)."""
        self.problem(
            ROW_PAIR.format(
                sheet=sheet,
                row=row_no,
                first=names[first],
                first_cell=f"{column_letter(first)}{row_no}",
                first_value=show(row[first]),
                second=names[second],
                second_cell=f"{column_letter(second)}{row_no}",
                second_value=show(row[second]),
            )
        )

    # -- reading -----------------------------------------------------------------------------

    def rows(self, wb: Workbook, sheet: str) -> Iterator[Row]:
        """The sheet's rows as values, every row in the file (not only the declared range)."""
        rows = wb.rows(sheet)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except DamagedWorkbookError:
                raise DamagedFileError from None
            yield row

    def wide(self, sheet: str, width: int) -> bool:
        """Whether the guard saw cells right of the header, so that each row must be checked
        (a normal file has none and pays nothing)."""
        facts = self.package.sheets.get(sheet) if self.package is not None else None
        return facts is not None and facts.columns > width

    def beyond(self, sheet: str, row_no: int, raw: Sequence[object], width: int) -> None:
        """A value right of the header is in no column of the format, and in no checksum."""
        for index in range(width, len(raw)):
            if raw[index] is not None and raw[index] != "":
                self.problem(
                    BEYOND_HEADER.format(sheet=sheet, row=row_no, column=column_letter(index))
                )
                return
