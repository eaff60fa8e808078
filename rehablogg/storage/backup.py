"""Consistent copies of a live database with SQLite's backup API (never a plain file copy,
which can catch a WAL database half-written), and the names backups are given."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from rehablogg.storage.engine import read_only

PART_SUFFIX = ".part"


def backup_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page under SQLite's own locking; fsync the result.

    Written to a temporary name and renamed, so a crash never leaves a half backup that looks
    complete.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + PART_SUFFIX)
    tmp.unlink(missing_ok=True)
    src = read_only(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            # A backup is a standalone file: no WAL beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target


def backup_name(reason: str, when: datetime, sequence: int = 0) -> str:
    counter = f"-{sequence}" if sequence else ""
    return f"rehablogg-{when:%Y%m%d-%H%M%S}{counter}-{reason}.sqlite3"


def free_backup_path(folder: Path, reason: str, when: datetime) -> Path:
    """A backup name for ``when`` not yet used in ``folder`` (a counter follows the time when
    two copies are taken within the same second)."""
    sequence = 0
    stamp = f"rehablogg-{when:%Y%m%d-%H%M%S}"
    while any(folder.glob(f"{stamp}{f'-{sequence}' if sequence else ''}-*")):
        sequence += 1
    return folder / backup_name(reason, when, sequence)


def remove_leftovers(folder: Path) -> list[Path]:
    """Half-written copies of a backup that was interrupted (a crash or kill mid-copy): they
    hold partial health data and are never a usable backup."""
    removed = []
    for pattern in (f"*{PART_SUFFIX}", f"*{PART_SUFFIX}-journal"):
        for path in folder.glob(pattern):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
