"""The clients and profile windows when the database file is gone (the data folder moved or
unplugged): the write is refused with its one sentence in the window, and what was typed
stays."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.gui.clients_dialog import ClientEditDialog, ClientsDialog
from rehablogg.gui.profile_dialog import ProfileDialog
from rehablogg.storage.clients import add_client, get_client
from rehablogg.storage.database import Database
from rehablogg.storage.erase import PENDING_KEY
from rehablogg.storage.settings import set_setting
from tests.gui.dialogs import when_modal

GONE = "finnes ikke lenger"


def _remove(db: Database) -> None:
    db.close()
    for path in [db.path, *db.path.parent.glob(db.path.name + "-*")]:
        path.unlink()


def test_a_new_client_is_refused_and_the_name_stays(qtbot: QtBot, db: Database) -> None:
    dialog = ClientEditDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.labelEdit, "Ada")
    _remove(db)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.client_id is None
    assert GONE in dialog.ui.labelError.text() and dialog.ui.labelError.isVisible()
    assert dialog.ui.labelEdit.text() == "Ada"
    assert not db.path.exists()


def test_closing_a_client_is_refused_with_a_sentence(qtbot: QtBot, db: Database) -> None:
    add_client(db.engine, "Ada")
    dialog = ClientsDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    _remove(db)
    seen: list[str] = []

    def read(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    answer = when_modal(read)
    dialog.toggle_active()
    answer.stop()
    assert len(seen) == 1 and GONE in seen[0]
    assert not dialog.changed
    assert not db.path.exists()  # nothing read or wrote a new, empty file in its place


def test_the_profile_is_refused_and_what_was_typed_stays(qtbot: QtBot, db: Database) -> None:
    add_client(db.engine, "Ada")  # the file has something in it that must not be lost
    dialog = ProfileDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.unitEdit.setText("Barn og unge")
    _remove(db)
    assert not dialog.save()
    assert GONE in dialog.problem_texts()["message"]
    assert dialog.ui.unitEdit.text() == "Barn og unge"
    assert not db.path.exists()


def test_the_client_is_unchanged_when_nothing_was_refused(qtbot: QtBot, db: Database) -> None:
    """The same register closes a client while the file is there (the refusal is not all it
    does)."""
    ada = add_client(db.engine, "Ada")
    dialog = ClientsDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.toggle_active()
    client = get_client(db.engine, ada)
    assert client is not None and not client.active and dialog.changed


def test_the_register_opens_with_an_erase_pending_and_the_file_gone(
    qtbot: QtBot, db: Database
) -> None:
    """An earlier erase still pending cannot be finished on a gone file; the register opens
    all the same (its connection still reads the removed file) instead of failing."""
    add_client(db.engine, "Ada")
    set_setting(db.engine, PENDING_KEY, True)
    db.path.unlink()  # the app's connection stays open on it, as in use
    dialog = ClientsDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    assert not db.path.exists()
