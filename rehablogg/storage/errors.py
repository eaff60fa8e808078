"""Errors the storage layer reports to users: each carries one bokmål sentence."""

from __future__ import annotations


class StorageError(Exception):
    """A problem with the data files that the user must be told about in one sentence."""


class NewerDatabaseError(StorageError):
    pass


class DamagedDatabaseError(StorageError):
    pass


class DataDirLockedError(StorageError):
    pass
