"""With a pilot whose pseudonyms are linked, a new client's identity number gives the shared
pseudonym; the number itself is never stored."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import DEFAULT_VERSION
from rehablogg.core.identity import IdKind
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry
from rehablogg.core.pseudonym import linked_pseudonym, parse_pilot_key
from rehablogg.gui.clients_dialog import ClientEditDialog
from rehablogg.storage.clients import get_client
from rehablogg.storage.database import Database
from rehablogg.storage.pilot import join_pilot
from tests.identity_factory import example

KEY = "0f" * 32
ENTRY = RosterEntry(
    "T-07", "4601", "Barn og unge", "fysioterapeut", Month(2026, 1), Month(2026, 12)
)


def _join(db: Database, linked: bool) -> None:
    pilot = Pilot(
        id="vest-2026",
        name="Pilot Vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=DEFAULT_VERSION,
        roster=(ENTRY,),
        linked_pseudonyms=linked,
        key=KEY if linked else None,
    )
    join_pilot(db.engine, pilot, ENTRY)


def _dialog(qtbot: QtBot, db: Database) -> ClientEditDialog:
    dialog = ClientEditDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_number_gives_the_linked_pseudonym_and_is_not_stored(
    qtbot: QtBot, db: Database
) -> None:
    _join(db, linked=True)
    dialog = _dialog(qtbot, db)
    assert dialog.numberEdit is not None and dialog.numberEdit.isVisible()
    number = example(IdKind.FODSELSNUMMER, datetime.date(2019, 5, 17))
    qtbot.keyClicks(dialog.ui.labelEdit, "Testbarn")
    qtbot.keyClicks(dialog.numberEdit, number)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.client_id is not None
    client = get_client(db.engine, dialog.client_id)
    assert client is not None
    assert client.pseudonym == linked_pseudonym(number, parse_pilot_key(KEY))
    assert number.encode() not in db.path.read_bytes()
    for extra in db.path.parent.glob(db.path.name + "-*"):
        assert number.encode() not in extra.read_bytes()

    # The same person again: refused with a sentence, what was typed stays.
    again = _dialog(qtbot, db)
    qtbot.keyClicks(again.ui.labelEdit, "Samme barn")
    assert again.numberEdit is not None
    qtbot.keyClicks(again.numberEdit, number)
    again.accept()
    assert again.result() != again.DialogCode.Accepted and again.isVisible()
    assert "finnes allerede" in again.numberError.text()
    assert again.numberEdit.text() == number


def test_a_wrong_number_is_refused_with_a_sentence(qtbot: QtBot, db: Database) -> None:
    _join(db, linked=True)
    dialog = _dialog(qtbot, db)
    qtbot.keyClicks(dialog.ui.labelEdit, "Testbarn")
    assert dialog.numberEdit is not None
    qtbot.keyClicks(dialog.numberEdit, "12345678901")
    qtbot.keyClick(dialog.numberEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.client_id is None
    assert dialog.numberError.isVisible()
    assert dialog.numberError.text() == (
        "Fødselsnummeret er ikke gyldig; sjekk at alle 11 sifrene er riktige."
    )
    assert dialog.numberEdit.text() == "12345678901"


def test_without_a_number_or_without_linking_the_pseudonym_is_random(
    qtbot: QtBot, db: Database
) -> None:
    _join(db, linked=False)
    dialog = _dialog(qtbot, db)
    assert dialog.numberEdit is None
    qtbot.keyClicks(dialog.ui.labelEdit, "Uten kobling")
    dialog.accept()
    assert dialog.client_id is not None
