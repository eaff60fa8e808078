"""The row sheets rendered in a worker process (aggregate/row_sheet_worker.py) make the same
summary, byte for byte in every part of the package, as rendering them in the aggregate
process; a worker that fails leaves the summary the same (rendered here instead)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import ClassVar

import pytest

from rehablogg.aggregate import workbook
from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.row_sheet_worker import RowSheetWorker
from rehablogg.aggregate.row_sheets import RenderedRows
from rehablogg.aggregate.tariffs import load_tariffs
from rehablogg.aggregate.workbook import write_summary
from rehablogg.resources_dir import resource_path
from tests.aggregate.sharing_corpus import new_collection, pilot_of
from tests.aggregate.test_council_figures import council_spec

# docProps/core.xml holds the time the file was written; nothing else may differ.
TIMESTAMPED = "docProps/core.xml"


class _Seen(RowSheetWorker):
    """The real worker, remembering what it gave back."""

    results: ClassVar[list[dict[str, RenderedRows] | None]] = []

    def result(self) -> dict[str, RenderedRows] | None:
        found = super().result()
        _Seen.results.append(found)
        return found


class _Broken(_Seen):
    """A worker given a collection it cannot open: it fails, as a crashed one would."""

    def __init__(self, collection: Path, *args: object, **kwargs: object) -> None:
        super().__init__(collection.with_name("finnes-ikke.sqlite3"), *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Collection:
    folder = tmp_path_factory.mktemp("rader")
    return new_collection(folder, council_spec())


def _write(collection: Collection, out: Path, *, in_worker: bool, sheet_rows: int) -> Path:
    spec = council_spec()
    write_summary(
        collection,
        out,
        pilot_of(spec),
        tariffs=load_tariffs(resource_path("tariffs", "eksempel-modeller.toml")),
        sheet_rows=sheet_rows,
        rows_in_worker=in_worker,
    )
    return out


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {n: package.read(n) for n in package.namelist() if n != TIMESTAMPED}


@pytest.mark.parametrize("sheet_rows", [1_048_575, 40])  # one sheet each; split into several
def test_rows_rendered_in_a_worker_make_the_same_package(
    collection: Collection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet_rows: int
) -> None:
    here = _write(collection, tmp_path / "her.xlsx", in_worker=False, sheet_rows=sheet_rows)
    _Seen.results = []
    monkeypatch.setattr(workbook, "RowSheetWorker", _Seen)
    there = _write(collection, tmp_path / "der.xlsx", in_worker=True, sheet_rows=sheet_rows)
    assert len(_Seen.results) == 1 and _Seen.results[0], "the worker did not render the rows"
    titles = set(_Seen.results[0])
    assert {"Registreringer", "Deltakere"} <= titles
    if sheet_rows == 40:
        assert {"Registreringer 2", "Registreringer 3", "Deltakere 3"} <= titles
    assert _parts(there) == _parts(here)


def test_a_failed_worker_leaves_the_summary_the_same(
    collection: Collection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = _write(collection, tmp_path / "her.xlsx", in_worker=False, sheet_rows=1_048_575)
    _Seen.results = []
    monkeypatch.setattr(workbook, "RowSheetWorker", _Broken)
    there = _write(collection, tmp_path / "der.xlsx", in_worker=True, sheet_rows=1_048_575)
    assert _Seen.results == [None]
    assert _parts(there) == _parts(here)


def test_a_collection_in_a_transaction_renders_its_rows_here(
    collection: Collection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker cannot see what is not committed: no worker then."""
    _Seen.results = []
    monkeypatch.setattr(workbook, "RowSheetWorker", _Seen)
    collection.conn.execute("BEGIN")
    try:
        _write(collection, tmp_path / "s.xlsx", in_worker=True, sheet_rows=1_048_575)
    finally:
        collection.conn.execute("ROLLBACK")
    assert _Seen.results == []


@pytest.mark.parametrize("worker", [_Seen, _Broken])
def test_rows_for_csv_files_are_the_same_from_a_worker(
    collection: Collection,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    worker: type[RowSheetWorker],
) -> None:
    """Too many rows for a sheet go to CSV files beside the workbook: written by the worker
    (or, when it fails, here), the same bytes as written here."""
    spec = council_spec()

    def write(folder: Path, in_worker: bool) -> dict[str, bytes]:
        folder.mkdir()
        result = write_summary(
            collection,
            folder / "s.xlsx",
            pilot_of(spec),
            csv_threshold=50,
            rows_in_worker=in_worker,
        )
        assert len(result.csv_files) == 2
        return {p.name: p.read_bytes() for p in result.csv_files}

    here = write(tmp_path / "her", in_worker=False)
    _Seen.results = []
    monkeypatch.setattr(workbook, "RowSheetWorker", worker)
    there = write(tmp_path / "der", in_worker=True)
    assert _Seen.results == ([{}] if worker is _Seen else [None])
    assert there == here
    assert sorted(here) == ["s_deltakere.csv", "s_registreringer.csv"]
