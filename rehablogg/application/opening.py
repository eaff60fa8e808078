"""Opening a data folder, before any logbook exists: the folder itself, the logs, the lock, the
database's check (and, when it is damaged, the newest good backup to offer), then the logbook.

Each step answers with what it made or an ``OpeningFailed`` carrying the one sentence to show
(marked for translation, bokmål as written), so the app (gui/app.py) only shows sentences and
asks the one question, whether to restore, and the command line opens through the same
``open_logbook``. The app's steps run in this order, with its single-instance check between
the folder and the logs:

    prepare_folder → start_logs → lock_folder → check_database [→ restore] → open_for_app
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

from sqlalchemy.exc import SQLAlchemyError

from rehablogg.application.errors import machine_fault
from rehablogg.application.logbook import Logbook
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.backups import (
    daily_backup_if_due,
    list_backups,
    restore_backup,
    verify_backup,
)
from rehablogg.storage.database import open_database
from rehablogg.storage.diagnosis import EarlyProbe, probe_database
from rehablogg.storage.errors import DamagedDatabaseError, StorageError
from rehablogg.storage.faults import classify
from rehablogg.storage.lock import DataDirLock
from rehablogg.storage.logs import enable_fault_log, scrub, setup_logging, take_previous_fault
from rehablogg.storage.paths import DataPaths, ensure_data_dir, risky_location
from rehablogg.storage.set_aside import recover_interrupted_restore

__all__ = [
    "DataPaths",
    "EarlyProbe",
    "GoodBackup",
    "Logs",
    "OpeningFailed",
    "check_database",
    "daily_backup",
    "failure_of",
    "lock_folder",
    "newest_good_backup",
    "open_for_app",
    "open_logbook",
    "prepare_folder",
    "restore",
    "risky_location",
    "scrub",
    "start_logs",
]

# The app's own logger: these lines are the start's, whoever writes them.
log = logging.getLogger("rehablogg.app")

_FOLDER_UNUSABLE = QT_TRANSLATE_NOOP(
    "app", "Datamappen {folder} kan ikke lages eller brukes ({reason})."
)


@dataclass(frozen=True)
class OpeningFailed:
    """Why the folder or its database cannot be used now, as one marked sentence."""

    sentence: str


@dataclass(frozen=True)
class GoodBackup:
    """The newest backup that passed its check, offered when the database is damaged."""

    path: Path
    taken_at: datetime
    entries: int


@dataclass
class Logs:
    """This run's logs: an earlier crash's stacks (read before they are overwritten) and the
    fault log, open until the app stops."""

    previous_fault: str | None
    fault_file: IO[str]

    def close(self) -> None:
        self.fault_file.close()


def _sentence(exc: StorageError) -> str:
    return str(exc.args[0]) if exc.args else str(exc)


def _fault_or(exc: BaseException, otherwise: str, paths: DataPaths) -> str:
    """The sentence for a fault of the machine (a full disk …) behind ``exc``, else
    ``otherwise``."""
    sentence = machine_fault(exc, QT_TRANSLATE_NOOP("app", "databasen"), paths.root)
    return otherwise if sentence is None else sentence


def prepare_folder(paths: DataPaths) -> OpeningFailed | None:
    """Make the data folder (owner-only) if it is not there."""
    try:
        ensure_data_dir(paths)
    except StorageError as exc:
        return OpeningFailed(_sentence(exc))
    except OSError as exc:
        return OpeningFailed(
            _fault_or(exc, _FOLDER_UNUSABLE.format(folder=paths.root, reason=exc.strerror), paths)
        )
    return None


def start_logs(paths: DataPaths) -> Logs | OpeningFailed:
    """The log and the fault log in the folder's log folder. A log that cannot be written
    later (a full disk) never stops the app; one that cannot be opened now is said."""
    logging.raiseExceptions = False
    try:
        setup_logging(paths)
        # Read an earlier crash's stacks before this run's fault log reopens the same file.
        previous_fault = take_previous_fault(paths)
        fault_file = enable_fault_log(paths)
    except OSError as exc:
        return OpeningFailed(_fault_or(exc, str(exc), paths))
    log.info("start, data dir %s", paths.root)
    return Logs(previous_fault, fault_file)


def lock_folder(paths: DataPaths) -> DataDirLock | OpeningFailed:
    """The data folder's lock, held until the app stops (``release()``)."""
    lock = DataDirLock(paths.lock_file)
    try:
        lock.acquire()
    except StorageError as exc:
        return OpeningFailed(_sentence(exc))
    except OSError as exc:
        return OpeningFailed(_fault_or(exc, str(exc), paths))
    return lock


