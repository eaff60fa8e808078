"""An advisory lock on the data directory, held by the running app.

Commands that must not run beside the app (restore) try to take it and refuse when they cannot.
It uses the operating system's file locks (``fcntl`` on POSIX, ``msvcrt`` on Windows), which the
OS releases when the process dies, so a crashed app never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage.errors import DataDirLockedError
from rehablogg.storage.owner_only import FILE_MODE, make_owner_only_dir


class DataDirLock:
    def __init__(self, lock_file: Path) -> None:
        self.lock_file = lock_file
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> None:
        make_owner_only_dir(self.lock_file.parent)
        # Owner-only: it names the data folder's process. Kept open while the lock is held.
        fh = os.fdopen(
            os.open(self.lock_file, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE),
            "r+b",
        )
        try:
            _lock(fh)
        except OSError as exc:
            fh.close()
            raise DataDirLockedError(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "Datamappen {path} er i bruk av et annet rehablogg-vindu; "
                    "lukk det og prøv igjen.",
                ).format(path=self.lock_file.parent)
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()).encode())
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            _unlock(self._fh)
        finally:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> DataDirLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def is_locked(lock_file: Path) -> bool:
    """True when another process holds the lock (taking and releasing it to find out)."""
    probe = DataDirLock(lock_file)
    try:
        probe.acquire()
    except DataDirLockedError:
        return True
    probe.release()
    return False


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
