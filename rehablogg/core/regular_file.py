"""Reading a file someone else put there: regular files only, never more than a limit, and
told apart from a file that changed while it was read.

A FIFO, a socket or a device (or a symlink to one) among the files offered would hang a plain
``open()``/``read()`` for ever (a FIFO without a writer) or read until memory runs out
(``/dev/zero``). So the path is checked with ``stat`` before it is opened (opening some devices
has side effects), opened with ``O_NONBLOCK`` (a FIFO swapped in after the check still cannot
block the open), and the *opened descriptor* is checked again with ``fstat``, which is what the
bytes really come from. Reading stops one byte past the limit.

A file being written while it is read (a submission still arriving in a synced inbox) gives
bytes that match no moment of the file. The descriptor's size, modification time and inode are
compared before and after the read, and with what the path points to afterwards; any
difference raises :class:`FileChangedError`, so the caller can say "try again" instead of
judging bytes that were never a file.

The errors are ``OSError`` subclasses whose ``strerror`` is a bokmål phrase, so callers that
already say "X kunne ikke leses ({reason})" for an ``OSError`` need no new branch.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_CHUNK = 1 << 20

NOT_REGULAR = QT_TRANSLATE_NOOP("files", "ikke en vanlig fil, men {kind}")
TOO_LARGE = QT_TRANSLATE_NOOP("files", "{size} MB, mer enn grensen på {limit} MB")
CHANGED = QT_TRANSLATE_NOOP(
    "files", "filen ble endret mens den ble lest; prøv igjen når den er ferdig skrevet"
)
KINDS = {
    "folder": QT_TRANSLATE_NOOP("files", "en mappe"),
    "fifo": QT_TRANSLATE_NOOP("files", "et navngitt rør (FIFO)"),
    "socket": QT_TRANSLATE_NOOP("files", "en socket"),
    "device": QT_TRANSLATE_NOOP("files", "en enhet"),
    "other": QT_TRANSLATE_NOOP("files", "noe annet enn en fil"),
}


class NotRegularFileError(OSError):
    """The path is a folder, FIFO, socket or device (or a symlink to one)."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(
            errno.EISDIR if kind == "folder" else errno.EINVAL,
            NOT_REGULAR.format(kind=KINDS[kind]),
            str(path),
        )
        self.kind = kind


class FileTooLargeError(OSError):
    """The file is larger than the caller's limit; nothing past the limit was read."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, TOO_LARGE.format(size=_mb(size), limit=_mb(limit)), str(path))
        self.size = size
        self.limit = limit


class FileChangedError(OSError):
    """The file changed (or was replaced) while it was read: the bytes are no file's bytes."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EAGAIN, CHANGED, str(path))


def _mb(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.1f}".replace(".", ",") if mb < 10 else f"{mb:.0f}"


def kind_of(mode: int) -> str | None:
    """None for a regular file, else the key of what it is in :data:`KINDS`."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "other"


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _open_checked(path: Path) -> tuple[int, os.stat_result]:
    """An open descriptor on the regular file at ``path`` (symlinks followed) and its fstat."""
    kind = kind_of(os.stat(path).st_mode)
    if kind is not None:
        raise NotRegularFileError(path, kind)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        kind = kind_of(st.st_mode)
        if kind is not None:  # swapped between the stat and the open
            raise NotRegularFileError(path, kind)
    except BaseException:
        os.close(fd)
        raise
    return fd, st


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises NotRegularFileError, FileTooLargeError, FileChangedError or the OSError of the
    open/read (missing, no permission)."""
    fd, before = _open_checked(path)
    try:
        if before.st_size > limit:
            raise FileTooLargeError(path, before.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # grew past the limit while being read
            raise FileTooLargeError(path, max(total, os.fstat(fd).st_size), limit)
        after = os.fstat(fd)
    finally:
        os.close(fd)
    try:
        now = os.stat(path)
    except OSError:
        raise FileChangedError(path) from None  # removed or renamed away while read
    if (
        _identity(before) != _identity(after)
        or _identity(after) != _identity(now)
        or total != after.st_size
    ):
        raise FileChangedError(path)
    return b"".join(chunks)


@contextmanager
def open_regular_file(path: Path) -> Iterator[IO[bytes]]:
    """The regular file at ``path`` opened for binary reading (checked as above, no limit:
    for a caller that reads only the first bytes)."""
    fd, _ = _open_checked(path)
    try:
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        yield fh


# Control characters (C0, DEL, C1): a workbook cell cannot hold most of them and a terminal
# obeys them (a name can clear the screen or recolour what follows).
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}


def shown_path(path: str | os.PathLike[str]) -> str:
    """``path`` as text that can always be printed, stored in SQLite or written to a
    workbook: bytes of a file name that are not UTF-8 (kept by Python as lone surrogates) and
    control characters appear as ``\\xNN``."""
    text = os.fspath(path)
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte (Windows names can hold one)
        raw = text.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace").translate(_CONTROLS)
