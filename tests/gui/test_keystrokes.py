"""The keystroke budget of issue 3: a typical entry in at most 12 keys beyond the characters of
the search words and minutes; repeating the last entry in at most 3."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.database import Database
from rehablogg.storage.queries import count_entries
from tests.gui.conftest import Keyboard

K = Qt.Key
BUDGET_NEW = 12
BUDGET_REPEAT = 3


def test_typical_new_entry_within_budget(window: MainWindow, kb: Keyboard, db: Database) -> None:
    kb.ctrl(K.Key_N)
    kb.type("veil fore")  # code by search
    kb.press(K.Key_Return)
    kb.type("kari")  # client by search
    kb.press(K.Key_Return)
    kb.type("45")  # minutes
    kb.press(K.Key_Return)  # save
    assert count_entries(db.engine) == 1
    assert window.form.problem_texts() == {}
    print(f"new entry: {kb.keys} keys beyond {kb.chars} characters")
    assert kb.keys <= BUDGET_NEW


def test_group_entry_within_budget(window: MainWindow, kb: Keyboard, db: Database) -> None:
    kb.ctrl(K.Key_N)
    kb.press(K.Key_Escape)  # start from an empty form
    kb.type("grupp")
    kb.press(K.Key_Return)
    for name in ("ola", "kari", "per"):
        kb.type(name)
        kb.press(K.Key_Return)
    kb.press(K.Key_Return)
    kb.type("60")
    kb.press(K.Key_Return)
    assert count_entries(db.engine) == 1
    print(f"group entry: {kb.keys} keys beyond {kb.chars} characters")
    assert kb.keys <= BUDGET_NEW


def test_repeat_last_within_budget(window: MainWindow, kb: Keyboard, db: Database) -> None:
    kb.ctrl(K.Key_N)
    kb.type("kontroll")
    kb.press(K.Key_Return)
    kb.type("ola")
    kb.press(K.Key_Return)
    kb.type("30")
    kb.press(K.Key_Return)
    kb.keys = kb.chars = 0
    kb.ctrl(K.Key_R)
    kb.press(K.Key_Return)
    assert count_entries(db.engine) == 2
    print(f"repeat last: {kb.keys} keys")
    assert kb.keys <= BUDGET_REPEAT


def test_favourites_and_most_used_codes_come_first(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    form = window.form
    kb.ctrl(K.Key_N)
    kb.type("journal")
    kb.press(K.Key_Return)
    assert form.code is not None and form.code.code == "I13"
    kb.press(K.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    for _ in range(2):  # A03 used twice: most used after the favourite
        kb.ctrl(K.Key_N)
        kb.type("administrasjon")
        kb.press(K.Key_Return)
        kb.type("30")
        kb.press(K.Key_Return)
    kb.ctrl(K.Key_N)
    form.code_model.set_query("")
    firsts = [form.code_model.code_at(i).code for i in range(2)]  # type: ignore[union-attr]
    assert firsts == ["I13", "A03"]
    assert "★" in form.code_model.index(0, 0).data()
