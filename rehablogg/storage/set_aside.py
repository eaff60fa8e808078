"""Setting the current database aside, untouched, before a restore replaces it.

The database file, its ``-wal`` and its ``-shm`` are one database: entries saved just before a
crash may live only in the ``-wal``. A restore therefore moves all three, byte for byte and
never opened, into a new owner-only folder ``backups/forrige-database-<time>/`` and deletes
none of them. Moving (a rename on the same disk) works for a damaged file too, which no copy
through SQLite could read.

A restore interrupted between moving the files and putting the restored copy in their place
would leave a data folder with no database, or a ``-wal`` without its database (which SQLite
would replay into the next new database). The folder carries an ``UFERDIG`` marker until the
restored copy is in place, and :func:`recover_interrupted_restore`, run before anything opens
the database, moves an unfinished set back.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from rehablogg.core.durable import sync_folder
from rehablogg.storage.diagnosis import companion_files
from rehablogg.storage.paths import DataPaths

KEPT_PREFIX = "forrige-database-"
UNFINISHED = "UFERDIG"
STAGED_SUFFIX = ".gjenoppretting"


def staged_path(paths: DataPaths) -> Path:
    """Where a restore writes the restored copy before it takes the database's place (the same
    folder, so the final rename is atomic)."""
    return paths.root / (paths.db_name + STAGED_SUFFIX)


def _new_folder(backups: Path, now: datetime) -> Path:
    backups.mkdir(parents=True, exist_ok=True)
    stamp = f"{KEPT_PREFIX}{now:%Y%m%d-%H%M%S}"
    sequence = 0
    while True:
        folder = backups / (stamp if not sequence else f"{stamp}-{sequence}")
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            sequence += 1
            continue
        if os.name == "posix":  # health-related data: its owner only, whatever the umask
            folder.chmod(0o700)
        return folder


def set_aside(paths: DataPaths, now: datetime) -> Path:
    """Move the database with its ``-wal`` and ``-shm`` into a new kept folder, marked
    unfinished until :func:`finish_set_aside`; returns the folder."""
    folder = _new_folder(paths.backups, now)
    marker = folder / UNFINISHED
    marker.touch(mode=0o600)
    sync_folder(folder)
    for path in companion_files(paths.database):  # the database first: see the recovery
        target = folder / path.name
        os.replace(path, target)
        if os.name == "posix" and target.stat().st_mode & 0o077:
            target.chmod(0o600)
    sync_folder(folder)
    sync_folder(paths.root)
    return folder


def finish_set_aside(folder: Path) -> None:
    """The restored copy is in place: the kept folder is complete."""
    (folder / UNFINISHED).unlink()
    sync_folder(folder)


def recover_interrupted_restore(paths: DataPaths) -> list[Path]:
    """Finish or undo a restore that was cut off (a crash or power cut); returns the kept
    folders it put back. Runs before anything opens the database."""
    put_back = []
    for marker in sorted(paths.backups.glob(f"{KEPT_PREFIX}*/{UNFINISHED}")):
        folder = marker.parent
        if not paths.database.exists():
            # Set aside (wholly or the database first), but the restored copy never took its
            # place: everything goes back where it was, so nothing is separated.
            for path in sorted(folder.iterdir()):
                if path != marker and not (paths.root / path.name).exists():
                    os.replace(path, paths.root / path.name)
            sync_folder(paths.root)
        marker.unlink()
        if not any(folder.iterdir()):
            folder.rmdir()
            put_back.append(folder)
    remove_staged(paths)
    return put_back


def remove_staged(paths: DataPaths) -> None:
    """Delete a restore's own working copy of a backup (the backup itself stays where it is)."""
    staged = staged_path(paths)
    for leftover in (staged, Path(f"{staged}.part"), Path(f"{staged}.part-journal")):
        leftover.unlink(missing_ok=True)
