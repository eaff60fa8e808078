"""A submission's rows read back from the collection (``Collection.entries`` and
``participants``): decoded in one parse per submission, exactly as one parse per row did, and a
damaged row is still an error, never two rows."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehablogg.aggregate.collection import Collection
from tests.aggregate.sharing_corpus import Client, Spec, new_collection


@pytest.fixture
def collection() -> Iterator[Collection]:
    spec = Spec(
        therapists=(0, 1),
        clients=(
            Client(0, "habilitering", 2019, (12, 30), 0, referral=3),
            Client(1, "rehabilitering", 1960, (5, 41), 0, referral=1),
        ),
        pathway=True,
    )
    with tempfile.TemporaryDirectory() as folder:
        opened = new_collection(Path(folder), spec)
        try:
            yield opened
        finally:
            opened.close()


def _one_by_one(collection: Collection, table: str, export_id: str) -> list[object]:
    return [
        json.loads(text)
        for (text,) in collection.conn.execute(
            f"SELECT row FROM {table} WHERE eksport_id = ? ORDER BY seq",
            (export_id,),
        )
    ]


def test_the_rows_are_what_one_parse_per_row_gives(collection: Collection) -> None:
    export_ids = [e for (e,) in collection.conn.execute("SELECT eksport_id FROM submission")]
    assert export_ids
    for export_id in export_ids:
        entries = list(collection.entries(export_id))
        assert entries and entries == _one_by_one(collection, "entry", export_id)
        participants = list(collection.participants(export_id))
        assert participants == _one_by_one(collection, "participant", export_id)


@pytest.mark.parametrize("damaged", ['["a"],["b"]', '["a"', "", '"a"]'])
def test_a_damaged_row_is_an_error_not_two_rows(collection: Collection, damaged: str) -> None:
    (export_id, seq) = collection.conn.execute(
        "SELECT eksport_id, min(seq) FROM entry GROUP BY eksport_id LIMIT 1"
    ).fetchone()
    collection.conn.execute(
        "UPDATE entry SET row = ? WHERE eksport_id = ? AND seq = ?", (damaged, export_id, seq)
    )
    with pytest.raises(json.JSONDecodeError):
        list(collection.entries(export_id))


def test_submissions_of_one_layout_share_their_column_names(collection: Collection) -> None:
    # Held once for the whole run (the summary's list of submissions, the row-sheet worker's
    # copy of it): a tuple per submission grew the summary's memory with the files.
    export_ids = [e for (e,) in collection.conn.execute("SELECT eksport_id FROM submission")]
    assert len(export_ids) >= 2
    infos = [collection.submission(e) for e in export_ids]
    first = infos[0]
    for info in infos[1:]:
        assert info.entry_columns == first.entry_columns
        assert info.entry_columns is first.entry_columns
        assert info.participant_columns is first.participant_columns
