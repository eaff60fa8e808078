"""The window works in the catalogue the logbook's profile names: a logbook on catalogue
version 1 is never offered version 2's codes (I14), and joining a pilot on another version
changes what the code picker offers at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry, pilot_toml
from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.database import Database
from rehablogg.storage.profile import update_profile
from tests.gui.conftest import TODAY
from tests.gui.dialogs import when_modal
from tests.gui.pilot_joining import join_from_the_file_menu


def _offered(window: MainWindow, query: str) -> set[str]:
    model = window.form.code_model
    model.set_query(query)
    return {code.code for code in (model.code_at(i) for i in range(model.rowCount())) if code}


def _open(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(Logbook(db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def _pilot_file(tmp_path: Path, version: int) -> Path:
    entry = RosterEntry(
        "T-07", "4601", "Barn og unge", "fysioterapeut", Month(2026, 1), Month(2026, 12)
    )
    path = tmp_path / f"pilot-{version}.toml"
    pilot = Pilot(
        id="vest-2026",
        name="Pilot Vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=version,
        roster=(entry,),
        linked_pseudonyms=False,
    )
    path.write_text(pilot_toml(pilot), encoding="utf-8")
    return path


def test_the_code_picker_of_a_version_1_logbook_has_no_i14(qtbot: QtBot, db: Database) -> None:
    update_profile(db.engine, catalogue_version=1)
    window = _open(qtbot, db)
    assert window.catalogue.version == 1
    assert "I14" not in _offered(window, "")
    assert "I14" not in _offered(window, "veil")
    assert "I14" not in _offered(window, "I14")
    assert {"I01", "I02"} <= _offered(window, "veil")


def test_joining_a_version_1_pilot_takes_i14_off_the_picker(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = _open(qtbot, db)
    assert "I14" in _offered(window, "veil")
    path = _pilot_file(tmp_path, 1)
    join_from_the_file_menu(window, path, "T-07")
    assert window.catalogue.version == 1
    assert "I14" not in _offered(window, "veil")
    assert "bufetat" not in [
        window.form.ui.partiesList.item(i).data(0x0100)
        for i in range(window.form.ui.partiesList.count())
    ]


def test_a_version_1_logbook_moves_to_version_2_in_the_profile(qtbot: QtBot, db: Database) -> None:
    """Fil → Profil: «Kodeverk» offers version 2 to a logbook still on version 1 (never back),
    and the window's picker offers I14 once the profile is saved."""
    from rehablogg.gui.profile_dialog import ProfileDialog

    update_profile(db.engine, therapist_code="FT01", municipality="4601", catalogue_version=1)
    window = _open(qtbot, db)
    assert "I14" not in _offered(window, "veil")

    def move(d: QDialog) -> None:
        assert isinstance(d, ProfileDialog)
        combo = d.catalogueCombo
        assert combo.isEnabled() and d.catalogueLabel.buddy() is combo
        assert [combo.itemData(i) for i in range(combo.count())] == [1, 2]
        assert combo.currentData() == 1
        combo.setCurrentIndex(1)
        d.accept()

    when_modal(move)
    window.ui.actionProfile.trigger()
    assert window.catalogue.version == 2
    assert "I14" in _offered(window, "veil")

    def look(d: QDialog) -> None:
        assert isinstance(d, ProfileDialog)
        assert [d.catalogueCombo.itemData(i) for i in range(d.catalogueCombo.count())] == [2]
        d.reject()

    when_modal(look)
    window.ui.actionProfile.trigger()


def test_in_a_pilot_the_pilot_file_decides_the_catalogue(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from rehablogg.gui.profile_dialog import ProfileDialog

    window = _open(qtbot, db)
    path = _pilot_file(tmp_path, 1)
    join_from_the_file_menu(window, path, "T-07")
    dialog = ProfileDialog(window.logbook, window)
    qtbot.addWidget(dialog)
    assert dialog.catalogueCombo.currentData() == 1
    assert not dialog.catalogueCombo.isEnabled()
    assert "pilot" in dialog.catalogueCombo.toolTip()