def check_database(
    paths: DataPaths, probe: EarlyProbe | None = None, *, can_ask: bool = True
) -> GoodBackup | OpeningFailed | None:
    """None when the database can be opened. Locked or unreadable: the sentence saying so and
    what to do, with nothing changed (its -wal may hold the latest entries). Damaged: never
    written to; the newest good backup to offer when the user ``can_ask``, else the sentence.

    ``probe``: the check started early (cli.py), used when it checked these very files."""
    if probe is not None and probe.db_path != paths.database:
        probe = None
    try:
        if probe is not None:
            probe.wait()  # its connection closed before a restore may move files back
        recover_interrupted_restore(paths)
        if probe is not None:
            probe.result()  # checks again if the files are not those it checked
        else:
            probe_database(paths.database)
    except DamagedDatabaseError:
        log.error("quick_check failed for %s", paths.database)
    except StorageError as exc:
        log.error("database not usable: %s", type(exc).__name__)
        return OpeningFailed(_sentence(exc))
    except OSError as exc:  # the folder refused putting back an interrupted restore
        return OpeningFailed(_FOLDER_UNUSABLE.format(folder=paths.root, reason=exc.strerror))
    else:
        return None
    good = newest_good_backup(paths)
    if good is None:
        return OpeningFailed(
            QT_TRANSLATE_NOOP(
                "app",
                "Databasen i {folder} er skadet, og rehablogg endrer den ikke. Ingen god "
                "sikkerhetskopi ble funnet.",
            ).format(folder=paths.root)
        )
    if not can_ask:
        return OpeningFailed(
            QT_TRANSLATE_NOOP(
                "app",
                "Databasen i {folder} er skadet, og rehablogg endrer den ikke. Start appen "
                "for å gjenopprette en sikkerhetskopi.",
            ).format(folder=paths.root)
        )
    return good


def newest_good_backup(paths: DataPaths) -> GoodBackup | None:
    for backup in list_backups(paths.backups):
        try:
            entries = verify_backup(backup.path)
        except StorageError:
            continue
        return GoodBackup(backup.path, backup.taken_at, entries)
    return None


def restore(paths: DataPaths, backup: GoodBackup) -> OpeningFailed | None:
    """Put ``backup`` in place of the damaged database, which is moved untouched, with its
    -wal and -shm, into a folder of its own under the backups (the app holds the lock)."""
    try:
        restored = restore_backup(paths, backup.path, app_holds_lock=True)
    except StorageError as exc:
        return OpeningFailed(_sentence(exc))
    except OSError as exc:
        return OpeningFailed(
            QT_TRANSLATE_NOOP(
                "app", "Sikkerhetskopien kunne ikke gjenopprettes ({reason}); ingenting er slettet."
            ).format(reason=exc.strerror)
        )
    log.info(
        "restored %s after a failed integrity check; the damaged files are in %s",
        backup.path.name,
        restored.folder.name if restored.folder else "-",
    )
    return None


def open_logbook(paths: DataPaths, *, today: Callable[[], date] = date.today) -> Logbook:
    """Create or upgrade the database in ``paths`` and return its logbook (the command line's
    way in). Raises StorageError (newer, damaged, locked …) or the machine's error."""
    return Logbook(open_database(paths), today=today)


def open_for_app(paths: DataPaths) -> Logbook | OpeningFailed:
    """``open_logbook`` for the app: a StorageError or a fault of the machine (a full disk, a
    read-only folder) as its sentence. Any other error is a bug and is raised."""
    try:
        return open_logbook(paths)
    except Exception as exc:
        failed = failure_of(exc, paths)
        if failed is None:
            raise
        return failed


def failure_of(exc: Exception, paths: DataPaths) -> OpeningFailed | None:
    """The sentence for an error met while opening: a StorageError's own, or a fault of the
    machine's; None for anything else (a bug, to be raised)."""
    if isinstance(exc, StorageError):
        return OpeningFailed(_sentence(exc))
    if isinstance(exc, (OSError, sqlite3.Error, SQLAlchemyError)) and classify(exc) is not None:
        return OpeningFailed(_fault_or(exc, "", paths))
    return None


def daily_backup(paths: DataPaths) -> bool:
    """Today's backup if none was taken yet; False (logged) when it could not be taken."""
    try:
        daily_backup_if_due(paths)
    except (OSError, sqlite3.Error, StorageError) as exc:
        log.warning("daily backup failed: %s", exc)
        return False
    return True
