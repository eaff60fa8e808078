"""The one place that decides where rehablogg keeps its files.

Order of precedence: an explicit directory (``--data-dir``), then ``REHABLOGG_DATA_DIR``, then
the platform's local (never roaming) user data directory. Nothing here creates anything until
:func:`ensure_data_dir` is called, so importing rehablogg never touches the disk.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "rehablogg"
ENV_VAR = "REHABLOGG_DATA_DIR"
DB_FILE = "rehablogg.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILE

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


def ensure_data_dir(paths: DataPaths) -> DataPaths:
    """Create the data directory readable by its owner only (health-related data)."""
    for d in (paths.root, paths.backups, paths.logs):
        d.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            d.chmod(0o700)
    return paths
