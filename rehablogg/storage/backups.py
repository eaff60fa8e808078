"""Backups: consistent copies with SQLite's backup API, a rotation that never deletes the newest
good copy, and restore that verifies the file before it replaces anything.

File names carry the time and the reason, e.g. ``rehablogg-20261120-081500-daglig.sqlite3``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.backup import (
    backup_database,
    backup_name,
    backup_to_new_file,
    free_sequence,
    remove_leftovers,
)
from rehablogg.storage.database import migrate
from rehablogg.storage.diagnosis import probe_database
from rehablogg.storage.engine import read_only
from rehablogg.storage.errors import DamagedDatabaseError, DataDirLockedError, StorageError
from rehablogg.storage.lock import is_locked
from rehablogg.storage.migrations import LATEST_VERSION
from rehablogg.storage.owner_only import owner_only_opener
from rehablogg.storage.paths import DataPaths
from rehablogg.storage.schema_match import first_difference, has_rehablogg_tables
from rehablogg.storage.set_aside import (
    finish_set_aside,
    recover_interrupted_restore,
    remove_staged,
    set_aside,
    staged_path,
)
from rehablogg.storage.temporaries import temp_name

REASONS = ("daglig", "manuell", "migrering", "gjenoppretting", "innlevering")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
# A counter follows the time when two copies are taken within the same second.
_NAME_RE = re.compile(r"^rehablogg-(\d{8}-\d{6})(?:-(\d+))?-([a-z]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    sequence: int = 0

    @property
    def day(self) -> date:
        return self.taken_at.date()


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first (files that do not follow the naming are ignored)."""
    found = []
    for path in backup_dir.glob("rehablogg-*.sqlite3"):
        m = _NAME_RE.match(path.name)
        if m:
            taken = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
            found.append(
                BackupInfo(path, taken, m.group(3), path.stat().st_size, int(m.group(2) or 0))
            )
    return sorted(found, key=lambda b: (b.taken_at, b.sequence), reverse=True)


def verify_backup(path: Path, shown: Path | None = None) -> int:
    """Number of entries in a readable rehablogg database; StorageError with a sentence if it
    is damaged, foreign or from a newer rehablogg. The sentence names ``shown`` (default
    ``path``): a restore checks its working copy again under the name the user chose."""
    shown = shown or path
    try:
        conn = read_only(path)
        try:
            if [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
                raise DamagedDatabaseError(
                    QT_TRANSLATE_NOOP("backups", "Filen {path} er skadet.").format(path=shown)
                )
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > LATEST_VERSION:
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "backups",
                        "Filen {path} er laget av en nyere rehablogg og kan ikke brukes her.",
                    ).format(path=shown)
                )
            if version < 1 or not has_rehablogg_tables(conn, version):
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "backups", "Filen {path} er ikke en rehablogg-database."
                    ).format(path=shown)
                )
            # Exactly the schema rehablogg writes: a trigger, view, index or loosened table in
            # a backup would come back with it (schema_match.py).
            problem = first_difference(conn, version)
            if problem is not None:
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "backups",
                        "Filen {path} er ikke en uendret rehablogg-database ({problem}), "
                        "så den brukes ikke; velg en sikkerhetskopi rehablogg har laget.",
                    ).format(path=shown, problem=problem)
                )
            return int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # A damaged schema can hold bytes that are not UTF-8; sqlite3 then fails decoding.
        raise DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "backups", "Filen {path} er ikke en lesbar rehablogg-database."
            ).format(path=shown)
        ) from exc


def take_backup(
    paths: DataPaths, reason: str, now: datetime | None = None, out: Path | None = None
) -> Path:
    """Copy the live database (to ``out`` or into the backup folder, then rotate there)."""
    if reason not in REASONS:
        raise ValueError(reason)
    now = now or datetime.now()
    if out is None:
        base = free_sequence(paths.backups, now)
        target = backup_to_new_file(
            paths.database, lambda extra: paths.backups / backup_name(reason, now, base + extra)
        )
    else:
        target = backup_to_new_file(paths.database, lambda extra: _only(out, extra))
    verify_backup(target)
    if out is None:
        rotate(paths.backups, today=now.date())
    return target


def _only(out: Path, extra: int) -> Path:
    if extra:  # a file appeared under the name while the copy was made: never replaced
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(out))
    return out


def daily_backup_if_due(paths: DataPaths, now: datetime | None = None) -> Path | None:
    """Take today's backup unless one exists (called at start-up)."""
    now = now or datetime.now()
    if not paths.database.exists():
        return None
    if any(b.day == now.date() for b in list_backups(paths.backups)):
        return None
    return take_backup(paths, "daglig", now)


def to_keep(backups: list[BackupInfo], today: date) -> set[Path]:
    """Every backup taken today (a copy made before a restore or a submission must survive the
    next backup of the same day), the newest of each of the last 7 days, 5 ISO weeks and 12
    months that have one, every pre-migration copy (the way back from an upgrade), and always
    the newest good copy."""
    keep: set[Path] = {b.path for b in backups if b.day >= today}
    newest_first = sorted(backups, key=lambda b: (b.taken_at, b.sequence), reverse=True)
    keep |= _newest_per(newest_first, lambda b: b.day.isoformat(), KEEP_DAILY)
    keep |= _newest_per(newest_first, lambda b: str(b.day.isocalendar()[:2]), KEEP_WEEKLY)
    keep |= _newest_per(newest_first, lambda b: b.day.strftime("%Y-%m"), KEEP_MONTHLY)
    keep |= {b.path for b in backups if b.reason == "migrering"}
    if newest_first:
        keep.add(newest_first[0].path)
    return keep


