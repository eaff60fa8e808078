"""The council report's figures are the summary workbook's: the same municipality time, hours
per full-time equivalent, coordination load and tariff totals, and the shared sheets' tables
with the same cells hidden, read back from a written summary of a synthetic collection."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.council_figures import CouncilFigures, NoRowsError, council_figures
from rehablogg.aggregate.suppression import HIDDEN
from rehablogg.aggregate.tariffs import load_tariffs
from rehablogg.aggregate.workbook import write_summary
from rehablogg.resources_dir import resource_path
from tests.aggregate.interval_audit import read_blocks
from tests.aggregate.sharing_corpus import Client, Spec, new_collection, pilot_of

SHARED = ("Deling – kommuner", "Deling – intensitet", "Deling – overganger")


def council_spec() -> Spec:
    """Three municipalities; Stavanger has one therapist with two clients (small counts)."""
    clients = []
    for i in range(24):
        clients.append(
            Client(
                therapist=i % 3,
                service=("habilitering", "rehabilitering")[i % 2],
                born=(2021, 2011, 2009, 1980, 2022, 2012)[i % 6],
                days=tuple(sorted({(i * 7) % 150, (i * 11 + 3) % 150, 10 + i % 5, 120 + i % 9})),
                i12=45 if i % 4 == 0 else 0,
            )
        )
    clients += [
        Client(3, "habilitering", 2021, (5, 12, 130), 30),
        Client(3, "rehabilitering", 1980, (8,), 0),
    ]
    return Spec(therapists=(0, 0, 1, 2), clients=tuple(clients))


def _rows(book: object, sheet: str) -> list[list[object]]:
    return [list(r) for r in book[sheet].iter_rows(values_only=True)]  # type: ignore[index]


def _table_after(
    rows: list[list[object]], first: str, title: str | None = None
) -> dict[str, list[object]]:
    """The rows under the header whose first cell is ``first`` (after ``title`` if given),
    by their first cell, until an empty row."""
    start = 0
    if title is not None:
        start = next(i for i, r in enumerate(rows) if r and r[0] == title)
    header = next(i for i in range(start, len(rows)) if rows[i] and rows[i][0] == first)
    out: dict[str, list[object]] = {}
    for r in rows[header + 1 :]:
        if not r or all(v is None for v in r):
            break
        out[str(r[0])] = r[1:]
    return out


def _by_municipality(rows: list[list[object]]) -> dict[str, list[object]]:
    """A table whose first two columns are kommunenr and kommunenavn, by "number name"."""
    assert rows[0][:2] == ["kommunenr", "kommunenavn"]
    return {f"{r[0]} {r[1]}": r[2:] for r in rows[1:]}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[CouncilFigures, Path]:
    folder = tmp_path_factory.mktemp("council")
    spec = council_spec()
    collection = new_collection(folder, spec)
    tariffs = load_tariffs(resource_path("tariffs", "eksempel-modeller.toml"))
    try:
        write_summary(collection, folder / "s.xlsx", pilot_of(spec), tariffs=tariffs)
        figures = council_figures(collection, pilot_of(spec), tariffs)
    finally:
        collection.close()
    return figures, folder / "s.xlsx"


def test_shared_tables_are_the_summary_sheets(written: tuple[CouncilFigures, Path]) -> None:
    figures, path = written
    book = load_workbook(path, read_only=True)
    try:
        for sheet in SHARED:
            blocks = read_blocks(_rows(book, sheet))
            mine = figures.shared[sheet]
            assert [(b.title, b.rows, b.columns) for b in blocks] == [
                (t.title, list(t.rows), list(t.columns)) for t in mine
            ], sheet
            assert [b.cells for b in blocks] == [[list(r) for r in t.cells] for t in mine], sheet
    finally:
        book.close()
    # The fixture has small groups: something is hidden, or the test proves little.
    assert sum(t.hidden for tables in figures.shared.values() for t in tables) > 0


def test_time_fte_coordination_and_tariffs_are_the_summary_sheets(
    written: tuple[CouncilFigures, Path],
) -> None:
    figures, path = written
    book = load_workbook(path, read_only=True)
    try:
        by_municipality = _by_municipality(_rows(book, "Tid – kommune"))
        fte = _by_municipality(_rows(book, "Årsverk – kommune"))
        coordination = _by_municipality(_rows(book, "Koordinering – kommune"))
        models = _table_after(_rows(book, "Modeller"), "modell")
    finally:
        book.close()
    assert {t.municipality for t in figures.time} == set(by_municipality)
    for t in figures.time:
        row = by_municipality[t.municipality]
        assert (t.entries, t.minutes, t.direct, t.indirect, t.other) == tuple(
            row[i] for i in (0, 1, 3, 4, 5)
        )
    assert figures.total_minutes == sum(r[1] for r in by_municipality.values())  # type: ignore[misc]
    assert {f.municipality for f in figures.fte} <= set(fte)
    for f in figures.fte:
        assert (f.hours, f.fte_months, f.per_fte_month) == pytest.approx(tuple(fte[f.municipality]))
    assert [c.municipality for c in figures.coordination] == list(coordination)
    for c in figures.coordination:
        row = coordination[c.municipality]
        n = len(c.by_code)
        assert (*c.by_code, c.coordination, c.total) == tuple(row[: n + 2])
    assert [t.model for t in figures.tariffs] == list(models)
    for t in figures.tariffs:
        # utbetalt (kr): the ninth column after the model's name
        assert float(models[t.model][8]) == pytest.approx(t.amount / 100)  # type: ignore[arg-type]
        assert sum(a for _, a in t.by_municipality) == t.amount


def test_pilot_period_and_threshold(written: tuple[CouncilFigures, Path]) -> None:
    figures, _ = written
    assert (figures.pilot_name, figures.first_month, figures.last_month) == (
        "Pilot Deling",
        "2026-05",
        "2026-09",
    )
    assert figures.threshold == 5 and "Tall under 5 er skjult" in figures.threshold_text
    assert (figures.municipalities, figures.therapists) == (3, 4)


def test_a_small_municipality_is_hidden(written: tuple[CouncilFigures, Path]) -> None:
    figures, _ = written
    people = figures.shared["Deling – kommuner"][0]
    row = people.rows.index("1103 Stavanger")
    assert people.cells[row][-1] == HIDDEN  # two clients in all: below 5


def test_an_empty_collection_has_no_report(tmp_path: Path) -> None:
    collection = Collection(tmp_path / "tom.sqlite3")
    try:
        with pytest.raises(NoRowsError, match="ingen godtatte innleveringer"):
            council_figures(collection, None)
    finally:
        collection.close()
