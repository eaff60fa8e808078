"""The workbench's half of the receipt loop (docs/receipts.md), driven through the real widgets
offscreen: receipts written with a run, a month sent back with a reason (a reason holding an
identity number refused in the dialog, the reason kept), the return shown in the file list,
written on the receipts and taken back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from rehablogg.aggregate.collection import Collection
from rehablogg.core.identity import IdKind
from rehablogg.core.receipt import parse_receipt
from rehablogg.gui.workbench_models import ReportModel
from rehablogg.gui.workbench_window import WorkbenchWindow
from tests.gui.dialogs import when_modal
from tests.gui.test_workbench import (  # noqa: F401 - fixtures
    LEFT,
    PILOT,
    SmallCorpus,
    add_folder,
    corpus,
    run_to_end,
    type_into,
    window,
)
from tests.identity_factory import example

NUMBER = example(IdKind.FODSELSNUMMER, date(2015, 6, 9))


def _shown(corpus: SmallCorpus, label: str) -> str:  # noqa: F811
    return str(corpus.files[label].relative_to(corpus.root))


def _select(w: WorkbenchWindow, shown: str) -> None:
    view = w.ui.reportTable
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, ReportModel.FILE).data() == shown:
            view.selectionModel().select(
                model.index(r, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(shown)


def _row(w: WorkbenchWindow, shown: str) -> tuple[str, str]:
    model = w.ui.reportTable.model()
    for r in range(model.rowCount()):
        if model.index(r, ReportModel.FILE).data() == shown:
            return (
                model.index(r, ReportModel.STATUS).data(),
                model.index(r, ReportModel.REASON).data(),
            )
    raise AssertionError(shown)


def _statuses(path: Path) -> dict[str, tuple[str, str]]:
    receipt = parse_receipt(path.read_bytes())
    return {m.export_id: (m.status, m.reason) for m in receipt.months}


def _export_id(collection: Path, therapist: str, month: str, status: str) -> str:
    c = Collection(collection)
    try:
        from rehablogg.aggregate.status import resolve

        offers = c.offers()
        found = {
            o.export_id
            for o, r in zip(offers, resolve(offers), strict=True)
            if (o.therapist, o.month, r.status.value) == (therapist, month, status)
        }
    finally:
        c.close()
    (export_id,) = found
    return export_id


def test_receipts_with_a_run_and_a_month_returned_from_the_list(
    qtbot: QtBot,
    window: WorkbenchWindow,  # noqa: F811
    corpus: SmallCorpus,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = window
    add_folder(qtbot, w, corpus.root, monkeypatch)
    collection = tmp_path / "samling.sqlite3"
    type_into(w.ui.collectionEdit, str(collection))
    assert w.options().receipts is None
    qtbot.mouseClick(w.receipts.check, LEFT)
    folder = tmp_path / "kvitteringer"
    assert w.receipts.edit.text() == str(folder)  # beside the summary
    run_to_end(qtbot, w)
    assert f"2 kvitteringer er skrevet til {folder}." in w.ui.messageLabel.text()
    fys01 = folder / f"kvittering_{PILOT}_FYS01.json"
    erg02 = folder / f"kvittering_{PILOT}_ERG02.json"
    assert sorted(_s for _s, _r in _statuses(fys01).values()) == [
        "erstattet",
        "godtatt",
        "godtatt",
    ]
    # ERG02's February is in conflict: sent back with the collection's sentence.
    assert sorted(s for s, _r in _statuses(erg02).values()) == [
        "godtatt",
        "returnert",
        "returnert",
    ]

    # A replaced submission cannot be returned; an accepted one can.
    _select(w, _shown(corpus, "a-fys01/februar"))
    assert not w.receipts.returnButton.isEnabled()
    _select(w, _shown(corpus, "b-erg02/januar"))
    assert w.receipts.returnButton.isEnabled() and not w.receipts.withdrawButton.isEnabled()

    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        edit.setFocus()
        QTest.keyClicks(edit, f"Gjelder {NUMBER}")
        dialog.accept()
        # Refused in the dialog: the sentence under the question, the reason as typed.
        assert dialog.isVisible()
        seen.append(dialog.findChild(QLabel).text())  # type: ignore[union-attr]
        assert edit.text() == f"Gjelder {NUMBER}"
        edit.selectAll()
        QTest.keyClicks(edit, "Uke 3 mangler; legg den inn og lever på nytt.")
        dialog.accept()

    answered = when_modal(answer)
    qtbot.mouseClick(w.receipts.returnButton, LEFT)
    assert answered.answered
    assert "fødselsnummer, D-nummer eller H-nummer" in seen[0]
    assert _row(w, _shown(corpus, "b-erg02/januar")) == (
        "returnert",
        "Uke 3 mangler; legg den inn og lever på nytt.",
    )
    assert w.ui.messageLabel.text().startswith("ERG02 2025-01 er returnert")
    january = _export_id(collection, "ERG02", "2025-01", "godtatt")
    c = Collection(collection)
    try:
        assert c.returned() == {january: "Uke 3 mangler; legg den inn og lever på nytt."}
    finally:
        c.close()
    assert w.receipts.withdrawButton.isEnabled()

    # Written now, without a run: the receipt says returnert with the reason.
    now_folder = tmp_path / "nå"
    now_folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(now_folder))
    )
    qtbot.mouseClick(w.receipts.writeButton, LEFT)
    assert w.ui.messageLabel.text() == f"2 kvitteringer er skrevet til {now_folder}."
    assert _statuses(now_folder / erg02.name)[january] == (
        "returnert",
        "Uke 3 mangler; legg den inn og lever på nytt.",
    )

    # Taken back: accepted again, in the list and on the next receipt.
    qtbot.mouseClick(w.receipts.withdrawButton, LEFT)
    assert _row(w, _shown(corpus, "b-erg02/januar"))[0] == "godtatt"
    assert w.ui.messageLabel.text() == "Returen av ERG02 2025-01 er angret."
    qtbot.mouseClick(w.receipts.writeButton, LEFT)
    assert _statuses(now_folder / erg02.name)[january] == ("godtatt", "")


def test_cancelled_return_changes_nothing(
    qtbot: QtBot,
    window: WorkbenchWindow,  # noqa: F811
    corpus: SmallCorpus,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = window
    add_folder(qtbot, w, corpus.root, monkeypatch)
    collection = tmp_path / "samling.sqlite3"
    type_into(w.ui.collectionEdit, str(collection))
    run_to_end(qtbot, w)
    _select(w, _shown(corpus, "a-fys01/januar"))

    def cancel(dialog: QDialog) -> None:
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        QTest.keyClicks(edit, "Noe")
        dialog.reject()

    when_modal(cancel)
    qtbot.mouseClick(w.receipts.returnButton, LEFT)
    assert _row(w, _shown(corpus, "a-fys01/januar"))[0] == "godtatt"
    c = Collection(collection)
    try:
        assert c.returned() == {}
    finally:
        c.close()


def test_a_file_as_receipts_folder_is_said_in_the_window(
    qtbot: QtBot,
    window: WorkbenchWindow,  # noqa: F811
    corpus: SmallCorpus,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = window
    add_folder(qtbot, w, corpus.root, monkeypatch)
    type_into(w.ui.collectionEdit, str(tmp_path / "samling.sqlite3"))
    a_file = tmp_path / "kv"
    a_file.write_text("x")
    qtbot.mouseClick(w.receipts.check, LEFT)
    type_into(w.receipts.edit, str(a_file))
    qtbot.mouseClick(w.ui.runButton, LEFT)
    assert not w.running
    assert w.ui.messageLabel.text() == f"{a_file} er en fil; velg en mappe for kvitteringene."
    assert w.receipts.edit.text() == str(a_file)
