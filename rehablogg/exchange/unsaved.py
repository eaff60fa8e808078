"""A write-only openpyxl workbook that is saved, or let go cleanly when writing it fails.

A write-only worksheet is a pair of suspended generators writing XML to a temporary file of
openpyxl's (with row data in it). When a save fails half-way — a full disk, a read-only folder
— or the sheets are never saved because something else failed, the generators are finalised
whenever the garbage collector gets to them, in any order: the one that closes the file often
goes first, and the other then writes its closing tag to a closed file. Python prints that as
"Exception ignored … ValueError: I/O operation on closed file", a traceback on stderr after the
one sentence a command is allowed. :func:`discard` closes them in the right order and removes
their temporary files (which hold the rows) at once. ``Workbook.save`` has the same flaw with
the zip file it opens and never closes on failure; :func:`save` closes it.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from openpyxl.writer.excel import ExcelWriter

from rehablogg.exchange.sheet_writer import NeutralWorkbook

W = TypeVar("W", bound=NeutralWorkbook)


@contextmanager
def discarded_on_failure(wb: W) -> Iterator[W]:
    """``wb`` (a write-only workbook), discarded cleanly when the block fails."""
    try:
        yield wb
    except BaseException:
        discard(wb)
        raise


def discard(wb: NeutralWorkbook) -> None:
    """Close every unsaved write-only sheet's generators (rows first, then the file's) and
    remove its temporary file; what was written is thrown away."""
    for ws in wb.worksheets:
        rows: Any = getattr(ws, "_rows", None)
        writer: Any = getattr(ws, "_writer", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
            ws._rows = None  # type: ignore[attr-defined]  # openpyxl's own, not in its stubs
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            writer.close()
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            with contextlib.suppress(OSError):
                os.remove(out)


def save(wb: NeutralWorkbook, path: Path) -> None:
    """``wb.save(path)`` (openpyxl's ``save_workbook``), with the zip file closed when the
    save fails (its second failure, writing the end of the zip to a full disk, is dropped:
    the first is the one raised)."""
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        wb.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
        ExcelWriter(wb, archive).save()
    except BaseException:
        with contextlib.suppress(Exception):
            archive.close()
        raise
