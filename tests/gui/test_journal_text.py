""" "Kopier journaltekst" from the main window's list: bokmål and nynorsk, one line per selected
entry, the client's label only when asked, and the template dialog refusing a bad template."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rehablogg.application.entries_book import EntriesBook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.journal_text import DEFAULT_TEMPLATES, SETTING, JournalSettings
from rehablogg.gui.journal_text import JournalTemplateDialog
from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.settings import get_setting, set_setting

CAT = ("rehablogg-standard", 1)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
HOME_LINE_NB = "20.11.2026: D02 Individuell behandling og trening, 45 min, oppmøte, hjemme."
MEETING_LINE_NB = (
    "20.11.2026: I04 Ansvarsgruppemøte, 60 min, oppmøte, skole, med foreldre/foresatte og PPT."
)


@pytest.fixture
def entries(window: MainWindow, db: Database, clients: dict[str, int]) -> dict[str, str]:
    ola = clients["Ola Testesen"]
    home = add_entry(
        db.engine,
        EntryDraft(date(2026, 11, 20), 45, "D02", time(9, 0), (ola,), "oppmote", "hjemme"),
        *CAT,
    )
    meeting = add_entry(
        db.engine,
        EntryDraft(
            date(2026, 11, 20),
            60,
            "I04",
            time(10, 0),
            (ola,),
            "oppmote",
            "skole",
            ("foreldre", "ppt"),
        ),
        *CAT,
    )
    window.refresh()
    return {"home": home, "meeting": meeting}


def _select(window: MainWindow, entry_id: str) -> None:
    # The offscreen platform does not give focus back to the window when a dialog closes.
    window.activateWindow()
    QApplication.processEvents()
    window.ui.entriesTable.setFocus()
    window._select(entry_id)


def _copy(window: MainWindow) -> str:
    QGuiApplication.clipboard().clear()
    QTest.keyClick(window.ui.entriesTable, Qt.Key.Key_J, CTRL_SHIFT)
    return QGuiApplication.clipboard().text()


def test_ctrl_shift_j_copies_a_bokmal_line_without_the_client(
    window: MainWindow, entries: dict[str, str]
) -> None:
    _select(window, entries["home"])
    assert _copy(window) == HOME_LINE_NB
    assert "Ola" not in QGuiApplication.clipboard().text()
    assert window.statusBar().currentMessage() == "Journaltekst kopiert (1 linje)."


def test_several_selected_entries_give_one_line_each(
    window: MainWindow, entries: dict[str, str]
) -> None:
    _select(window, entries["home"])
    QTest.keyClick(window.ui.entriesTable, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert _copy(window) == f"{HOME_LINE_NB}\n{MEETING_LINE_NB}"
    assert window.statusBar().currentMessage() == "Journaltekst kopiert (2 linjer)."


def test_client_label_only_when_ticked_in_the_edit_menu(
    window: MainWindow, entries: dict[str, str], db: Database
) -> None:
    include = window.journal_text.include_action
    assert include in window.ui.menuEdit.actions()
    assert not include.isChecked()
    include.trigger()
    assert EntriesBook(db).journal_settings().include_client
    _select(window, entries["home"])
    assert _copy(window) == f"Ola Testesen, {HOME_LINE_NB}"
    include.trigger()
    assert _copy(window) == HOME_LINE_NB


def test_nothing_selected_says_so(window: MainWindow, entries: dict[str, str]) -> None:
    window.ui.entriesTable.clearSelection()
    window.ui.entriesTable.setCurrentIndex(window.entries_model.index(-1, -1))
    window.ui.entriesTable.setFocus()
    QGuiApplication.clipboard().setText("unchanged")
    QTest.keyClick(window.ui.entriesTable, Qt.Key.Key_J, CTRL_SHIFT)
    assert QGuiApplication.clipboard().text() == "unchanged"
    assert window.statusBar().currentMessage() == (
        "Velg en eller flere registreringer i listen først."
    )


def test_the_list_context_menu_and_the_shortcut_list_have_it(window: MainWindow) -> None:
    assert window.journal_text.copy_action in window.ui.entriesTable.actions()
    rows = window.shortcut_rows()
    assert ("Ctrl+Shift+J", "Kopier journaltekst") in rows
    keys = [keys for keys, _what in rows if keys]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"


def test_nynorsk_chosen_in_the_dialog_is_what_gets_copied(
    window: MainWindow, entries: dict[str, str], db: Database, qtbot: QtBot, catalogue: Catalogue
) -> None:
    def choose_nynorsk() -> None:
        dialog = window.journal_text.dialog
        dialog.language.setFocus()
        dialog.language.setCurrentIndex(dialog.language.findData("nn"))
        assert dialog.template.text() == DEFAULT_TEMPLATES["nn"]
        assert "føresette" in dialog.preview.text()
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_nynorsk)
    window.journal_text.template_action.trigger()
    assert EntriesBook(db).journal_settings().language == "nn"
    _select(window, entries["meeting"])
    code = catalogue.code("I04")
    assert code is not None
    assert _copy(window) == (
        f"20.11.2026: I04 {code.label.nn}, 60 min, oppmøte, skule, med foreldre/føresette og PPT."
    )
    _select(window, entries["home"])
    assert _copy(window).endswith(", 45 min, oppmøte, heime.")


def test_preview_follows_typing_and_a_bad_template_is_refused_and_kept(
    qtbot: QtBot, db: Database, catalogue: Catalogue
) -> None:
    dialog = JournalTemplateDialog(EntriesBook(db), catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.template.selectAll()
    QTest.keyClicks(dialog.template, "{dato} {kode} {timer}")
    assert dialog.preview.text() == "18.11.2026 I02 0:45"
    dialog.template.selectAll()
    QTest.keyClicks(dialog.template, "{dato} {pasient}")
    assert dialog.preview.text() == ""
    assert dialog.error.text().startswith("«{pasient}» er ikke en kjent plassholder; bruk ")
    QTest.keyClick(dialog.template, Qt.Key.Key_Return)
    assert dialog.isVisible()  # refused: the dialog stays open
    assert dialog.template.text() == "{dato} {pasient}"  # and keeps what was typed
    assert get_setting(db.engine, SETTING) is None  # nothing saved
    dialog.template.selectAll()
    QTest.keyClicks(dialog.template, "{dato}: {kode} ({minutter} min)")
    dialog.include_client.setChecked(True)
    assert dialog.preview.text() == "Ola Eksempel, 18.11.2026: I02 (45 min)"
    QTest.keyClick(dialog.template, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert EntriesBook(db).journal_settings() == JournalSettings(
        "nb", "{dato}: {kode} ({minutter} min)", True
    )


def test_stored_template_is_used_and_reset_goes_back_to_the_default(
    qtbot: QtBot, db: Database, catalogue: Catalogue
) -> None:
    set_setting(
        db.engine, SETTING, {"language": "nn", "template": "{kode}", "include_client": False}
    )
    dialog = JournalTemplateDialog(EntriesBook(db), catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.template.text() == "{kode}"
    assert dialog.language.currentData() == "nn"
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.template.text() == DEFAULT_TEMPLATES["nn"]
    dialog.accept()
    assert EntriesBook(db).journal_settings() == JournalSettings("nn", None, False)
