"""Erase benchmarks (issue 16 item 6): what a thorough erase and ``secure_delete`` cost.

1. ``erase_client`` on a 20 000-entry database (the client with the most entries, a submitted
   month with corrections in the audit trail), against the least an erase could do with bare
   ``sqlite3``: the two UPDATEs that null the label and blank the notes, with ``secure_delete``
   off and no checkpoint. The difference is the price of scrubbing the audit trail, looking for
   the label in every other note and reason, overwriting freed space, and emptying the WAL.
2. ``secure_delete`` is on for every connection (so nothing deleted stays in free pages, not
   only what an erase removes). Its cost on everyday writes: changing an entry's note with
   ``update_entry``, and deleting an entry, each with ``secure_delete=ON`` against the same
   call on an identical database with it OFF, interleaved.

Every database lives in a ``tempfile.TemporaryDirectory``; each erase runs on a fresh copy.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from time import perf_counter
from typing import Any

from sqlalchemy import Engine, event, text

from benchmarks.bench_storage import paired
from benchmarks.run import Result
from rehablogg.core.entry import EntryDraft
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.engine import raw_connect
from rehablogg.storage.entries import add_entry, delete_entry, get_entry, update_entry
from rehablogg.storage.erase import erase_client
from rehablogg.storage.periods import mark_submitted

ENTRIES = 20_000
SPEC = DemoSpec(
    entries=ENTRIES,
    clients=40,
    seed=7,
    end=date(2025, 6, 30),
    therapist="DEMO01",
    municipality="0301",
    unit="Barne- og familietjenesten",
)
ERASE_AIM_S = 2.0
SECURE_DELETE_AIM_RATIO = 1.5
DB_NAME = "rehablogg.sqlite3"


def _say(text_: str) -> None:
    print(f"  .. {text_}", file=sys.stderr, flush=True)


def _busiest_client(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        client, n = conn.execute(
            text(
                "SELECT client_id, count(*) AS n FROM entry_client GROUP BY client_id "
                "ORDER BY n DESC LIMIT 1"
            )
        ).one()
    return int(client), int(n)


def _with_audit(db: Database, client: int) -> int:
    """Submit the client's newest month and correct every entry in it (with a reason that
    names the client), so the audit trail has rows to scrub; returns how many."""
    with db.engine.connect() as conn:
        month = str(
            conn.execute(
                text(
                    "SELECT max(substr(e.date, 1, 7)) FROM entry e JOIN entry_client ec "
                    "ON ec.entry_id = e.id WHERE ec.client_id = :c"
                ),
                {"c": client},
            ).scalar_one()
        )
        ids = [
            str(r[0])
            for r in conn.execute(
                text(
                    "SELECT e.id FROM entry e JOIN entry_client ec ON ec.entry_id = e.id "
                    "WHERE ec.client_id = :c AND substr(e.date, 1, 7) = :m"
                ),
                {"c": client, "m": month},
            )
        ]
    with db.engine.begin() as conn:
        mark_submitted(conn, month, "bench", f"{month}-28T12:00:00")
    for entry_id in ids:
        stored = get_entry(db.engine, entry_id)
        assert stored is not None
        update_entry(
            db.engine,
            entry_id,
            replace(stored.draft, note="Notat om Bench Klient etter samtale"),
            reason="Bench Klient ba om retting",
        )
    return len(ids)


def _bare_erase(path: Path, client: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete=OFF")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE client SET label = NULL WHERE id = ?", (client,))
        conn.execute(
            "UPDATE entry SET note = '' WHERE id IN "
            "(SELECT entry_id FROM entry_client WHERE client_id = ?)",
            (client,),
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def bench_erase(quick: bool = False) -> list[Result]:
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-erase-") as tmp:
        source = Path(tmp) / "source" / DB_NAME
        source.parent.mkdir()
        db = open_database_file(source)
        _say(f"erase: write_demo {ENTRIES} entries")
        assert write_demo(db, SPEC) == ENTRIES
        client, n_entries = _busiest_client(db)
        with db.engine.begin() as conn:
            conn.execute(
                text("UPDATE client SET label = 'Bench Klient' WHERE id = :c"), {"c": client}
            )
        audited = _with_audit(db, client)
        with db.engine.connect() as conn:
            noted = int(
                conn.execute(text("SELECT count(*) FROM entry WHERE note != ''")).scalar_one()
            )
        db.close()
        conn_ = raw_connect(source)
        conn_.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn_.close()

        app_times: list[float] = []
        bare_times: list[float] = []
        _say(f"erase: {runs} erases each way on fresh copies")
        for i in range(runs):
            copies = []
            for name in ("app", "bare"):
                folder = Path(tmp) / f"{name}-{i}"
                folder.mkdir()
                shutil.copy(source, folder / DB_NAME)
                copies.append(folder / DB_NAME)
            app_db = open_database_file(copies[0])
            try:
                app_db.engine.connect().close()  # a pooled connection, as the running app has
                engine, bare_path = app_db.engine, copies[1]
                order: list[tuple[Callable[[], Any], list[float]]] = [
                    (lambda e=engine: erase_client(e, client), app_times),
                    (lambda p=bare_path: _bare_erase(p, client), bare_times),
                ]
                for func, out in order if i % 2 == 0 else reversed(order):
                    t0 = perf_counter()
                    result = func()
                    out.append(perf_counter() - t0)
                    if result is not None:
                        assert result.files_clean and result.entries == n_entries, result
            finally:
                app_db.close()
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    return [
        Result(
            name=f"erase_client, {ENTRIES} entries ({n_entries} the client's, {audited} audited)",
            value=app_s * 1000,
            unit="ms",
            baseline_name="bare sqlite3: label NULL + notes '' (secure_delete off, no checkpoint)",
            baseline_value=bare_s * 1000,
            aim=f"≤ {ERASE_AIM_S:g} s",
            met=app_s <= ERASE_AIM_S,
            note=(
                f"median of {runs} erases on fresh copies, alternating; {noted} entries with a "
                "note searched for the label; includes the TRUNCATE checkpoint (no reader)"
            ),
        )
    ]


def _secure_delete_off(engine: Engine) -> None:
    def off(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA secure_delete=OFF")

    event.listen(engine, "connect", off)  # runs after the engine's own pragmas


def bench_secure_delete(quick: bool = False) -> list[Result]:
    repeats, warmup = (30, 5) if quick else (200, 20)
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-secure-") as tmp:
        dbs = []
        for name in ("on", "off"):
            folder = Path(tmp) / name
            folder.mkdir()
            dbs.append(open_database_file(folder / DB_NAME))
        on, off = dbs
        _secure_delete_off(off.engine)
        with off.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 0
        with on.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        note = "Jobbet med balanse og gange, avtalte hjemmeøvelser med foreldrene. " * 4
        drafts = [
            EntryDraft(date(2025, 3, 1 + i % 28), 45, "D02", note=f"{note}{i}") for i in range(200)
        ]
        ids: dict[str, list[str]] = {"on": [], "off": []}
        for key, db in (("on", on), ("off", off)):
            for draft in drafts:
                ids[key].append(add_entry(db.engine, draft, "rehablogg-standard", 1))
        counter = {"on": 0, "off": 0}

        def change(key: str, db: Database) -> Callable[[], None]:
            def run() -> None:
                i = counter[key] = counter[key] + 1
                entry_id = ids[key][i % len(ids[key])]
                update_entry(
                    db.engine,
                    entry_id,
                    EntryDraft(
                        date(2025, 3, 1 + i % 28), 45, "D02", note=f"{note[: i % len(note)]}{i}"
                    ),
                )

            return run

        _say(f"secure_delete: {repeats} note changes each way")
        on_change, off_change = paired(change("on", on), change("off", off), repeats, warmup)

        def delete(key: str, db: Database) -> Callable[[], None]:
            def run() -> None:
                entry_id = add_entry(db.engine, drafts[0], "rehablogg-standard", 1)
                t0 = perf_counter()
                delete_entry(db.engine, entry_id)
                timings[key].append(perf_counter() - t0)

            return run

        timings: dict[str, list[float]] = {"on": [], "off": []}
        _say(f"secure_delete: {repeats} deletes each way")
        paired(delete("on", on), delete("off", off), repeats, warmup)
        on.close()
        off.close()

    results = []
    for name, on_times, off_times in (
        ("update_entry (note changed)", on_change, off_change),
        ("delete_entry", timings["on"][warmup:], timings["off"][warmup:]),
    ):
        on_ms, off_ms = statistics.median(on_times) * 1000, statistics.median(off_times) * 1000
        results.append(
            Result(
                name=f"{name} with secure_delete=ON",
                value=on_ms,
                unit="ms",
                baseline_name="the same call, secure_delete=OFF",
                baseline_value=off_ms,
                aim=f"≤ {SECURE_DELETE_AIM_RATIO:g}\N{MULTIPLICATION SIGN} baseline",
                met=on_ms / off_ms <= SECURE_DELETE_AIM_RATIO,
                note=(
                    f"median of {repeats} each after {warmup} warm-up, interleaved; "
                    "fsync per commit"
                ),
            )
        )
    return results


def benchmarks(quick: bool = False) -> list[Result]:
    return [*bench_erase(quick), *bench_secure_delete(quick)]
