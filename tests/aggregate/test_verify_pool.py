"""Verification in worker processes (aggregate/verify_pool.py): the outcome is the same as in
one process, and a worker that dies or hangs on a file costs only that file."""

from __future__ import annotations

import multiprocessing
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import astuple
from pathlib import Path

import pytest

from rehablogg.aggregate import collection as collection_module
from rehablogg.aggregate.collection import row_json
from rehablogg.aggregate.run import AggregateCancelled, Options, aggregate, workers_for
from rehablogg.aggregate.status import Status
from rehablogg.aggregate.verify_pool import (
    CHECK_FAILED,
    WORKER_DIED,
    WORKER_TIMEOUT,
    Limits,
    VerifyPool,
    judge,
)
from rehablogg.aggregate.workbook import SummaryResult
from rehablogg.exchange.package_guard import SUBMISSION_LIMITS
from rehablogg.exchange.verify_bytes import verify_bytes
from tests.aggregate import pool_tasks
from tests.aggregate.corpus import Corpus, build
from tests.cli_runner import run_cli


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    c = build(tmp_path_factory.mktemp("corpus"))
    yield c
    for db in c.dbs.values():
        db.close()


def _outcomes(result: SummaryResult) -> list[tuple[object, ...]]:
    return [(*astuple(offer), r.status, r.reason, r.missing) for offer, r in result.outcomes]


def _tables(collection: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(collection)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("offer", "submission", "entry", "participant")
        }
    finally:
        conn.close()


def _members(summary: Path) -> dict[str, bytes]:
    """Every part of the workbook but the one holding the moment it was written."""
    with zipfile.ZipFile(summary) as archive:
        return {
            name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"
        }


def _run(corpus: Corpus, folder: Path, jobs: int) -> SummaryResult:
    folder.mkdir(exist_ok=True)
    return aggregate(
        Options((corpus.root,), folder / "sammendrag.xlsx", folder / "samling.sqlite3", jobs=jobs),
        progress=None,
    )


def test_two_workers_give_what_one_process_gives(corpus: Corpus, tmp_path: Path) -> None:
    one = _run(corpus, tmp_path / "one", 1)
    two = _run(corpus, tmp_path / "two", 2)
    statuses = {r.status for _, r in one.outcomes}
    # The corpus has every kind of file: refused, copies, corrections, conflicts.
    assert {Status.ACCEPTED, Status.REJECTED, Status.DUPLICATE, Status.SUPERSEDED} <= statuses
    assert _outcomes(two) == _outcomes(one)
    assert _tables(tmp_path / "two" / "samling.sqlite3") == _tables(
        tmp_path / "one" / "samling.sqlite3"
    )
    assert _members(tmp_path / "two" / "sammendrag.xlsx") == _members(
        tmp_path / "one" / "sammendrag.xlsx"
    )
    # A second run over the kept collections (everything known): still the same.
    again_one = _run(corpus, tmp_path / "one", 1)
    again_two = _run(corpus, tmp_path / "two", 3)
    assert _outcomes(again_two) == _outcomes(again_one) == _outcomes(one)
    assert _members(tmp_path / "two" / "sammendrag.xlsx") == _members(
        tmp_path / "one" / "sammendrag.xlsx"
    )


def test_a_worker_that_dies_costs_only_its_file(corpus: Corpus) -> None:
    good = corpus.files["FYS01 2025-01"].read_bytes()
    with VerifyPool(2, Limits(), task=pool_tasks.die_or_judge) as pool:
        # One answer first: workers that die before any answered are taken as workers that
        # cannot run here (the next test).
        results = [pool.result(pool.submit(good, ".xlsx"))]
        tickets = [pool.submit(data, ".xlsx") for data in (pool_tasks.DIE, good, good)]
        results += [pool.result(t) for t in tickets]
    # The file is tried twice (a worker killed for another program's sake is not its fault).
    assert [r.reason for r in results] == ["", WORKER_DIED, "", ""]
    assert results[2].entries == judge(good, ".xlsx", Limits()).entries


def test_workers_that_cannot_run_leave_the_files_to_this_process(corpus: Corpus) -> None:
    files = [corpus.files[label].read_bytes() for label in ("FYS01 2025-01", "endret", "kopi")]
    with VerifyPool(2, Limits(), task=pool_tasks.die_in_workers) as pool:
        tickets = [pool.submit(data, ".xlsx") for data in files]
        results = [pool.result(t) for t in tickets]
    assert results == [judge(data, ".xlsx", Limits()) for data in files]
    assert results[1].reason  # the edited file is refused for what it is, not for a death


