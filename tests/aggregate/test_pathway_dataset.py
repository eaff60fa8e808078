"""The care pathway's tables of the analysts' dataset (issue 21's item for issue 20): forlop,
opphold and behov beside registreringer, typed from the declared format 1.1 sheets, one row
per row of each accepted submission, and in the codebook."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from rehablogg.aggregate.codebook import CODEBOOK_JSON, CODEBOOK_MD
from rehablogg.aggregate.dataset import write_dataset
from rehablogg.aggregate.dataset_columns import EPISODES, NEEDS, PAUSES, TABLE_BY_NAME
from tests.aggregate.sharing_corpus import new_collection
from tests.aggregate.test_pathway_sheets import _bergen_and_stavanger


def _rows(folder: Path, table: str, query: str) -> list[tuple[object, ...]]:
    source = f"read_parquet('{folder / table}/*/*/*.parquet', hive_partitioning = true)"
    return duckdb.sql(query.format(t=source)).fetchall()


def test_episodes_pauses_and_needs_are_typed_tables_with_a_codebook(tmp_path: Path) -> None:
    spec = _bergen_and_stavanger()
    collection = new_collection(tmp_path, spec)
    try:
        write_dataset(collection, tmp_path / "datasett")
    finally:
        collection.close()
    folder = tmp_path / "datasett"
    # Every episode is open or ends in June, and each therapist delivered May and June (the
    # wait of 20 days puts a first contact on 3 June): one row per episode and month.
    found = _rows(
        folder,
        EPISODES,
        "SELECT kommunenr, maaned, count(*), count(DISTINCT forlop_id) FROM {t} "
        "GROUP BY ALL ORDER BY ALL",
    )
    assert found == [
        ("1103", "2026-05", 2, 2),
        ("1103", "2026-06", 2, 2),
        ("4601", "2026-05", 6, 6),
        ("4601", "2026-06", 6, 6),
    ]
    (kinds,) = _rows(
        folder,
        EPISODES,
        "SELECT typeof(henvist), typeof(forste_direkte_kontakt), typeof(antall_opphold) "
        "FROM {t} LIMIT 1",
    )
    assert kinds == ("DATE", "DATE", "INTEGER")
    (ended,) = _rows(folder, EPISODES, "SELECT count(*) FROM {t} WHERE sluttarsak = 'flyttet'")
    assert ended == (1,)
    book = json.loads((folder / CODEBOOK_JSON).read_text(encoding="utf-8"))
    described = {t["name"]: [c["name"] for c in t["columns"]] for t in book["tables"]}
    for table in (EPISODES, PAUSES, NEEDS):
        assert described[table] == list(TABLE_BY_NAME[table].names)
        assert f"## `{table}`" in (folder / CODEBOOK_MD).read_text(encoding="utf-8")
    columns = [
        r[0]
        for r in duckdb.sql(
            f"DESCRIBE SELECT * FROM read_parquet('{folder / EPISODES}/*/*/*.parquet', "
            "hive_partitioning = false)"
        ).fetchall()
    ]
    assert columns == described[EPISODES]
