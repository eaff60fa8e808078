"""Run every rehablogg benchmark and print each figure with its baseline, ratio and aim.

    python benchmarks/run.py                 # everything, full size
    python benchmarks/run.py --quick         # a smaller run that finishes fast
    python benchmarks/run.py --only storage  # one module (bench_storage.py)

Every ``benchmarks/bench_*.py`` module is discovered and imported; its ``benchmarks()`` function
returns a list of :class:`Result`. A module without that function is skipped with a note; a
module that fails is reported and the others still run. Speed is judged by ratios against a
baseline measured in the same run and by the aims printed next to each figure; nothing here
asserts a timing. The exit status is 0 unless a module could not be imported or raised.

``benchmarks()`` may take keyword arguments; the runner passes only those it declares:
``quick`` (bool, the ``--quick`` flag) and ``tmp_dir`` (the folder temporary databases go in, or
None for the system default). Results may be :class:`Result` objects, any object with the same
attribute names, or dicts with those keys.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent


@dataclass
class Result:
    """One measured figure, its baseline from the same run, the ratio between them and the aim.

    ``ratio`` is ``value / baseline_value`` and is filled in when left out. ``met`` is None when
    the figure has no aim (it is there to explain another figure).
    """

    name: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline_value: float | None = None
    ratio: float | None = None
    aim: str = ""
    met: bool | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.ratio is None and self.baseline_value:
            self.ratio = self.value / self.baseline_value


@dataclass
class _Row:
    module: str
    result: Result


@dataclass
class _Outcome:
    module: str
    status: str  # "ok", "skipped", "failed"
    message: str = ""
    seconds: float = 0.0


# ----------------------------------------------------------------------------------------------
# Discovery
# ----------------------------------------------------------------------------------------------


def discover(bench_dir: Path = BENCH_DIR) -> list[str]:
    """Module names (``bench_storage``, ...) in file-name order."""
    return sorted(p.stem for p in bench_dir.glob("bench_*.py"))


def _short(module: str) -> str:
    return module.removeprefix("bench_")


def _select(
    available: Sequence[str], only: Sequence[str] | None, parser: argparse.ArgumentParser
) -> list[str]:
    if not only:
        return list(available)
    chosen: list[str] = []
    for wanted in only:
        name = Path(wanted).stem  # accepts "storage", "bench_storage", "bench_storage.py"
        name = name if name.startswith("bench_") else f"bench_{name}"
        if name not in available:
            names = ", ".join(_short(m) for m in available) or "(none)"
            parser.error(f"no benchmark module {wanted!r}; available: {names}")
        if name not in chosen:
            chosen.append(name)
    return chosen


# ----------------------------------------------------------------------------------------------
# Running one module
# ----------------------------------------------------------------------------------------------


def _call(func: Callable[..., Any], options: dict[str, Any]) -> Any:
    """Call ``func`` with the options it declares (all of them if it takes ``**kwargs``)."""
    params = inspect.signature(func).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return func(**options)
    return func(**{k: v for k, v in options.items() if k in params})


_FIELDS = tuple(f.name for f in fields(Result))


def _as_result(item: Any) -> Result:
    """Accept a Result, a look-alike from another copy of this module, or a dict."""
    if isinstance(item, Result):
        return item
    data = (
        dict(item)
        if isinstance(item, dict)
        else {name: getattr(item, name) for name in _FIELDS if hasattr(item, name)}
    )
    unknown = set(data) - set(_FIELDS)
    if unknown:
        raise TypeError(f"result has unknown fields {sorted(unknown)}: {item!r}")
    return Result(**data)


def run_module(module: str, options: dict[str, Any]) -> tuple[_Outcome, list[_Row]]:
    started = time.perf_counter()

    def outcome(status: str, message: str = "") -> _Outcome:
        return _Outcome(module, status, message, time.perf_counter() - started)

    try:
        mod = importlib.import_module(f"benchmarks.{module}")
    except Exception:
        return outcome("failed", "import failed:\n" + traceback.format_exc()), []
    func = getattr(mod, "benchmarks", None)
    if not callable(func):
        return outcome("skipped", "no benchmarks() function"), []
    try:
        results: Iterable[Any] = _call(func, options) or []
        rows = [_Row(module, _as_result(r)) for r in results]
    except Exception:
        return outcome("failed", "benchmarks() raised:\n" + traceback.format_exc()), []
    return outcome("ok"), rows


# ----------------------------------------------------------------------------------------------
# Printing
# ----------------------------------------------------------------------------------------------


def fmt_number(value: float | None) -> str:
    if value is None:
        return "–"
    size = abs(value)
    if size >= 100:
        return f"{value:,.0f}".replace(",", " ")
    if size >= 10:
        return f"{value:.1f}"
    if size >= 0.1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def fmt_ratio(ratio: float | None) -> str:
    return "–" if ratio is None else f"{fmt_number(ratio)}\N{MULTIPLICATION SIGN}"


def fmt_met(met: bool | None) -> str:
    return "–" if met is None else ("yes" if met else "NO")


def _with_unit(value: float | None, unit: str) -> str:
    return "–" if value is None else f"{fmt_number(value)} {unit}".rstrip()


def print_result(row: _Row, out: Any = sys.stdout) -> None:
    r = row.result
    line = f"  {r.name}: {_with_unit(r.value, r.unit)}"
    if r.baseline_name:
        line += (
            f" | baseline {r.baseline_name}: {_with_unit(r.baseline_value, r.unit)}"
            f" | ratio {fmt_ratio(r.ratio)}"
        )
    if r.aim:
        line += f" | aim {r.aim}: {'met' if r.met else 'NOT met' if r.met is False else '–'}"
    print(line, file=out)
    if r.note:
        print(f"      {r.note}", file=out)


def table(rows: Sequence[_Row]) -> str:
    header = ("module", "figure", "value", "baseline", "baseline value", "ratio", "aim", "met")
    body = [
        (
            _short(row.module),
            row.result.name,
            _with_unit(row.result.value, row.result.unit),
            row.result.baseline_name or "–",
            _with_unit(row.result.baseline_value, row.result.unit)
            if row.result.baseline_name
            else "–",
            fmt_ratio(row.result.ratio),
            row.result.aim or "–",
            fmt_met(row.result.met),
        )
        for row in rows
    ]
    numeric = {2, 4, 5}
    widths = [max(len(str(cells[i])) for cells in [header, *body]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if i in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(parts) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(cells) for cells in body)])


def _filesystem(path: Path) -> str:
    """The filesystem type holding ``path`` (Linux only; fsync cost depends on it)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "unknown"
    best, kind = "", "unknown"
    resolved = str(path.resolve())
    for mount in mounts:
        parts = mount.split()
        if len(parts) < 3:
            continue
        point = parts[1]
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, parts[2]
    return kind


