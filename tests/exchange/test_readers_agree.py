"""verify reads with python-calamine when it is installed and with openpyxl otherwise: both
give the same report — the same problems in the same words, the same content — for every file
the other verify tests make (valid exports, every refusal, mangled submissions, cells that the
two libraries hand back differently, and a LibreOffice re-save when soffice is installed)."""

from __future__ import annotations

import random
import shutil
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from rehablogg.aggregate.row_sheets import sheet_parts
from rehablogg.exchange.cells import calamine_available
from rehablogg.exchange.export import ExportResult
from rehablogg.exchange.package_guard import ERROR_CELLS
from rehablogg.exchange.verify import DAMAGED, VerifyReport, verify_file
from tests.exchange.edits import EDITS, format_2, rehash, with_minor_version
from tests.exchange.helpers import demo_db, edited, export_month, worked_example
from tests.exchange.libreoffice import resave
from tests.robustness.mangling import SEED, mutations, rezipped

pytestmark = pytest.mark.skipif(
    not calamine_available(),
    reason="python-calamine is not installed; verify reads with openpyxl only",
)


def _put(
    sheet: str,
    cell: str,
    value: object,
    *,
    quote_prefix: bool = False,
    error: bool = False,
    number_format: str | None = None,
) -> Callable[[Workbook], None]:
    def change(wb: Workbook) -> None:
        target = wb[sheet][cell]
        target.value = value
        if error:
            target.data_type = "e"
        if quote_prefix:
            target.quotePrefix = True
        if number_format is not None:
            target.number_format = number_format

    return change


def _note_column(wb: Workbook) -> str:
    """The letter of the notat column (after the parties, so it moves with the catalogue)."""
    header = [cell.value for cell in wb["Registreringer"][1]]
    return get_column_letter(header.index("notat") + 1)


def _note_row(wb: Workbook, *, empty: bool) -> int:
    """The first Registreringer row whose notat is empty, or holds a note."""
    ws = wb["Registreringer"]
    column = [cell.value for cell in ws[1]].index("notat") + 1
    for row in range(2, ws.max_row + 1):
        if (ws.cell(row, column).value is None) == empty:
            return row
    raise AssertionError("no such row in the export")


def _put_note(row: int, value: str, **style: bool) -> Callable[[Workbook], None]:
    """``_put`` into the notat column of ``row``."""

    def change(wb: Workbook) -> None:
        _put("Registreringer", f"{_note_column(wb)}{row}", value, **style)(wb)

    return change


def _note_error(*, empty: bool) -> Callable[[Workbook], None]:
    def change(wb: Workbook) -> None:
        cell = f"{_note_column(wb)}{_note_row(wb, empty=empty)}"
        _put("Registreringer", cell, "#DIV/0!", error=True)(wb)

    return change


# Cells the two libraries may hand back differently, each in a place verify looks at.
CELLS = {
    "minutes 45.5": _put("Registreringer", "H4", 45.5),
    "minutes written 45.0": _put("Registreringer", "H4", 45.0),
    "minutes as text": _put("Registreringer", "H4", "45"),
    "minutes true": _put("Registreringer", "H4", True),
    "flag true": _put("Registreringer", "O4", True),
    "flag 1.0": _put("Registreringer", "O4", 1.0),
    "flag 2": _put("Registreringer", "O4", 2),
    "date as text": _put("Registreringer", "B4", "04.03.2025"),
    "date with a time": _put("Registreringer", "B4", datetime(2025, 3, 4, 12, 30)),
    "date outside": _put("Registreringer", "B4", datetime(2025, 4, 2)),
    "date as a number": _put("Registreringer", "B4", 45720, number_format="General"),
    "number as a date": _put("Registreringer", "H4", 45, number_format="dd.mm.yyyy"),
    "start as a time": _put("Registreringer", "D4", time(8, 30)),
    "start empty text": _put("Registreringer", "D4", ""),
    "start error": _put("Registreringer", "D4", "#N/A", error=True),
    "note error": _note_error(empty=False),
    "note quote prefix": _put_note(4, "=SUM(A1)", quote_prefix=True),
    "note apostrophe": _put_note(4, "'=SUM(A1)", quote_prefix=True),
    "birth year huge": _put("Deltakere", "C2", 12345678.0),
    "birth year exponent": _put("Deltakere", "C2", 1e20),
    "birth year negative": _put("Deltakere", "C2", -2014),
    "pseudonym number": _put("Deltakere", "B2", 7),
    "position text": _put("Metadata", "B15", "80"),
    "position fraction": _put("Metadata", "B15", 80.5),
    "format version number": _put("Metadata", "B3", 1.0),
    "category bool": _put("Koder", "B2", False),
    "far away cell": _put("Registreringer", "AZ400", "x"),
    "metadata gap": _put("Metadata", "A40", "ekstra"),
}


