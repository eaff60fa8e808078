"""Names for rehablogg's temporary files, and removing the ones a killed run left behind.

Every temporary file rehablogg writes beside a result (a backup being copied, an export or a
summary before its rename) is called ``.rehablogg-<pid>-<what>.part``: hidden, recognisably
ours, and carrying the id of the process that writes it. SQLite may add ``-journal`` to it.
Temporary folders in the system's temp folder are ``rehablogg-<pid>-<what>…``.

A run that fails removes its own temporaries (``try``/``finally``); one that is killed cannot,
so the next run that writes into the same folder calls :func:`sweep`. It removes only names of
this form whose process is gone, or that are older than :data:`STALE_AFTER` (a process id can
be reused; on Windows, where asking about a process id is not safe from Python, age alone
decides). Names of another form, and every file of a live run, are never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

PREFIX = ".rehablogg-"
SUFFIX = ".part"
TEMP_DIR_PREFIX = "rehablogg-"
STALE_AFTER = 12 * 3600  # seconds: longer than any run writes one file
_FILE_RE = re.compile(r"^\.rehablogg-(\d+)-.*\.part(?:-journal|-wal|-shm)?$")
_DIR_RE = re.compile(r"^rehablogg-(\d+)-")
# Written by rehablogg before temporaries carried the process id.
_OLD_FILE_RE = re.compile(r"^(?:\.rehablogg-eksport-.*\.tmp|.*\.sqlite3\.part(?:-journal)?)$")


def temp_name(what: str) -> str:
    """The name of a temporary file of this process for ``what`` (a file name)."""
    return f"{PREFIX}{os.getpid()}-{what}{SUFFIX}"


def temp_dir_prefix(what: str) -> str:
    """A ``tempfile.mkdtemp`` prefix for a temporary folder of this process."""
    return f"{TEMP_DIR_PREFIX}{os.getpid()}-{what}-"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) sends CTRL_C_EVENT there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but belongs to someone else
    return True


def _stale(path: Path, pid: int | None, now: float) -> bool:
    if pid == os.getpid():
        return False
    try:
        age = now - path.lstat().st_mtime
    except OSError:
        return False
    return age > STALE_AFTER or (pid is not None and not _alive(pid))


def sweep(folder: Path, *, old_names: bool = False) -> list[Path]:
    """Remove stale temporaries of ours from ``folder`` (files) and return them; with
    ``old_names`` also the pid-less names of earlier versions that are older than
    :data:`STALE_AFTER`. Never raises: a sweep is tidying, not the job."""
    removed: list[Path] = []
    now = time.time()
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _FILE_RE.match(name)
        if match is None and not (old_names and _OLD_FILE_RE.match(name)):
            continue
        path = folder / name
        if _stale(path, int(match.group(1)) if match else None, now) and not path.is_dir():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def sweep_temp_dirs(folder: Path | None = None) -> list[Path]:
    """Remove stale temporary folders of ours from the system's temp folder."""
    root = folder or Path(tempfile.gettempdir())
    removed: list[Path] = []
    now = time.time()
    try:
        names = os.listdir(root)
    except OSError:
        return removed
    for name in names:
        match = _DIR_RE.match(name)
        path = root / name
        if match and path.is_dir() and not path.is_symlink() and _stale(
                path, int(match.group(1)), now):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def remove_quietly(*paths: Path) -> None:
    """Remove what a failed write left (a temporary and its SQLite companions)."""
    for path in paths:
        for companion in (path, path.with_name(path.name + "-journal")):
            with contextlib.suppress(OSError):
                companion.unlink()
