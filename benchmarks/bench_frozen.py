"""The frozen one-folder app against the installed package: start-up time and size (issue 11).

    python benchmarks/bench_frozen.py                    # build into a temp folder, measure
    python benchmarks/bench_frozen.py --app packaging/dist/rehablogg/rehablogg
    python benchmarks/bench_frozen.py --runs 9
    python benchmarks/run.py --only frozen               # the same through the runner

Start-up is the wall time of ``APP --data-dir TMP --quit-after-startup`` on Qt's offscreen
platform, median of ``--runs`` runs (5 by default) after one warm-up each, the frozen app and
the installed package interleaved (who goes first alternates) on the same data folder, which
holds a demo year of 3 000 entries so the week view has something to show. The installed
package is the ``rehablogg`` console script beside this Python, or ``python -m rehablogg`` when
there is none (an editable checkout run with PYTHONPATH): the script is a three-line wrapper
around the same ``main()``, so the two measure the same thing.

Size is what ``du -s`` counts for the bundle folder (allocated blocks), against the files that
``pip install`` put in site-packages for rehablogg and every runtime dependency it pulls in
(PySide6 with its add-ons, SQLAlchemy, pydantic, openpyxl, …), counted the same way. The
interpreter itself is in the bundle but not in the baseline.

If no ``--app`` is given and no bundle exists at ``packaging/dist/rehablogg``, the bundle is
built with PyInstaller into a temporary folder first, and the build time is reported too.
Nothing here opens a network connection.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.run import Result  # noqa: E402

SPEC = ROOT / "packaging" / "rehablogg.spec"
DEFAULT_BUNDLE = ROOT / "packaging" / "dist" / "rehablogg" / "rehablogg"
DEMO_ENTRIES = 3000


def _progress(message: str) -> None:
    print(f"[frozen] {message}", file=sys.stderr, flush=True)


# -- the two programs --------------------------------------------------------------------------
def build_bundle(where: Path) -> tuple[Path, float]:
    """Build the one-folder app under ``where``; returns the executable and the seconds taken."""
    _progress(f"building the bundle with PyInstaller in {where} (about a minute)")
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(where / "dist"),
            "--workpath",
            str(where / "work"),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return where / "dist" / "rehablogg" / "rehablogg", time.perf_counter() - started


def installed_command() -> tuple[list[str], str]:
    """The installed package's command and a name for it."""
    script = Path(sys.executable).with_name("rehablogg")
    if script.is_file():
        return [str(script)], str(script)
    return [sys.executable, "-m", "rehablogg"], f"{Path(sys.executable).name} -m rehablogg"


