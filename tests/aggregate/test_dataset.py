"""The analysts' Parquet dataset (``aggregate --dataset``): an analyst opens it in DuckDB and in
pandas and gets the summary's totals; re-running adds nothing twice; a correction replaces its
month; the codebook lists every column; everything is owner-only."""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from openpyxl import load_workbook

from rehablogg.aggregate.codebook import CODEBOOK_JSON, CODEBOOK_MD
from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.dataset import DatasetError, check_dataset_folder, write_dataset
from rehablogg.aggregate.dataset_columns import ENTRIES, MONTH, PARTICIPANTS, TABLES
from rehablogg.aggregate.run import Options, aggregate
from rehablogg.aggregate.workbook import SummaryResult
from rehablogg.core.category import Category
from rehablogg.exchange.columns import (
    ENTRY_CATEGORY,
    ENTRY_DATE,
    ENTRY_ID,
    ENTRY_MINUTES,
    META_MUNICIPALITY,
    META_THERAPIST,
    SHEET_ENTRIES,
)
from tests.aggregate.corpus import Corpus, build

Totals = dict[tuple[str, str], tuple[int, int]]  # (municipality, month): (direct, indirect)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    c = build(tmp_path_factory.mktemp("corpus"))
    yield c
    for db in c.dbs.values():
        db.close()


@pytest.fixture(scope="module")
def run(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> tuple[SummaryResult, Path]:
    base = tmp_path_factory.mktemp("datasett")
    folder = base / "datasett"
    result = aggregate(
        Options((corpus.root,), base / "s.xlsx", base / "samling.sqlite3", dataset=folder),
        progress=None,
    )
    return result, folder


def _glob(folder: Path, table: str) -> str:
    return str(folder / table / "**" / "*.parquet")


def _duckdb_totals(folder: Path) -> Totals:
    rows = duckdb.sql(
        f"SELECT {META_MUNICIPALITY}, {MONTH}, "
        f"sum({ENTRY_MINUTES}) FILTER (WHERE {ENTRY_CATEGORY} = 'direkte'), "
        f"sum({ENTRY_MINUTES}) FILTER (WHERE {ENTRY_CATEGORY} = 'indirekte') "
        f"FROM read_parquet('{_glob(folder, ENTRIES)}', hive_partitioning = true) GROUP BY ALL"
    ).fetchall()
    return {(m, month): (int(d or 0), int(i or 0)) for m, month, d, i in rows}


def _pandas_totals(folder: Path) -> Totals:
    frame = pd.read_parquet(folder / ENTRIES)  # pyarrow reads the hive folders
    out: Totals = {}
    for (municipality, month, category), minutes in (
        frame.groupby([META_MUNICIPALITY, MONTH, ENTRY_CATEGORY])[ENTRY_MINUTES].sum().items()
    ):
        direct, indirect = out.get((municipality, month), (0, 0))
        if category == Category.DIREKTE:
            direct += int(minutes)
        elif category == Category.INDIREKTE:
            indirect += int(minutes)
        out[(municipality, month)] = (direct, indirect)
    return out


def _summary_totals(workbook: Path) -> Totals:
    """The summary's own rows (its Registreringer sheet), summed by municipality and month."""
    book = load_workbook(workbook, read_only=True)
    try:
        rows = book[SHEET_ENTRIES].iter_rows(values_only=True)
        header = list(next(rows))
        i_mun, i_day = header.index(META_MUNICIPALITY), header.index(ENTRY_DATE)
        i_cat, i_min = header.index(ENTRY_CATEGORY), header.index(ENTRY_MINUTES)
        out: Totals = {}
        for row in rows:
            key = (str(row[i_mun]), row[i_day].strftime("%Y-%m"))  # type: ignore[union-attr]
            direct, indirect = out.get(key, (0, 0))
            minutes = int(row[i_min])  # type: ignore[arg-type]
            if row[i_cat] == Category.DIREKTE:
                direct += minutes
            elif row[i_cat] == Category.INDIREKTE:
                indirect += minutes
            out[key] = (direct, indirect)
        return out
    finally:
        book.close()


def test_duckdb_and_pandas_give_the_summary_totals(
    run: tuple[SummaryResult, Path], corpus: Corpus
) -> None:
    result, folder = run
    summary = _summary_totals(result.path)
    assert len(summary) == 5  # 4601 in three months, 0301 in two (February is a conflict)
    assert _duckdb_totals(folder) == summary
    assert _pandas_totals(folder) == summary
    # And against the therapists' own databases, independently of the summary.
    by_therapist = dict(
        duckdb.sql(
            f"SELECT {META_THERAPIST} || ' ' || {MONTH}, sum({ENTRY_MINUTES}) "
            f"FROM '{_glob(folder, ENTRIES)}' GROUP BY ALL"
        ).fetchall()
    )
    assert by_therapist == {f"{t} {m}": corpus.minutes(t, m) for t, m in corpus.accepted}


def test_columns_are_typed(run: tuple[SummaryResult, Path]) -> None:
    _, folder = run
    frame = pd.read_parquet(folder / ENTRIES)
    assert str(frame[ENTRY_MINUTES].dtype) == "int32"
    assert frame[META_MUNICIPALITY].str.fullmatch(r"\d{4}").all()
    assert {type(d).__name__ for d in frame[ENTRY_DATE]} == {"date"}
    people = pd.read_parquet(folder / PARTICIPANTS)
    assert str(people["har_ip"].dtype) == "bool"
    assert frame[ENTRY_ID].is_unique


def test_codebook_lists_every_parquet_column(run: tuple[SummaryResult, Path]) -> None:
    _, folder = run
    book = json.loads((folder / CODEBOOK_JSON).read_text(encoding="utf-8"))
    described = {t["name"]: [(c["name"], c["type"]) for c in t["columns"]] for t in book["tables"]}
    assert set(described) == {t.name for t in TABLES}
    markdown = (folder / CODEBOOK_MD).read_text(encoding="utf-8")
    for table in TABLES:
        files = list((folder / table.name).glob("year=*/month=*/*.parquet"))
        assert files, table.name
        schema = duckdb.sql(
            f"DESCRIBE SELECT * FROM read_parquet('{_glob(folder, table.name)}', "
            "hive_partitioning = false)"
        ).fetchall()
        in_files = [
            (name, kind.replace("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ"))
            for name, kind, *_ in schema
        ]
        listed = [
            (n, k.replace("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ"))
            for n, k in described[table.name]
        ]
        assert in_files == listed
        for name, _ in in_files:
            assert f"`{name}`" in markdown
    entries = {c["name"]: c for c in book["tables"][0]["columns"]}
    assert entries[ENTRY_MINUTES]["unit"] == "minutes"
    assert entries[ENTRY_CATEGORY]["labels"][Category.DIREKTE] == "direkte brukertid"
    assert entries["kontaktform"]["labels"]  # the catalogue's contact modes
    assert "](#" not in markdown  # the format's links to its own sections are not carried over


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_everything_is_owner_only(run: tuple[SummaryResult, Path]) -> None:
    _, folder = run
    modes = Counter()
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            modes[stat.S_IMODE(os.stat(Path(root) / name).st_mode)] += 1
        for name in files:
            modes[stat.S_IMODE(os.stat(Path(root) / name).st_mode)] += 1
    assert set(modes) == {0o700, 0o600}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not (folder / ".rehablogg-staging").exists()


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*.parquet")
    }


