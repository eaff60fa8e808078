"""Faults of the machine rather than of the input: a full disk, a read-only or vanished folder,
a database held by another process, a disk that fails. Each has one bokmål sentence that says
what to do, so no command ends in a traceback or "Uventet feil" because of them.

:func:`classify` looks through an exception, what caused it and what SQLAlchemy wrapped
(``.orig``): an ``OSError`` by its ``errno``, a ``sqlite3.Error`` by its result code (SQLite
says "database or disk is full" for ``ENOSPC``, "disk I/O error" for other write errors such
as ``EFBIG``, "attempt to write a readonly database" for ``EROFS``).
"""

from __future__ import annotations

import enum
import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.regular_file import shown_path


class Fault(enum.Enum):
    FULL = "full"
    READ_ONLY = "read-only"
    BUSY = "busy"
    GONE = "gone"
    DISK = "disk"


_ERRNO = {
    errno.ENOSPC: Fault.FULL,
    errno.EFBIG: Fault.FULL,
    errno.EDQUOT: Fault.FULL,
    errno.EROFS: Fault.READ_ONLY,
    errno.EACCES: Fault.READ_ONLY,
    errno.EPERM: Fault.READ_ONLY,
    errno.ENOENT: Fault.GONE,
    errno.ENODEV: Fault.GONE,
    errno.ENXIO: Fault.GONE,
    errno.ESTALE: Fault.GONE,
    errno.EIO: Fault.DISK,
}
# SQLite's primary result codes (the low byte of an extended code).
_SQLITE = {
    13: Fault.FULL,
    8: Fault.READ_ONLY,
    3: Fault.READ_ONLY,
    5: Fault.BUSY,
    6: Fault.BUSY,
    10: Fault.DISK,
    14: Fault.GONE,
}

SENTENCES = {
    Fault.FULL: QT_TRANSLATE_NOOP(
        "faults",
        "Disken er full (eller filen ble for stor), så {what} ble ikke skrevet; "
        "frigjør plass i {folder} og prøv igjen.",
    ),
    Fault.READ_ONLY: QT_TRANSLATE_NOOP(
        "faults",
        "{folder} er skrivebeskyttet eller du mangler skrivetilgang, så {what} ble "
        "ikke skrevet; be om skrivetilgang eller velg en annen mappe.",
    ),
    Fault.BUSY: QT_TRANSLATE_NOOP(
        "faults",
        "Databasen er opptatt av et annet program eller en annen rehablogg-kommando "
        "(ventet 5 sekunder), så {what} ble ikke skrevet; vent litt og prøv igjen.",
    ),
    Fault.GONE: QT_TRANSLATE_NOOP(
        "faults",
        "{folder} finnes ikke lenger eller kan ikke nås (flyttet, slettet eller "
        "frakoblet?), så {what} ble ikke skrevet; koble den til igjen og prøv på nytt.",
    ),
    Fault.DISK: QT_TRANSLATE_NOOP(
        "faults",
        "Disken svarte med en feil mens {what} ble lest eller skrevet i {folder}; "
        "sjekk disken (eller minnepinnen) og prøv igjen.",
    ),
}


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        orig = getattr(item, "orig", None)  # SQLAlchemy's DBAPIError
        todo += [
            orig if isinstance(orig, BaseException) else None,
            item.__cause__,
            item.__context__,
        ]


def classify(exc: BaseException) -> Fault | None:
    """The fault behind ``exc``, or None when it is none of them (a bug, or bad input)."""
    for item in _chain(exc):
        if isinstance(item, OSError) and item.errno in _ERRNO:
            return _ERRNO[item.errno]
        if isinstance(item, sqlite3.Error):
            code = getattr(item, "sqlite_errorcode", None)
            if isinstance(code, int) and code & 0xFF in _SQLITE:
                return _SQLITE[code & 0xFF]
    return None


def folder_of(exc: BaseException, default: Path) -> Path:
    """The folder an ``OSError`` in ``exc`` names, else ``default``."""
    for item in _chain(exc):
        if isinstance(item, OSError) and item.filename:
            path = Path(str(item.filename))
            return path if path.is_dir() else path.parent
    return default


NEARLY_FULL = 1024 * 1024  # bytes free: less than this and a disk error is a full disk


def _nearly_full(folder: Path | str) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def fault_sentence(fault: Fault, *, what: str, folder: Path | str) -> str:
    """The sentence for ``fault``; ``what`` names what was not written (a bokmål noun phrase
    with its article: "sikkerhetskopien"). SQLite reports some writes to a full disk (growing
    its shared-memory file, for one) as a plain I/O error: with the disk all but full, that is
    called what it is."""
    if fault is Fault.DISK and _nearly_full(folder):
        fault = Fault.FULL
    return SENTENCES[fault].format(what=what, folder=shown_path(folder))
