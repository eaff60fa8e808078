"""An export never writes a file its own verify refuses for the therapist's municipality.

Format 1.1 writes each client's home municipality, the therapist's when the client has none of
their own, and verify checks it against the 2024 municipality list. A profile holding a number
not on the list (set before the profile checked it, or by hand in the database) made every
month a file the pilot lead's aggregate refused, 720 of 1 008 in the benchmark's corpus, while
the export itself said nothing. Now the export refuses with one sentence and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.profile import update_profile
from tests.exchange.helpers import demo_db, export_month


@pytest.mark.parametrize("submit", [False, True])
def test_a_profile_municipality_not_on_the_list_is_refused_before_anything_is_written(
    tmp_path: Path, submit: bool
) -> None:
    db = demo_db(tmp_path / "db", entries=200, clients=6)
    try:
        update_profile(db.engine, municipality="4605")  # not a municipality in 2024
        out = tmp_path / "out"
        with pytest.raises(ExportError) as refused:
            export_month(db, out, submit=submit)
        assert str(refused.value) == (
            "Kommunenummeret 4605 i profilen finnes ikke i kommunelisten for 2024, så filen "
            "ville blitt avvist; velg kommunen på nytt i profilen før du eksporterer."
        )
        assert list(out.iterdir()) == []

        update_profile(db.engine, municipality="4601")
        result = export_month(db, out, submit=submit)
    finally:
        db.close()
    assert verify_file(result.path).ok


def test_a_csv_view_is_not_refused_for_it(tmp_path: Path) -> None:
    """A CSV is a view for the therapist, never handed in, and writes no home municipality."""
    db = demo_db(tmp_path / "db", entries=100, clients=4)
    try:
        update_profile(db.engine, municipality="4605")
        result = export_month(db, tmp_path / "out", fmt="csv")
    finally:
        db.close()
    assert result.path.exists()
