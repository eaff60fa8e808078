"""What kind of file ``verify`` was given, told from its first bytes before any reader opens it:
a CSV view, an old Excel or a password-protected file, an OpenDocument sheet, another zip."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from rehablogg.exchange.columns import ENTRY_ID
from rehablogg.exchange.package_guard import ENCRYPTED, is_encrypted_package
from rehablogg.exchange.verify_sentences import (
    CSV_REFUSED,
    IS_FOLDER,
    MISSING_FILE,
    NOT_WORKBOOK,
    ODS_REFUSED,
    OLD_EXCEL,
    OTHER_ZIP,
    UNREADABLE,
)
from rehablogg.exchange.verify_state import DamagedFileError, FatalError

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def sniff(path: Path) -> None:
    """Raise FatalError (or DamagedFileError) unless ``path`` may be an xlsx workbook."""
    head = _head(path)
    if path.suffix.lower() == ".csv" or looks_like_csv(head):
        raise FatalError(CSV_REFUSED)
    if head.startswith(_OLE_MAGIC):
        raise FatalError(ENCRYPTED if is_encrypted_package(path) else OLD_EXCEL)
    if not head.startswith(_ZIP_MAGIC):
        raise FatalError(NOT_WORKBOOK)
    names, mimetype = _zip_names(path)
    if mimetype.startswith(_ODS_MIMETYPE):
        raise FatalError(ODS_REFUSED)
    if "xl/workbook.xml" not in names:
        raise FatalError(OTHER_ZIP)


def _head(path: Path) -> bytes:
    if not path.exists():
        raise FatalError(MISSING_FILE)
    if path.is_dir():
        raise FatalError(IS_FOLDER)
    try:
        with open(path, "rb") as fh:
            return fh.read(4096)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise FatalError(UNREADABLE.format(reason=reason)) from None


def _zip_names(path: Path) -> tuple[set[str], bytes]:
    """The zip's member names and the start of its ``mimetype`` member (b"" when none)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = b""
            if "mimetype" in names:  # read only its start: the guard has not run yet
                with archive.open("mimetype") as member:
                    mimetype = member.read(len(_ODS_MIMETYPE))
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, zlib.error):
        # NotImplementedError: a damaged central directory asks for a zip version or
        # compression zipfile does not know.
        raise DamagedFileError from None
    return names, mimetype


def looks_like_csv(head: bytes) -> bool:
    """A text file whose first line is a header of ours (a CSV export renamed to .xlsx)."""
    text = head.decode("utf-8-sig", errors="ignore")
    first = text.splitlines()[0] if text else ""
    return ENTRY_ID in first and (";" in first or "," in first)
