"""Storage benchmarks (issue 2): saving an entry, week and month totals, the demo year.

Every figure has a baseline measured in the same run with bare ``sqlite3`` doing the least
possible work for the same result, so the ratio says what rehablogg's own code costs on any
machine. Each database lives in a ``tempfile.TemporaryDirectory``; subprocesses get
``REHABLOGG_DATA_DIR`` pointing there, so the user's data directory is never touched.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

from benchmarks.run import Result
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft, errors, validate_entry
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.storage.clients import add_client
from rehablogg.storage.clock import now_iso
from rehablogg.storage.database import open_database_file
from rehablogg.storage.engine import raw_connect
from rehablogg.storage.entries import add_entry
from rehablogg.storage.queries import category_totals, count_entries, totals_per_day

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "rehablogg.sqlite3"

DEMO_ENTRIES = 100_000
# A fixed year, so figures are comparable between runs and machines (the CLI run uses its
# default end, today, exactly as a user would type it).
DEMO_SPEC = DemoSpec(
    entries=DEMO_ENTRIES,
    clients=40,
    seed=1,
    end=date(2025, 6, 30),
    therapist="DEMO01",
    municipality="0301",
    unit="Barne- og familietjenesten",
)
WEEK = (date.fromisocalendar(2025, 11, 1), date.fromisocalendar(2025, 11, 7))  # 10.–16. mars
MONTH = (date(2025, 3, 1), date(2025, 3, 31))

SAVE_AIM_RATIO = 3.0
QUERY_AIM_MS = 20.0
DEMO_AIM_S = 30.0

ENTRY_SQL = (
    "INSERT INTO entry (id, date, start_time, minutes, code, catalogue_id, catalogue_version, "
    "contact_mode, arena, group_size, travel_minutes, note, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
SUM_SQL = "SELECT sum(minutes) FROM entry WHERE date BETWEEN ? AND ?"


def _say(text: str) -> None:
    print(f"  .. {text}", file=sys.stderr, flush=True)


def _new_db_path(tmp: str, name: str) -> Path:
    folder = Path(tmp) / name
    folder.mkdir()
    return folder / DB_NAME


def _ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def _p90_ms(seconds: list[float]) -> float:
    return statistics.quantiles(seconds, n=10)[-1] * 1000 if len(seconds) >= 2 else seconds[0]


def _fsync_ms(folder: str, repeats: int = 30) -> float:
    """Median ms of one ``fsync`` after a 4 KiB write in ``folder``: what one durable commit
    costs at the least on this disk (it puts the save figures in proportion)."""
    path = Path(folder) / "fsync-probe"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        times: list[float] = []
        for _ in range(repeats):
            os.write(fd, b"x" * 4096)
            t0 = perf_counter()
            os.fsync(fd)
            times.append(perf_counter() - t0)
    finally:
        os.close(fd)
        path.unlink()
    return _ms(times)


def paired(
    a: Callable[[], Any], b: Callable[[], Any], repeats: int, warmup: int
) -> tuple[list[float], list[float]]:
    """Time ``a`` and ``b`` alternately (who goes first alternates too), so drift in the machine
    (cache, other load, disk) hits both alike. Warm-up calls are not timed."""
    for _ in range(warmup):
        a()
        b()
    times_a: list[float] = []
    times_b: list[float] = []
    for i in range(repeats):
        pairs = ((a, times_a), (b, times_b)) if i % 2 == 0 else ((b, times_b), (a, times_a))
        for func, out in pairs:
            t0 = perf_counter()
            func()
            out.append(perf_counter() - t0)
    return times_a, times_b


# ----------------------------------------------------------------------------------------------
# 1. Saving one entry
# ----------------------------------------------------------------------------------------------


def bench_save(quick: bool = False) -> list[Result]:
    """``add_entry`` (one client, two parties, synchronous=FULL) against the same three inserts
    in one transaction with bare sqlite3 and the same pragmas, in an identical fresh database."""
    repeats, warmup = (40, 5) if quick else (300, 20)
    catalogue = default_catalogue()
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-save-") as tmp:
        app_db = open_database_file(_new_db_path(tmp, "app"))
        bare_path = _new_db_path(tmp, "bare")
        bare_db = open_database_file(bare_path)
        client_id = add_client(app_db.engine, "Bench Klient", birth_year=2015)
        bare_client = add_client(bare_db.engine, "Bench Klient", birth_year=2015)
        bare_db.close()
        assert client_id == bare_client
        draft = EntryDraft(
            date=today,
            minutes=45,
            code="D02",
            start_time=time(9, 0),
            client_ids=(client_id,),
            contact_mode="oppmote",
            arena="klinikk",
            parties=("foreldre", "skole_sfo"),
            note="Jobbet med balanse og gange.",
        )
        problems = errors(validate_entry(draft, catalogue, today))
        assert not problems, problems

        def app_save() -> None:
            add_entry(app_db.engine, draft, catalogue.id, catalogue.version)

        conn = raw_connect(bare_path)
        parties = list(dict.fromkeys(draft.parties))
        assert draft.start_time is not None
        start_time = draft.start_time.strftime("%H:%M")

        def bare_save() -> None:
            entry_id = str(uuid.uuid4())
            stamp = now_iso()
            conn.execute("BEGIN")
            conn.execute(
                ENTRY_SQL,
                (
                    entry_id,
                    draft.date.isoformat(),
                    start_time,
                    draft.minutes,
                    draft.code,
                    catalogue.id,
                    catalogue.version,
                    draft.contact_mode,
                    draft.arena,
                    draft.group_size,
                    draft.travel_minutes,
                    draft.note,
                    stamp,
                    stamp,
                ),
            )
            conn.execute(
                "INSERT INTO entry_client (entry_id, client_id) VALUES (?, ?)",
                (entry_id, client_id),
            )
            conn.executemany(
                "INSERT INTO entry_party (entry_id, party) VALUES (?, ?)",
                [(entry_id, p) for p in parties],
            )
            conn.execute("COMMIT")

        _say(f"saving {repeats + warmup} entries each way")
        fsync_ms = _fsync_ms(tmp)
        try:
            app_times, bare_times = paired(app_save, bare_save, repeats, warmup)
            expected = repeats + warmup
            for table, per_entry in (("entry", 1), ("entry_client", 1), ("entry_party", 2)):
                n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                assert n == expected * per_entry, (table, n)
            assert count_entries(app_db.engine) == expected
            sync = conn.execute("PRAGMA synchronous").fetchone()[0]
            assert sync == 2, f"synchronous={sync}, expected FULL (2)"
        finally:
            conn.close()
            app_db.close()

    app_ms, bare_ms = _ms(app_times), _ms(bare_times)
    return [
        Result(
            name="save one entry (add_entry, 1 client + 2 parties, fsync)",
            value=app_ms,
            unit="ms",
            baseline_name="bare sqlite3, same 4 rows, 1 transaction",
            baseline_value=bare_ms,
            aim=f"≤ {SAVE_AIM_RATIO:g}\N{MULTIPLICATION SIGN} baseline",
            met=app_ms / bare_ms <= SAVE_AIM_RATIO,
            note=(
                f"median of {repeats} saves each after {warmup} warm-up, interleaved; p90 "
                f"{_p90_ms(app_times):.2f} ms vs {_p90_ms(bare_times):.2f} ms; "
                f"overhead {app_ms - bare_ms:.2f} ms per save; one bare fsync on this disk "
                f"{fsync_ms:.2f} ms (a slower disk lowers the ratio)"
            ),
        )
    ]


# ----------------------------------------------------------------------------------------------
# 2. Week and month totals in a 100 000-entry database
# ----------------------------------------------------------------------------------------------


def bench_totals(quick: bool = False) -> tuple[list[Result], float]:
    """Totals for an ISO week and a calendar month, each against a bare ``sum(minutes)`` over the
    same range on the same file. Also returns how long ``write_demo`` took in-process."""
    repeats, warmup = (30, 5) if quick else (300, 20)
    catalogue = default_catalogue()
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-totals-") as tmp:
        path = _new_db_path(tmp, "totals")
        db = open_database_file(path)
        _say(f"write_demo: {DEMO_ENTRIES} entries")
        t0 = perf_counter()
        written = write_demo(db, DEMO_SPEC)
        write_demo_s = perf_counter() - t0
        assert written == DEMO_ENTRIES, written
        conn = raw_connect(path)
        results: list[Result] = []
        try:

            def bare_sum(start: date, end: date) -> Callable[[], int]:
                def run() -> int:
                    return int(
                        conn.execute(SUM_SQL, (start.isoformat(), end.isoformat())).fetchone()[0]
                        or 0
                    )

                return run

            cases = (
                (
                    "category_totals, ISO week",
                    WEEK,
                    lambda: category_totals(db.engine, catalogue, *WEEK),
                ),
                (
                    "category_totals, calendar month",
                    MONTH,
                    lambda: category_totals(db.engine, catalogue, *MONTH),
                ),
                (
                    "totals_per_day, ISO week",
                    WEEK,
                    lambda: totals_per_day(db.engine, catalogue, *WEEK),
                ),
            )
            _say(f"totals: {repeats} runs of each query")
            for name, (start, end), func in cases:
                baseline = bare_sum(start, end)
                expected = baseline()
                got = func()
                logged = (
                    sum(d.totals.logged for d in got.values())
                    if isinstance(got, dict)
                    else got.logged
                )
                assert logged == expected, (name, logged, expected)
                in_range = conn.execute(
                    "SELECT count(*) FROM entry WHERE date BETWEEN ? AND ?",
                    (start.isoformat(), end.isoformat()),
                ).fetchone()[0]
                app_times, bare_times = paired(func, baseline, repeats, warmup)
                app_ms = _ms(app_times)
                results.append(
                    Result(
                        name=f"{name} ({start:%d.%m}–{end:%d.%m.%Y}), 100k db",
                        value=app_ms,
                        unit="ms",
                        baseline_name="bare sqlite3 SELECT sum(minutes), same range",
                        baseline_value=_ms(bare_times),
                        aim=f"≤ {QUERY_AIM_MS:g} ms",
                        met=app_ms <= QUERY_AIM_MS,
                        note=(
                            f"{in_range} entries in range; median of {repeats} after {warmup} "
                            f"warm-up, interleaved; p90 {_p90_ms(app_times):.2f} ms"
                        ),
                    )
                )
        finally:
            conn.close()
            db.close()
    return results, write_demo_s


# ----------------------------------------------------------------------------------------------
# 3. `rehablogg demo --entries 100000`
# ----------------------------------------------------------------------------------------------


def _synthetic_rows(n: int) -> list[tuple[object, ...]]:
    rng = random.Random(1)
    first = DEMO_SPEC.end - timedelta(days=364)
    codes = ("D01", "D02", "D04", "I01", "I02", "I10", "I13", "A03")
    rows: list[tuple[object, ...]] = []
    for _ in range(n):
        d = (first + timedelta(days=rng.randrange(365))).isoformat()
        start = rng.randrange(8 * 60, 15 * 60)
        stamp = f"{d}T16:00:00+01:00"
        rows.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                d,
                f"{start // 60:02d}:{start % 60:02d}",
                rng.choice((15, 30, 45, 60)),
                rng.choice(codes),
                "rehablogg-standard",
                1,
                "oppmote",
                "klinikk",
                None,
                rng.choice((0, 0, 10, 20)),
                "",
                stamp,
                stamp,
            )
        )
    return rows


def _bare_insert(rows: list[tuple[object, ...]]) -> float:
    """Seconds for one ``executemany`` of ``rows`` in one transaction into a fresh database."""
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-insert-") as tmp:
        path = _new_db_path(tmp, "bare")
        open_database_file(path).close()
        conn = raw_connect(path)
        try:
            t0 = perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(ENTRY_SQL, rows)
            conn.execute("COMMIT")
            seconds = perf_counter() - t0
            assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == len(rows)
        finally:
            conn.close()
    return seconds


def _demo_subprocess(entries: int) -> float:
    """Wall seconds of ``rehablogg demo --entries N`` into a fresh, empty data directory."""
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-demo-") as tmp:
        env = dict(os.environ)
        env["REHABLOGG_DATA_DIR"] = tmp
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        cmd = [
            sys.executable,
            "-m",
            "rehablogg.cli",
            "--data-dir",
            tmp,
            "demo",
            "--entries",
            str(entries),
        ]
        t0 = perf_counter()
        proc = subprocess.run(cmd, env=env, cwd=tmp, capture_output=True, text=True, check=False)
        seconds = perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()}")
        conn = raw_connect(Path(tmp) / DB_NAME)
        try:
            n = conn.execute("SELECT count(*) FROM entry").fetchone()[0]
        finally:
            conn.close()
        assert n == entries, (n, entries)
    return seconds


def bench_demo(quick: bool = False) -> tuple[list[Result], float]:
    """The CLI demo command as a user runs it, against a bare executemany of as many entry rows.
    Also returns the baseline in seconds (the in-process write_demo figure uses it too)."""
    runs = 1 if quick else 3
    _say("demo: warm-up (--entries 200) and synthetic rows")
    _demo_subprocess(200)  # warms the OS caches for the interpreter, the package and its imports
    rows = _synthetic_rows(DEMO_ENTRIES)
    _bare_insert(rows[:5000])
    _say(f"demo: {runs} x `rehablogg demo --entries {DEMO_ENTRIES}` and bare executemany")
    demo_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(runs):
        demo_times.append(_demo_subprocess(DEMO_ENTRIES))
        bare_times.append(_bare_insert(rows))
    demo_s, bare_s = statistics.median(demo_times), statistics.median(bare_times)
    result = Result(
        name=f"`rehablogg demo --entries {DEMO_ENTRIES}` (subprocess, wall)",
        value=demo_s,
        unit="s",
        baseline_name=f"bare sqlite3 executemany of {DEMO_ENTRIES} entry rows, 1 transaction",
        baseline_value=bare_s,
        aim=f"≤ {DEMO_AIM_S:g} s",
        met=demo_s <= DEMO_AIM_S,
        note=(
            f"median of {runs} run(s) after a warm-up; includes interpreter start-up, "
            f"imports, creating the database and the clients, parties and absences"
        ),
    )
    return [result], bare_s


# ----------------------------------------------------------------------------------------------
# Entry point for benchmarks/run.py
# ----------------------------------------------------------------------------------------------


def benchmarks(quick: bool = False) -> list[Result]:
    demo_results, bare_insert_s = bench_demo(quick)
    save_results = bench_save(quick)
    total_results, write_demo_s = bench_totals(quick)
    explain = Result(
        name=f"write_demo {DEMO_ENTRIES} entries in-process (no start-up)",
        value=write_demo_s,
        unit="s",
        baseline_name=f"bare sqlite3 executemany of {DEMO_ENTRIES} entry rows, 1 transaction",
        baseline_value=bare_insert_s,
        note="one run, taken while building the totals database; no aim (explains the demo "
        "figure: the rest of it is start-up)",
    )
    return [*save_results, *total_results, *demo_results, explain]
