"""Consistent copies of a live database with SQLite's backup API (never a plain file copy,
which can catch a WAL database half-written), and the names backups are given."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from rehablogg.core.durable import sync_folder
from rehablogg.storage.engine import read_only
from rehablogg.storage.owner_only import create_owner_only, make_owner_only_dir
from rehablogg.storage.temporaries import publish_new, remove_quietly, sweep, temp_name

PART_SUFFIX = ".part"


def _copy(source: Path, folder: Path, name: str) -> Path:
    """A consistent, fsynced, owner-only copy of ``source`` in a temporary file in ``folder``
    (stale temporaries of killed runs are removed first); removed again if anything fails."""
    make_owner_only_dir(folder)
    sweep(folder)
    tmp = folder / temp_name(name)
    remove_quietly(tmp)
    try:
        # Created 0600 before SQLite opens it (SQLite would create it by the umask, and give
        # its journal the same mode as the file).
        os.close(create_owner_only(tmp))
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
        # Opened for writing: on Windows fsync is FlushFileBuffers, which refuses a
        # read-only handle (EACCES).
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        remove_quietly(tmp)
        raise
    return tmp


def backup_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page under SQLite's own locking; fsync the result.

    Written to a temporary name and renamed (replacing ``target``), so a crash never leaves a
    half backup that looks complete, and a failure leaves nothing.
    """
    tmp = _copy(source, target.parent, target.name)
    try:
        os.replace(tmp, target)
    except BaseException:
        remove_quietly(tmp)
        raise
    sync_folder(target.parent)
    return target


def backup_to_new_file(source: Path, name_for: Callable[[int], Path]) -> Path:
    """Like :func:`backup_database`, but never replaces a file: the copy gets the first name
    ``name_for(0)``, ``name_for(1)`` … that is free *when it is renamed* (a hard link, which
    fails if the name exists), so two backups taken at once never take the same name.
    ``name_for`` must keep the folder."""
    first = name_for(0)
    tmp = _copy(source, first.parent, first.name)
    try:
        for sequence in range(1000):
            target = name_for(sequence)
            if publish_new(tmp, target):
                break
        else:  # pragma: no cover - a thousand copies in one second
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(first))
    finally:
        remove_quietly(tmp)
    sync_folder(target.parent)
    return target


def backup_name(reason: str, when: datetime, sequence: int = 0) -> str:
    counter = f"-{sequence}" if sequence else ""
    return f"rehablogg-{when:%Y%m%d-%H%M%S}{counter}-{reason}.sqlite3"


def free_sequence(folder: Path, when: datetime) -> int:
    """The first counter for ``when`` that no backup in ``folder`` uses, whatever its reason
    (a counter follows the time when two copies are taken within the same second)."""
    sequence = 0
    stamp = f"rehablogg-{when:%Y%m%d-%H%M%S}"
    while any(folder.glob(f"{stamp}{f'-{sequence}' if sequence else ''}-*")):
        sequence += 1
    return sequence


def free_backup_path(folder: Path, reason: str, when: datetime) -> Path:
    """A backup name for ``when`` not yet used in ``folder``."""
    return folder / backup_name(reason, when, free_sequence(folder, when))


def remove_leftovers(folder: Path) -> list[Path]:
    """Half-written copies of a backup that was interrupted (a crash or kill mid-copy): they
    hold partial health data and are never a usable backup. Temporaries of a run still going
    are left alone."""
    return sweep(folder, old_names=True)
