"""The workbench's choice to write the analysts' Parquet dataset beside the summary: a checkbox
and a folder, driven through the real widgets offscreen."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from pytestqt.qtbot import QtBot

from rehablogg.aggregate.codebook import CODEBOOK_JSON
from rehablogg.aggregate.dataset_columns import ENTRIES, MONTH
from rehablogg.gui.workbench_window import WorkbenchWindow
from tests.gui.test_workbench import (  # noqa: F401 - fixtures
    LEFT,
    SmallCorpus,
    add_folder,
    corpus,
    run_to_end,
    type_into,
    window,
)


def test_the_dataset_goes_beside_the_summary(
    qtbot: QtBot,
    window: WorkbenchWindow,  # noqa: F811
    corpus: SmallCorpus,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = window
    add_folder(qtbot, w, corpus.root, monkeypatch)
    type_into(w.ui.collectionEdit, str(tmp_path / "samling.sqlite3"))
    assert not w.datasetCheck.isChecked() and w.options().dataset is None
    qtbot.mouseClick(w.datasetCheck, LEFT)
    assert w.datasetEdit.text() == str(tmp_path / "datasett")  # beside the summary
    assert w.options().dataset == tmp_path / "datasett"
    run_to_end(qtbot, w)
    folder = tmp_path / "datasett"
    assert (folder / CODEBOOK_JSON).is_file()
    months = duckdb.sql(
        f"SELECT DISTINCT {MONTH} FROM '{folder / ENTRIES}/**/*.parquet' ORDER BY 1"
    ).fetchall()
    assert months == [("2025-01",), ("2025-02",)]


def test_a_file_as_dataset_folder_is_said_in_the_window(
    qtbot: QtBot,
    window: WorkbenchWindow,  # noqa: F811
    corpus: SmallCorpus,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = window
    add_folder(qtbot, w, corpus.root, monkeypatch)
    type_into(w.ui.collectionEdit, str(tmp_path / "samling.sqlite3"))
    a_file = tmp_path / "ikke-en-mappe"
    a_file.write_text("x")
    qtbot.mouseClick(w.datasetCheck, LEFT)
    type_into(w.datasetEdit, str(a_file))
    qtbot.mouseClick(w.ui.runButton, LEFT)
    assert not w.running
    assert w.ui.messageLabel.text() == f"{a_file} er en fil; velg en mappe for datasettet."
    assert w.datasetEdit.text() == str(a_file)  # what the user typed stays
    assert not (tmp_path / "sammendrag.xlsx").exists()