def print_header(quick: bool, tmp_dir: str | None) -> None:
    where = Path(tmp_dir or tempfile.gettempdir())
    fs = _filesystem(where)
    print("rehablogg benchmarks" + (" (quick)" if quick else ""))
    print(
        f"  python {platform.python_version()}, sqlite {sqlite3.sqlite_version}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cpus"
    )
    print(f"  temporary databases in {where} ({fs})")
    if fs in ("tmpfs", "ramfs"):
        print(
            "  note: fsync is free on a RAM filesystem, so save figures understate real disks;"
            " use --tmp-dir on a disk."
        )
    print()


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python benchmarks/run.py",
        description="Run rehablogg's benchmarks and print every figure with its ratio and aim.",
    )
    p.add_argument(
        "--quick",
        action="store_true",
        help="fewer repetitions and shorter runs (finishes in seconds)",
    )
    p.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="run only this module (storage, bench_storage or bench_storage.py); may be repeated",
    )
    p.add_argument(
        "--tmp-dir",
        metavar="DIR",
        help="put temporary databases here (a folder on the disk you care about)",
    )
    p.add_argument("--list", action="store_true", help="list the benchmark modules and exit")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    available = discover()
    if args.list:
        for module in available:
            print(_short(module))
        return 0
    modules = _select(available, args.only, parser)
    if args.tmp_dir:
        Path(args.tmp_dir).mkdir(parents=True, exist_ok=True)
        tempfile.tempdir = str(Path(args.tmp_dir).resolve())
    options = {"quick": args.quick, "tmp_dir": tempfile.tempdir}

    print_header(args.quick, args.tmp_dir)
    rows: list[_Row] = []
    outcomes: list[_Outcome] = []
    started = time.perf_counter()
    try:
        for module in modules:
            print(f"== {_short(module)} ==", flush=True)
            outcome, module_rows = run_module(module, options)
            outcomes.append(outcome)
            rows.extend(module_rows)
            for row in module_rows:
                print_result(row)
            if outcome.status != "ok":
                print(f"  {outcome.status}: {outcome.message}".rstrip())
            print(f"  ({outcome.seconds:.1f} s)\n", flush=True)
    except KeyboardInterrupt:
        print("\ninterrupted; figures so far:")
    total = time.perf_counter() - started

    print("Summary (ratio = value / baseline, both measured in this run)")
    print(table(rows) if rows else "  no figures")
    met = [r.result.met for r in rows if r.result.met is not None]
    print(
        f"\n{len(rows)} figures, aims met: {sum(met)} of {len(met)}; "
        f"total {total:.1f} s" + (" (quick)" if args.quick else "")
    )
    for outcome in outcomes:
        if outcome.status != "ok":
            lines = [line.strip() for line in outcome.message.splitlines() if line.strip()]
            why = (
                lines[0]
                if outcome.status == "skipped" or len(lines) < 2
                else (f"{lines[0]} {lines[-1]}")
            )
            print(f"{_short(outcome.module)}: {outcome.status}: {why}")
    return 1 if any(o.status == "failed" for o in outcomes) else 0


if __name__ == "__main__":
    # Run as benchmarks.run so bench modules that import Result from it share this very class.
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.run import main as _main

    raise SystemExit(_main())
