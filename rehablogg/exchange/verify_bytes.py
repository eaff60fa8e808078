"""Verifying exactly the bytes that were read from a file someone else put there.

``verify_file`` reads a path, more than once and with two readers. A file that is still being
written, or is replaced meanwhile, would be judged on bytes that differ from the ones hashed
and remembered. So the caller reads the file once (``core.regular_file``: regular files only,
up to a limit, a change during the read noticed) and these bytes are verified from a private
copy (a folder of the user's own, mode 0700, removed afterwards) with an ASCII name, which
also spares the readers file names that are not UTF-8.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.regular_file import (
    FileChangedError,
    FileTooLargeError,
    NotRegularFileError,
    read_regular_file,
)
from rehablogg.exchange.package_guard import EXPORT_LIMITS, Limits
from rehablogg.exchange.verify import VerifyReport, verify_file
from rehablogg.storage.temporaries import temp_dir_prefix

MAX_SUBMISSION_BYTES = 50 * 1024 * 1024  # a monthly file is far below this

NOT_REGULAR = QT_TRANSLATE_NOOP("exchange", "Dette er {what}; bare vanlige filer kan kontrolleres.")
TOO_LARGE = QT_TRANSLATE_NOOP("exchange", "Filen er for stor ({what}); den er ikke åpnet.")
CHANGED = QT_TRANSLATE_NOOP(
    "exchange",
    "Filen ble endret mens den ble lest; prøv igjen når den er ferdig skrevet eller kopiert.",
)


def verify_bytes(
    data: bytes, suffix: str, *, keep_content: bool = False, limits: Limits = EXPORT_LIMITS
) -> VerifyReport:
    """``verify_file`` on ``data`` as if it were a file ending in ``suffix``."""
    if not (suffix.isascii() and suffix.isprintable() and "/" not in suffix and "\\" not in suffix):
        suffix = ""
    # The folder's name carries the pid: a sweep can tell whose copy it is (temporaries.py).
    with tempfile.TemporaryDirectory(prefix=temp_dir_prefix("kontroll")) as folder:
        copy = Path(folder) / f"innlevering{suffix}"
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return verify_file(copy, keep_content=keep_content, limits=limits)


def verify_path(path: Path, *, limit: int = MAX_SUBMISSION_BYTES) -> VerifyReport:
    """``verify_file`` for a path given by the user: read once, then :func:`verify_bytes`.
    A FIFO, device, too large or changing file gets its sentence without being parsed."""
    try:
        data = read_regular_file(path, limit)
    except NotRegularFileError as exc:
        return _refused(path, NOT_REGULAR.format(what=exc.strerror))
    except FileTooLargeError as exc:
        return _refused(path, TOO_LARGE.format(what=exc.strerror))
    except FileChangedError:
        return _refused(path, CHANGED)
    except OSError:
        return verify_file(path)  # missing or unreadable: verify says so in its words
    report = verify_bytes(data, path.suffix)
    report.path = path
    return report


def _refused(path: Path, sentence: str) -> VerifyReport:
    return VerifyReport(path, [sentence], 1)
