"""Names for rehablogg's temporary files, and removing the ones a killed run left behind.

Every temporary file rehablogg writes beside a result (a backup being copied, an export or a
summary before its rename) is called ``.rehablogg-<pid>-<what>.part``: hidden, recognisably
ours, and carrying the id of the process that writes it. SQLite may add ``-journal`` to it.
Temporary folders in the system's temp folder are ``rehablogg-<pid>-<what>…``.

The command line runs every command with :func:`private_temp_dir`: the process's temporary
files — ours, and those of libraries (openpyxl writes each sheet, rows and all, to a temporary
file before the save) — go into one folder ``rehablogg-<pid>-tmp-…`` of the system's temp folder,
removed when the command ends.

A run that fails removes its own temporaries (``try``/``finally``); one that is killed cannot,
so the next run that writes into the same folder calls :func:`sweep`. It removes only names of
this form whose process is gone, or files of this form older than :data:`STALE_AFTER` (a
process id can be reused). Names of another form, and everything of a live run, are never
touched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
    if sys.platform == "win32":
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: asks, sends nothing
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but belongs to someone else
    return True


def _alive_on_windows(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    # os.kill(pid, 0) would send CTRL_C_EVENT there; ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # ERROR_ACCESS_DENIED: someone else's
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _stale(path: Path, pid: int | None, now: float) -> bool:
    """A file whose process is gone, or that is older than :data:`STALE_AFTER` (a file is
    written in seconds); a folder only when its process is gone (a command's temp folder lives
    as long as the command, however long that is)."""
    if pid == os.getpid():
        return False
    if pid is not None and not _alive(pid):
        return True
    try:
        st = path.lstat()
    except OSError:
        return False
    return not stat.S_ISDIR(st.st_mode) and now - st.st_mtime > STALE_AFTER


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
        if (
            match
            and path.is_dir()
            and not path.is_symlink()
            and _stale(path, int(match.group(1)), now)
        ):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def publish_new(tmp: Path, target: Path) -> bool:
    """Give the finished temporary ``tmp`` the name ``target`` unless that name exists (then
    False, and ``tmp`` stays for the caller to remove). A hard link fails if the name is taken,
    so two writers never replace each other's file; a file system without hard links (FAT on a
    memory stick) gets a check and a rename."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
            errno.EACCES,
        ):
            raise
        if target.exists():
            return False
        os.replace(tmp, target)
    return True


def remove_quietly(*paths: Path) -> None:
    """Remove what a failed write left (a temporary and its SQLite companions)."""
    for path in paths:
        for companion in (path, path.with_name(path.name + "-journal")):
            with contextlib.suppress(OSError):
                companion.unlink()


@contextmanager
def private_temp_dir() -> Iterator[Path]:
    """Point ``tempfile`` at a folder of this process's own (0700, named with the pid) for the
    duration of the block, after removing what killed runs left in the system's temp folder;
    the folder and everything in it is removed at the end."""
    system = Path(tempfile.gettempdir())
    sweep_temp_dirs(system)
    folder = Path(tempfile.mkdtemp(prefix=temp_dir_prefix("tmp"), dir=system))
    previous = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = previous
        shutil.rmtree(folder, ignore_errors=True)