def test_a_worker_that_hangs_is_stopped_at_the_deadline(corpus: Corpus) -> None:
    good = corpus.files["FYS01 2025-01"].read_bytes()
    # The deadline runs from when the file is handed over; starting a worker can take seconds
    # on a busy machine, so it is generous and only the hanging file reaches it.
    with VerifyPool(2, Limits(), timeout=20, task=pool_tasks.hang_or_judge) as pool:
        tickets = [pool.submit(data, ".xlsx") for data in (pool_tasks.HANG, good, good)]
        results = [pool.result(t) for t in tickets]
    assert [r.reason for r in results] == [WORKER_TIMEOUT.format(seconds="20"), "", ""]


def test_files_past_the_deadline_are_refused_and_the_run_goes_on(
    corpus: Corpus, tmp_path: Path
) -> None:
    result = aggregate(
        Options((corpus.root,), tmp_path / "s.xlsx", jobs=2, file_timeout=0.000001),
        progress=None,
    )
    reasons = {r.reason for _, r in result.outcomes}
    assert WORKER_TIMEOUT.format(seconds="1e-06") in reasons
    assert not result.accepted


def test_workers_never_load_qt_even_when_the_parent_has() -> None:
    pytest.importorskip("PySide6.QtCore")
    with VerifyPool(1, Limits(), task=pool_tasks.qt_modules) as pool:
        assert pool.result(pool.submit(b"", ".xlsx")).reason == ""


def test_how_many_workers() -> None:
    assert workers_for(1, 1000) == 1
    assert workers_for(4, 3) == 3  # never more than files
    assert workers_for(None, 5) == 1  # a few files: verified in this process
    assert workers_for(None, 10_000) >= 1


def test_cli_jobs(corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    done = run_cli("aggregate", str(corpus.root), "--out", str(out), "--jobs", "2")
    assert done.returncode == 0, done.stderr
    assert "godtatt" in done.stdout
    wrong = run_cli("aggregate", str(corpus.root), "--out", str(out), "--jobs", "0")
    assert wrong.returncode == 2
    assert "--jobs" in wrong.stderr and "Traceback" not in wrong.stderr


def test_cancelling_with_workers_keeps_the_collection_and_stops_them(
    corpus: Corpus, tmp_path: Path
) -> None:
    collection = tmp_path / "samling.sqlite3"
    _run(corpus, tmp_path, 2)
    before = _tables(collection)
    (corpus.root / "zz-ny").mkdir(exist_ok=True)
    extra = corpus.root / "zz-ny" / "ny kopi.xlsx"
    extra.write_bytes(corpus.files["FYS03 2025-03"].read_bytes() + b"\0")  # new bytes: judged
    seen: list[int] = []

    def stop_after_two(done: int, total: int, path: str) -> None:
        seen.append(done)
        if done == 2:
            raise AggregateCancelled

    try:
        with pytest.raises(AggregateCancelled):
            aggregate(
                Options((corpus.root,), tmp_path / "s2.xlsx", collection, jobs=2),
                progress=None,
                on_progress=stop_after_two,
            )
    finally:
        extra.unlink()
        extra.parent.rmdir()
    assert seen == [1, 2]
    assert _tables(collection) == before
    assert multiprocessing.active_children() == []


def test_a_judgement_carries_its_rows_as_the_collection_stores_them(corpus: Corpus) -> None:
    # Encoded in the worker that read them: the aggregate process only inserts the texts, and
    # texts cross the pipe far cheaper than the values (dates above all).
    good = corpus.files["FYS01 2025-01"].read_bytes()
    report = verify_bytes(good, ".xlsx", keep_content=True, limits=SUBMISSION_LIMITS)
    assert report.ok and report.content is not None
    with VerifyPool(2, Limits()) as pool:
        judged = pool.result(pool.submit(good, ".xlsx"))
    assert judged.entries.texts == tuple(row_json(r) for r in report.content.entries)
    assert judged.participants.texts == tuple(row_json(r) for r in report.content.participants)
    assert any('"2025-01-' in text for text in judged.entries.texts)  # dates as ISO days


def test_a_row_that_cannot_be_encoded_refuses_its_file_not_the_run(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(row: object) -> str:
        raise TypeError("set in a row")

    monkeypatch.setattr(collection_module, "row_json", broken)
    judged = judge(corpus.files["FYS01 2025-01"].read_bytes(), ".xlsx", Limits())
    assert judged.reason == CHECK_FAILED.format(error="TypeError")
    assert judged.entries.texts == ()
