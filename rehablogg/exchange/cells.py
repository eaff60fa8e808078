"""A workbook's cell values, sheet by sheet, from python-calamine when it is installed and from
openpyxl's read-only mode otherwise.

calamine parses a sheet about ten times faster than openpyxl, but it hands values back a little
differently; ``_calamine_rows`` turns them into what openpyxl gives for the files rehablogg and
spreadsheet programs write:

- every number is a float (openpyxl gives an int for ``<v>45</v>``): a whole-valued float
  becomes an int, a fraction (45.5) stays a float;
- a date cell at midnight is a ``date`` (openpyxl: a ``datetime`` at midnight): it becomes that
  datetime;
- an empty cell is ``""`` (openpyxl: ``None``): it becomes ``None``;
- rows and columns are counted from A1, as in openpyxl, so row numbers in sentences agree.

What calamine cannot tell apart — an empty text cell from no cell, an error cell (``#N/A``) from
no cell, ``45.0`` written with a decimal point from ``45`` — only matters for files that are not
valid anyway; ``verify`` reads such a file again with openpyxl to word its problems, so those
sentences are openpyxl's.

calamine is also more forgiving than openpyxl of a damaged file: it never reads
``[Content_Types].xml`` or ``docProps/core.xml``, and stops reading a sheet's XML at the end of
its cells. So that calamine never accepts a file openpyxl calls damaged, the calamine workbook
first does what openpyxl's ``load_workbook`` does with the package's small parts (with
openpyxl's own code, a few milliseconds), checks each sheet's XML the way openpyxl would before
handing out its values (well-formed to the end, read to the end so the zip's CRC is checked),
and ``finish`` does openpyxl's scan of the sheets nobody read. Only the slow part, turning
every cell into a Python value, is left to calamine.
"""

from __future__ import annotations

import contextlib
import warnings
import xml.parsers.expat
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import SUPPORTED_FORMATS, ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.xml.constants import ARC_STYLE

from rehablogg.exchange.package_guard import PackageFacts

try:
    import python_calamine
except ImportError:  # pragma: no cover - the fallback is tested by forcing it
    python_calamine = None  # type: ignore[assignment]

Row = tuple[object, ...]


class DamagedWorkbookError(Exception):
    """The reader failed: the file's zip or XML is broken."""


def calamine_available() -> bool:
    return python_calamine is not None


