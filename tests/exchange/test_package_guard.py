"""The package guard on its own: what it finds in a genuine export, and each limit at work with
limits made small enough to reach on a small file. The crafted corpus in
tests/robustness/test_hostile_submissions.py runs every rule with the real limits."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from rehablogg.exchange import package_guard as g
from rehablogg.exchange import verify as v
from rehablogg.exchange.export import ExportResult
from rehablogg.exchange.package_guard import (
    EXPORT_LIMITS,
    SUBMISSION_LIMITS,
    PackageRefusedError,
    check_package,
)
from rehablogg.exchange.verify import verify_file
from tests.exchange.helpers import sheet_rows
from tests.robustness.hostile_xlsx import (
    ENTRIES,
    WORKBOOK_RELS,
    _many_rows,
    _ole,
    added,
    read_parts,
    related,
    zipped,
)


def _refusal(path: Path, limits: g.Limits) -> str:
    with pytest.raises(PackageRefusedError) as refused:
        check_package(path, limits)
    return str(refused.value)


def _written(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_genuine_export_passes_and_its_sheets_are_measured(march: ExportResult) -> None:
    facts = check_package(march.path)
    with zipfile.ZipFile(march.path) as archive:
        xml_parts = {n for n in archive.namelist() if n.endswith((".xml", ".rels"))}
    assert facts.parsed == xml_parts  # every XML part read to the end by expat
    entries = sheet_rows(march.path, "Registreringer")
    sheet = facts.sheets["Registreringer"]
    assert sheet.rows == len(entries)
    assert sheet.columns == len(entries[0])
    assert sheet.cells == sum(1 for row in entries for value in row if value is not None)
    assert set(facts.sheets) == {
        *("Oversikt", "Registreringer", "Deltakere", "Koder", "Metadata"),
        *("Forløp", "Opphold", "Behov", "Forankring", "Endringer"),  # format 1.1
    }


def test_a_genuine_export_passes_the_month_limits_too(march: ExportResult) -> None:
    assert check_package(march.path, SUBMISSION_LIMITS).sheets


def test_too_many_members(march: ExportResult) -> None:
    sentence = _refusal(march.path, replace(EXPORT_LIMITS, max_members=5))
    assert sentence.startswith("Arbeidsboken har 22 deler, flere enn de 5")


def test_a_part_over_its_limit(march: ExportResult) -> None:
    sentence = _refusal(march.path, replace(EXPORT_LIMITS, max_part_bytes=4096))
    assert "pakker seg ut til mer enn 0 MB" in sentence


def test_a_worksheet_over_its_limit(march: ExportResult) -> None:
    sentence = _refusal(march.path, replace(EXPORT_LIMITS, max_sheet_bytes=20_000))
    assert "«xl/worksheets/sheet" in sentence and "pakker seg ut til mer enn" in sentence


def test_the_whole_package_over_its_limit(march: ExportResult) -> None:
    sentence = _refusal(march.path, replace(EXPORT_LIMITS, max_total_bytes=100_000))
    assert sentence.startswith("Arbeidsboken pakker seg ut til mer enn")


def test_a_ratio_like_a_zip_bomb(march: ExportResult) -> None:
    sentence = _refusal(march.path, replace(EXPORT_LIMITS, ratio_floor=10_000, max_ratio=3))
    assert "over 3 ganger sin pakkede størrelse" in sentence


def test_rows_and_columns_limits(march: ExportResult) -> None:
    rows = len(sheet_rows(march.path, "Registreringer"))
    sentence = _refusal(march.path, replace(EXPORT_LIMITS, max_rows=rows - 1))
    assert f"går til rad {rows}, mer enn grensen på {rows - 1} rader" in sentence
    sentence = _refusal(march.path, replace(EXPORT_LIMITS, max_columns=20))
    assert "utenfor de 20 kolonnene" in sentence


def test_shared_strings_limit_of_its_own(march: ExportResult, tmp_path: Path) -> None:
    table = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"<si><t>a</t></si>" * 10
        + b"</sst>"
    )
    parts = added(
        read_parts(march.path),
        "xl/sharedStrings.xml",
        table,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
    )
    path = _written(
        tmp_path,
        "ten.xlsx",
        zipped(related(parts, WORKBOOK_RELS, "sharedStrings", "sharedStrings.xml")),
    )
    assert "xl/sharedStrings.xml" in check_package(path).parsed
    sentence = _refusal(path, replace(EXPORT_LIMITS, max_shared_strings=5))
    assert sentence.startswith("Tabellen over delte tekster har over 5 tekster")


def test_rows_beyond_a_month_refused_by_the_guard_for_aggregate_by_verify_for_the_rest(
    march: ExportResult, tmp_path: Path
) -> None:
    crafted = next(
        h for h in _many_rows(read_parts(march.path)) if h.name == "rows-9600-in-a-month.xlsx"
    )
    path = _written(tmp_path, crafted.name, crafted.data)
    # verify with the export limits: the guard lets 9 600 rows through, the period does not.
    assert verify_file(path).sentence() == v.TOO_MANY_FOR_PERIOD.format(
        sheet="Registreringer", rows=9598, limit=9300, days=31, per_day=g.ROWS_PER_DAY
    )
    # aggregate's limits: refused while streaming, before verify reads a sheet.
    assert "mer enn grensen på 9301 rader" in verify_file(path, limits=SUBMISSION_LIMITS).sentence()


def test_a_worksheet_no_sheet_points_at_is_scanned_too(march: ExportResult, tmp_path: Path) -> None:
    parts = read_parts(march.path)
    sheet = dict(parts)[ENTRIES].replace(b"</sheetData>", b'<row r="900000"/></sheetData>')
    parts = added(
        parts,
        "other/sheet9.xml",
        sheet,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
    )
    path = _written(tmp_path, "orphan.xlsx", zipped(parts))
    assert _refusal(path, EXPORT_LIMITS).startswith("Arket «other/sheet9.xml» går til rad 900000")


def test_two_sheets_of_one_name_are_a_damaged_workbook(march: ExportResult, tmp_path: Path) -> None:
    parts = read_parts(march.path)
    for old, new in (
        (b'name="Deltakere"', b'name="registreringer"'),
        (b'r:id="rId3"', b'r:id="rId2"'),
    ):
        changed = [(n, d.replace(old, new) if n == "xl/workbook.xml" else d) for n, d in parts]
        path = _written(tmp_path, "twice.xlsx", zipped(changed))
        with pytest.raises(g.PackageDamagedError):
            check_package(path)
        assert verify_file(path).sentence() == v.DAMAGED


def test_an_encrypted_office_file_and_an_old_excel_file_get_their_own_sentences(
    tmp_path: Path,
) -> None:
    encrypted = _written(tmp_path, "kryptert.xlsx", _ole(["EncryptionInfo", "EncryptedPackage"]))
    assert verify_file(encrypted).sentence() == g.ENCRYPTED
    old = _written(tmp_path, "gammel.xls", _ole(["Workbook", "SummaryInformation"]))
    assert verify_file(old).sentence() == v.OLD_EXCEL


def test_sentences_show_names_from_the_file_safely() -> None:
    assert g.shown("xl/\x1b[31mred.xml") == "«xl/?[31mred.xml»"
    assert len(g.shown("a" * 500)) <= 62


@pytest.mark.parametrize(
    ("tag", "sentence"),
    [
        (b'<c r="XFD301" t="n"><v>1</v></c>', "i kolonne XFD"),
        (b'<c r="A301"><f>1+0</f><v>1</v></c>', "inneholder formler"),
        (b'<c r="A301" t="e"><v>#N/A</v></c>', "celler med feilverdier"),
        (
            b'<x:c xmlns:x="urn:x" r="A301"><x:v>1</x:v></x:c>',
            "uten adresse eller i en uvanlig form",
        ),
        (b'<c r="A999999" t="n"><v>1</v></c>', "går til rad 999999"),
        (b'<c r="A301"><v>tekst</v></c>', "uten adresse eller i en uvanlig form"),
        (b'<c r="A301" s="1"><v>1.2.3</v></c>', "uten adresse eller i en uvanlig form"),
        (b'<c r="A301" t="d"><v>2025-03-04</v></c>', "uten adresse eller i en uvanlig form"),
        (b'<c r="A301" t="d"><v>45000</v></c>', "uten adresse eller i en uvanlig form"),
        (b'<c r="A301" t="inlineStr"><is><t>a</t><t>b</t></is></c>', "i en uvanlig form"),
        (b'<c r="A301" t="str"><is><t>a</t></is></c>', "i en uvanlig form"),
        (b'<c r="A301" t="inlineStr"><is><t xmlns="urn:x">a</t></is></c>', "i en uvanlig form"),
    ],
)
def test_a_tag_cut_by_a_chunk_boundary_is_still_seen(
    march: ExportResult, tmp_path: Path, tag: bytes, sentence: str
) -> None:
    """The scan reads 1 MB chunks: the tag is put so that every chunk boundary from just
    before it to just after it cuts it somewhere."""
    for path, cut in _cut_at_every_boundary(march, tmp_path, tag):
        assert sentence in _refusal(path, EXPORT_LIMITS), cut


# Cells spreadsheet programs write: numbers in every form they use, text where the type says so.
_GOOD_CELLS = (
    b'<c r="A301" t="str"><v>tekst 1.5</v></c><c r="B301" t="n"><v>-1.25E-5</v></c>'
    b'<c r="C301" s="2"><v>45</v></c><c r="D301" t="str"><v>2025-03-04</v></c>'
    b'<c r="E301" t="b"><v>1</v></c><c r="F301" s="1"/><c r="G301"><v></v></c>'
    b'<c r="H301"><v>1e+17</v></c>'
    b'<c r="I301" t="inlineStr"><is><t>xmlns="urn:x" og &lt;/t&gt;&lt;t&gt; er tekst</t></is></c>'
    b'<c r="J301" t="inlineStr"><is><r><t>to</t></r><r><t> deler</t></r></is></c>'
)


def test_cells_cut_by_a_chunk_boundary_that_are_good_pass(
    march: ExportResult, tmp_path: Path
) -> None:
    """A value is only judged whole: a number cut at a chunk boundary is no text."""
    for path, cut in _cut_at_every_boundary(march, tmp_path, _GOOD_CELLS):
        assert g.check_package(path, EXPORT_LIMITS).sheets, cut


def _cut_at_every_boundary(
    march: ExportResult, tmp_path: Path, tag: bytes
) -> Iterator[tuple[Path, int]]:
    parts = read_parts(march.path)
    sheet = dict(parts)[ENTRIES]
    head = sheet[: sheet.index(b"</sheetData>")] + b'<row r="300"><c r="A300" t="inlineStr"><is><t>'
    tail = b'</t></is></c></row><row r="301">'
    rng = random.Random(len(tag))
    for cut in range(0, len(tag) + 1, 3):
        fill = (1 << 20) - len(head) - len(tail) - cut
        padding = bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(fill))
        changed = (
            head
            + padding
            + tail
            + tag
            + b"</row></sheetData>"
            + sheet[sheet.index(b"</sheetData>") + len(b"</sheetData>") :]
        )
        assert changed.index(tag) == (1 << 20) - cut
        path = _written(
            tmp_path,
            f"cut-{cut}.xlsx",
            zipped([(n, changed if n == ENTRIES else d) for n, d in parts]),
        )
        yield path, cut
