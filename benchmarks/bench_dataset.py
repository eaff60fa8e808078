"""Dataset benchmark (issue 21, items 1–2): writing the analysts' Parquet dataset
(``aggregate --dataset``) and querying it with DuckDB, each against a baseline in the same run.

    python benchmarks/run.py --only dataset        # through the runner
    python benchmarks/bench_dataset.py [--quick]   # on its own

Corpus: the aggregate benchmark's cached submissions (``bench_aggregate.corpus``; 84 demo
therapists × 12 months = 1 008 files, ~302 000 entries in the full run, 3 in ``--quick``;
``REHABLOGG_BENCH_DATASET_THERAPISTS`` sets another number). They are taken into a collection
once (not timed), then, in this process:

* ``write_dataset`` into an empty folder, against ``write_summary`` of the same collection (the
  summary workbook, what every run writes) and against a plain CSV dump of the same rows
  (``csv.writer`` over the collection's JSON rows: the least a typed export could cost). Aim:
  the dataset costs no more than the summary (≤ 1×).
* ``write_dataset`` again with nothing new, against the first write (aim ≤ 0.1×: a re-run only
  compares fingerprints).
* direct and indirect minutes per municipality and month: DuckDB over the Parquet files against
  the same totals summed in Python from the collection's JSON rows (aim ≤ 0.1×).
* the same query over ten times the rows (about 3 million in the full run: the entries copied
  ten times under other municipality numbers by DuckDB, written as the same hive layout)
  against the query over the dataset itself: the time should grow no faster than the rows
  (aim ≤ 10×).
* the dataset's size on disk against the summary workbook's (no aim).
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_aggregate import FULL_THERAPISTS, QUICK_THERAPISTS, corpus  # noqa: E402
from benchmarks.run import Result  # noqa: E402


def _say(text: str) -> None:
    print(f"  [dataset] {text}", file=sys.stderr, flush=True)


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _csv_dump(collection_path: Path, target: Path) -> None:
    """The baseline: every accepted entry row as CSV, straight from the collection."""
    from rehablogg.aggregate.collection import Collection
    from rehablogg.aggregate.dataset import accepted_submissions

    collection = Collection(collection_path)
    try:
        with open(target, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            for info in accepted_submissions(collection):
                writer.writerow(["kommunenr", "terapeut", *info.entry_columns])
                for row in collection.entries(info.export_id):
                    writer.writerow([info.municipality, info.therapist, *row])
    finally:
        collection.close()


def _python_totals(collection_path: Path) -> dict[tuple[str, str], list[int]]:
    from rehablogg.aggregate.collection import Collection
    from rehablogg.aggregate.dataset import accepted_submissions
    from rehablogg.exchange.columns import ENTRY_CATEGORY, ENTRY_MINUTES

    collection = Collection(collection_path)
    out: dict[tuple[str, str], list[int]] = {}
    try:
        for info in accepted_submissions(collection):
            i_cat = info.entry_columns.index(ENTRY_CATEGORY)
            i_min = info.entry_columns.index(ENTRY_MINUTES)
            slot = out.setdefault((info.municipality, info.month), [0, 0])
            for row in collection.entries(info.export_id):
                if row[i_cat] == "direkte":
                    slot[0] += int(row[i_min])  # type: ignore[call-overload]
                elif row[i_cat] == "indirekte":
                    slot[1] += int(row[i_min])  # type: ignore[call-overload]
    finally:
        collection.close()
    return out


def _duckdb_totals(folder: Path) -> dict[tuple[str, str], list[int]]:
    import duckdb

    glob = str(folder / "registreringer" / "**" / "*.parquet")
    rows = duckdb.connect().execute(
        "SELECT kommunenr, maaned, "
        "coalesce(sum(minutter) FILTER (WHERE kategori = 'direkte'), 0), "
        "coalesce(sum(minutter) FILTER (WHERE kategori = 'indirekte'), 0) "
        f"FROM read_parquet('{glob}', hive_partitioning = true) GROUP BY ALL"
    )
    return {(m, month): [int(d), int(i)] for m, month, d, i in rows.fetchall()}


def _ten_times(folder: Path, target: Path) -> int:
    """The entries ten times over, each copy under other municipality numbers, as a dataset of
    the same layout; returns its rows."""
    import duckdb

    glob = str(folder / "registreringer" / "**" / "*.parquet")
    target.mkdir()
    conn = duckdb.connect()
    conn.execute(
        "COPY (SELECT * REPLACE (lpad(CAST(CAST(kommunenr AS INTEGER) + 10 * copy AS VARCHAR), "
        "4, '0') AS kommunenr), substr(maaned, 1, 4) AS year, substr(maaned, 6, 2) AS month "
        f"FROM read_parquet('{glob}'), range(10) AS copies(copy)) "
        f"TO '{target / 'registreringer'}' "
        "(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year, month))"
    )
    (rows,) = conn.execute(
        f"SELECT count(*) FROM '{target / 'registreringer' / '**' / '*.parquet'}'"
    ).fetchall()[0]
    return int(rows)


def benchmarks(quick: bool = False) -> list[Result]:
    from rehablogg.aggregate.collection import Collection
    from rehablogg.aggregate.dataset import write_dataset
    from rehablogg.aggregate.run import Options, aggregate
    from rehablogg.aggregate.workbook import write_summary

    therapists = (
        QUICK_THERAPISTS
        if quick
        else int(os.environ.get("REHABLOGG_BENCH_DATASET_THERAPISTS", FULL_THERAPISTS))
    )
    _, folders = corpus(therapists)
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-dataset-") as tmp:
        base = Path(tmp)
        collection_path = base / "samling.sqlite3"
        _say(f"taking {therapists * 12} files into a collection (not timed)")
        first = aggregate(
            Options(tuple(folders), base / "forste.xlsx", collection_path), progress=None
        )
        n = len(first.accepted)
        entries = first.entry_rows
        collection = Collection(collection_path)
        try:
            _say("writing the summary workbook")
            summary = base / "sammendrag.xlsx"
            t_summary = _timed(lambda: write_summary(collection, summary, None))
            _say("writing a plain CSV dump")
            t_csv = _timed(lambda: _csv_dump(collection_path, base / "rader.csv"))
            _say("writing the dataset")
            folder = base / "datasett"
            t_dataset = _timed(lambda: write_dataset(collection, folder))
            _say("writing the dataset again (nothing new)")
            t_again = _timed(lambda: write_dataset(collection, folder))
        finally:
            collection.close()
        _say("direct vs indirect per municipality and month")
        python_totals: dict[tuple[str, str], list[int]] = {}
        duck_totals: dict[tuple[str, str], list[int]] = {}
        t_python = _timed(lambda: python_totals.update(_python_totals(collection_path)))
        t_duck = _timed(lambda: duck_totals.update(_duckdb_totals(folder)))
        assert duck_totals == python_totals, "the dataset's totals differ from the collection's"
        _say("the same query over ten times the rows")
        bigger = base / "tidobbelt"
        big_rows = _ten_times(folder, bigger)
        t_big = _timed(lambda: _duckdb_totals(bigger))
        size_dataset, size_summary = _size(folder), _size(summary)

    scaled = (
        ""
        if quick or therapists >= FULL_THERAPISTS
        else f"scaled down from {FULL_THERAPISTS * 12} files; "
    )
    what = f"{n} submissions, {entries} entries"
    return [
        Result(
            name=f"write the Parquet dataset ({what})",
            value=t_dataset,
            unit="s",
            baseline_name="write_summary of the same collection",
            baseline_value=t_summary,
            aim="≤ 1×",
            met=t_dataset <= t_summary,
            note=scaled + "DuckDB types the collection's JSON rows and writes zstd Parquet",
        ),
        Result(
            name=f"write the Parquet dataset ({what}) vs a CSV dump",
            value=t_dataset,
            unit="s",
            baseline_name="csv.writer over the same entry rows",
            baseline_value=t_csv,
            note="no aim: the CSV is untyped, has no participants and no partitions",
        ),
        Result(
            name="re-run write_dataset, nothing new",
            value=t_again,
            unit="s",
            baseline_name="the first write",
            baseline_value=t_dataset,
            aim="≤ 0.1×",
            met=t_again <= 0.1 * t_dataset,
        ),
        Result(
            name="direct vs indirect per municipality and month, DuckDB over the dataset",
            value=t_duck,
            unit="s",
            baseline_name="the same sums in Python over the collection's JSON rows",
            baseline_value=t_python,
            aim="≤ 0.1×",
            met=t_duck <= 0.1 * t_python,
        ),
        Result(
            name=f"the same DuckDB query over {big_rows} rows",
            value=t_big,
            unit="s",
            baseline_name=f"the query over the dataset's {entries} rows",
            baseline_value=t_duck,
            aim="≤ 10×",
            met=t_big <= 10 * t_duck,
            note="the entries ten times over under other municipality numbers",
        ),
        Result(
            name="dataset size on disk",
            value=size_dataset / 1e6,
            unit="MB",
            baseline_name="the summary workbook",
            baseline_value=size_summary / 1e6,
            note="entries, participants, parties, submissions and codes",
        ),
    ]


def main(argv: list[str]) -> int:
    for r in benchmarks(quick="--quick" in argv):
        ratio = f"{r.ratio:.3f}×" if r.ratio is not None else ""
        print(
            f"{r.name}: {r.value:.3f} {r.unit}; "
            f"{r.baseline_name} {r.baseline_value} {ratio} {r.aim}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
