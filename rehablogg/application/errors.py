"""The errors the books raise, each carrying the one sentence to show, gathered so the windows
and the command line catch them without reaching into storage."""

from __future__ import annotations

from rehablogg.application.entries_book import WriteFailedError
from rehablogg.storage.errors import DatabaseGoneError, StorageError, explain_write_error
from rehablogg.storage.free_text import IdentityNumberError

__all__ = [
    "DatabaseGoneError",
    "IdentityNumberError",
    "StorageError",
    "WriteFailedError",
    "explain_write_error",
]