def _structural() -> dict[str, Callable[[Workbook], None]]:
    def shifted(wb: Workbook) -> None:
        wb["Deltakere"].insert_rows(1)
        wb["Deltakere"].insert_cols(1)

    def reordered(wb: Workbook) -> None:
        wb.move_sheet("Koder", offset=-2)

    def hidden(wb: Workbook) -> None:
        wb["Koder"].sheet_state = "hidden"

    def renamed(wb: Workbook) -> None:
        wb["Koder"].title = "koder"

    def trailing(wb: Workbook) -> None:
        ws = wb["Registreringer"]
        ws.cell(ws.max_row + 5, 40).number_format = "0.00"
        ws.cell(1, 40).value = ""

    return {
        "shifted": shifted,
        "reordered": reordered,
        "hidden sheet": hidden,
        "renamed sheet": renamed,
        "styled trailing cells": trailing,
    }


def _files(march: ExportResult, submission: Path, folder: Path) -> Iterator[Path]:
    yield march.path
    yield submission
    yield edited(march.path, folder / "resaved.xlsx", lambda wb: None)
    example = worked_example(folder / "example-db")
    yield export_month(example, folder / "example", submit=True).path
    example.close()
    for name, change in {**EDITS, **CELLS, **_structural()}.items():
        yield edited(march.path, folder / f"{name.replace(' ', '_')}.xlsx", change)
    for version in ("1.1", "1.0"):
        yield rehash(
            edited(
                march.path,
                folder / f"v{version}.xlsx",
                lambda wb, v=version: with_minor_version(wb, v),
            )
        )
    yield rehash(edited(march.path, folder / "v2.xlsx", format_2))
    data = march.path.read_bytes()
    for name, content in {
        "truncated": data[: len(data) // 2],
        "text": b"Dette er bare tekst.\n",
        "old excel": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
        "empty": b"",
        "csv": "registrering_id;dato;uke\r\n".encode("utf-8-sig"),
    }.items():
        (path := folder / f"{name}.xlsx").write_bytes(content)
        yield path
    for name, members in {
        "ods": {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"},
        "other zip": {"word/document.xml": "<x/>"},
    }.items():
        with zipfile.ZipFile(path := folder / f"{name}.xlsx", "w") as archive:
            for member, text in members.items():
                archive.writestr(member, text)
        yield path
    wb = Workbook()
    wb.active.append(["hei"])
    wb.save(path := folder / "not an export.xlsx")
    yield path
    yield folder / "missing.xlsx"
    yield folder
    central = bytearray(data)
    central[central.find(b"PK\x01\x02") + 6] = 188  # a zip version zipfile refuses
    (path := folder / "zip version.xlsx").write_bytes(bytes(central))
    yield path
    rng = random.Random(SEED)
    original = submission.read_bytes()
    for name, content in mutations(original, rng) + rezipped(original, rng):
        (path := folder / f"mangled-{name}.xlsx").write_bytes(content)
        yield path


def _same(path: Path) -> tuple[VerifyReport, VerifyReport]:
    fast = verify_file(path, keep_content=True)
    slow = verify_file(path, keep_content=True, reader="openpyxl")
    assert (fast.problems, fast.problem_count) == (slow.problems, slow.problem_count), path.name
    assert fast.content == slow.content, path.name
    return fast, slow


@pytest.fixture(scope="module")
def submission(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("agree-submission")
    db = demo_db(folder / "db", entries=300, clients=10, seed=3)
    path = export_month(db, folder / "out", submit=True).path
    db.close()
    return path


def test_calamine_and_openpyxl_give_the_same_reports(
    march: ExportResult, submission: Path, tmp_path: Path
) -> None:
    checked = refused = 0
    differing: list[str] = []  # what calamine alone words differently (openpyxl re-reads those)
    for path in _files(march, submission, tmp_path):
        _, slow = _same(path)
        alone = verify_file(path, keep_content=True, reader="calamine")
        # calamine alone must reach the same verdict, so "accepted" never needs openpyxl.
        assert alone.ok == slow.ok, (path.name, alone.problems, slow.problems)
        if alone.ok:
            assert alone.content == slow.content, path.name
            for mine, theirs in zip(
                alone.content.entries + alone.content.participants,  # type: ignore[union-attr]
                slow.content.entries + slow.content.participants,  # type: ignore[union-attr]
                strict=True,
            ):
                assert [type(x) for x in mine] == [type(x) for x in theirs], path.name
        elif alone.problems != slow.problems:
            differing.append(f"{path.name}: {alone.problems[:1]} / {slow.problems[:1]}")
        checked += 1
        refused += not slow.ok
    assert checked > 150 and refused > 100
    print(
        f"readers agree on {checked} files ({refused} refused); calamine alone words "
        f"{len(differing)} refusals differently:",
        *differing,
        sep="\n  ",
    )


def test_an_error_cell_over_an_empty_note(march: ExportResult, tmp_path: Path) -> None:
    """python-calamine hands back an error cell as an empty one, so an error cell where
    rehablogg wrote nothing would pass the calamine read and its checksum while openpyxl reads
    #DIV/0!; the package guard refuses error cells before either reader runs."""
    path = edited(march.path, tmp_path / "empty_note_error.xlsx", _note_error(empty=True))
    fast, slow = _same(path)
    assert fast.sentence() == slow.sentence() == ERROR_CELLS.format(sheet="«Registreringer»")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_readers_agree_on_a_libreoffice_resave(march: ExportResult, tmp_path: Path) -> None:
    resaved = resave(tmp_path / "lo-profile", march.path, tmp_path / "resaved")
    fast, slow = _same(resaved)
    assert fast.ok and slow.ok, slow.problems
    alone = verify_file(resaved, keep_content=True, reader="calamine")
    assert alone.ok and alone.content == slow.content


def _sheet_xml_changed(
    source: Path, target: Path, sheet: str, change: Callable[[bytes], bytes]
) -> Path:
    """``source`` with the XML of worksheet ``sheet`` changed as bytes (what no spreadsheet
    program writes, so not through openpyxl)."""
    with zipfile.ZipFile(source) as archive:
        part = sheet_parts(archive)[sheet]
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                data = archive.read(info)
                copy.writestr(info, change(data) if info.filename == part else data)
    return target


def _before_row(row: int, text: bytes) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        at = data.index(b'<row r="%d"' % row)
        return data[:at] + text + data[at:]

    return change


# XML that expat reads without namespaces but openpyxl's parser (expat with namespaces) refuses,
# and a dimension openpyxl's read-only load reads wherever it stands: far down a sheet too.
_PARSED_APART = {
    "prefix bound nowhere": b"<x:merknad/>",
    "attribute prefix bound nowhere": b'<merknad x:hoyde="1"/>',
    "dimension with a bad range inside the rows": b'<dimension ref="A1:garbage"/>',
}


def _retyped(column: str, cell: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    """Row 3's cell in ``column`` written again as ``cell`` makes it from the cell: a form in
    which calamine reads the same value (so the checksum still matches) while openpyxl calls
    the file damaged."""

    def change(data: bytes) -> bytes:
        start = data.index(b'<c r="%s3"' % column.encode())
        end = data.index(b"</c>", start) + len(b"</c>")
        return data[:start] + cell(data[start:end]) + data[end:]

    return change


def _text_of(cell: bytes) -> bytes:
    return cell.split(b"<t>")[1].split(b"</t>")[0]


_RETYPED = {
    "text in a cell of no type": _retyped(
        "A", lambda c: b'<c r="A3"><v>' + _text_of(c) + b"</v></c>"
    ),
    "the same, its value with an attribute": _retyped(
        "A", lambda c: b'<c r="A3"><v xml:space="preserve">' + _text_of(c) + b"</v></c>"
    ),
    "a date cell holding the day's serial number": _retyped(
        "B", lambda c: c.replace(b' t="n"', b' t="d"')
    ),
}


def _inline(build: Callable[[bytes, bytes], bytes]) -> Callable[[bytes], bytes]:
    """Row 3's code name (F3, an inline text) written again by ``build`` from its two halves."""

    def cell(c: bytes) -> bytes:
        text = _text_of(c)
        return build(text[: len(text) // 2], text[len(text) // 2 :])

    return _retyped("F", cell)


_OTHER = b'xmlns="urn:annet"'
# Inline texts calamine reads as the text the checksum was made over while openpyxl reads
# another (or none): the verdicts would differ, so the guard refuses them for both.
_READ_APART = {
    "two texts in one inline string": _inline(
        lambda a, b: b'<c r="F3" t="inlineStr"><is><t>' + a + b"</t><t>" + b + b"</t></is></c>"
    ),
    "an inline string in a text cell": _inline(
        lambda a, b: b'<c r="F3" t="str"><is><t>' + a + b + b"</t></is></c>"
    ),
    "an inline string in another namespace": _inline(
        lambda a, b: b'<c r="F3" t="inlineStr"><is ' + _OTHER + b"><t>" + a + b + b"</t></is></c>"
    ),
    "a text in another namespace": _inline(
        lambda a, b: b'<c r="F3" t="inlineStr"><is><t ' + _OTHER + b">" + a + b + b"</t></is></c>"
    ),
    "a row in another namespace": lambda data: data.replace(
        b'<row r="3"', b'<row xmlns="urn:annet" r="3"', 1
    ),
}


@pytest.mark.parametrize("name", list(_READ_APART))
def test_inline_text_the_readers_read_apart_is_refused_by_both(
    march: ExportResult, tmp_path: Path, name: str
) -> None:
    path = _sheet_xml_changed(
        march.path, tmp_path / "tekst.xlsx", "Registreringer", _READ_APART[name]
    )
    reports = [verify_file(path, reader=r) for r in ("openpyxl", "calamine", "auto")]
    assert [r.ok for r in reports] == [False] * 3
    assert len({r.sentence() for r in reports}) == 1
    assert "uvanlig form" in reports[0].sentence()


@pytest.mark.parametrize("name", list(_RETYPED))
def test_a_cell_retyped_is_refused_by_both_readers(
    march: ExportResult, tmp_path: Path, name: str
) -> None:
    path = _sheet_xml_changed(march.path, tmp_path / "typet.xlsx", "Registreringer", _RETYPED[name])
    reports = [verify_file(path, reader=r) for r in ("openpyxl", "calamine", "auto")]
    assert [r.ok for r in reports] == [False] * 3
    assert len({r.sentence() for r in reports}) == 1
    assert "uvanlig form" in reports[0].sentence()


@pytest.mark.parametrize("sheet", ["Registreringer", "Oversikt"])  # read, and not read
@pytest.mark.parametrize("name", list(_PARSED_APART))
def test_xml_openpyxl_refuses_is_refused_by_the_calamine_read_too(
    march: ExportResult, tmp_path: Path, sheet: str, name: str
) -> None:
    path = _sheet_xml_changed(
        march.path, tmp_path / "endret.xlsx", sheet, _before_row(3, _PARSED_APART[name])
    )
    slow = verify_file(path, reader="openpyxl")
    assert not slow.ok and slow.sentence().endswith(DAMAGED)
    for reader in ("calamine", "auto"):
        fast = verify_file(path, reader=reader)  # type: ignore[arg-type]
        assert (fast.ok, fast.sentence()) == (False, slow.sentence()), reader
