"""The GUI refuses identity numbers in what the user types (issue 16 item 5): the sentence
appears next to the field, the text stays where it was typed, nothing is saved, and the number
is nowhere in the database file or its WAL afterwards."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from rehablogg.application.entries_book import EntriesBook
from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.free_text import LABEL, NOTE, REASON, UNIT, identity_number_sentence
from rehablogg.core.identity import IdKind
from rehablogg.gui.clients_dialog import ClientEditDialog
from rehablogg.gui.journal_text import JournalTemplateDialog
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.profile_dialog import ProfileDialog
from rehablogg.storage.audit import month_audit
from rehablogg.storage.clients import add_client, list_clients
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry, get_entry
from rehablogg.storage.periods import mark_submitted
from rehablogg.storage.profile import get_profile
from rehablogg.storage.queries import count_entries
from rehablogg.storage.settings import get_setting
from tests.gui.conftest import TODAY, Keyboard
from tests.gui.dialogs import when_modal
from tests.identity_factory import example
from tests.storage.on_disk import assert_no_number_on_disk

K = Qt.Key
FNR = example(IdKind.FODSELSNUMMER, date(2018, 7, 4))
DNR = example(IdKind.D_NUMMER, date(2018, 7, 4))
NUMBERS = (FNR, DNR)


def test_entry_note_with_a_number_is_refused_next_to_the_note(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    form = window.form
    kb.ctrl(K.Key_N)
    kb.type("veiledning foreldre")
    kb.press(K.Key_Return)
    kb.type("ola")
    kb.press(K.Key_Return)
    kb.type("45")
    form.ui.noteEdit.setFocus()
    note = f"Mor ringte, fnr {FNR[:6]} {FNR[6:]}, om skolen"
    kb.type(note)
    kb.press(K.Key_Return)

    assert form.problem_texts() == {"note": identity_number_sentence(NOTE)}
    assert form.ui.noteError.isVisible()
    assert form.ui.noteEdit.text() == note  # kept as typed …
    assert form.ui.minutesEdit.text() == "45"  # … and so is everything else
    assert kb.focus() is form.ui.noteEdit
    assert form.ui.noteEdit.selectedText() == f"{FNR[:6]} {FNR[6:]}"  # just the number
    assert count_entries(db.engine) == 0

    kb.press(K.Key_Delete)  # one key removes the number, the rest of the note stays
    assert form.ui.noteEdit.text() == "Mor ringte, fnr , om skolen"
    kb.press(K.Key_Return)
    assert form.problem_texts() == {}
    assert not form.ui.noteError.isVisible()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT note FROM entry")).scalar_one() == (
            "Mor ringte, fnr , om skolen"
        )
    assert_no_number_on_disk(db, NUMBERS)


def test_client_label_with_a_number_is_refused_under_the_name(qtbot: QtBot, db: Database) -> None:
    dialog = ClientEditDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = f"Tuva {DNR[:6]}-{DNR[6:]}"
    QTest.keyClicks(dialog.ui.labelEdit, label)
    QTest.keyClick(dialog.ui.labelEdit, K.Key_Return)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.labelError.isVisible()
    assert dialog.ui.labelError.text() == identity_number_sentence(LABEL)
    assert dialog.ui.labelEdit.text() == label
    assert dialog.client_id is None and list(list_clients(db.engine)) == []

    dialog.ui.labelEdit.setText("Tuva")
    QTest.keyClick(dialog.ui.labelEdit, K.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [r.label for r in list_clients(db.engine)] == ["Tuva"]
    assert_no_number_on_disk(db, NUMBERS)


def test_renaming_a_client_to_a_number_is_refused(qtbot: QtBot, db: Database) -> None:
    client = add_client(db.engine, "Tuva")
    dialog = ClientEditDialog(Logbook(db), client)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.labelEdit.setText(FNR)
    QTest.keyClick(dialog.ui.labelEdit, K.Key_Return)
    assert dialog.ui.labelError.text() == identity_number_sentence(LABEL)
    assert dialog.ui.labelEdit.text() == FNR
    assert [r.label for r in list_clients(db.engine)] == ["Tuva"]


def test_reason_with_a_number_is_refused_in_the_reason_dialog(
    window: MainWindow, db: Database, clients: dict[str, int]
) -> None:
    entry_id = add_entry(
        db.engine,
        EntryDraft(TODAY, 30, "D02", None, (clients["Ola Testesen"],)),
        "rehablogg-standard",
        1,
    )
    with db.engine.begin() as conn:
        mark_submitted(conn, TODAY.strftime("%Y-%m"), "x", "2026-11-30T12:00:00")
    stored = get_entry(db.engine, entry_id)
    assert stored is not None
    reason = f"Feil bruker, riktig er {FNR}"
    seen: dict[str, str] = {}

    def second(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        seen["text"], seen["label"] = dialog.textValue(), dialog.labelText()
        dialog.setTextValue("Feil antall minutter")
        dialog.accept()

    def first(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(reason)
        dialog.accept()  # refused: the dialog stays open with the sentence
        assert dialog.isVisible()
        second(dialog)

    when_modal(first)
    window.save_from_form(EntryDraft(TODAY, 60, "D02", None, (clients["Ola Testesen"],)), entry_id)
    assert seen["text"] == reason
    assert seen["label"].endswith(identity_number_sentence(REASON))
    assert [(a.action, a.reason) for a in month_audit(db.engine, TODAY.strftime("%Y-%m"))] == [
        ("update", "Feil antall minutter")
    ]
    assert_no_number_on_disk(db, NUMBERS)


def test_profile_unit_with_a_number_is_refused_next_to_the_unit(qtbot: QtBot, db: Database) -> None:
    dialog = ProfileDialog(Logbook(db), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    unit = f"Barn og unge {FNR}"
    dialog.ui.unitEdit.setText(unit)
    assert not dialog.save()
    assert dialog.ui.unitError.text() == identity_number_sentence(UNIT)
    assert dialog.ui.unitEdit.text() == unit
    assert get_profile(db.engine).unit == ""
    assert_no_number_on_disk(db, NUMBERS)


def test_journal_template_with_a_number_is_refused(
    qtbot: QtBot, db: Database, catalogue: Catalogue
) -> None:
    dialog = JournalTemplateDialog(EntriesBook(db), catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    template = "{dato} " + DNR
    dialog.template.setText(template)
    dialog.accept()
    QApplication.processEvents()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Malen inneholder")
    assert dialog.template.text() == template
    assert get_setting(db.engine, "journal_text") is None
    assert_no_number_on_disk(db, NUMBERS)
