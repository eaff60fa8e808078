"""Streaming the combined rows (Registreringer, Deltakere) into the summary workbook fast.

openpyxl's write-only cell serialiser builds an element per cell and spent ~80 % of an
aggregate run writing these plain data rows (benchmarks/README.md). The summary is still made
by openpyxl: it writes every sheet, and for each row sheet the header and the first data row
(the *template* row, which carries the cell styles openpyxl chose, e.g. the date format). This
module then copies the saved package once and appends the remaining rows to those sheets as
the same kind of XML openpyxl writes (``<row r=…><c r=… t="n|inlineStr|b">``), so styles,
relationships and every other part stay openpyxl's own. Text is neutralised here with
``neutralise.cell_text``, as ``sheet_writer`` does for every cell openpyxl writes.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from xml.etree import ElementTree

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from rehablogg.aggregate.deflated_member import crc32_combine, write_deflated
from rehablogg.exchange.neutralise import cell_text
from rehablogg.storage.owner_only import create_owner_only

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_EPOCH = date(1899, 12, 30)  # Excel's day 0 in the 1900 date system (openpyxl's default)
_CELL_STYLE = re.compile(rb'<c r="([A-Z]+)\d+" s="(\d+)"')
# zlib level for the streamed row sheets: 1 compresses these repetitive rows almost as well as
# the default 6 (benchmarks/README.md) in less time.
ROW_SHEET_LEVEL = 1
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


class RowSheetError(RuntimeError):
    """The saved workbook does not have the shape this module relies on (a programming error)."""


def sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip member holding that worksheet."""
    workbook = ElementTree.fromstring(package.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): str(r.get("Target")) for r in rels.iter(f"{_PKG}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets[sheet.get(f"{_REL}id")]
        parts[str(sheet.get("name"))] = (
            target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        )
    return parts


def append_rows(
    source: Path,
    target: Path,
    rows_by_sheet: Mapping[str, Iterable[Sequence[object]] | RenderedRows],
) -> None:
    """Copy the package ``source`` to ``target``, appending each sheet's rows after the rows
    openpyxl wrote: rows to render here (the iterables are consumed in sheet order, one pass,
    nothing held), or rows a worker process has rendered already (:class:`RenderedRows`)."""
    with (
        zipfile.ZipFile(source) as src,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as dst,
    ):
        parts = sheet_parts(src)
        missing = set(rows_by_sheet) - set(parts)
        if missing:
            raise RowSheetError(f"no sheet named {sorted(missing)}")
        by_member = {parts[name]: rows for name, rows in rows_by_sheet.items()}
        for info in src.infolist():
            rows = by_member.get(info.filename)
            if rows is None:
                # Streamed, not read whole: the sheets with a row per client grow with the
                # collection, and a copy held inflated raised the summary's peak with them.
                with src.open(info) as part, dst.open(info, "w") as out:
                    shutil.copyfileobj(part, out, _COPY)
                continue
            data = src.read(info.filename)  # a row sheet's start: its header and template row
            if isinstance(rows, RenderedRows):
                _append_rendered(dst, info, data, rows)
            else:
                # A new ZipInfo is stored uncompressed unless told otherwise: the row sheets
                # are most of the file, and deflated they take about a tenth of the room.
                member = zipfile.ZipInfo(info.filename, info.date_time)
                member.compress_type = zipfile.ZIP_DEFLATED
                member._compresslevel = ROW_SHEET_LEVEL  # type: ignore[attr-defined]
                with dst.open(member, "w", force_zip64=True) as out:
                    for chunk in _sheet_with_rows(data, rows):
                        out.write(chunk)


def _split_sheet(sheet: bytes) -> tuple[bytes, bytes, int, dict[str, str]]:
    """(head, tail, rows written, template styles): the sheet up to and from ``</sheetData>``,
    the number of rows openpyxl wrote, and the style of each column of its last row."""
    end = sheet.rfind(b"</sheetData>")
    if end < 0:
        raise RowSheetError("worksheet without sheetData")
    head = sheet[:end]
    written = head.count(b"<row ")
    styles = (
        {
            m.group(1).decode(): m.group(2).decode()
            for m in _CELL_STYLE.finditer(head[head.rfind(b"<row ") :])
        }
        if written
        else {}
    )
    return head, sheet[end:], written, styles


def _sheet_with_rows(sheet: bytes, rows: Iterable[Sequence[object]]) -> Iterator[bytes]:
    head, tail, written, styles = _split_sheet(sheet)
    yield head
    for batch in render_rows(rows, written + 1, styles):
        yield batch.encode()
    yield tail


def _append_rendered(
    dst: zipfile.ZipFile, info: zipfile.ZipInfo, sheet: bytes, rows: RenderedRows
) -> None:
    """The sheet with the rows a worker rendered and deflated: openpyxl's start of the sheet
    deflated here, then the worker's bytes as they are, then the end of the sheet."""
    head, tail, written, styles = _split_sheet(sheet)
    if rows.first != written + 1:
        raise RowSheetError(f"rows rendered from row {rows.first}, the sheet has {written}")
    if rows.date_style is not None and any(
        style != str(rows.date_style) for style in styles.values()
    ):
        raise RowSheetError(f"the rows' date style {rows.date_style}, the template's {styles}")
    crc, size, length = rows.trailer()
    start = zlib.compressobj(ROW_SHEET_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    head_z = start.compress(head) + start.flush(zlib.Z_SYNC_FLUSH)
    end = zlib.compressobj(ROW_SHEET_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    tail_z = end.compress(tail) + end.flush(zlib.Z_FINISH)
    member = zipfile.ZipInfo(info.filename, info.date_time)
    member.CRC = crc32_combine(
        crc32_combine(zlib.crc32(head), crc, size), zlib.crc32(tail), len(tail)
    )
    member.file_size = len(head) + size + len(tail)
    member.compress_size = len(head_z) + length + len(tail_z)
    write_deflated(dst, member, chain((head_z,), rows.deflated(length), (tail_z,)))


# Rows rendered into one piece of text: about 0.8 MB of XML for the entry sheet (1.5 kB a row).
# A piece is held several times over while it is inflated, styled, read ahead and deflated, so
# its size is most of what appending the rows costs in memory: 2 000 rows a piece added 18 MB to
# the summary's peak, 500 add 5 MB, for the same time (benchmarks/README.md).
BATCH_ROWS = 500


def render_rows(
    rows: Iterable[Sequence[object]], first: int, styles: Mapping[str, str]
) -> Iterator[str]:
    """The rows as worksheet XML from row number ``first``, ``BATCH_ROWS`` rows a piece.
    ``styles``: the template row's style of each column letter (a date cell needs one)."""
    letters: list[str] = []
    batch: list[str] = []
    texts: dict[str, str] = {}
    number = first - 1
    for row in rows:
        number += 1
        while len(letters) < len(row):
            letters.append(get_column_letter(len(letters) + 1))
        batch.append(_row_xml(row, number, letters, styles, texts))
        if len(batch) == BATCH_ROWS:
            yield "".join(batch)
            batch.clear()
            if len(texts) > _TEXTS_KEPT:
                texts.clear()
    yield "".join(batch)


@dataclass(frozen=True, slots=True)
class StyledNumber:
    """A number or date cell in the workbook's style number ``style``
    (``NeutralWorkbook.style_number``; None: no style), written as openpyxl writes it: the
    number as ``%.16g``, a date as its serial day (``to_excel``). What the analysis tables'
    rows hold when they are rendered here (table_sheet.py) instead of by openpyxl."""

    value: object
    style: int | None


class EmptyText:
    """An empty text cell, written as openpyxl writes one. The row sheets leave such a cell
    out; the analysis tables keep it as openpyxl did: a reader without the sheet's dimension
    (openpyxl's read-only mode) takes a row's length from its last cell."""


EMPTY_TEXT = EmptyText()


def _styled_xml(cell: StyledNumber, ref: str) -> str:
    value = cell.value
    if isinstance(value, date):
        value = to_excel(value)  # type: ignore[no-untyped-call]  # openpyxl has no hints here
    number = float(value)  # type: ignore[arg-type]  # a number or a date's serial
    shown = f"{number:.16g}" if math.isfinite(number) else ""  # as openpyxl's safe_string
    style = "" if cell.style is None else f' s="{cell.style}"'
    return f'<c r="{ref}"{style} t="n"><v>{shown}</v></c>'


class _DateStyle(dict[str, str]):
    """Rendering before the workbook is saved: every date cell gets the style number the
    workbook registered for dates first of all (``NeutralWorkbook.style_number``), which
    :func:`_append_rendered` holds against the template row openpyxl wrote."""

    def __init__(self, style: int) -> None:
        super().__init__()
        self.style = str(style)

    def __missing__(self, letter: str) -> str:
        return self.style


_TRAILER = struct.Struct(">IQ")  # CRC-32 and length of the rendered text


def write_rendered(
    rows: Iterable[Sequence[object]], first: int, target: Path, date_style: int | None
) -> None:
    """Render ``rows`` (from row number ``first``, dates in style ``date_style``) into
    ``target``, owner-only, deflated once for good: one raw deflate stream ending with a sync
    flush (so the sheet's end can follow it in the same zip member), then the text's CRC-32
    and length. What :class:`RenderedRows` reads; for a worker process (row_sheet_worker.py),
    while the workbook's other sheets are made, and for the analysis tables. ``date_style``
    None: every date comes as a :class:`StyledNumber`, a bare one is refused."""
    compressor = zlib.compressobj(ROW_SHEET_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    crc = size = 0
    styles: Mapping[str, str] = {} if date_style is None else _DateStyle(date_style)
    with os.fdopen(create_owner_only(target), "wb") as fh:
        for batch in render_rows(rows, first, styles):
            text = batch.encode()
            crc = zlib.crc32(text, crc)
            size += len(text)
            fh.write(compressor.compress(text))
        fh.write(compressor.flush(zlib.Z_SYNC_FLUSH))
        fh.write(_TRAILER.pack(crc, size))


@dataclass(frozen=True)
class RenderedRows:
    """Rows already rendered into ``path`` by :func:`write_rendered`, from row ``first``,
    their dates in style ``date_style`` (held against the template row openpyxl wrote), or
    None when each styled cell named its own style (no template row to hold it against)."""

    path: Path
    first: int
    date_style: int | None

    def trailer(self) -> tuple[int, int, int]:
        """(CRC-32, length) of the rendered text and the length of its deflated bytes."""
        with open(self.path, "rb") as fh:
            length = fh.seek(-_TRAILER.size, os.SEEK_END)
            crc, size = _TRAILER.unpack(fh.read(_TRAILER.size))
        return crc, size, length

    def deflated(self, length: int) -> Iterator[bytes]:
        with open(self.path, "rb") as fh:
            while length > 0 and (piece := fh.read(min(_COPY, length))):
                length -= len(piece)
                yield piece


_COPY = 1 << 20


# Text cells rendered once and reused: most of a row's text repeats from row to row
# (municipality, therapist, unit, month, code, category, arena). Emptied when it holds this many
# (an entry's id never repeats), so memory stays flat.
_TEXTS_KEPT = 50_000


def _row_xml(
    row: Sequence[object],
    number: int,
    letters: list[str],
    styles: Mapping[str, str],
    texts: dict[str, str],
) -> str:
    """One row's XML. The plain types rows hold (text, whole and decimal numbers, gaps) are
    told apart by their exact class, the cheapest test; anything else goes to ``_cell_xml``."""
    at = f"{number}"
    cells = [f'<row r="{at}">']
    append = cells.append
    for letter, value in zip(letters, row, strict=False):
        if type(value) is str:
            if value:
                rest = texts.get(value)
                if rest is None:
                    rest = texts[value] = _text_xml(value)
                append(f'<c r="{letter}{at}"{rest}')
        elif (kind := type(value)) is int or kind is float:
            append(f'<c r="{letter}{at}" t="n"><v>{value!r}</v></c>')
        elif value is not None:
            append(_cell_xml(value, f"{letter}{at}", letter, styles))
    append("</row>")
    return "".join(cells)


def _text_xml(value: str) -> str:
    """A text cell's XML after its reference. The same neutralisation as every other cell
    (sheet_writer): an inline string is never a formula as written, but becomes one when the
    user edits the cell or saves the sheet as CSV. cell_text also drops what XML cannot hold."""
    text = cell_text(value).translate(_ESCAPES)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f' t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _cell_xml(value: object, ref: str, letter: str, styles: Mapping[str, str]) -> str:
    if value == "":
        return ""
    if value is True or value is False:
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}" t="n"><v>{value!r}</v></c>'
    if isinstance(value, StyledNumber):
        return _styled_xml(value, ref)
    if value is EMPTY_TEXT:
        return f'<c r="{ref}" t="inlineStr" />'
    if isinstance(value, date):
        try:
            style = styles[letter]  # the template row's, or the workbook's date style
        except KeyError:
            raise RowSheetError(
                f"a date in column {letter} without a date style in the template row"
            ) from None
        day = value.date() if isinstance(value, datetime) else value
        return f'<c r="{ref}" s="{style}" t="n"><v>{(day - _EPOCH).days}</v></c>'
    return f'<c r="{ref}"{_text_xml(str(value))}'
