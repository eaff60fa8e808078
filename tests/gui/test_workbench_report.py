"""The workbench's "Lag rapport (PDF)" button: greyed out until there is a collection file,
then a click (the save dialog answered) writes the council report from the collection with
the pilot file among the inputs; a collection with nothing accepted gets one sentence in the
window and no file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from rehablogg.aggregate.collection import Collection
from rehablogg.core.pilot import pilot_toml
from rehablogg.gui.workbench_window import WorkbenchWindow
from tests.aggregate.sharing_corpus import new_collection, pilot_of
from tests.aggregate.test_council_figures import council_spec
from tests.cli.test_cli_report import pdf_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot) -> WorkbenchWindow:
    w = WorkbenchWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def _answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "PDF"))
    )


def test_the_button_writes_the_report_from_the_collection(
    qtbot: QtBot, window: WorkbenchWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = council_spec()
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "pilot.toml").write_text(pilot_toml(pilot_of(spec)), encoding="utf-8")
    window.add_inputs([inbox])
    window.set_collection(tmp_path / "ny.sqlite3")
    assert not window.reportButton.isEnabled()  # no collection file yet
    new_collection(tmp_path, spec).close()
    window.set_collection(tmp_path / "samling.sqlite3")
    assert window.reportButton.isEnabled()
    out = tmp_path / "rapport.pdf"
    _answer_save_dialog(monkeypatch, out)
    qtbot.mouseClick(window.reportButton, LEFT)
    assert re.fullmatch(
        rf"Rapporten \(\d+ sider\) er skrevet til {re.escape(str(out))}\.",
        window.ui.messageLabel.text(),
    )
    assert window.ui.messageLabel.property("tone") is None
    flowing = " ".join(pdf_text(out).split())
    assert "Pilot Deling" in flowing and "mai 2026 – september 2026" in flowing
    assert "Tall under 5 er skjult" in flowing


def test_a_collection_with_nothing_accepted_gets_one_sentence(
    qtbot: QtBot, window: WorkbenchWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Collection(tmp_path / "samling.sqlite3").close()
    window.set_collection(tmp_path / "samling.sqlite3")
    out = tmp_path / "rapport.pdf"
    _answer_save_dialog(monkeypatch, out)
    qtbot.mouseClick(window.reportButton, LEFT)
    assert window.ui.messageLabel.text() == (
        "Rapporten kan ikke lages: samlingen har ingen godtatte innleveringer; samle filer først."
    )
    assert window.ui.messageLabel.property("tone") == "error"
    assert not out.exists()
