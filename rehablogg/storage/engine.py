"""The one place that opens databases.

Every connection gets the same durability settings: WAL so readers never block the writer,
``synchronous=FULL`` so a committed entry survives a power cut (WAL with NORMAL may lose the last
commits), foreign keys on, ``secure_delete`` so erased client labels and notes are overwritten in
the file rather than left in free pages, and a busy timeout so a second process waits instead of
failing at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # SQLAlchemy is imported where an engine is made: the start-up check of the database
    # (diagnosis.EarlyProbe) needs only sqlite3 and starts before the app's libraries load.
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def apply_pragmas(conn: sqlite3.Connection) -> None:
    for pragma in PRAGMAS:
        conn.execute(pragma)


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's explicit BEGIN control transactions instead of pysqlite's implicit ones,
    # so a migration really runs in one transaction (DDL included).
    dbapi_conn.isolation_level = None
    apply_pragmas(dbapi_conn)


WRITES = "rehablogg_writes"  # execution option: this transaction will write


def _on_begin(conn: Any) -> None:
    # A transaction that reads first and writes later cannot wait for another process's write
    # lock: SQLite refuses the upgrade from reader to writer at once (SQLITE_BUSY) instead of
    # calling the busy handler, which could deadlock. So a transaction that will write takes
    # the write lock when it begins, where busy_timeout applies: it waits up to 5 s.
    immediate = conn.get_execution_options().get(WRITES, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def writer(engine: Engine) -> Engine:
    """``engine`` for transactions that write (``writer(engine).begin()``,
    ``Session(writer(engine))``): they begin with ``BEGIN IMMEDIATE`` and so wait up to the
    busy timeout for another process's write lock. Reads stay on ``engine`` and never block a
    writer."""
    return engine.execution_options(**{WRITES: True})


def make_engine(db_path: Path) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    # Connections are made by sqlite3 from the plain path, not from a URL: a folder named
    # "Kontor #2" or "Hva?" would otherwise be cut at the # or ? and open another file.
    def connect() -> sqlite3.Connection:
        return sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def read_only(db_path: Path) -> sqlite3.Connection:
    """A read-only connection that never creates or changes a file (checks, verification).
    The path goes into a ``file:`` URI with every special character escaped."""
    return sqlite3.connect(
        Path(db_path).absolute().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )


def raw_connect(db_path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the same pragmas (benchmarks, backups, checks)."""
    conn = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    apply_pragmas(conn)
    return conn
