"""What the package guard costs a normal file, and what the worst crafted file costs (issue 16).

    python benchmarks/run.py --only verify        # through the runner
    python benchmarks/bench_verify.py [--quick]   # on its own

Figures, each against a baseline measured in the same run on the same machine:

- **verify a normal month** (March of a 3 000-entry demo year, about 250 entries, a busy
  therapist's month): ``verify_file`` as it is, the guard included, against **verify without
  the guard**: the same readers and checks on the same file, the guard skipped (what verify did
  before it; calamine's own well-formedness pass then runs, which the guard otherwise replaces).
  Interleaved pairs, median. Aim ≤ 1.5× (the guard parses every part once more).
- **verify a year** (20 000 entries; 100 000 in a full run is bench_export's figure): the same
  pair, to show how the byte scan grows with the file. No aim.
- **worst crafted file**: every file of the corpus ``tests/robustness/hostile_xlsx.py`` makes
  (and, in a full run, the four big ones below) verified in a fresh subprocess each; its time is
  taken inside the child, its peak memory is the child's own high-water mark since exec
  (``VmHWM`` on Linux, else ``ru_maxrss`` from ``os.wait4``; interpreter and imports
  included). Once with aggregate's limits (``SUBMISSION_LIMITS``, what
  ``aggregate`` uses for every file offered) and once with the limits of ``rehablogg verify``.
  Baseline: the same child verifying the genuine month. Aim, with aggregate's limits: ≤ 2 s and
  ≤ 200 MB for the slowest and the largest file.

The big files, made from the genuine month by repeating its rows (so every row after the
first is a duplicate registrering_id: a file that is wrong on every row): a month of 300 000
rows (its sheet declares 300 MB), 150 000 rows (within ``rehablogg verify``'s 200 000 rows,
refused by the period's 300 rows a day after the guard streamed it), 9 300 rows (the most a
31-day month may have: read in full and refused), and the 100 000-row "year" that the default
limits let through to the readers.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.run import ROOT, Result

MONTH_AIM = 1.5
WORST_SECONDS = 2.0
WORST_MB = 200.0
MONTH = (date(2025, 3, 1), date(2025, 3, 31))
YEAR = (date(2024, 7, 1), date(2025, 6, 30))
ENTRIES_SHEET = "xl/worksheets/sheet2.xml"


def _say(text: str) -> None:
    print(f"  .. {text}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------------------------


def _export(folder: Path, entries: int, span: tuple[date, date], submit: bool) -> Path:
    from rehablogg.demo import DemoSpec, write_demo
    from rehablogg.exchange.export import ExportRequest, export
    from rehablogg.storage.database import open_database_file

    folder.mkdir(parents=True)
    db = open_database_file(folder / "rehablogg.sqlite3")
    try:
        write_demo(
            db,
            DemoSpec(
                entries=entries,
                clients=40,
                seed=1,
                end=date(2025, 6, 30),
                therapist="DEMO01",
                municipality="0301",
                unit="Benk",
            ),
        )
        whole = span == MONTH
        return export(
            db.engine, ExportRequest(span[0], span[1], folder, whole_month=whole, submit=submit)
        ).path
    finally:
        db.close()


def _repeated(genuine: Path, rows: int, out: Path, claim_year: bool = False) -> Path:
    """The genuine month with its first data row repeated until Registreringer has ``rows``
    data rows (every repeat a duplicate id); ``claim_year`` sets the period to a year."""
    with zipfile.ZipFile(genuine) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            if info.filename == ENTRIES_SHEET:
                data = _with_rows(data, rows)
            elif claim_year and data.startswith(b"<worksheet") and b"<t>periode_til</t>" in data:
                data = data.replace(b"<t>2025-03-31</t>", b"<t>2026-03-31</t>")
            target.writestr(info.filename, data)
    return out


def _with_rows(sheet: bytes, rows: int) -> bytes:
    match = re.search(rb'<row r="2".*?</row>', sheet)
    assert match is not None
    text = match.group().decode("utf-8").replace("{", "{{").replace("}", "}}")
    template = re.sub(r'(<(?:row|c) r="[A-Z]*)2"', r'\g<1>{0}"', text)
    head = sheet[: sheet.index(b"<sheetData>") + len(b"<sheetData>")]
    header = re.search(rb'<row r="1".*?</row>', sheet)
    assert header is not None
    body = "".join(template.format(n) for n in range(2, rows + 2)).encode("utf-8")
    return head + header.group() + body + sheet[sheet.index(b"</sheetData>") :]


# ----------------------------------------------------------------------------------------------
# Timing
# ----------------------------------------------------------------------------------------------


def _timed(func: Callable[[], Any]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def _pairs(ours: Callable[[], Any], base: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Medians of ``runs`` interleaved timings, alternating which goes first."""
    mine: list[float] = []
    other: list[float] = []
    for i in range(runs):
        if i % 2:
            other.append(_timed(base))
            mine.append(_timed(ours))
        else:
            mine.append(_timed(ours))
            other.append(_timed(base))
    return statistics.median(mine), statistics.median(other)


