"""A SIGKILL during a migration: the database is at the old version with its data or at the new
one complete, and the pre-migration backup (when it was written) verifies and restores the data.

The step after the newest released schema is the synthetic heavy migration of
``synthetic_migration.py``, applied to a copy of that version's committed fixture.
The first start (a fresh file, v0 -> newest with the real migrations) is killed too: it must leave
nothing that stops the next start.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from rehablogg.storage.backups import list_backups, restore_backup, verify_backup
from rehablogg.storage.database import migrate, open_database_file
from rehablogg.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration
from rehablogg.storage.paths import DataPaths
from tests.robustness.helpers import (
    FIXTURE_LATEST,
    HERE,
    child_env,
    schema_sql,
    snapshot_rows,
)
from tests.robustness.lines import LineReader
from tests.robustness.synthetic_migration import CHAIN, HEAVY_ROWS

CHILD = HERE / "migration_child.py"
TIMEOUT = 60.0
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run_child(
    kind: str, db_path: Path, backup_dir: Path, delay: float | None, err: Path
) -> tuple[float, bool]:
    """Run the child; kill it ``delay`` s after it printed "started" (never, if None).
    Returns (seconds from "started" to the kill or to "done", whether it was killed)."""
    with (
        open(err, "w") as err_fh,
        subprocess.Popen(
            [sys.executable, str(CHILD), kind, str(db_path), str(backup_dir)],
            stdout=subprocess.PIPE,
            stderr=err_fh,
            text=True,
            env=child_env(),
        ) as proc,
    ):
        assert proc.stdout is not None
        reader = LineReader(proc.stdout)
        seen: list[str] = []
        assert reader.until(lambda line: line == "started\n", TIMEOUT, seen), err.read_text()
        started = time.monotonic()
        if delay is None:
            done = reader.until(lambda line: line == "done\n", TIMEOUT, seen)
            assert done, err.read_text()
            elapsed = time.monotonic() - started
        else:
            time.sleep(delay)  # time is what is under test: the kill lands ``delay`` s in
            proc.send_signal(signal.SIGKILL)
            elapsed = time.monotonic() - started
        proc.wait(timeout=TIMEOUT)
        reader.until(lambda _line: False, TIMEOUT, seen)
        reader.join(TIMEOUT)
    killed = proc.returncode == -signal.SIGKILL
    assert killed or proc.returncode == 0, f"child failed: {err.read_text()[-2000:]}"
    return elapsed, killed


def _user_version(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)  # read-write, so a hot WAL or journal is recovered first
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        assert integrity == ["ok"], integrity[:5]
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _fixture_rows_in(db_path: Path, expected: dict[str, list[tuple[object, ...]]]) -> None:
    """The fixture's rows, read with the fixture's columns, are all still there unchanged."""
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        for table, rows in expected.items():
            columns = [
                r[1]
                for r in sqlite3.connect(f"{FIXTURE_LATEST.as_uri()}?mode=ro", uri=True).execute(
                    f'PRAGMA table_info("{table}")'
                )
            ]
            cols = ", ".join(f'"{c}"' for c in columns)
            got = sorted(conn.execute(f'SELECT {cols} FROM "{table}"').fetchall(), key=repr)
            assert got == rows, f"table {table} changed"
    finally:
        conn.close()


def _assert_fully_migrated(
    db_path: Path, fixture_rows: dict[str, list[tuple[object, ...]]]
) -> None:
    _fixture_rows_in(db_path, fixture_rows)
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM heavy").fetchone()[0] == HEAVY_ROWS
        notes = conn.execute("SELECT DISTINCT heavy_note FROM entry").fetchall()
        assert notes == [("migrert",)]
        indexes = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'heavy'"
            )
        }
        assert {"heavy_payload", "heavy_entry_ref"} <= indexes
    finally:
        conn.close()


def _check_backups(
    backup_dir: Path,
    fixture_rows: dict[str, list[tuple[object, ...]]],
    scratch: Path,
    outcomes: Counter[str],
) -> int:
    """Every finished pre-migration copy verifies, holds the fixture and restores it. A copy
    cut short may only exist under its temporary ``.part`` name (with SQLite's ``-journal`` beside
    it when the kill hit the copy's own transaction). Returns the finished copies."""
    if not backup_dir.exists():
        return 0
    copies = sorted(backup_dir.glob("rehablogg-*-migrering.sqlite3"))
    others = [p for p in backup_dir.iterdir() if p not in copies and ".sqlite3.part" not in p.name]
    assert not others, f"unexpected files in the backup folder: {others}"
    parts = list(backup_dir.glob("*.part"))
    if parts:
        outcomes["killed while copying: only a .part file left"] += len(parts)
    for copy in copies:
        assert verify_backup(copy) == len(fixture_rows["entry"])
        assert snapshot_rows(copy) == snapshot_rows(FIXTURE_LATEST)
        assert schema_sql(copy) == schema_sql(FIXTURE_LATEST)
        target = DataPaths(scratch / f"restored-{copy.stem}")
        target.root.mkdir(parents=True)
        restore_backup(target, copy)
        assert snapshot_rows(target.database) == snapshot_rows(FIXTURE_LATEST)
    return len(copies)


@pytest.mark.slow
@POSIX_ONLY
def test_sigkill_during_a_migration_from_the_latest_fixture(tmp_path: Path) -> None:
    rng = random.Random(20250310)
    fixture_rows = snapshot_rows(FIXTURE_LATEST)
    fixture_schema = schema_sql(FIXTURE_LATEST)
    assert fixture_rows["entry"], "the fixture must hold data to prove it survives"

    # One uncut run measures how long the migration takes, so kills spread over all of it.
    calib = tmp_path / "calibration"
    calib.mkdir()
    shutil.copy(FIXTURE_LATEST, calib / "db.sqlite3")
    duration, _ = _run_child(
        "heavy", calib / "db.sqlite3", calib / "backups", None, calib / "stderr.txt"
    )
    assert _user_version(calib / "db.sqlite3") == LATEST_VERSION + 1
    _assert_fully_migrated(calib / "db.sqlite3", fixture_rows)

    # Ten kills spread evenly over 0-130 % of the run, two more in the first 10 ms (the backup).
    delays = [
        rng.uniform(duration * i / 10 * 1.3, duration * (i + 1) / 10 * 1.3) for i in range(10)
    ] + [rng.uniform(0, 0.01) for _ in range(2)]
    outcomes: Counter[str] = Counter()
    copies = 0
    for run, delay in enumerate(delays):
        work = tmp_path / f"run-{run}"
        work.mkdir()
        db_path, backup_dir = work / "db.sqlite3", work / "backups"
        shutil.copy(FIXTURE_LATEST, db_path)
        _, killed = _run_child("heavy", db_path, backup_dir, delay, work / "stderr.txt")
        version = _user_version(db_path)
        if version == LATEST_VERSION:
            assert schema_sql(db_path) == fixture_schema, f"run {run}: half a migration"
            assert snapshot_rows(db_path) == fixture_rows, f"run {run}: fixture data changed"
            outcomes["killed, still at the released version with the fixture's data"] += 1
        else:
            assert version == LATEST_VERSION + 1, f"run {run}: version {version}"
            _assert_fully_migrated(db_path, fixture_rows)
            outcomes[
                "at v2, fully migrated" + ("" if killed else " (finished before the kill)")
            ] += 1
        found = _check_backups(backup_dir, fixture_rows, work, outcomes)
        if version == LATEST_VERSION + 1:
            assert found == 1, f"run {run}: migrated without a pre-migration backup"
        copies += found
        if version == LATEST_VERSION:  # the next start finishes the job (after the heavy step
            # there is nothing to do, and migrate() compares with the released LATEST_VERSION)
            assert migrate(db_path, backup_dir, CHAIN) == LATEST_VERSION
            _assert_fully_migrated(db_path, fixture_rows)

    assert outcomes["killed, still at the released version with the fixture's data"] >= 3, outcomes
    print(
        f"\nkill during migration v{LATEST_VERSION}->v{LATEST_VERSION + 1}: {len(delays)} runs "
        "(migration takes "
        f"{duration:.2f} s; kills at {', '.join(f'{d * 1000:.0f}' for d in sorted(delays))} ms); "
        f"{dict(outcomes)}; {copies} pre-migration backups verified and restored"
    )


@pytest.mark.slow
@POSIX_ONLY
def test_sigkill_during_the_first_start_leaves_a_file_the_next_start_opens(tmp_path: Path) -> None:
    rng = random.Random(20250311)
    # The schema after each released version: a kill between two migrations leaves the file
    # complete at an earlier version (each migration is one transaction).
    references = {}
    for version in range(1, LATEST_VERSION + 1):
        reference = tmp_path / f"reference-v{version}.sqlite3"
        migrate(reference, tmp_path / "reference-backups", MIGRATIONS[:version])
        references[version] = schema_sql(reference)
    reference_schema = references[LATEST_VERSION]
    calib = tmp_path / "calibration"
    calib.mkdir()
    duration, _ = _run_child(
        "fresh", calib / "rehablogg.sqlite3", calib / "backups", None, calib / "stderr.txt"
    )
    outcomes: Counter[str] = Counter()
    runs = 16
    for run in range(runs):
        work = tmp_path / f"run-{run}"
        work.mkdir()
        db_path = work / "rehablogg.sqlite3"
        # v001 takes a few milliseconds: kills spread evenly over 0-150 % of a measured run.
        delay = rng.uniform(duration * run / runs * 1.5, duration * (run + 1) / runs * 1.5)
        _, killed = _run_child("fresh", db_path, work / "backups", delay, work / "stderr.txt")
        if not db_path.exists() or db_path.stat().st_size == 0:
            outcomes["no database yet"] += 1
        else:
            version = _user_version(db_path)
            if version == 0:
                conn = sqlite3.connect(db_path)
                assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
                conn.close()
                outcomes["empty v0 file"] += 1
            else:
                assert 1 <= version <= LATEST_VERSION
                assert schema_sql(db_path) == references[version]
                outcomes[
                    f"complete v{version}" + ("" if killed else " (finished before the kill)")
                ] += 1
        assert not (work / "backups").exists() or not any((work / "backups").iterdir())
        database = open_database_file(db_path, work / "backups")  # the next start
        database.close()
        assert schema_sql(db_path) == reference_schema
    print(
        f"\nkill during first start v0->v{LATEST_VERSION}: {runs} runs over "
        f"0-{duration * 1500:.0f} ms "
        f"(migration takes {duration * 1000:.1f} ms); {dict(outcomes)}; every next start "
        f"opened the database"
    )


def test_the_pre_migration_backup_is_listed_among_the_backups(tmp_path: Path) -> None:
    """After an upgrade the Sikkerhetskopier window and the damaged-database recovery must be
    able to offer the copy taken before the migration."""
    db_path = tmp_path / "data" / "rehablogg.sqlite3"
    db_path.parent.mkdir()
    shutil.copy(FIXTURE_LATEST, db_path)
    backup_dir = tmp_path / "data" / "backups"
    migrate(
        db_path,
        backup_dir,
        (
            *MIGRATIONS,
            Migration(LATEST_VERSION + 1, "light", ("ALTER TABLE client ADD COLUMN extra TEXT",)),
        ),
    )
    written = sorted(p.name for p in backup_dir.glob("*.sqlite3"))
    assert len(written) == 1, written
    listed = list_backups(backup_dir)
    assert [b.path.name for b in listed] == written, (
        f"migrate wrote {written}, list_backups sees {[b.path.name for b in listed]}"
    )
    assert listed[0].reason == "migrering"
