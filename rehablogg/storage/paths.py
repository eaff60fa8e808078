"""The one place that decides where rehablogg keeps its files.

Order of precedence: an explicit directory (``--data-dir``), then ``REHABLOGG_DATA_DIR``, then
the platform's local (never roaming) user data directory. Nothing here creates anything until
:func:`ensure_data_dir` is called, so importing rehablogg never touches the disk.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.errors import DataDirReadOnlyError
from rehablogg.storage.owner_only import make_owner_only_dir, tighten

APP_NAME = "rehablogg"
ENV_VAR = "REHABLOGG_DATA_DIR"
DB_FILE = "rehablogg.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    root: Path
    db_name: str = DB_FILE

    @classmethod
    def of_database(cls, database: Path) -> DataPaths:
        """The paths around an open database file (its backups and logs sit beside it)."""
        return cls(database.parent, database.name)

    @property
    def database(self) -> Path:
        return self.root / self.db_name

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "rehablogg.lock"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    if explicit:
        return DataPaths(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return DataPaths(Path(from_env).expanduser().resolve())
    return DataPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)))


SYNCED_FOLDER_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "icloud",
    "icloud drive",
    "nextcloud",
    "owncloud",
    "box sync",
    "sync",
)
NETWORK_FILESYSTEMS = (
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "davfs",
    "fuse.rclone",
)


def risky_location(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """Why ``path`` is unsafe for SQLite's WAL (a synced cloud folder or a network share), or
    None. WAL needs shared memory on the same machine; sync tools copy half-written files."""
    lowered = [part.lower() for part in path.parts]
    for name in SYNCED_FOLDER_NAMES:
        if any(part == name or part.startswith(name + " -") for part in lowered):
            return "synkronisert skymappe"
    if str(path).startswith("\\\\"):
        return "nettverksmappe"
    if mounts_file.exists():
        fstype = _fstype(path, mounts_file)
        if fstype in NETWORK_FILESYSTEMS:
            return "nettverksmappe"
    return None


def _fstype(path: Path, mounts_file: Path) -> str | None:
    best, best_type = "", None
    target = str(path.resolve())
    for line in mounts_file.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 3 or len(parts[1]) <= len(best):
            continue
        if target == parts[1] or target.startswith(parts[1].rstrip("/") + "/"):
            best, best_type = parts[1], parts[2]
    return best_type


def ensure_data_dir(paths: DataPaths) -> DataPaths:
    """Create the data directory readable by its owner only (health-related data); a folder
    that cannot be written (a read-only disk or share, no permission) is DataDirReadOnlyError:
    SQLite needs to write beside the database even to read it in WAL mode."""
    for d in (paths.root, paths.backups, paths.logs):
        make_owner_only_dir(d)
        # An older rehablogg (or a hand-made folder) may have left it open to others.
        if os.name == "posix" and stat.S_IMODE(d.stat().st_mode) & 0o077:
            d.chmod(0o700)
        tighten(d)  # files an older rehablogg made readable by others
        if not os.access(d, os.W_OK | os.X_OK):
            raise DataDirReadOnlyError(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "Datamappen {folder} er skrivebeskyttet eller du mangler "
                    "skrivetilgang, og rehablogg må kunne skrive der (også for å lese databasen); "
                    "be om skrivetilgang, eller bruk --data-dir med en annen mappe.",
                ).format(folder=d)
            )
    return paths