class Workbook:
    """An open workbook: its sheet names in file order and each sheet's rows of values."""

    def __init__(
        self,
        path: Path,
        *,
        calamine: bool | None = None,
        facts: PackageFacts | None = None,
    ) -> None:
        """``facts``: what the package guard found before any reader opened the file; the XML
        parts it read to the end (namespaces on, CRC checked) are not parsed again, nor looked
        through for a dimension where the word does not occur."""
        use = calamine_available() if calamine is None else calamine and calamine_available()
        self.calamine = use
        self._parsed = facts.parsed if facts is not None else frozenset()
        self._without_dimension = facts.without_dimension if facts is not None else frozenset()
        self._book: Any = None
        self._archive: zipfile.ZipFile | None = None
        self._file: Any = None
        self._parts: dict[str, str] = {}  # worksheet name -> its XML part
        self._unscanned: set[str] = set()  # worksheets openpyxl would scan and nobody read yet
        try:
            if use:
                self.sheetnames: list[str] = self._load_like_openpyxl(path)
                self._book = python_calamine.CalamineWorkbook.from_path(str(path))
                if list(self._book.sheet_names) != self.sheetnames:
                    raise DamagedWorkbookError("the readers disagree about the sheets")
            else:
                if path.suffix.lower() not in SUPPORTED_FORMATS:  # as load_workbook(path) does
                    raise DamagedWorkbookError(path.suffix)
                # openpyxl gets an open file, not the path: when it fails half-way it leaves the
                # zip it opened unclosed, and this one we close.
                self._file = open(path, "rb")  # noqa: SIM115 - closed in close()
                with warnings.catch_warnings():
                    # openpyxl warns about parts of other programs' files it does not support
                    # (data validation extensions, for one); none of that matters here.
                    warnings.simplefilter("ignore")
                    self._book = load_workbook(
                        self._file, read_only=True, data_only=True, keep_links=False
                    )
                self.sheetnames = list(self._book.sheetnames)
        except Exception as exc:  # anything a reader trips over is a broken file
            self.close()
            raise DamagedWorkbookError from exc

    def rows(self, sheet: str) -> Iterator[Row]:
        """The sheet's rows as values from row 1 and column A, every row in the file (not only
        the declared range); trailing empty cells may be left out."""
        if self.calamine:
            return self._calamine_rows(sheet)
        return _openpyxl_rows(self._book, sheet)

    def finish(self) -> None:
        """Check what openpyxl checks on opening and nobody has read since (the start of the
        sheets that were not read). Nothing to do for openpyxl, which checked it then."""
        if not self.calamine:
            return
        for sheet in sorted(self._unscanned):
            self._unscanned.discard(sheet)
            try:
                self._dimensions(self._parts[sheet])
            except Exception as exc:
                raise DamagedWorkbookError from exc

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None
        if self._book is not None:
            with contextlib.suppress(Exception):  # closing a broken file is no problem of its own
                self._book.close()
            self._book = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- calamine, checked like openpyxl ---------------------------------------------------

    def _load_like_openpyxl(self, path: Path) -> list[str]:
        """What ``load_workbook(read_only=True)`` reads, with its code, except scanning every
        worksheet for its size; returns the sheet names as openpyxl lists them."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = ExcelReader(
                str(path), read_only=True, keep_vba=False, data_only=True, keep_links=False
            )
            self._archive = reader.archive
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            reader.read_properties()
            reader.read_custom()
            reader.read_theme()
            _apply_styles(reader)
            names: list[str] = []
            for sheet, rel in reader.parser.find_sheets():  # read_worksheets, read-only branch
                if rel.target not in reader.valid_files:
                    continue
                if "chartsheet" in rel.Type:
                    reader.read_chartsheet(sheet, rel)  # type: ignore[arg-type]  # as openpyxl does
                    names.append(sheet.name)
                    continue
                rels_path = get_rels_path(rel.target)  # type: ignore[no-untyped-call]
                if rels_path in reader.valid_files:
                    get_dependents(reader.archive, rels_path)
                self._parts[sheet.name] = rel.target
                self._unscanned.add(sheet.name)
                names.append(sheet.name)
            reader.parser.assign_names()
        return names

    def _opened(self, part: str) -> Any:
        assert self._archive is not None
        return self._archive.open(part)

    def _check_sheet_xml(self, sheet: str) -> None:
        """Fail where openpyxl would in reading the whole sheet: its dimension, XML that is not
        well-formed anywhere, a zip member that does not inflate or fails its CRC."""
        part = self._parts.get(sheet)
        if part is None:
            return
        self._unscanned.discard(sheet)
        if part.lstrip("/") not in self._parsed:
            with self._opened(part) as src:
                parser = xml.parsers.expat.ParserCreate(namespace_separator="}")  # as openpyxl
                while chunk := src.read(_CHUNK):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        self._dimensions(part)

    def _dimensions(self, part: str) -> None:
        """openpyxl's look for the sheet's dimension on loading it, which reads through the
        rows until it finds one (a bad range is a damaged file, wherever it stands). On a part
        the guard parsed whole, it can only fail on a dimension element, so a part without the
        word is not read again: the sheets rehablogg writes have none."""
        if part.lstrip("/") in self._without_dimension:
            return
        with self._opened(part) as src:
            WorkSheetParser(src, []).parse_dimensions()

    def _calamine_rows(self, sheet: str) -> Iterator[Row]:
        try:
            self._check_sheet_xml(sheet)
            values = self._book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except Exception as exc:
            raise DamagedWorkbookError from exc
        midnight = datetime.min.time()
        combine = datetime.combine
        for raw in values:
            row: list[object] = []
            append = row.append
            for value in raw:
                kind = value.__class__
                if kind is str:
                    append(value or None)
                elif kind is float:
                    append(int(value) if value.is_integer() else value)
                elif kind is date:
                    append(combine(value, midnight))
                else:
                    append(value)
            yield tuple(row)


# The style parts openpyxl has read without failing in this process. Every export rehablogg
# writes has the same one, and reading it into openpyxl's objects was a tenth of opening a file
# (0.57 ms): the same bytes pass again, so they are not read again. A few are kept, by content.
_STYLES_PASSED: dict[bytes, None] = {}
_STYLES_KEPT = 16


def _apply_styles(reader: ExcelReader) -> None:
    """``apply_stylesheet`` as ``load_workbook`` calls it, unless these very bytes passed it
    before (nothing read later looks at the styles: the values come from calamine)."""
    try:
        data = reader.archive.read(ARC_STYLE)
    except KeyError:  # no styles part: openpyxl keeps its defaults
        return
    if data in _STYLES_PASSED:
        return
    apply_stylesheet(reader.archive, reader.wb)
    if len(_STYLES_PASSED) >= _STYLES_KEPT:
        _STYLES_PASSED.clear()
    _STYLES_PASSED[data] = None


_CHUNK = 1 << 16


def _openpyxl_rows(wb: Any, sheet: str) -> Iterator[Row]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ws = wb[sheet]
            ws.reset_dimensions()
            rows = ws.iter_rows(values_only=True)
        except Exception as exc:
            raise DamagedWorkbookError from exc
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception as exc:
                raise DamagedWorkbookError from exc
            # A row missing from the file comes back as an empty list, the others as tuples.
            yield row if row.__class__ is tuple else tuple(row)
