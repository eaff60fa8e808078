"""The errors the books raise, each carrying the one sentence to show, gathered so the windows
and the command line catch them without reaching into storage."""

from __future__ import annotations

from pathlib import Path

from rehablogg.application.guarded_write import WriteFailedError
from rehablogg.storage.errors import DatabaseGoneError, StorageError, explain_write_error
from rehablogg.storage.faults import classify, fault_sentence, folder_of
from rehablogg.storage.free_text import IdentityNumberError

__all__ = [
    "DatabaseGoneError",
    "IdentityNumberError",
    "StorageError",
    "WriteFailedError",
    "explain_write_error",
    "machine_fault",
]


def machine_fault(exc: BaseException, what: str, folder: Path) -> str | None:
    """The sentence for a fault of the machine (a full disk, a read-only folder …) behind
    ``exc`` while ``what`` (a bokmål noun with its article) was written in ``folder``; None
    when it is no such fault. A book's WriteFailedError is looked through to its cause."""
    cause = exc.__cause__ if isinstance(exc, WriteFailedError) and exc.__cause__ else exc
    fault = classify(cause)
    if fault is None:
        return None
    return fault_sentence(fault, what=what, folder=folder_of(cause, folder))
