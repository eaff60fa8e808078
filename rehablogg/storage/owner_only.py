"""Files and folders that only their owner can read: everything rehablogg creates may hold
health-related personal data (the database, its backups, exports, collections, the pilot file
with a linked-pseudonym key, logs, the lock file, crash details).

On POSIX a file is created 0600 and a folder 0700 *as it is created* — a ``chmod`` afterwards
leaves a moment in which another user can open the file and keep reading it. Two means: the
command line sets the process's umask to 077 before it does anything (:func:`restrict_umask`,
which also covers what SQLite, openpyxl and tempfile create), and the places that create files
for library callers pass the mode themselves (:func:`create_owner_only`, :func:`owner_only`).

On Windows these modes mean nothing; the files live in the user's own profile folder
(``%LOCALAPPDATA%``), whose access control list admits only that user, SYSTEM and
administrators, and new files inherit it. rehablogg sets no ACLs itself.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

OWNER_ONLY_UMASK = 0o077
FILE_MODE = 0o600
DIR_MODE = 0o700


def restrict_umask() -> int:
    """Make everything this process creates from now on owner-only; returns the old umask."""
    return os.umask(OWNER_ONLY_UMASK)


@contextmanager
def owner_only() -> Iterator[None]:
    """Owner-only creation for the duration of the block (a library caller that did not go
    through the command line). The umask is per process: threads creating files meanwhile get
    owner-only files too, which is never less safe."""
    previous = os.umask(OWNER_ONLY_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def create_owner_only(path: Path, *, exclusive: bool = True, append: bool = False) -> int:
    """A new file (or, without ``exclusive``, an existing one) opened for writing, created
    with mode 0600; returns the descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    if exclusive:
        flags |= os.O_EXCL
    if append:
        flags |= os.O_APPEND
    return os.open(path, flags, FILE_MODE)


def owner_only_opener(path: str, flags: int) -> int:
    """An ``opener`` for ``open()`` that creates the file 0600."""
    return os.open(path, flags, FILE_MODE)


def tighten(folder: Path) -> None:
    """Take the group's and others' bits off the files and folders directly in ``folder``
    (made by an older rehablogg, before it created them owner-only). Never raises."""
    if os.name != "posix":
        return
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
            if not stat.S_ISLNK(mode) and stat.S_IMODE(mode) & 0o077:
                os.chmod(entry.path, stat.S_IMODE(mode) & 0o700)
        except OSError:
            continue


def make_owner_only_dir(path: Path) -> None:
    """``path`` and any missing parents, each created 0700."""
    with owner_only():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
