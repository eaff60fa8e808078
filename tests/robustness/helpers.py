"""Shared pieces of the robustness tests: child-process environment, row snapshots, a hang
guard."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from rehablogg.storage.migrations import LATEST_VERSION

REPO_ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
FIXTURE_V1 = REPO_ROOT / "tests" / "fixtures" / "db" / "schema_v1.sqlite3"
# The newest released schema: the synthetic heavy migration is the step after it.
FIXTURE_LATEST = REPO_ROOT / "tests" / "fixtures" / "db" / f"schema_v{LATEST_VERSION}.sqlite3"

Snapshot = dict[str, list[tuple[object, ...]]]


def child_env(data_dir: Path | None = None) -> dict[str, str]:
    """The environment of a child process: the repository importable, the data dir given."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    if data_dir is not None:
        env["REHABLOGG_DATA_DIR"] = str(data_dir)
    return env


def snapshot_rows(db_path: Path, tables: tuple[str, ...] | None = None) -> Snapshot:
    """Every row of every table (or of ``tables``), read-only, in a stable order."""
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = tables or tuple(
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        )
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in names}
    finally:
        conn.close()


def schema_sql(db_path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()


class Hang(Exception):  # noqa: N818 - reads as "the call hung"
    """Raised inside a call that ran longer than its guard allowed."""


@contextlib.contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    """Turn a call that runs longer than ``seconds`` into a ``Hang`` (POSIX main thread only;
    elsewhere a no-op)."""
    if sys.platform == "win32" or not hasattr(signal, "setitimer"):
        yield
        return

    def _alarm(_signum: int, _frame: FrameType | None) -> None:
        raise Hang(f"the call ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