def test_rerun_adds_nothing_twice(run: tuple[SummaryResult, Path], corpus: Corpus) -> None:
    first, folder = run
    assert first.dataset is not None
    assert first.dataset.written == ["2025-01", "2025-02", "2025-03"]
    before = _files(folder)
    totals = _duckdb_totals(folder)
    again = aggregate(
        Options(
            (corpus.root,),
            first.path.with_name("igjen.xlsx"),
            first.path.with_name("samling.sqlite3"),
            dataset=folder,
        ),
        progress=None,
    )
    assert again.dataset is not None
    assert again.dataset.written == []
    assert again.dataset.kept == ["2025-01", "2025-02", "2025-03"]
    assert _files(folder) == before  # not one file touched
    assert _duckdb_totals(folder) == totals


def test_a_correction_replaces_its_month(corpus: Corpus, tmp_path: Path) -> None:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    shutil.copy(corpus.pilot_file, inbox)
    for label in ("FYS01 2025-01", "FYS01 2025-02", "ERG02 2025-01"):
        shutil.copy(corpus.files[label], inbox / f"{label}.xlsx")
    folder, collection = tmp_path / "datasett", tmp_path / "samling.sqlite3"

    def once() -> SummaryResult:
        return aggregate(
            Options((inbox,), tmp_path / "s.xlsx", collection, dataset=folder), progress=None
        )

    first = once()
    assert first.dataset is not None and first.dataset.written == ["2025-01", "2025-02"]
    january = _files(folder)
    january = {k: v for k, v in january.items() if "month=01" in k}
    shutil.copy(corpus.files["FYS01 2025-02 korr1"], inbox / "korr1.xlsx")
    second = once()
    assert second.dataset is not None
    assert second.dataset.written == ["2025-02"]
    assert {k: v for k, v in _files(folder).items() if "month=01" in k} == january
    rows = duckdb.sql(
        f"SELECT {MONTH}, count(*), count(DISTINCT {ENTRY_ID}), sum({ENTRY_MINUTES}) "
        f"FROM '{_glob(folder, ENTRIES)}' WHERE {META_THERAPIST} = 'FYS01' GROUP BY ALL "
        "ORDER BY 1"
    ).fetchall()
    assert [r[0] for r in rows] == ["2025-01", "2025-02"]
    _, count, distinct, minutes = rows[1]
    assert count == distinct  # the corrected month once, not the old rows beside the new
    assert minutes == corpus.minutes("FYS01", "2025-02")  # with the correction's 7 minutes
    submissions = duckdb.sql(
        f"SELECT korrigerer FROM '{_glob(folder, 'innsendinger')}' "
        f"WHERE {META_THERAPIST} = 'FYS01' AND {MONTH} = '2025-02'"
    ).fetchall()
    assert len(submissions) == 1 and submissions[0][0]  # the correction, naming what it replaces