def _newest_per(newest_first: Iterable[BackupInfo], bucket: object, limit: int) -> set[Path]:
    seen: dict[str, Path] = {}
    for b in newest_first:
        key = bucket(b)  # type: ignore[operator]
        if key not in seen:
            if len(seen) == limit:
                break
            seen[key] = b.path
    return set(seen.values())


def backup_entries(backup_dir: Path) -> list[tuple[BackupInfo, int | None]]:
    """Every backup, newest first, with its number of entries (None for a damaged copy);
    copies verified before are only counted, not checked again."""
    backups = list_backups(backup_dir)
    good = {b.path for b in _good_backups(backup_dir, backups)}
    return [(b, _count_entries(b.path) if b.path in good else None) for b in backups]


def _count_entries(path: Path) -> int | None:
    try:
        conn = read_only(path)
        try:
            return int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return None


def rotate(backup_dir: Path, today: date) -> list[Path]:
    """Delete backups outside the rotation, and half-written copies of interrupted backups;
    returns what was deleted. Copies that fail verification are never counted as the newest
    good one (and never deleted: they may be all someone has)."""
    deleted = remove_leftovers(backup_dir)
    good = _good_backups(backup_dir, list_backups(backup_dir))
    keep = to_keep(good, today)
    for b in good:
        if b.path not in keep:
            b.path.unlink()
            deleted.append(b.path)
    return deleted


VERIFIED_FILE = "verifisert.json"


def _stamp(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _verified(folder: Path) -> dict[str, list[int]]:
    try:
        data = json.loads((folder / VERIFIED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember_verified(folder: Path, verified: dict[str, list[int]]) -> None:
    tmp = folder / temp_name(VERIFIED_FILE)
    try:
        with open(tmp, "w", encoding="utf-8", opener=owner_only_opener) as fh:
            fh.write(json.dumps(verified))
        tmp.replace(folder / VERIFIED_FILE)
    finally:
        tmp.unlink(missing_ok=True)


def _good_backups(folder: Path, backups: list[BackupInfo]) -> list[BackupInfo]:
    """The backups that verify. A backup never changes after it is written, so a file whose
    size and modification time match an earlier verification is not read again: a full check of
    every copy on each backup took over a second at start-up with 20 copies of a 42 MB file."""
    known = _verified(folder)
    fresh: dict[str, list[int]] = {}
    good = []
    for b in backups:
        stamp = _stamp(b.path)
        if known.get(b.path.name) != stamp:
            try:
                verify_backup(b.path)
            except StorageError:
                continue
        fresh[b.path.name] = stamp
        good.append(b)
    if fresh != known:
        _remember_verified(folder, fresh)
    return good


@dataclass(frozen=True)
class Restored:
    """What a restore kept of the database it replaced: a copy in the backup list (None when
    there was no database, or it was damaged) and the folder holding the files themselves."""

    backup: Path | None
    folder: Path | None


def restore_backup(
    paths: DataPaths, source: Path, now: datetime | None = None, *, app_holds_lock: bool = False
) -> Restored:
    """Replace the database with ``source`` after verifying it.

    The current database is first copied into the backup list (when it can be read), then its
    file, ``-wal`` and ``-shm`` are moved untouched into a kept folder (set_aside.py): entries
    saved only in the ``-wal`` are never lost, and a damaged file can be replaced too. A locked
    or unreadable database is left exactly as it is (its error says what to do). Refused while
    the app holds the data directory, unless the caller is that app (which has closed its
    connections first).
    """
    now = now or datetime.now()
    recover_interrupted_restore(paths)
    verify_backup(source)
    if not app_holds_lock and is_locked(paths.lock_file):
        raise DataDirLockedError(
            QT_TRANSLATE_NOOP(
                "backups", "rehablogg er åpen på denne datamappen; lukk appen før du gjenoppretter."
            )
        )
    readable = False
    if paths.database.exists():
        try:
            probe_database(paths.database)  # locked or unreadable: raised, nothing touched
            readable = True
        except DamagedDatabaseError:
            pass  # the very thing a restore is for; its files are kept below all the same
    staged = staged_path(paths)
    try:
        backup_database(source, staged)
        verify_backup(staged, shown=source)  # the file may have changed since it was checked
        if os.name == "posix":
            staged.chmod(0o600)
        kept = take_backup(paths, "gjenoppretting", now) if readable else None
    except BaseException:
        remove_staged(paths)
        raise
    try:
        folder = set_aside(paths, now) if paths.database.exists() else None
        os.replace(staged, paths.database)
    except BaseException:
        # A rename failed half-way (another program holds a file, the disk went away): put the
        # set back at once, before anything could open the data folder as it is.
        with contextlib.suppress(OSError):
            recover_interrupted_restore(paths)
        raise
    if folder is not None:
        finish_set_aside(folder)
    migrate(paths.database, paths.backups)
    return Restored(kept, folder)
