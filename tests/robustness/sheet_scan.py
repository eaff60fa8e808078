"""Reading a written workbook's XML the way a spreadsheet program will, to find anything in it
that could run: a formula (``<f>``), an error or formula-string cell, a hyperlink, a defined
name, an external link, and any text that a spreadsheet would take as the start of a formula if
the user edited the cell or saved the sheet as CSV (text that is not neutralised).

rehablogg writes no formula on purpose in any sheet. The only formulas it means to write are
the references of its charts' data series (``<c:f>'Oversikt'!$C$12:$D$40</c:f>``) and of the
summary's print set-up (the defined names ``_xlnm.Print_Titles`` and ``_xlnm.Print_Area`` of a
sheet): those are checked against the form of a plain cell range, or of rows, on a sheet of the
same workbook; any other defined name is reported.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from rehablogg.exchange.neutralise import is_neutral

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
# A chart's series reference: 'Sheet name'!$A$1, 'Sheet name'!$A$1:$B$9 or 'Sheet name'!C25
# (a series title), nothing else.
_CELL = r"\$?[A-Z]{1,3}\$?\d+"
_CHART_REFERENCE = re.compile(rf"^'(?P<sheet>[^'!]+)'!{_CELL}(:{_CELL})?$")
_PRINT_NAMES = ("_xlnm.Print_Titles", "_xlnm.Print_Area")
_PRINT_REFERENCE = re.compile(rf"^'(?P<sheet>[^'!]+)'!(\$\d+:\$\d+|{_CELL}(:{_CELL})?)$")
_EXTERNAL = ("xl/externalLinks/", "xl/vbaProject", "xl/connections", "xl/queryTables")


def _text_of(element: ElementTree.Element) -> str:
    """The text of a string item: every ``<t>`` inside it (plain or rich text runs)."""
    return "".join(t.text or "" for t in element.iter(f"{_MAIN}t"))


def problems(path: Path) -> list[str]:
    """Every reason the workbook at ``path`` could run something; empty when it cannot."""
    found: list[str] = []
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        sheet_names = _sheet_names(package)
        for name in names:
            if name.startswith(_EXTERNAL):
                found.append(f"{name}: part that links or runs code")
        for name in names:
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += _sheet_problems(name, package.read(name))
            elif name == "xl/sharedStrings.xml":
                root = ElementTree.fromstring(package.read(name))
                for index, item in enumerate(root.iter(f"{_MAIN}si")):
                    text = _text_of(item)
                    if not is_neutral(text):
                        found.append(f"{name}: shared string {index} {text!r} is not neutral")
            elif name.startswith("xl/charts/") and name.endswith(".xml"):
                root = ElementTree.fromstring(package.read(name))
                for ref in root.iter(f"{_CHART}f"):
                    match = _CHART_REFERENCE.match(ref.text or "")
                    if match is None or match["sheet"] not in sheet_names:
                        found.append(f"{name}: chart formula {ref.text!r} is not a plain range")
        workbook = ElementTree.fromstring(package.read("xl/workbook.xml"))
        for defined in workbook.iter(f"{_MAIN}definedName"):
            if _print_setting(defined, sheet_names):
                continue
            found.append(f"xl/workbook.xml: defined name {defined.get('name')!r}")
    return found


def _print_setting(defined: ElementTree.Element, sheet_names: set[str]) -> bool:
    """The two names a print set-up needs (the summary's header row repeated on each page and
    its print area), when they are what they say: a plain range or rows of one of the
    workbook's own sheets, and nothing else."""
    if defined.get("name") not in _PRINT_NAMES or defined.get("localSheetId") is None:
        return False
    match = _PRINT_REFERENCE.match(defined.text or "")
    return match is not None and match["sheet"] in sheet_names


def _sheet_names(package: zipfile.ZipFile) -> set[str]:
    workbook = ElementTree.fromstring(package.read("xl/workbook.xml"))
    return {str(s.get("name")) for s in workbook.iter(f"{_MAIN}sheet")}


def _sheet_problems(name: str, xml: bytes) -> list[str]:
    found: list[str] = []
    for _event, element in ElementTree.iterparse(io.BytesIO(xml)):
        tag = element.tag
        if tag == f"{_MAIN}f":
            found.append(f"{name}: formula {element.text!r}")
        elif tag == f"{_MAIN}hyperlink":
            found.append(f"{name}: hyperlink at {element.get('ref')}")
        elif tag == f"{_MAIN}c":
            kind = element.get("t")
            ref = element.get("r")
            if kind in ("e", "str"):
                found.append(f"{name}: {ref} is a cell of type {kind!r}")
            elif kind == "inlineStr":
                inline = element.find(f"{_MAIN}is")
                text = "" if inline is None else _text_of(inline)
                if not is_neutral(text):
                    found.append(f"{name}: {ref} holds {text!r}, not neutral")
            element.clear()
    return found


_NUMBER = re.compile(r"^-?\d+([.,]\d+)?([eE]-?\d+)?$")


def csv_problems(path: Path, encoding: str = "utf-8-sig", delimiter: str = ";") -> list[str]:
    """Every field of a CSV file that a spreadsheet would open as a formula (a negative number
    is a number, not a formula)."""
    found = []
    with open(path, encoding=encoding, newline="") as fh:
        for number, row in enumerate(csv.reader(fh, delimiter=delimiter), start=1):
            found += [
                f"{path.name}, line {number}: {field!r} is not neutral"
                for field in row
                if not is_neutral(field) and not _NUMBER.match(field)
            ]
    return found


def text_values(path: Path) -> list[str]:
    """Every text a spreadsheet shows in the workbook (shared and inline strings)."""
    out: list[str] = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name == "xl/sharedStrings.xml":
                root = ElementTree.fromstring(package.read(name))
                out += [_text_of(item) for item in root.iter(f"{_MAIN}si")]
            elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
                root = ElementTree.fromstring(package.read(name))
                out += [_text_of(inline) for inline in root.iter(f"{_MAIN}is")]
    return out
