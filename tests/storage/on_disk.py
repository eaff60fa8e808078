"""What a database leaves on disk, and whether an identity number is anywhere in it."""

from __future__ import annotations

from pathlib import Path

from rehablogg.storage.database import Database
from tests.identity_factory import every_form


def file_bytes(path: Path) -> bytes:
    """The database file and its WAL and shared-memory files, as they are on disk."""
    out = b""
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        candidate = path.with_name(name)
        if candidate.exists():
            out += candidate.read_bytes()
    return out


def assert_no_number_on_disk(db: Database, numbers: tuple[str, ...]) -> None:
    """No written form of any of ``numbers`` (UTF-8 or UTF-16) is in the files of ``db``."""
    raw = file_bytes(db.path)
    for number in numbers:
        for form in every_form(number):
            assert form.encode() not in raw, form
            assert form.encode("utf-16-le") not in raw, form
        assert number[:6].encode() + b"-" not in raw
