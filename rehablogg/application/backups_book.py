"""What the Sikkerhetskopier window and `rehablogg backup` / `restore` do with backups: list
them with their entries, take one now, and restore one.

The book works on a data folder; an open logbook's book also holds its database, so a backup
is never taken of a file that is gone, and the database's connections are closed before a
restore replaces the file under them. The command line restores with no logbook open (the
database may be the very thing that is damaged), through the same book.
"""

from __future__ import annotations

from pathlib import Path

from rehablogg.storage.backups import (
    BackupInfo,
    Restored,
    backup_entries,
    restore_backup,
    take_backup,
    verify_backup,
)
from rehablogg.storage.database import Database
from rehablogg.storage.paths import DataPaths

__all__ = ["BackupInfo", "BackupsBook", "Restored"]


class BackupsBook:
    def __init__(self, paths: DataPaths, db: Database | None = None) -> None:
        self._paths = paths
        self._db = db  # None: no logbook is open (the command line)

    @property
    def folder(self) -> Path:
        """Where the backups are kept."""
        return self._paths.backups

    def backups(self) -> list[tuple[BackupInfo, int | None]]:
        """Every backup, newest first, with its number of entries (None for a damaged one)."""
        return backup_entries(self._paths.backups)

    def take(self, reason: str = "manuell", out: Path | None = None) -> Path:
        """A verified copy of the database, in the backup folder (rotated) or at ``out``."""
        if self._db is not None:
            self._db.require_present()
        return take_backup(self._paths, reason, out=out)

    @staticmethod
    def entries_in(path: Path) -> int:
        """The number of entries in the rehablogg database at ``path`` (StorageError when it
        is damaged, foreign or from a newer rehablogg)."""
        return verify_backup(path)

    def restore(self, source: Path) -> Restored:
        """Replace the database with ``source`` after verifying it; the database it replaces is
        kept (backups.py). In the running app its connections are closed first: none may see
        the file being replaced. Not presence-checked: a restore is how a lost file comes
        back."""
        if self._db is None:
            return restore_backup(self._paths, source)
        self._db.engine.dispose()
        return restore_backup(self._paths, source, app_holds_lock=True)
