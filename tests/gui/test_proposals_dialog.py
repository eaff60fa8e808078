"""The confirm list behind Importer kalender and Kopier forrige uke, driven like a user."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rehablogg.application.calendar_import import propose_from_calendar
from rehablogg.application.entries_book import EntriesBook
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.proposal_actions import import_range
from rehablogg.gui.proposals_dialog import NOTE, ProposalsDialog
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.queries import count_entries, list_entries
from tests.calendar_files import typical_week
from tests.gui.conftest import TODAY
from tests.gui.dialogs import when_modal

CAT = default_catalogue()


def _dialog(qtbot: QtBot, db: Database, tmp_path: Path) -> ProposalsDialog:
    found = propose_from_calendar(
        db, typical_week(tmp_path / "uke.ics"), date(2026, 1, 12), date(2026, 1, 18), CAT
    )
    dialog = ProposalsDialog(
        EntriesBook(db), CAT, found.proposals, title="t", intro="i", today=date(2026, 2, 1)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_rows_without_a_guess_start_unticked_and_a_missing_client_is_said_in_the_row(
    qtbot: QtBot, db: Database, clients: dict[str, int], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, tmp_path)
    titles = [dialog.proposals[r].title for r in range(dialog.table.rowCount())]
    ticked = [dialog.is_checked(r) for r in range(len(titles))]
    assert titles[3] == "Lunsj" and not ticked[3]
    assert ticked[:3] == [True, True, True]
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # The course day needs no client and is saved; the meetings need one and say so.
    assert count_entries(db.engine) == 1 + 0  # the course only
    assert dialog.isVisible()
    note = dialog.table.item(0, NOTE)
    assert note is not None and "bruker" in note.text().lower()
    assert dialog.is_checked(0)
    assert "må endres først" in dialog.status.text()


def test_choosing_a_client_by_keyboard_then_saving_saves_the_meeting(
    qtbot: QtBot, db: Database, clients: dict[str, int], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, tmp_path)
    for row in range(1, dialog.table.rowCount()):
        dialog.set_checked(row, False)
    box = dialog.client_box(0)
    box.setFocus()
    QTest.keyClicks(box, "Ola")  # a combo box jumps to the item typed
    assert box.currentText() == "Ola Testesen"
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    rows = list_entries(db.engine, date(2026, 1, 12), date(2026, 1, 12))
    assert [(r[4], r[3], r[2]) for r in rows] == [("I04", 60, "09:00")]
    assert rows[0][10] == "Ola Testesen"


def test_changing_the_code_ticks_the_row(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, db, tmp_path)
    assert not dialog.is_checked(3)
    box = dialog.code_box(3)
    box.setCurrentIndex(box.findData("A03"))
    assert dialog.is_checked(3)


def _answer_next_dialog(action: str) -> None:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ProposalsDialog), dialog
        if action == "save":
            QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_modal(answer)


def test_fil_importer_kalender_saves_and_the_week_shows_it(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    first, last = import_range(TODAY)
    assert (first, last) == (date(2026, 10, 1), TODAY)
    ics = typical_week(tmp_path / "uke.ics")
    text = ics.read_text(encoding="utf-8").replace("202601", "202611")  # into the import range
    ics.write_text(text, encoding="utf-8", newline="")
    assert "actionImportCalendar" in [a.objectName() for a in window.ui.menuFile.actions()]
    _answer_next_dialog("save")
    window.import_calendar(str(ics))
    codes = sorted(r[4] for r in list_entries(db.engine, first, last))
    assert codes == ["A02"]


def test_kopier_forrige_uke_proposes_last_weeks_entries(
    qtbot: QtBot, window: MainWindow, db: Database, clients: dict[str, int]
) -> None:
    # TODAY is Friday of week 47; last week is week 46 (9-15 November 2026).
    add_entry(
        db.engine,
        EntryDraft(
            date(2026, 11, 10),
            45,
            "D02",
            time(9, 0),
            (clients["Ola Testesen"],),
            "oppmote",
            "klinikk",
        ),
        CAT.id,
        CAT.version,
    )
    add_entry(db.engine, EntryDraft(date(2026, 11, 12), 30, "A03", time(8, 0)), CAT.id, CAT.version)
    _answer_next_dialog("save")
    window.copy_last_week()
    days = sorted(
        (r[1], r[4]) for r in list_entries(db.engine, date(2026, 11, 16), date(2026, 11, 22))
    )
    assert days == [("2026-11-17", "D02"), ("2026-11-19", "A03")]
