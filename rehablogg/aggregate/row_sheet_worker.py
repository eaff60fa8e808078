"""The summary's row sheets (Registreringer, Deltakere) rendered in a worker process while this
process makes the analysis sheets.

Rendering every accepted row as worksheet XML (``row_sheets.py``) was about half of the summary's
time, in one process after the last file was taken (benchmarks/README.md). It needs nothing the
analysis sheets make: only the collection's committed rows and which rows go to which sheet. So
a worker started with ``spawn`` (as the verifying workers are, ``verify_pool.py``: never a fork
of a process that may have Qt and threads) opens the collection read-only, renders each part's
rows into compressed pieces in a private temporary folder, and the summary appends them after
openpyxl's save (``row_sheets.append_rows``). The XML is the same text, row by row, as the
rendering in this process, deflated once for good: the style number of a date cell is the one
the workbook registers first of all, before the worker starts.

If the worker cannot run or dies, the rows are rendered in this process as before: the summary is
the same either way, only slower.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.row_sheets import RenderedRows, write_rendered
from rehablogg.aggregate.table_sheet import MONTH
from rehablogg.exchange.atomic import AtomicOutput
from rehablogg.exchange.columns import ENTRY_DATE, META_MUNICIPALITY, META_THERAPIST, META_UNIT
from rehablogg.exchange.sheet_writer import NeutralCsv

# In front of every row of Registreringer and Deltakere: whose row it is and for which month,
# with the same names as the analysis sheets.
ROW_KEYS = (META_MUNICIPALITY, META_THERAPIST, META_UNIT, MONTH)
# openpyxl writes each row sheet's header and first data row (the template row); the rest,
# rendered here, starts at row 3.
FIRST_RENDERED_ROW = 3
_ORPHAN_CHECK_ROWS = 10_000  # rows between two looks at whether the parent still runs


@dataclass(frozen=True)
class RowPart:
    """One row sheet: rows ``start`` to ``stop`` (indexes among all rows of its kind); row
    ``start`` is the template row openpyxl writes, the worker renders the rest."""

    title: str
    participants: bool
    names: tuple[str, ...]
    start: int
    stop: int
    csv: Path | None = None  # too many rows for a sheet: all of them to this CSV file


def combined_rows(
    collection: Collection,
    winners: Sequence[SubmissionInfo],
    names: Sequence[str],
    participants: bool,
) -> Iterator[list[Any]]:
    """Every accepted row of one kind in the summary's order, its columns placed by ``names``
    (the union of the submissions' columns), the keys of ``ROW_KEYS`` in front."""
    for info in winners:
        cols = info.participant_columns if participants else info.entry_columns
        where = [names.index(c) for c in cols]
        day = cols.index(ENTRY_DATE) if ENTRY_DATE in cols else None
        same = where == list(range(len(names)))  # the usual case: every month the same columns
        source = (collection.participants if participants else collection.entries)(info.export_id)
        for raw in source:
            if same and len(raw) == len(names):
                row: list[Any] = raw  # a fresh list from json.loads, ours to change
            else:
                row = [None] * len(names)
                for index, value in zip(where, raw, strict=False):
                    row[index] = value
            if day is not None and raw[day]:
                row[where[day]] = date.fromisoformat(str(raw[day]))
            yield [info.municipality, info.therapist, info.unit, info.month, *row]


class RowSheetWorker:
    """The worker process rendering ``parts`` into ``folder``; :meth:`result` waits for it."""

    def __init__(
        self,
        collection: Path,
        winners: Sequence[SubmissionInfo],
        parts: Sequence[RowPart],
        folder: Path,
        date_style: int,
    ) -> None:
        """``date_style``: the style number the workbook has for date cells."""
        self.parts, self.folder, self.date_style = list(parts), folder, date_style
        context = multiprocessing.get_context("spawn")
        self.process = context.Process(
            target=_render,
            args=(
                str(collection),
                list(winners),
                self.parts,
                str(folder),
                os.getpid(),
                date_style,
            ),
            daemon=True,  # ended with this process; killed, the worker notices (_orphan_guard)
        )
        self.process.start()

    def result(self) -> dict[str, RenderedRows] | None:
        """Each part's rendered rows by sheet title once the worker is done, or None when it
        failed (the caller then renders them itself)."""
        self.process.join()
        if self.process.exitcode != 0:
            return None
        return {
            part.title: RenderedRows(_piece(self.folder, i), FIRST_RENDERED_ROW, self.date_style)
            for i, part in enumerate(self.parts)
            if part.csv is None
        }

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


def _piece(folder: Path, index: int) -> Path:
    return folder / f"{index}.rows"


def _render(
    collection: str,
    winners: list[SubmissionInfo],
    parts: list[RowPart],
    folder: str,
    parent: int,
    date_style: int,
) -> None:
    try:
        source = Collection.reader(Path(collection))
        try:
            for index, part in enumerate(parts):
                if part.csv is not None:
                    header = [*ROW_KEYS, *part.names]
                    rows = combined_rows(source, winners, part.names, part.participants)
                    write_csv(part.csv, header, _orphan_guard(rows, parent))
                    continue
                rows = islice(
                    combined_rows(source, winners, part.names, part.participants),
                    part.start + 1,
                    part.stop,
                )
                write_rendered(
                    _orphan_guard(rows, parent),
                    FIRST_RENDERED_ROW,
                    _piece(Path(folder), index),
                    date_style,
                )
        finally:
            source.close()
    except Exception:
        # No traceback on the user's screen: the summary renders the rows itself instead.
        sys.exit(1)


class _OrphanedError(Exception):
    pass


def _orphan_guard(rows: Iterable[list[Any]], parent: int) -> Iterator[list[Any]]:
    """The rows, stopping when the process that wanted them is gone (killed: a daemon worker
    is only ended by a parent that exits normally)."""
    for count, row in enumerate(rows, start=1):
        if count % _ORPHAN_CHECK_ROWS == 0 and os.getppid() != parent:
            raise _OrphanedError
        yield row


def _csv_field(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return str(value).replace(".", ",")
    return str(value)


def write_csv(target: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    with AtomicOutput(target.parent) as output:
        with open(output.path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = NeutralCsv(fh, _csv_field, delimiter=";")
            writer.writerow(header)
            for row in rows:
                writer.writerow(row)
        output.publish(target)