def test_refuses_a_file(tmp_path: Path) -> None:
    target = tmp_path / "datasett"
    target.write_text("x")
    with pytest.raises(DatasetError, match="er en fil, ikke en mappe"):
        check_dataset_folder(target)


def test_refuses_a_folder_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="finnes ikke"):
        check_dataset_folder(tmp_path / "mangler" / "datasett")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/sys refuses even root")
def test_refuses_a_folder_that_cannot_be_written() -> None:
    with pytest.raises(DatasetError, match="kan ikke skrives"):
        check_dataset_folder(Path("/sys"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anyway")
def test_refuses_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "skrivebeskyttet"
    folder.mkdir(mode=0o500)
    with pytest.raises(DatasetError, match="kan ikke skrives"):
        check_dataset_folder(folder)


def test_a_failed_write_leaves_every_month_as_it_was(corpus: Corpus, tmp_path: Path) -> None:
    """A collection edited by hand (a minute value that is not a number) stops the write with
    one sentence; the months already written stay whole, and nothing half-made is left."""
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    shutil.copy(corpus.pilot_file, inbox)
    for label in ("FYS01 2025-01", "FYS01 2025-02"):
        shutil.copy(corpus.files[label], inbox / f"{label}.xlsx")
    folder, path = tmp_path / "datasett", tmp_path / "samling.sqlite3"
    aggregate(Options((inbox,), tmp_path / "s.xlsx", path, dataset=folder), progress=None)
    before = _files(folder)
    totals = _duckdb_totals(folder)
    manifest = (folder / "_rehablogg_dataset.json").read_bytes()
    shutil.copy(corpus.files["FYS01 2025-02 korr1"], inbox / "korr1.xlsx")
    aggregate(Options((inbox,), tmp_path / "s.xlsx", path), progress=None)  # no dataset
    collection = Collection(path)
    try:
        (export_id,) = collection.conn.execute(
            "SELECT eksport_id FROM submission WHERE replaces != ''"
        ).fetchone()
        columns = collection.submission(export_id).entry_columns
        row = next(collection.entries(export_id))
        row[columns.index(ENTRY_MINUTES)] = "mange"
        collection.conn.execute(
            "UPDATE entry SET row = ? WHERE eksport_id = ? AND seq = 0",
            (json.dumps(row), export_id),
        )
        with pytest.raises(DatasetError, match="kunne ikke skrives"):
            write_dataset(collection, folder)
    finally:
        collection.close()
    assert _files(folder) == before
    assert _duckdb_totals(folder) == totals
    assert (folder / "_rehablogg_dataset.json").read_bytes() == manifest
    assert not (folder / ".rehablogg-staging").exists()


def test_a_month_left_without_an_accepted_submission_goes(corpus: Corpus, tmp_path: Path) -> None:
    """A second database sends the same therapist's month: a conflict, so neither counts, and
    the month that was in the dataset is taken out of it."""
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    shutil.copy(corpus.pilot_file, inbox)
    for label in ("FYS03 2025-01", "FYS03 2025-02"):
        shutil.copy(corpus.files[label], inbox / f"{label}.xlsx")
    folder, path = tmp_path / "datasett", tmp_path / "samling.sqlite3"

    def once() -> SummaryResult:
        return aggregate(
            Options((inbox,), tmp_path / "s.xlsx", path, dataset=folder), progress=None
        )

    assert once().dataset is not None
    assert list((folder / ENTRIES).glob("year=2025/month=02/*.parquet"))
    shutil.copy(corpus.files["FYS03 2025-02 annen"], inbox / "annen.xlsx")
    second = once()
    assert second.dataset is not None
    assert (second.dataset.removed, second.dataset.kept) == (["2025-02"], ["2025-01"])
    for table in TABLES:
        assert not (folder / table.name / "year=2025" / "month=02").exists()
    assert set(_duckdb_totals(folder)) == {("0301", "2025-01")}
    manifest = json.loads((folder / "_rehablogg_dataset.json").read_text(encoding="utf-8"))
    assert list(manifest["months"]) == ["2025-01"]