def _with_and_without(path: Path, runs: int) -> tuple[float, float]:
    from rehablogg.exchange import verify as v
    from rehablogg.exchange.package_guard import EXPORT_LIMITS, PackageFacts

    def guarded() -> None:
        assert v.verify_file(path).ok

    def unguarded() -> None:
        # Facts given: no guard; empty facts: no parts parsed, so calamine's own pass runs.
        report, _ = v._verify(path, False, True, EXPORT_LIMITS, PackageFacts())
        assert report.ok

    guarded()
    unguarded()
    return _pairs(guarded, unguarded, runs)


def _child(path: str, limits_name: str) -> dict[str, Any]:
    from rehablogg.exchange.package_guard import EXPORT_LIMITS, SUBMISSION_LIMITS
    from rehablogg.exchange.verify import verify_file

    limits = SUBMISSION_LIMITS if limits_name == "submission" else EXPORT_LIMITS
    started = time.perf_counter()
    report = verify_file(Path(path), limits=limits)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "sentence": report.sentence(), "peak_mb": _own_peak_mb()}


def _own_peak_mb() -> float | None:
    """This process's peak resident memory since exec (Linux: VmHWM). ``ru_maxrss`` read with
    ``os.wait4`` also counts the parent's pages the child held between fork and exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    return None


def _measure(path: Path, limits_name: str) -> dict[str, Any]:
    """Verify ``path`` in a fresh subprocess; its time inside and its peak memory in MB."""
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
    )
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(path), limits_name],
        stdout=subprocess.PIPE,
        env=env,
        cwd=str(ROOT),
    )
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        return {
            "seconds": float("nan"),
            "peak_mb": float("nan"),
            "sentence": f"the child failed with status {code}",
        }
    data: dict[str, Any] = json.loads(output.decode().strip().splitlines()[-1])
    if data.get("peak_mb") is None:
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes vs KiB
        data["peak_mb"] = usage.ru_maxrss * scale / 1e6
    return data


def _worst(
    files: list[Path], limits_name: str, genuine: dict[str, Any]
) -> tuple[Result, Result, list[str]]:
    measured = {path.name: _measure(path, limits_name) for path in files}
    failed = [
        f"{name}: {m['sentence']}"
        for name, m in measured.items()
        if m["seconds"] != m["seconds"] or m["sentence"] == "gyldig"
    ]
    slow_name, slow = max(measured.items(), key=lambda item: item[1]["seconds"])
    big_name, big = max(measured.items(), key=lambda item: item[1]["peak_mb"])
    which = "aggregate's limits" if limits_name == "submission" else "rehablogg verify's limits"
    aim = limits_name == "submission"
    ordered = sorted(measured.items(), key=lambda item: -item[1]["seconds"])[:4]
    slowest = "; ".join(f"{n} {m['seconds']:.2f} s / {m['peak_mb']:.0f} MB" for n, m in ordered)
    return (
        Result(
            name=f"slowest of {len(files)} crafted files, {which}",
            value=slow["seconds"],
            unit="s",
            baseline_name="verify the genuine month in the same child",
            baseline_value=genuine["seconds"],
            aim=f"≤ {WORST_SECONDS:g} s" if aim else "",
            met=slow["seconds"] <= WORST_SECONDS if aim else None,
            note=f"{slow_name}: {slow['sentence'][:90]}; slowest: {slowest}",
        ),
        Result(
            name=f"largest peak memory of {len(files)} crafted files, {which}",
            value=big["peak_mb"],
            unit="MB",
            baseline_name="the genuine month's child",
            baseline_value=genuine["peak_mb"],
            aim=f"≤ {WORST_MB:g} MB" if aim else "",
            met=big["peak_mb"] <= WORST_MB if aim else None,
            note=f"{big_name} (the child's peak: interpreter and imports included)",
        ),
        failed,
    )


def benchmarks(quick: bool = False, tmp_dir: str | None = None) -> list[Result]:
    from tests.robustness.hostile_xlsx import write_corpus

    month_runs, year_runs = (9, 1) if quick else (31, 3)
    year_entries = 5_000 if quick else 20_000
    with tempfile.TemporaryDirectory(dir=tmp_dir, prefix="rehablogg-bench-verify-") as tmp:
        folder = Path(tmp)
        _say("exporting a month and a year")
        month = _export(folder / "month", 3_000, MONTH, submit=True)
        year = _export(folder / "year", year_entries, YEAR, submit=False)
        _say(f"timing verify of the month with and without the guard ({month_runs}×)")
        month_s, month_base = _with_and_without(month, month_runs)
        _say(f"timing verify of the year with and without the guard ({year_runs}×)")
        year_s, year_base = _with_and_without(year, year_runs)

        _say("making the crafted corpus")
        corpus = [path for path, _ in write_corpus(month, folder / "corpus")]
        if quick:
            firsts: dict[str, Path] = {}
            for path in corpus:
                firsts.setdefault(path.name.split("-")[0], path)
            corpus = list(firsts.values())
        else:
            big = folder / "big"
            big.mkdir()
            _say("making the big months (300 000, 150 000, 9 300 and a 100 000-row 'year')")
            corpus += [
                _repeated(month, 300_000, big / "big-300000-rows.xlsx"),
                _repeated(month, 150_000, big / "big-150000-rows.xlsx"),
                _repeated(month, 9_300, big / "big-9300-rows.xlsx"),
                _repeated(month, 100_000, big / "big-100000-rows-year.xlsx", claim_year=True),
            ]
        genuine = _measure(month, "submission")
        _say(f"verifying {len(corpus)} crafted files, each in its own subprocess, twice")
        agg_time, agg_memory, agg_failed = _worst(corpus, "submission", genuine)
        cli_time, cli_memory, cli_failed = _worst(corpus, "export", genuine)
        if agg_failed or cli_failed:
            raise AssertionError(f"crafted files not refused: {agg_failed + cli_failed}")
        with zipfile.ZipFile(month) as archive:
            rows = archive.read(ENTRIES_SHEET).count(b"<row ") - 1

    return [
        Result(
            name=f"verify a normal month ({rows} entries), with the guard",
            value=month_s * 1000,
            unit="ms",
            baseline_name="the same without the guard",
            baseline_value=month_base * 1000,
            aim=f"≤ {MONTH_AIM}× baseline",
            met=month_s / month_base <= MONTH_AIM,
            note=f"median of {month_runs}",
        ),
        Result(
            name=f"verify a year ({year_entries} entries), with the guard",
            value=year_s,
            unit="s",
            baseline_name="the same without the guard",
            baseline_value=year_base,
            note=f"median of {year_runs}; the byte scan grows with the sheets' size",
        ),
        agg_time,
        agg_memory,
        cli_time,
        cli_memory,
    ]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        print(json.dumps(_child(argv[1], argv[2])))
        return 0
    quick = "--quick" in argv
    for result in benchmarks(quick=quick):
        ratio = f"{result.ratio:.2f}×" if result.ratio else "-"
        met = {True: "yes", False: "NO", None: "-"}[result.met]
        print(
            f"{result.name}: {result.value:.3f} {result.unit} | {result.baseline_name}: "
            f"{result.baseline_value} | ratio {ratio} | aim {result.aim}: {met} | "
            f"{result.note}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
