"""Export benchmarks (issue 5): writing a year and a month, and verifying the year.

    python benchmarks/run.py --only export        # through the runner
    python benchmarks/bench_export.py [--quick]   # on its own

Figures, each against a baseline measured in the same run on the same machine:

- **export a year** (100 000 entries made with ``write_demo``): ``rehablogg.exchange.export``
  end to end — reading the database in one transaction, building and neutralising rows,
  hashing, writing all ten sheets (format 1.1) and the chart, fsync and rename — against
  **openpyxl's own write-only floor**: a write-only workbook that writes exactly the same cells
  (every value of every sheet, read back from the export beforehand, with the same number
  formats and bold headers, which in write-only mode means a cell object per formatted cell) to
  the same folder.
  Aim ≤ 1.3×.
- **export one month** (March of a default-size demo year, 3 000 entries, which is a busy
  therapist's year: about 250 entries in the month): the same call for ``--period``; absolute
  aim ≤ 1 s (median), with the floor for the month's cells printed as the baseline. (A month of
  the 100 000-entry year holds some 8 000 entries, far beyond one person's month; it scales
  with the year figure.)
- **verify the year**: ``verify_file`` on the year's file against a bare openpyxl read-only
  pass over the sheets verify reads (Metadata, Koder, Registreringer, Deltakere and 1.1's five
  after Metadata: every row, as values). Aim ≤ 1.2×.

Timed pairs alternate who goes first, so drift on the machine hits both sides alike; the
figure is the median. ``--quick`` makes a 20 000-entry year and times each pair once; a full
run takes several minutes, most of it openpyxl itself.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from time import perf_counter
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from benchmarks.run import Result
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.database import Database, open_database_file

YEAR_ENTRIES = 100_000
QUICK_ENTRIES = 20_000
MONTH_YEAR_ENTRIES = 3_000  # the default of `rehablogg demo`
END = date(2025, 6, 30)
YEAR = (date(2024, 7, 1), END)
MONTH = (date(2025, 3, 1), date(2025, 3, 31))
YEAR_AIM = 1.3
MONTH_AIM_S = 1.0
VERIFY_AIM = 1.2
# The sheets verify reads back (format 1.1 added the five after Deltakere).
VERIFY_SHEETS = (
    *("Metadata", "Koder", "Registreringer", "Deltakere"),
    *("Forløp", "Opphold", "Behov", "Forankring", "Endringer"),
)
_BOLD = Font(bold=True)


def _say(text: str) -> None:
    print(f"  .. {text}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------------
# The floor: openpyxl writing the same cells and nothing else
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styled:
    value: object
    number_format: str
    bold: bool


Sheet = list[list[object]]


def read_cells(path: Path) -> list[tuple[str, Sheet]]:
    """Every sheet's cells as written, formats and bold kept (not timed)."""
    wb = load_workbook(path, read_only=True)
    sheets: list[tuple[str, Sheet]] = []
    try:
        for ws in wb:
            ws.reset_dimensions()
            rows: Sheet = []
            for row in ws.iter_rows():
                cells: list[object] = []
                for cell in row:
                    value = getattr(cell, "value", None)
                    fmt = getattr(cell, "number_format", "General")
                    font = getattr(cell, "font", None)
                    bold = bool(font is not None and font.b)
                    if value is not None and (fmt != "General" or bold):
                        cells.append(_Styled(value, fmt, bold))
                    else:
                        cells.append(value)
                rows.append(cells)
            sheets.append((ws.title, rows))
    finally:
        wb.close()
    return sheets


def write_floor(sheets: list[tuple[str, Sheet]], path: Path) -> None:
    """Write ``sheets`` with openpyxl's write-only mode, as cheaply as it allows."""
    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        append = ws.append
        for row in rows:
            out: list[object] = []
            for value in row:
                if isinstance(value, _Styled):
                    cell = WriteOnlyCell(ws, value.value)
                    if value.number_format != "General":
                        cell.number_format = value.number_format
                    if value.bold:
                        cell.font = _BOLD
                    out.append(cell)
                else:
                    out.append(value)
            append(out)
    wb.save(path)


def read_floor(path: Path) -> int:
    """A bare read-only pass over the sheets verify reads; returns the rows seen."""
    wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    seen = 0
    try:
        for title in VERIFY_SHEETS:
            if title not in wb.sheetnames:  # a file of 1.0
                continue
            ws = wb[title]
            ws.reset_dimensions()
            for _row in ws.iter_rows(values_only=True):
                seen += 1
    finally:
        wb.close()
    return seen


# ----------------------------------------------------------------------------------------------
# Timing
# ----------------------------------------------------------------------------------------------


def _timed(func: Callable[[], Any]) -> float:
    started = perf_counter()
    func()
    return perf_counter() - started


