"""Aggregate benchmark (issue 7): a folder of monthly submissions into a collection and a
summary workbook.

    python benchmarks/run.py --only aggregate        # through the runner
    python benchmarks/bench_aggregate.py [--quick]   # on its own

Figure: ``rehablogg.aggregate.run.aggregate`` over every file (size and zip checks, hashing,
``verify`` of each file, storing the content in a fresh collection in one transaction, the
summary workbook with the combined rows) against **reading the same files with the reader
alone** (``verify_file(path, keep_content=True)`` on each, which is what any correct
aggregation must do at least). Aim ≤ 1.5×. The files are the twelve months of a few demo
therapists (about 300 entries a month, a busy therapist), all submitted.

Not yet measured here: the issue's full size (1 000 submissions, about 300 000 entries) and
peak memory; the files are made with real exports, which makes 1 000 of them slow to build.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.run import Result  # noqa: E402
from rehablogg.aggregate.run import Options, aggregate  # noqa: E402
from rehablogg.core.periods import Month  # noqa: E402
from rehablogg.demo import DemoSpec, write_demo  # noqa: E402
from rehablogg.exchange.export import ExportRequest, export  # noqa: E402
from rehablogg.exchange.verify import verify_file  # noqa: E402
from rehablogg.storage.database import open_database_file  # noqa: E402

AIM = 1.5
END = date(2025, 12, 31)


def _say(text: str) -> None:
    print(f"  [aggregate] {text}", file=sys.stderr, flush=True)


def _corpus(folder: Path, therapists: int) -> list[Path]:
    files: list[Path] = []
    for n in range(therapists):
        (folder / f"db{n}").mkdir()
        db = open_database_file(folder / f"db{n}" / "rehablogg.sqlite3")
        try:
            write_demo(db, DemoSpec(entries=3600, clients=40, seed=n, end=END,
                                    therapist=f"FYS{n:03d}", municipality="4601", unit="Enhet"))
            month = Month(2025, 1)
            for _ in range(12):
                out = folder / "innboks" / f"t{n}"
                out.mkdir(parents=True, exist_ok=True)
                files.append(export(db.engine, ExportRequest(
                    month.first_day, month.last_day, out, whole_month=True, submit=True)).path)
                month = month.next()
        finally:
            db.close()
    return files


def benchmarks(quick: bool = False, tmp_dir: str | None = None) -> list[Result]:
    therapists = 2 if quick else 6
    with tempfile.TemporaryDirectory(dir=tmp_dir, prefix="rehablogg-bench-aggregate-") as tmp:
        folder = Path(tmp)
        _say(f"exporting 12 months for {therapists} demo therapists")
        files = _corpus(folder, therapists)
        _say(f"reading {len(files)} files with the reader alone")
        start = time.perf_counter()
        entries = 0
        for path in files:
            report = verify_file(path, keep_content=True)
            assert report.ok and report.content is not None, report.sentence()
            entries += len(report.content.entries)
        read_s = time.perf_counter() - start
        _say("aggregating them")
        start = time.perf_counter()
        result = aggregate(Options((folder / "innboks",), folder / "sammendrag.xlsx"),
                           progress=None)
        agg_s = time.perf_counter() - start
        assert len(result.accepted) == len(files)
    return [Result(
        name=f"aggregate {len(files)} submissions ({entries} entries)", value=agg_s, unit="s",
        baseline_name="verify_file(keep_content=True) on each file", baseline_value=read_s,
        aim=f"≤ {AIM}× baseline", met=agg_s / read_s <= AIM,
        note=f"{agg_s / len(files) * 1000:.0f} ms per file",
    )]


def main(argv: list[str]) -> int:
    for result in benchmarks(quick="--quick" in argv):
        print(f"{result.name}: {result.value:.3f} {result.unit} | {result.baseline_name}: "
              f"{result.baseline_value:.3f} {result.unit} | ratio {result.ratio:.2f}× | "
              f"aim {result.aim}: {'yes' if result.met else 'NO'} | {result.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
