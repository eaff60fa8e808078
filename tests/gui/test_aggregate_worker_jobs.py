"""The workbench's aggregate worker (a QThread of a process that has Qt loaded) with files
verified in two worker processes: the same outcome as in one process."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import astuple
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from rehablogg.aggregate.run import Options
from rehablogg.aggregate.workbook import SummaryResult
from rehablogg.gui.aggregate_worker import AggregateWorker
from tests.aggregate.corpus import Corpus, build


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    c = build(tmp_path_factory.mktemp("corpus"))
    yield c
    for db in c.dbs.values():
        db.close()


def _in_thread(qtbot: QtBot, options: Options) -> SummaryResult:
    worker = AggregateWorker(options)
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    results: list[object] = []
    failures: list[str] = []
    worker.succeeded.connect(lambda result, _pilot: results.append(result))
    worker.failed.connect(failures.append)
    worker.finished.connect(thread.quit)
    thread.start()
    qtbot.waitUntil(thread.isFinished, timeout=180_000)
    thread.wait()
    assert not failures, failures
    (result,) = results
    assert isinstance(result, SummaryResult)
    return result


def test_the_workbench_worker_verifies_in_processes(
    qtbot: QtBot, corpus: Corpus, tmp_path: Path
) -> None:
    one = _in_thread(qtbot, Options((corpus.root,), tmp_path / "en.xlsx", jobs=1))
    two = _in_thread(qtbot, Options((corpus.root,), tmp_path / "to.xlsx", jobs=2))
    assert [(astuple(o), r) for o, r in two.outcomes] == [(astuple(o), r) for o, r in one.outcomes]
    assert len(one.accepted) == len(corpus.accepted)
