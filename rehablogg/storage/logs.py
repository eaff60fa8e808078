"""Rotating log files in the data directory's ``logs`` folder, scrubbed of identity numbers.

The app logs ids, codes and counts, never client labels or notes; as a second line of defence
every record is scrubbed of anything that passes the identity-number checks before it is
written, exception text included.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import logging.handlers
import os
from pathlib import Path
from typing import IO

from rehablogg.core.identity import find_identity_numbers
from rehablogg.storage.owner_only import (
    create_owner_only,
    make_owner_only_dir,
    owner_only_opener,
)
from rehablogg.storage.paths import DataPaths

LOG_FILE = "rehablogg.log"
FAULT_FILE = "fatal.log"
REDACTED = "[personnummer fjernet]"
_handlers: dict[Path, logging.Handler] = {}


def scrub(text: str) -> str:
    for match in reversed(find_identity_numbers(text)):
        text = text[: match.start] + REDACTED + text[match.end :]
    return text


class ScrubFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class _OwnerOnlyRotatingHandler(logging.handlers.RotatingFileHandler):
    """Every log file it opens, the first and those after a rollover, is created 0600."""

    def _open(self) -> io.TextIOWrapper:
        fh = open(  # noqa: SIM115
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=owner_only_opener,
        )
        assert isinstance(fh, io.TextIOWrapper)
        return fh


def setup_logging(paths: DataPaths, level: int = logging.INFO) -> logging.Logger:
    """Log to ``logs/rehablogg.log`` (1 MB × 5 files); idempotent per folder."""
    logger = logging.getLogger("rehablogg")
    make_owner_only_dir(paths.logs)
    target = paths.logs / LOG_FILE
    if target not in _handlers:
        handler = _OwnerOnlyRotatingHandler(
            target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(ScrubFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        _handlers[target] = handler
        logger.addHandler(handler)
    logger.setLevel(level)
    return logger


def close_logging(paths: DataPaths) -> None:
    handler = _handlers.pop(paths.logs / LOG_FILE, None)
    if handler is not None:
        logging.getLogger("rehablogg").removeHandler(handler)
        handler.close()


CRASH_FILE = "crash.log"


def append_crash(paths: DataPaths, details: str) -> None:
    """Add an unexpected error's traceback, scrubbed, to ``logs/crash.log`` (owner-only)."""
    make_owner_only_dir(paths.logs)
    fd = create_owner_only(paths.logs / CRASH_FILE, exclusive=False, append=True)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(scrub(details))


def enable_fault_log(paths: DataPaths) -> IO[str]:
    """Hard crashes (segfaults in Qt, aborts) write their Python stacks to ``logs/fatal.log``;
    the next start shows it. The file object must stay open while the app runs."""
    fh = open(  # noqa: SIM115 - kept open
        paths.logs / FAULT_FILE,
        "a",
        encoding="utf-8",
        opener=owner_only_opener,
    )
    faulthandler.enable(fh)
    return fh


def take_previous_fault(paths: DataPaths) -> str | None:
    """The fault log of an earlier run, if it wrote anything; it is moved aside once read."""
    path = paths.logs / FAULT_FILE
    if not path.exists() or path.stat().st_size == 0:
        return None
    text = scrub(path.read_text(encoding="utf-8", errors="replace"))
    path.replace(path.with_suffix(".seen.log"))
    return text
