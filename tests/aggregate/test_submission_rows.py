"""The summary reads each accepted submission's rows from the collection once for all its
figures (submission_rows.py): the totals, the follow-up and the care-pathway sheets used to read
and parse every row on their own, three times over for format 1.1 files."""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.council_figures import CouncilFigures, council_figures
from rehablogg.aggregate.tariffs import TariffFile, load_tariffs
from rehablogg.aggregate.workbook import write_summary
from rehablogg.resources_dir import resource_path
from tests.aggregate.sharing_corpus import Client, Spec, new_collection, pilot_of


def _spec() -> Spec:
    clients = [
        Client(0, "habilitering", 2019, (12, 30), 0, referral=3),
        Client(1, "rehabilitering", 1960, (5, 41), 0, referral=1, end=45, reason="flyttet"),
        Client(1, "habilitering", 2012, (8,), 0, referral=2, home=1, arrangement="kjop"),
    ]
    return Spec(therapists=(0, 1), clients=tuple(clients), pathway=True, threshold=2)


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    """Every read of a submission's entries or participants from now on, by kind and id."""
    reads: Counter[tuple[str, str]] = Counter()
    entries, participants = Collection.entries, Collection.participants

    def counted_entries(self: Collection, export_id: str) -> Iterator[list[object]]:
        reads["entries", export_id] += 1
        return entries(self, export_id)

    def counted_participants(self: Collection, export_id: str) -> Iterator[list[object]]:
        reads["participants", export_id] += 1
        return participants(self, export_id)

    monkeypatch.setattr(Collection, "entries", counted_entries)
    monkeypatch.setattr(Collection, "participants", counted_participants)
    return reads


def test_each_submissions_rows_are_read_once_for_all_the_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        spec = _spec()
        collection = new_collection(Path(folder), spec)
        try:
            reads = _count_reads(monkeypatch)
            # The rows sheets are written here too (not in a worker), which reads them again.
            result = write_summary(collection, Path(folder) / "s.xlsx", pilot_of(spec))
        finally:
            collection.close()
        book = load_workbook(Path(folder) / "s.xlsx", read_only=True)
        try:
            waits = [r for r in book["Ventetid"].iter_rows(values_only=True) if r[0]]
        finally:
            book.close()
    assert len(result.accepted) >= 2
    assert len(waits) > 1  # the pathway figures were made from those rows
    # Once for the figures, once for the row sheets: not once per figure.
    assert {key: count for key, count in reads.items()} == {
        (kind, export_id): 2
        for export_id in result.accepted
        for kind in ("entries", "participants")
    }


def test_the_council_report_reads_each_submissions_rows_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its time, shared tables, coordination load and waits come from one pass (it made five:
    the totals, the pathway, the shared tables' totals and follow-up, the coordination load)."""
    with tempfile.TemporaryDirectory() as folder:
        spec = _spec()
        collection = new_collection(Path(folder), spec)
        try:
            reads = _count_reads(monkeypatch)
            figures = council_figures(collection, pilot_of(spec))
            accepted = {e for _, e in reads}
        finally:
            collection.close()
    assert figures.time and figures.waits
    assert len(accepted) >= 2
    assert dict(reads) == {(kind, e): 1 for e in accepted for kind in ("entries", "participants")}


def _run_with_report(
    monkeypatch: pytest.MonkeyPatch, tariffs: TariffFile | None
) -> tuple[CouncilFigures, list[CouncilFigures], Counter[tuple[str, str]], list[str]]:
    """The council report's figures made alone, then those a run's summary hands over
    (``on_gathered``), the reads of that run, and its accepted submissions."""
    with tempfile.TemporaryDirectory() as folder:
        spec = _spec()
        pilot = pilot_of(spec)
        collection = new_collection(Path(folder), spec)
        try:
            alone = council_figures(collection, pilot, tariffs)
            reads = _count_reads(monkeypatch)
            taken: list[CouncilFigures] = []
            result = write_summary(
                collection,
                Path(folder) / "s.xlsx",
                pilot,
                tariffs=tariffs,
                on_gathered=lambda g: taken.append(council_figures(collection, pilot, tariffs, g)),
            )
        finally:
            collection.close()
    return alone, taken, reads, result.accepted


def test_the_council_report_of_a_run_takes_the_summarys_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``aggregate --report`` takes the report's figures from what the summary gathered
    (``write_summary``'s ``on_gathered``): the same figures, and no third read of the rows."""
    alone, taken, reads, accepted = _run_with_report(monkeypatch, None)
    assert taken == [alone]
    # Once for the figures of both, once for the row sheets.
    assert dict(reads) == {
        (kind, export_id): 2 for export_id in accepted for kind in ("entries", "participants")
    }


def test_a_run_with_tariff_models_and_a_report_computes_the_models_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The council report shows the Modeller sheet's totals: taken from the summary's run, not
    computed again (each model reads every row; three models cost more than the summary)."""
    tariffs = load_tariffs(resource_path("tariffs", "eksempel-modeller.toml"))
    alone, taken, reads, accepted = _run_with_report(monkeypatch, tariffs)
    assert taken == [alone] and alone.tariffs
    # The figures, the row sheets, and each model once.
    assert dict(reads) == {
        (kind, export_id): 2 + len(tariffs.models)
        for export_id in accepted
        for kind in ("entries", "participants")
    }