def _env(home: Path, frozen: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "REHABLOGG_DATA_DIR"}
    env.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share")
    )
    if frozen:
        env.pop("PYTHONPATH", None)
    else:  # an editable checkout without an installed script still finds the package
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def _run(command: Sequence[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {result.returncode}: {result.stderr.strip()}")
    return elapsed


# -- measuring ---------------------------------------------------------------------------------
def du_bytes(folder: Path) -> int:
    """Allocated size of every file under ``folder``, as ``du -s`` counts it."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in folder.rglob("*"):
        stat = path.lstat()
        if (stat.st_dev, stat.st_ino) in seen:
            continue
        seen.add((stat.st_dev, stat.st_ino))
        total += stat.st_blocks * 512
    return total


def _requirement_names(dist: metadata.Distribution) -> Iterator[str]:
    for requirement in dist.requires or []:
        if "extra ==" in requirement:
            continue
        match = re.match(r"[A-Za-z0-9._-]+", requirement)
        if match:
            yield match.group(0)


_PARTS_OF = {"pyside6": ("pyside6-essentials", "pyside6-addons")}


def installed_runtime_bytes() -> tuple[int, int]:
    """``du``-style size of rehablogg's runtime dependency closure in site-packages, and how
    many distributions that is (rehablogg's own files are counted from the checkout)."""
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = config.split("dependencies = [", 1)[1].split("]", 1)[0]
    todo = [m.group(1) for m in re.finditer(r'"([A-Za-z0-9._-]+)', block)]
    seen: set[str] = set()
    total = 0
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            # PySide6 is a meta-package over these two; a venv may hold them without it.
            todo.extend(_PARTS_OF.get(name, ()))
            continue
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                total += path.lstat().st_blocks * 512
        todo.extend(_requirement_names(dist))
    package = ROOT / "rehablogg"
    total += sum(p.lstat().st_blocks * 512 for p in package.rglob("*.py"))
    total += du_bytes(ROOT / "resources")
    return total, len(seen)


@contextmanager
def _workspace(tmp_dir: str | None) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-frozen-", dir=tmp_dir) as name:
        yield Path(name)


def measure(app: Path | None, runs: int, tmp_dir: str | None) -> dict[str, Any]:
    with _workspace(tmp_dir) as work:
        build_seconds = None
        if app is None:
            app, build_seconds = build_bundle(work / "build")
        home, cwd, data = work / "home", work / "cwd", work / "data"
        for d in (home, cwd):
            d.mkdir()
        installed, installed_name = installed_command()
        frozen_env, installed_env = _env(home, frozen=True), _env(home, frozen=False)
        _progress(f"demo year of {DEMO_ENTRIES} entries in {data}")
        _run(
            [*installed, "--data-dir", str(data), "demo", "--entries", str(DEMO_ENTRIES)],
            installed_env,
            cwd,
        )
        frozen_cmd = [str(app), "--data-dir", str(data), "--quit-after-startup"]
        installed_cmd = [*installed, "--data-dir", str(data), "--quit-after-startup"]
        _run(frozen_cmd, frozen_env, cwd)  # warm-ups: the OS caches hold both afterwards
        _run(installed_cmd, installed_env, cwd)
        frozen_times: list[float] = []
        installed_times: list[float] = []
        for i in range(runs):
            pair = [
                (frozen_cmd, frozen_env, frozen_times),
                (installed_cmd, installed_env, installed_times),
            ]
            for command, env, times in pair if i % 2 == 0 else reversed(pair):
                times.append(_run(command, env, cwd))
        _progress("sizes")
        bundle_bytes = du_bytes(app.parent)
        runtime_bytes, dists = installed_runtime_bytes()
    return {
        "app": app,
        "installed": installed_name,
        "runs": runs,
        "frozen": statistics.median(frozen_times),
        "installed_s": statistics.median(installed_times),
        "frozen_all": frozen_times,
        "installed_all": installed_times,
        "bundle_bytes": bundle_bytes,
        "runtime_bytes": runtime_bytes,
        "dists": dists,
        "build_seconds": build_seconds,
    }


def results(m: dict[str, Any]) -> list[Result]:
    def spread(times: list[float]) -> str:
        return f"{min(times) * 1000:.0f}–{max(times) * 1000:.0f} ms"

    out = [
        Result(
            name="frozen app --quit-after-startup",
            value=m["frozen"] * 1000,
            unit="ms",
            baseline_name=f"installed package ({m['installed']})",
            baseline_value=m["installed_s"] * 1000,
            aim="≤ 1.5× installed",
            met=m["frozen"] / m["installed_s"] <= 1.5,
            note=(
                f"median of {m['runs']} each, interleaved after one warm-up; same data folder "
                f"({DEMO_ENTRIES} demo entries); frozen {spread(m['frozen_all'])}, "
                f"installed {spread(m['installed_all'])}"
            ),
        ),
        Result(
            name="bundle size (du -s)",
            value=m["bundle_bytes"] / 2**20,
            unit="MiB",
            baseline_name=f"runtime dependencies in site-packages ({m['dists']} distributions)",
            baseline_value=m["runtime_bytes"] / 2**20,
            note="the bundle also holds the Python interpreter and the system libraries Qt "
            "links against; the baseline holds every Qt module PySide6 ships",
        ),
    ]
    if m["build_seconds"] is not None:
        out.append(
            Result(
                name="PyInstaller build (--clean, one-folder)",
                value=m["build_seconds"],
                unit="s",
                note="built from packaging/rehablogg.spec into a temporary folder",
            )
        )
    return out


def _bundle_given(app: str | None) -> Path | None:
    for candidate in (app, os.environ.get("REHABLOGG_FROZEN_APP")):
        if candidate:
            return Path(candidate).resolve()
    return DEFAULT_BUNDLE if DEFAULT_BUNDLE.is_file() else None


def benchmarks(quick: bool = False, tmp_dir: str | None = None) -> list[Result]:
    """For benchmarks/run.py: 3 runs each with --quick, 5 otherwise."""
    return results(measure(_bundle_given(None), 3 if quick else 5, tmp_dir))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/bench_frozen.py",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    parser.add_argument(
        "--app",
        metavar="EXE",
        help="a built bundle's executable "
        "(default: packaging/dist/rehablogg/rehablogg, else build one)",
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--tmp-dir", metavar="DIR", help="where the temporary folders go")
    args = parser.parse_args(argv)
    from benchmarks.run import _Row as Row
    from benchmarks.run import print_result, table

    rows = [
        Row("bench_frozen", r)
        for r in results(measure(_bundle_given(args.app), args.runs, args.tmp_dir))
    ]
    for row in rows:
        print_result(row)
    print()
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
