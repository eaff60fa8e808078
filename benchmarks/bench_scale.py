"""Scale benchmark (issue 21, item 5): a collection's first run and a monthly top-up, with the
time per file and the peak memory of each, and what they come to for a national pilot.

    python benchmarks/run.py --only scale      # through the runner
    python benchmarks/bench_scale.py [--quick]  # on its own

The corpus is bench_aggregate's (demo therapists × the twelve months of 2025, about 300
entries a month each; made once and cached).

**National** (``REHABLOGG_BENCH_SCALE=national``): the issue's own sizes, measured. 1 000
therapists; the first run takes January–October of all of them (10 000 files, about 3 million
entries) into a new kept collection, half of them (5 000 files) into another; the top-up offers
November's 1 000 files with the 10 000 held; a last run offers the same 11 000 with nothing new.
Making the corpus takes about 15 minutes of two cores the first time.

**Scaled down** (the default, 84 therapists, a few minutes) and **extrapolated** to those sizes,
and says so:

* **first run**: January–November of every therapist (924 files, ~277 000 entries) into a new
  kept collection, and the same for half of the therapists (462 files): if the time per file and
  the peak memory are the same for both, the first run grows linearly and 10 000 files cost
  10 000 × the time per file;
* **top-up**: the whole inbox offered again to that collection — the 924 files it holds (read
  and hashed, not verified again) and December's 84 new ones (verified) — and the summary over
  everything. Its time splits into taking the files (until the progress callback has seen the
  last one) and writing the summary; the extrapolation takes the files held at their cost in
  the run with nothing new (below), the new files at the first run's cost per file, and the
  summary at its cost per file held;
* **nothing new**: the same inbox offered once more (every file held): the cost of a file held;
* **baseline**: python-calamine reading the top-up's new files in one process, per file
  (openpyxl when calamine is not importable).

Each run is a fresh subprocess with one verifying process per core (``--jobs`` default); its
time is taken inside it and the peak memory of the aggregate process and of its largest worker
with ``getrusage``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_aggregate import (  # noqa: E402
    FULL_THERAPISTS,
    QUICK_THERAPISTS,
    _calamine_available,
    _files,
    _peaks,
    corpus,
)
from benchmarks.run import Result  # noqa: E402

TARGET_FIRST = 10_000  # files in the first run
TARGET_TOP_UP = 1_000  # files in its monthly top-up
ENTRIES_PER_FILE = 300
PER_FILE_AIM = 1.25  # the first run's time per file, all files against half of them
NATIONAL_THERAPISTS = 1_000  # × January–October = TARGET_FIRST, × November = TARGET_TOP_UP


def _say(text: str) -> None:
    print(f"  [scale] {text}", file=sys.stderr, flush=True)


def _child(spec: dict[str, object]) -> dict[str, float]:
    files = [Path(f) for f in spec["files"]]  # type: ignore[attr-defined]
    if spec["kind"] == "read":
        started = time.perf_counter()
        cells = 0
        if _calamine_available():
            from python_calamine import CalamineWorkbook

            for path in files:
                wb = CalamineWorkbook.from_path(str(path))
                for name in wb.sheet_names:
                    cells += sum(len(r) for r in wb.get_sheet_by_name(name).to_python())
        else:
            from openpyxl import load_workbook

            for path in files:
                book = load_workbook(path, read_only=True, data_only=True)
                for ws in book.worksheets:
                    cells += sum(len(r) for r in ws.iter_rows(values_only=True))
                book.close()
        return {"seconds": time.perf_counter() - started, "cells": cells}

    from rehablogg.aggregate.run import Options, aggregate

    taken_at = [0.0]
    taking_peak = [0.0]  # the aggregate process's peak when the last file is taken

    def on_progress(done: int, total: int, _path: str) -> None:
        if done == total:
            taken_at[0] = time.perf_counter()
            taking_peak[0] = _peaks()["parent_mb"]

    started = time.perf_counter()
    result = aggregate(
        Options(tuple(files), Path(str(spec["out"])), Path(str(spec["collection"]))),
        progress=None,
        on_progress=on_progress,
    )
    ended = time.perf_counter()
    return {
        "seconds": ended - started,
        "take_seconds": taken_at[0] - started,
        "summary_seconds": ended - taken_at[0],
        "offered": len(result.outcomes),
        "accepted": len(result.accepted),
        "taking_mb": taking_peak[0],
        **_peaks(),
    }


def _measure(spec: dict[str, object], folder: Path) -> dict[str, float]:
    spec_file = folder / f"spec-{time.monotonic_ns()}.json"
    spec_file.write_text(json.dumps(spec))
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
    )
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(spec_file)],
        stdout=subprocess.PIPE,
        env=env,
        cwd=str(ROOT),
        check=True,
    )
    data: dict[str, float] = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return data


def _corpus(quick: bool, national: bool) -> tuple[int, list[Path], list[Path]]:
    """(therapists, the first run's files, the top-up's new files). Scaled down: January–
    November against December; national: January–October of 1 000 therapists (10 000 files)
    against their November (1 000 files), the rest of the year left out."""
    if national:
        _, folders = corpus(NATIONAL_THERAPISTS)
        every = _files(folders)
        first = [f for f in every if int(f.stem[-2:]) <= 10]
        new = [f for f in every if f.stem.endswith("-11")]
        return NATIONAL_THERAPISTS, first, new
    therapists = QUICK_THERAPISTS * 2 if quick else FULL_THERAPISTS
    _, folders = corpus(therapists)
    every = _files(folders)
    new = [f for f in every if "2025-12" in f.name]
    return therapists, [f for f in every if f not in set(new)], new


def benchmarks(
    quick: bool = False, tmp_dir: Path | None = None, national: bool | None = None
) -> list[Result]:
    """``national``: the issue's own sizes, measured (``REHABLOGG_BENCH_SCALE=national``)."""
    if national is None:
        national = os.environ.get("REHABLOGG_BENCH_SCALE") == "national" and not quick
    therapists, first, new_files = _corpus(quick, national)
    every = first + new_files
    half = [f for f in first if int(f.parent.name[1:]) < therapists // 2]
    months = len(first) // len(new_files)
    assert new_files and len(first) == months * len(new_files), (len(first), len(new_files))

    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-scale-", dir=tmp_dir) as tmp:
        work = Path(tmp)

        def run(name: str, files: list[Path], collection: str) -> dict[str, float]:
            _say(f"{name}: {len(files)} files")
            spec = {
                "kind": "aggregate",
                "files": [str(f) for f in files],
                "out": str(work / f"{name}.xlsx"),
                "collection": str(work / collection),
            }
            return _measure(spec, work)

        _say(f"reading the top-up's {len(new_files)} new files (baseline)")
        read = _measure({"kind": "read", "files": [str(f) for f in new_files]}, work)
        small = run("half", half, "half.sqlite3")
        full = run("first", first, "samling.sqlite3")
        top = run("top-up", every, "samling.sqlite3")
        again = run("nothing-new", every, "samling.sqlite3")
    assert full["accepted"] == len(first) and top["accepted"] == len(every), (full, top)

    reader = "python-calamine" if _calamine_available() else "openpyxl read-only"
    read_per_file = read["seconds"] / len(new_files)
    per_file = full["seconds"] / len(first)
    per_file_half = small["seconds"] / len(half)
    new_take = full["take_seconds"] / len(first)  # taking one new file, first run
    known_take = again["take_seconds"] / len(every)  # one file held: read, hashed, looked up
    summary_per_held = top["summary_seconds"] / len(every)
    first_target = per_file * TARGET_FIRST
    top_target = (
        known_take * TARGET_FIRST
        + new_take * TARGET_TOP_UP
        + summary_per_held * (TARGET_FIRST + TARGET_TOP_UP)
    )
    scaled = f"scaled down: {len(first)} files measured, {TARGET_FIRST} extrapolated"
    results = [
        Result(
            name=f"first run, {len(first)} files (~{len(first) * ENTRIES_PER_FILE} entries)",
            value=per_file * 1000,
            unit="ms/file",
            baseline_name=f"{reader} read, per file",
            baseline_value=read_per_file * 1000,
            note=(
                f"{full['seconds']:.1f} s in all ({full['take_seconds']:.1f} s taking the "
                f"files, {full['summary_seconds']:.1f} s the summary); peak "
                f"{full['parent_mb']:.0f} MB, largest worker {full['worker_mb']:.0f} MB; CPU "
                f"{full['parent_cpu']:.0f} s in the aggregate process + "
                f"{full['worker_cpu']:.0f} s in its workers; load average "
                f"{os.getloadavg()[0]:.1f}"
            ),
        ),
        Result(
            name="first run, time per file: all files against half of them",
            value=per_file * 1000,
            unit="ms/file",
            baseline_name=f"{len(half)} files",
            baseline_value=per_file_half * 1000,
            aim=f"≤ {PER_FILE_AIM}× (linear in the files)",
            met=per_file / per_file_half <= PER_FILE_AIM,
            note=(
                f"taking the files {new_take * 1000:.0f} against "
                f"{small['take_seconds'] / len(half) * 1000:.0f} ms per file, the summary "
                f"{full['summary_seconds'] / len(first) * 1000:.0f} against "
                f"{small['summary_seconds'] / len(half) * 1000:.0f} ms per file; peak "
                f"{full['parent_mb']:.0f} MB against {small['parent_mb']:.0f} MB for "
                f"{len(half)} files ({full['parent_mb'] / small['parent_mb']:.2f}×), of it "
                f"while taking the files {full['taking_mb']:.0f} against "
                f"{small['taking_mb']:.0f} MB"
            ),
        ),
        Result(
            name=(
                f"top-up: {len(new_files)} new files offered with the {len(first)} held "
                f"({len(every)} in all)"
            ),
            value=top["seconds"],
            unit="s",
            baseline_name="first run",
            baseline_value=full["seconds"],
            note=(
                f"{top['take_seconds']:.1f} s taking the files ({known_take * 1000:.1f} ms per "
                f"file held, hashed and looked up; {new_take * 1000:.0f} ms per new file), "
                f"{top['summary_seconds']:.1f} s the summary over all; "
                f"{top['seconds'] / len(new_files) * 1000:.0f} ms per new file; peak "
                f"{top['parent_mb']:.0f} MB, largest worker {top['worker_mb']:.0f} MB; CPU "
                f"{top['parent_cpu']:.0f} s + {top['worker_cpu']:.0f} s in workers"
            ),
        ),
    ]
    if national:  # the sizes were measured themselves: nothing to extrapolate
        return [
            *results,
            Result(
                name=f"nothing new: the {len(every)} files held offered again",
                value=again["seconds"],
                unit="s",
                baseline_name="first run",
                baseline_value=full["seconds"],
                note=(
                    f"{again['take_seconds']:.1f} s taking them ({known_take * 1000:.1f} ms "
                    f"per file held), {again['summary_seconds']:.1f} s the summary; peak "
                    f"{again['parent_mb']:.0f} MB"
                ),
            ),
        ]
    return [
        *results,
        Result(
            name=f"first run of {TARGET_FIRST} files (~3 million entries), extrapolated",
            value=first_target / 60,
            unit="min",
            note=f"{scaled}; {per_file * 1000:.0f} ms per file × {TARGET_FIRST}",
        ),
        Result(
            name=f"top-up of {TARGET_TOP_UP} files to {TARGET_FIRST} held, extrapolated",
            value=top_target / 60,
            unit="min",
            baseline_name=f"first run of {TARGET_FIRST}, extrapolated",
            baseline_value=first_target / 60,
            note=(
                f"a run with nothing new over the {len(every)} files: "
                f"{again['seconds']:.1f} s ({again['take_seconds']:.1f} s taking them); "
                f"scaled down: {known_take * 1000:.1f} ms × {TARGET_FIRST} held + "
                f"{new_take * 1000:.0f} ms × {TARGET_TOP_UP} new + summary "
                f"{summary_per_held * 1000:.0f} ms × {TARGET_FIRST + TARGET_TOP_UP} held"
            ),
        ),
    ]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        spec = json.loads(Path(argv[1]).read_text())
        print(json.dumps(_child(spec)), flush=True)
        return 0
    for r in benchmarks(quick="--quick" in argv):
        line = f"{r.name}: {r.value:.3f} {r.unit}"
        if r.baseline_name:
            line += f" | {r.baseline_name}: {r.baseline_value:.3f} {r.unit} | ratio {r.ratio:.2f}×"
        if r.aim:
            line += f" | aim {r.aim}: {'yes' if r.met else 'NO'}"
        print(line + (f" | {r.note}" if r.note else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
