"""Per-code defaults in the entry form (issue 17, item 6): picking a code fills in the contact
mode and arena the catalogue gives it, unless the user set the field in this entry; a copied
entry keeps what it had."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.database import Database
from rehablogg.storage.entries import get_entry
from rehablogg.storage.profile import update_profile
from rehablogg.storage.queries import last_created_entry_id
from tests.gui.conftest import Keyboard, db_of

K = Qt.Key


def _at_clinic(window: MainWindow) -> None:
    update_profile(db_of(window).engine, default_arena="klinikk", default_contact_mode="oppmote")
    window.reload_settings()
    window.new_entry()
    window.form.cancel()  # a fresh form with the profile's defaults


def _pick(kb: Keyboard, search: str) -> None:
    kb.ctrl(K.Key_N)
    kb.type(search)
    kb.press(K.Key_Return)


def _fields(window: MainWindow) -> tuple[str, str]:
    ui = window.form.ui
    return ui.contactCombo.currentData(), ui.arenaCombo.currentData()


def _choose(kb: Keyboard, combo: QComboBox, key: str) -> None:
    """Change a combo box the way a user does: focus it and arrow to the value."""
    combo.setFocus()
    target = combo.findData(key)
    while combo.currentIndex() != target:
        kb.press(K.Key_Down if combo.currentIndex() < target else K.Key_Up)


def _retype_code(window: MainWindow, kb: Keyboard, search: str) -> None:
    window.form.ui.codeEdit.setFocus()
    window.form.ui.codeEdit.selectAll()
    kb.type(search)
    kb.press(K.Key_Return)
    assert window.form.code is not None and window.form.code.code == search


def _last(db: Database) -> tuple[str | None, str | None]:
    last = last_created_entry_id(db.engine)
    stored = get_entry(db.engine, last) if last else None
    assert stored is not None
    return stored.draft.contact_mode, stored.draft.arena


def test_a_phone_contact_is_not_saved_as_in_person_at_the_clinic(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    _at_clinic(window)
    _pick(kb, "I10")
    assert _fields(window) == ("telefon", "")
    kb.type("ola")
    kb.press(K.Key_Return)
    kb.type("15")
    kb.press(K.Key_Return)
    assert window.form.problem_texts() == {}
    assert _last(db) == ("telefon", None)


def test_a_code_without_a_default_gives_back_what_the_field_had(
    window: MainWindow, kb: Keyboard
) -> None:
    _at_clinic(window)
    _pick(kb, "I10")
    assert _fields(window) == ("telefon", "")
    _retype_code(window, kb, "A03")  # administration: nothing typical, the profile's come back
    assert _fields(window) == ("oppmote", "klinikk")


def test_the_next_entry_does_not_inherit_a_codes_default(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    _at_clinic(window)
    _pick(kb, "I10")
    kb.type("ola")
    kb.press(K.Key_Return)
    kb.type("15")
    kb.press(K.Key_Return)
    assert _fields(window) == ("oppmote", "klinikk")  # the form is ready for the next entry
    kb.type("D02")
    kb.press(K.Key_Return)
    assert _fields(window) == ("oppmote", "klinikk")


def test_a_field_the_user_set_is_kept(window: MainWindow, kb: Keyboard, db: Database) -> None:
    _at_clinic(window)
    ui = window.form.ui
    _choose(kb, ui.contactCombo, "video")
    _retype_code(window, kb, "I10")
    # The contact mode is the user's; the arena, which the user left alone, follows the code.
    assert _fields(window) == ("video", "")
    _retype_code(window, kb, "D02")
    assert _fields(window) == ("video", "klinikk")
    kb.type("ola")
    kb.press(K.Key_Return)
    kb.type("30")
    kb.press(K.Key_Return)
    assert _last(db) == ("video", "klinikk")


def test_repeat_last_keeps_what_the_copied_entry_had(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    _at_clinic(window)
    _pick(kb, "I10")
    _choose(kb, window.form.ui.arenaCombo, "hjemme")  # a call made from a home visit
    window.form.ui.clientEdit.setFocus()
    kb.type("ola")
    kb.press(K.Key_Return)
    kb.type("15")
    kb.press(K.Key_Return)
    assert _last(db) == ("telefon", "hjemme")
    kb.ctrl(K.Key_R)
    assert _fields(window) == ("telefon", "hjemme")
    kb.press(K.Key_Return)
    assert _last(db) == ("telefon", "hjemme")


def test_record_keeping_has_no_contact_mode_or_arena(window: MainWindow, kb: Keyboard) -> None:
    _at_clinic(window)
    _pick(kb, "I13")
    assert _fields(window) == ("", "")
