"""The summary as a reader opens it (issue 21 item 3), read back from the written xlsx: every
analysis sheet is one Excel table from A1 with a filter, its header row frozen, shares,
amounts and dates number-formatted, columns wide enough, printed landscape one page wide with
the header row repeated; age groups in age order; the shared sheets state the pilot's
threshold on the page and in the page header; charts alone on their own sheets."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet.worksheet import Worksheet

from rehablogg.aggregate.shared_tables import threshold_line
from rehablogg.aggregate.table_sheet import Kind
from rehablogg.aggregate.tariffs import load_tariffs
from rehablogg.aggregate.workbook import write_summary
from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS
from rehablogg.core.care_pathway import ARRANGEMENTS, END_REASONS, REFERRAL_SOURCES
from rehablogg.resources_dir import resource_path
from tests.aggregate.sharing_corpus import Client, Spec, new_collection, pilot_of
from tests.aggregate.test_council_figures import council_spec

SHARED = (
    "Deling – kommuner",
    "Deling – intensitet",
    "Deling – overganger",
    "Deling – ventetid",
    "Deling – forløp",
    "Deling – kommunesamarbeid",
    "Deling – behov",
)
CHARTS = ("Diagram – måned", "Diagram – modeller")


def _spec() -> Spec:
    """The council fixture plus clients in every default age group (in 2026: 8 is 6-12,
    20 is 18-25, 76 is 67+), so that text order and age order differ; as format 1.1 files,
    with episodes, pauses, needs and clients living in other municipalities."""
    base = council_spec()
    extra = tuple(
        Client(0, "rehabilitering", born, (3, 40), 0) for born in (2018, 2006, 1950, 2018)
    )
    clients = tuple(
        replace(
            c,
            referral=c.days[0] - 3 - i % 20,
            end=c.days[-1] if i % 3 == 0 else None,
            reason=END_REASONS[i % len(END_REASONS)],
            source=REFERRAL_SOURCES[i % 4],
            pause=(c.days[0] + 1, c.days[0] + 9) if i % 4 == 1 else None,
            home=i % 4 if i % 5 == 0 else None,
            arrangement=ARRANGEMENTS[i % 3] if i % 5 == 0 else "egen",
            needs=(("barnehage_skole", "mye"), ("bolig", "noe")) if i % 2 else (),
        )
        for i, c in enumerate(base.clients + extra)
    )
    return Spec(base.therapists, clients, threshold=3, pathway=True)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("layout")
    spec = _spec()
    collection = new_collection(folder, spec)
    tariffs = load_tariffs(resource_path("tariffs", "eksempel-modeller.toml"))
    try:
        write_summary(collection, folder / "s.xlsx", pilot_of(spec), tariffs=tariffs)
    finally:
        collection.close()
    return folder / "s.xlsx"


@pytest.fixture(scope="module")
def book(written: Path) -> Iterator[object]:
    wb = load_workbook(written)
    yield wb
    wb.close()


def _analysis(book: object) -> list[Worksheet]:
    return [
        ws
        for ws in book.worksheets  # type: ignore[attr-defined]
        if ws.title not in SHARED + CHARTS
    ]


def test_every_analysis_sheet_is_one_table_from_a1_with_a_filter(book: object) -> None:
    sheets = _analysis(book)
    assert len(sheets) >= 25
    for ws in sheets:
        assert len(ws.tables) == 1, ws.title
        (table,) = ws.tables.values()
        low_col, low_row, high_col, high_row = range_boundaries(table.ref)
        assert (low_col, low_row) == (1, 1), ws.title
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref, ws.title
        header = [ws.cell(1, c).value for c in range(1, high_col + 1)]
        assert [c.name for c in table.tableColumns] == header, ws.title
        assert high_row >= max(2, ws.max_row if ws.title.startswith(("Regist", "Delt")) else 2)


def test_the_row_sheets_table_covers_every_row_with_unit_and_month(book: object) -> None:
    for name in ("Registreringer", "Deltakere"):
        ws = book[name]  # type: ignore[index]
        (table,) = ws.tables.values()
        assert table.ref == f"A1:{get_column_letter(ws.max_column)}{ws.max_row}"
        assert [ws.cell(1, c).value for c in range(1, 5)] == [
            "kommunenr",
            "terapeut",
            "enhet",
            "måned",
        ]
        assert all(ws.cell(r, 3).value and ws.cell(r, 4).value for r in range(2, ws.max_row + 1))


def test_headers_are_frozen_and_print_is_landscape_one_page_wide(book: object) -> None:
    for ws in _analysis(book) + [book[name] for name in SHARED]:  # type: ignore[index]
        if ws.title not in SHARED:
            assert ws.freeze_panes == "A2", ws.title
            assert ws.print_title_rows == "$1:$1", ws.title
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), ws.title


def _column(ws: Worksheet, name: str) -> int:
    return next(c for c in range(1, ws.max_column + 1) if ws.cell(1, c).value == name)


def _formats(ws: Worksheet, name: str) -> set[str]:
    col = _column(ws, name)
    return {
        ws.cell(r, col).number_format
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, col).value is not None
    }


@pytest.mark.parametrize(
    ("sheet", "column", "kind"),
    [
        ("Tid – kommune", "andel_direkte", Kind.SHARE),
        ("Tid – kommune", "minutter", Kind.COUNT),
        ("Tid – måned", "timer", Kind.DECIMAL),
        ("Koordinering – kommune", "andel_koordinering", Kind.SHARE),
        ("Intensitet", "andel_nådd", Kind.SHARE),
        ("Intensitet – per bruker", "fra", Kind.DATE),
        ("Intensitet – per bruker", "siste_kontakt", Kind.DATE),
        ("Modeller", "utbetalt (kr)", Kind.AMOUNT),
        ("Modeller", "differanse i prosent", Kind.SHARE),
        ("Modeller – detalj", "Tidsbasert (kr)", Kind.AMOUNT),
        ("Modeller – måned", "Takst i dag (kr)", Kind.AMOUNT),
    ],
)
def test_shares_amounts_counts_and_dates_are_formatted(
    book: object, sheet: str, column: str, kind: Kind
) -> None:
    formats = _formats(book[sheet], column)  # type: ignore[index]
    assert formats == {kind.value}, (sheet, column, formats)


def test_dates_in_the_row_sheet_show_as_dd_mm_yyyy(book: object) -> None:
    ws = book["Registreringer"]  # type: ignore[index]
    assert _formats(ws, "dato") == {"dd.mm.yyyy"}


def test_columns_are_wide_enough_for_their_header(book: object) -> None:
    for ws in _analysis(book):
        for c in range(1, ws.max_column + 1):
            header = ws.cell(1, c).value
            if header is None:
                break  # the notes beside the table
            width = ws.column_dimensions[get_column_letter(c)].width
            assert width >= len(str(header)), (ws.title, header, width)


def test_age_groups_in_age_order_with_an_order_column(book: object) -> None:
    ws = book["Brukere – aldersgruppe"]  # type: ignore[index]
    rows = [[ws.cell(r, c).value for c in (1, 2)] for r in range(2, ws.max_row + 1)]
    rows = [r for r in rows if r[1] is not None]
    labels = [r[1] for r in rows]
    order = [g.label for g in DEFAULT_AGE_GROUPS] + ["ukjent"]
    assert {"6-12", "26-66"} <= set(labels)
    assert labels == sorted(labels, key=order.index)
    assert labels != sorted(labels)  # text order would differ: the test means something
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # sorting by it is age order


def test_shared_sheets_state_the_pilots_threshold_on_the_page(book: object) -> None:
    line = threshold_line(3)
    for name in SHARED:
        ws = book[name]  # type: ignore[index]
        assert line in [ws.cell(r, 1).value for r in range(1, 4)], name
        assert ws.oddHeader.left.text == line[:240], name
        numbers = [c for row in ws.iter_rows() for c in row if type(c.value) is int]
        # counts and minutes with a thousands separator; medians (Deling – intensitet) 0.00
        formats = {c.number_format for c in numbers}
        assert Kind.COUNT.value in formats and formats <= {Kind.COUNT.value, "0.00"}, name


def test_each_chart_is_alone_on_its_sheet(book: object) -> None:
    for name in CHARTS:
        ws = book[name]  # type: ignore[index]
        assert len(ws._charts) == 1, name
        assert ws.max_row <= 1 and ws.cell(1, 1).value is None, name
    for ws in _analysis(book):
        assert not ws._charts, ws.title


def test_a_pivot_on_the_row_sheet_gives_the_time_sheets(book: object, written: Path) -> None:
    """The row sheet read as it stands (one rectangle from A1) pivots by kommunenr and måned
    to the figures of Tid – kommune and Tid – måned."""
    import pandas as pd

    rows = pd.read_excel(
        written, sheet_name="Registreringer", engine="calamine", dtype={"kommunenr": str}
    )
    pivot = rows.pivot_table(
        index="kommunenr", columns="måned", values="minutter", aggfunc="sum", fill_value=0
    )
    ws = book["Tid – kommune"]  # type: ignore[index]
    minutes = _column(ws, "minutter")
    by_municipality = {
        ws.cell(r, 1).value: ws.cell(r, minutes).value for r in range(2, ws.max_row + 1)
    }
    assert {k: int(v) for k, v in pivot.sum(axis=1).items()} == by_municipality
    ws = book["Tid – måned"]  # type: ignore[index]
    by_month = {ws.cell(r, 1).value: ws.cell(r, 3).value for r in range(2, ws.max_row + 1)}
    assert {k: int(v) for k, v in pivot.sum(axis=0).items()} == by_month


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler-utils (pdftotext) are needed; .ci/run installs them",
)
def test_libreoffice_prints_no_hashes_and_every_sheet_with_its_name(
    written: Path, tmp_path: Path
) -> None:
    """Printed by LibreOffice at its default zoom, no cell shows ``###`` (a column too narrow
    for its number or date), and every table sheet's pages carry its name in the footer."""
    subprocess.run(
        [
            str(shutil.which("soffice")),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profil'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(written),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    text = subprocess.run(
        [str(shutil.which("pdftotext")), str(tmp_path / "s.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "###" not in text
    book = load_workbook(written, read_only=True)
    names = [n for n in book.sheetnames if n not in CHARTS]
    book.close()
    for name in names:
        assert f"{name} – side " in text, name