def _pairs(ours: Callable[[], Any], floor: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Medians of ``runs`` interleaved timings, alternating which goes first."""
    mine: list[float] = []
    base: list[float] = []
    for i in range(runs):
        if i % 2:
            base.append(_timed(floor))
            mine.append(_timed(ours))
        else:
            mine.append(_timed(ours))
            base.append(_timed(floor))
    return statistics.median(mine), statistics.median(base)


def _export(db: Database, span: tuple[date, date], out: Path, whole_month: bool) -> Path:
    return export(db.engine, ExportRequest(span[0], span[1], out, whole_month=whole_month)).path


def _make_year(folder: Path, entries: int) -> Database:
    folder.mkdir()
    db = open_database_file(folder / "rehablogg.sqlite3")
    write_demo(
        db,
        DemoSpec(
            entries=entries,
            clients=40,
            seed=1,
            end=END,
            therapist="DEMO01",
            municipality="0301",
            unit="Barne- og familietjenesten",
        ),
    )
    return db


def benchmarks(quick: bool = False, tmp_dir: str | None = None) -> list[Result]:
    entries = QUICK_ENTRIES if quick else YEAR_ENTRIES
    year_runs, month_runs, verify_runs = (1, 5, 1) if quick else (2, 15, 2)
    with tempfile.TemporaryDirectory(dir=tmp_dir, prefix="rehablogg-bench-export-") as tmp:
        folder = Path(tmp)
        month_db = _make_year(folder / "month", MONTH_YEAR_ENTRIES)
        try:
            out = folder / "month-out"
            out.mkdir()
            floor_file = out / "floor.xlsx"
            month_file = _export(month_db, MONTH, out, whole_month=True)
            month_cells = read_cells(month_file)
            month_entries = len(month_cells[1][1]) - 1
            _say(f"timing the month export ({month_runs}×)")
            month_s, month_floor_s = _pairs(
                lambda: _export(month_db, MONTH, out, True),
                lambda: write_floor(month_cells, floor_file),
                month_runs,
            )
        finally:
            month_db.close()

        _say(f"writing a demo year of {entries} entries")
        db = _make_year(folder / "year", entries)
        try:
            out = folder / "out"
            out.mkdir()
            floor_file = out / "floor.xlsx"

            _say("exporting the year once to learn its cells")
            year_file = _export(db, YEAR, out, whole_month=False)
            year_cells = read_cells(year_file)
            rows = sum(len(r) for _, r in year_cells)
            cells = sum(len(row) for _, r in year_cells for row in r)
            _say(f"timing the year export against the floor ({year_runs}×)")
            year_s, year_floor_s = _pairs(
                lambda: _export(db, YEAR, out, False),
                lambda: write_floor(year_cells, floor_file),
                year_runs,
            )

            _say(f"timing verify of the year against a read-only pass ({verify_runs}×)")
            report = verify_file(year_file)
            if not report.ok:
                raise AssertionError(f"the year's export does not verify: {report.sentence()}")
            verify_s, read_s = _pairs(
                lambda: verify_file(year_file), lambda: read_floor(year_file), verify_runs
            )
            size_mb = year_file.stat().st_size / 1e6
        finally:
            db.close()

    return [
        Result(
            name=f"export a year ({entries} entries) to xlsx",
            value=year_s,
            unit="s",
            baseline_name="openpyxl write-only writing the same cells",
            baseline_value=year_floor_s,
            aim=f"≤ {YEAR_AIM}× baseline",
            met=year_s / year_floor_s <= YEAR_AIM,
            note=f"{rows} rows, {cells} cells, {size_mb:.1f} MB; median of {year_runs}",
        ),
        Result(
            name=f"export one month (March, {month_entries} entries) to xlsx",
            value=month_s,
            unit="s",
            baseline_name="openpyxl write-only writing the same cells",
            baseline_value=month_floor_s,
            aim=f"≤ {MONTH_AIM_S:g} s",
            met=month_s <= MONTH_AIM_S,
            note=f"median of {month_runs}",
        ),
        Result(
            name=f"verify the year's file ({entries} entries)",
            value=verify_s,
            unit="s",
            baseline_name="openpyxl read-only pass over the same sheets",
            baseline_value=read_s,
            aim=f"≤ {VERIFY_AIM}× baseline",
            met=verify_s / read_s <= VERIFY_AIM,
            note=f"median of {verify_runs}",
        ),
    ]


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    for result in benchmarks(quick=quick):
        ratio = f"{result.ratio:.2f}×" if result.ratio else "-"
        met = {True: "yes", False: "NO", None: "-"}[result.met]
        print(
            f"{result.name}: {result.value:.3f} {result.unit} | {result.baseline_name}: "
            f"{result.baseline_value:.3f} {result.unit} | ratio {ratio} | aim {result.aim}: "
            f"{met} | {result.note}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
