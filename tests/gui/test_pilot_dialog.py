"""Bli med i pilot: open the file, find your code by typing, join; errors as one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import DEFAULT_VERSION
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry, pilot_toml
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.pilot_dialog import PilotDialog
from rehablogg.storage.database import Database
from rehablogg.storage.pilot import joined_pilot
from rehablogg.storage.profile import get_profile
from tests.gui.conftest import db_of
from tests.gui.pilot_joining import join_from_the_file_menu

KEY = "5e" * 32


def _write(tmp_path: Path, catalogue_version: int = DEFAULT_VERSION) -> Path:
    roster = (
        RosterEntry(
            "T-07", "4601", "Barn og unge", "fysioterapeut", Month(2026, 1), Month(2026, 12)
        ),
        RosterEntry("T-08", "0301", "Voksne", "ergoterapeut", Month(2026, 3), Month(2026, 6)),
        RosterEntry(
            "X-11", "5001", "Rehabilitering", "fysioterapeut", Month(2026, 1), Month(2026, 12)
        ),
    )
    path = tmp_path / "pilot.toml"
    path.write_text(
        pilot_toml(
            Pilot(
                id="vest-2026",
                name="Pilot Vest",
                catalogue_id="rehablogg-standard",
                catalogue_version=catalogue_version,
                roster=roster,
                linked_pseudonyms=True,
                key=KEY,
            )
        ),
        encoding="utf-8",
    )
    return path


def _open(qtbot: QtBot, db: Database, path: Path) -> PilotDialog:
    dialog = PilotDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.ui.pathEdit, str(path))
    QTest.keyClick(dialog.ui.pathEdit, Qt.Key.Key_Return)
    return dialog


def test_type_to_search_and_join(
    qtbot: QtBot, db: Database, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    dialog = _open(qtbot, db, _write(tmp_path))
    assert "Pilot Vest (vest-2026)" in dialog.ui.pilotLabel.text()
    assert "nøkkel: finnes" in dialog.ui.pilotLabel.text()
    assert KEY not in dialog.ui.pilotLabel.text()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 3
    assert not dialog.join_button.isEnabled()
    assert dialog.focusWidget() is dialog.ui.searchEdit
    QTest.keyClicks(dialog.ui.searchEdit, "voks")
    assert dialog.proxy.rowCount() == 1
    assert dialog.selected() is not None and dialog.selected().therapist == "T-08"  # type: ignore[union-attr]
    assert dialog.join_button.isEnabled()
    QTest.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    p = get_profile(db.engine)
    assert (p.pilot_id, p.therapist_code, p.municipality, p.unit, p.profession) == (
        "vest-2026",
        "T-08",
        "0301",
        "Voksne",
        "ergoterapeut",
    )
    stored = joined_pilot(db.engine)
    assert stored is not None and stored["key"] == KEY
    assert "terapeut: (tom) → T-08" in [c.line() for c in dialog.changes]


def test_errors_are_one_sentence_in_the_dialog(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = _open(qtbot, db, tmp_path / "borte.toml")
    assert dialog.ui.messageLabel.text() == f"Finner ikke pilotfilen {tmp_path / 'borte.toml'}."
    bad = tmp_path / "feil.toml"
    bad.write_text('format = "noe annet"\n', encoding="utf-8")
    dialog.ui.pathEdit.setText(str(bad))
    dialog.load_path()
    assert "ikke en pilotfil" in dialog.ui.messageLabel.text()
    assert dialog.model.rowCount() == 0 and not dialog.join_button.isEnabled()

    newer = _write(tmp_path, catalogue_version=3)
    dialog.ui.pathEdit.setText(str(newer))
    dialog.load_path()
    assert dialog.select_code("X-11")
    dialog.join()
    assert dialog.isVisible()
    message = dialog.ui.messageLabel.text()
    assert "versjon 3" in message and "\n" not in message
    assert get_profile(db.engine).pilot_id == ""


def test_join_from_the_file_menu(window: MainWindow, tmp_path: Path) -> None:
    path = _write(tmp_path)
    assert window.ui.actionJoinPilot in window.ui.menuFile.actions()
    join_from_the_file_menu(window, path, "T-07")
    assert get_profile(db_of(window).engine).therapist_code == "T-07"
    assert "Pilot Vest" in window.statusBar().currentMessage()
