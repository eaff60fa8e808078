"""Logging a day by keyboard alone, with the week totals checked after each step."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.database import Database
from rehablogg.storage.entries import get_entry
from rehablogg.storage.queries import count_entries
from tests.gui.conftest import TODAY, Keyboard, log, only_entry
from tests.gui.dialogs import when_modal

K = Qt.Key


def week(w: MainWindow) -> tuple[int, int, int, int]:
    t = w.week_totals()
    return (t.direct, t.indirect, t.other, t.travel)


def test_entry_for_one_client(
    window: MainWindow, kb: Keyboard, db: Database, clients: dict[str, int]
) -> None:
    log(kb, "veiledning foreldre", ["ola"], "1:30")
    assert window.form.problem_texts() == {}
    assert week(window) == (0, 90, 0, 0)
    stored = get_entry(db.engine, only_entry(db))
    assert stored is not None
    assert (stored.draft.code, stored.draft.client_ids, stored.draft.date) == (
        "I01",
        (clients["Ola Testesen"],),
        TODAY,
    )
    # The form is ready for the next entry with the same client.
    assert window.form.client_ids == [clients["Ola Testesen"]]
    assert kb.focus() is window.form.ui.codeEdit


def test_group_session_with_three_clients(
    window: MainWindow, kb: Keyboard, db: Database, clients: dict[str, int]
) -> None:
    kb.ctrl(K.Key_N)
    window.form.cancel()  # a fresh form without the previous client
    kb.type("gruppe")
    kb.press(K.Key_Return)
    for name in ("ola", "kari", "per"):
        kb.type(name)
        kb.press(K.Key_Return)
    kb.press(K.Key_Return)  # empty client field: done adding
    assert kb.focus() is window.form.ui.minutesEdit
    kb.type("60")
    kb.press(K.Key_Return)
    assert window.form.problem_texts() == {}
    stored = get_entry(db.engine, only_entry(db))
    assert stored is not None
    assert stored.draft.code == "D03"
    assert set(stored.draft.client_ids) == {
        clients[n] for n in ("Ola Testesen", "Kari Prøvesen", "Per Eksempel")
    }
    assert stored.draft.group_size == 3
    assert week(window) == (60, 0, 0, 0)


def test_admin_entry_without_client_and_refusal_where_one_is_needed(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    kb.ctrl(K.Key_N)
    kb.type("administrasjon")
    kb.press(K.Key_Return)
    assert kb.focus() is window.form.ui.minutesEdit  # A03 takes no client: skipped
    kb.type("45")
    kb.press(K.Key_Return)
    assert week(window) == (0, 0, 45, 0)

    kb.ctrl(K.Key_N)
    kb.type("D02")
    kb.press(K.Key_Return)
    kb.press(K.Key_Tab)  # skip the client
    kb.type("30")
    kb.press(K.Key_Return)
    problems = window.form.problem_texts()
    assert problems == {"clients": "Koden D02 gjelder en bruker; velg minst én bruker."}
    assert window.form.ui.minutesEdit.text() == "30"  # nothing typed is lost
    assert window.form.code is not None and window.form.code.code == "D02"
    assert count_entries(db.engine) == 1
    assert week(window) == (0, 0, 45, 0)


def test_bad_minutes_are_refused_next_to_the_field(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    log(kb, "administrasjon", [], "tre kvarter")
    assert "er ikke en varighet" in window.form.problem_texts()["minutes"]
    assert window.form.ui.minutesEdit.text() == "tre kvarter"
    assert count_entries(db.engine) == 0


def test_edit_selected_entry(window: MainWindow, kb: Keyboard, db: Database) -> None:
    log(kb, "administrasjon", [], "45")
    window.ui.entriesTable.setFocus()
    kb.press(K.Key_F2)
    assert window.form.editing_id is not None
    assert kb.focus() is window.form.ui.minutesEdit
    kb.type("60")  # the minutes are selected, so typing replaces them
    kb.press(K.Key_Return)
    assert week(window) == (0, 0, 60, 0)
    assert count_entries(db.engine) == 1


def test_delete_and_undo_restore_exactly(window: MainWindow, kb: Keyboard, db: Database) -> None:
    log(kb, "ansvarsgruppe", ["kari"], "60")
    entry_id = only_entry(db)
    form = window.form
    # Parties and travel set by keyboard on an edit, so undo has something to restore.
    window.ui.entriesTable.setFocus()
    kb.press(K.Key_F2)
    form.ui.partiesList.setFocus()
    kb.press(K.Key_Space)  # foreldre
    kb.press(K.Key_Down)
    kb.press(K.Key_Down)
    kb.press(K.Key_Down)
    kb.press(K.Key_Space)  # skole/SFO
    kb.press(K.Key_Tab)  # the group size is disabled for I04, so Tab lands on travel
    assert kb.focus() is form.ui.travelSpin
    kb.type("20")
    kb.press(K.Key_Return)
    before = get_entry(db.engine, entry_id)
    assert before is not None and before.draft.parties == ("foreldre", "skole_sfo")
    assert week(window) == (0, 60, 0, 20)

    window.ui.entriesTable.setFocus()
    kb.press(K.Key_Delete)
    assert get_entry(db.engine, entry_id) is None
    assert week(window) == (0, 0, 0, 0)
    kb.ctrl(K.Key_Z)
    after = get_entry(db.engine, entry_id)
    assert after is not None and after.draft == before.draft
    assert week(window) == (0, 60, 0, 20)
    kb.press(K.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert get_entry(db.engine, entry_id) is None


def test_duplicate_selected(window: MainWindow, kb: Keyboard, db: Database) -> None:
    log(kb, "kontroll", ["ola"], "30")
    window.ui.entriesTable.setFocus()
    kb.ctrl(K.Key_D)
    assert count_entries(db.engine) == 2
    assert week(window) == (60, 0, 0, 0)
    kb.ctrl(K.Key_Z)
    assert count_entries(db.engine) == 1


def test_repeat_last_in_two_keystrokes(window: MainWindow, kb: Keyboard, db: Database) -> None:
    log(kb, "veiledning personale", ["per"], "45")
    kb.keys = 0
    kb.ctrl(K.Key_R)
    kb.press(K.Key_Return)
    assert kb.keys <= 3
    assert count_entries(db.engine) == 2
    assert week(window) == (0, 90, 0, 0)


def test_copy_to_another_day(window: MainWindow, kb: Keyboard, db: Database, qtbot: QtBot) -> None:
    log(kb, "administrasjon", [], "30")
    window.ui.entriesTable.setFocus()

    def answer_dialog(dialog: QDialog) -> None:
        edit = dialog.findChild(QDateEdit)
        if edit is None or QApplication.focusWidget() is not edit:
            return  # the dialog is rejected: fail below instead of hanging on it
        QTest.keyClick(edit, K.Key_Up)  # the day section is selected: one day later …
        for _ in range(2):
            QTest.keyClick(edit, K.Key_Up)  # … to Monday of week 48
        QTest.keyClick(edit, K.Key_Return)

    when_modal(answer_dialog)
    kb.press(K.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert count_entries(db.engine) == 2
    with db.engine.connect() as conn:
        days = sorted(r[0] for r in conn.execute(text("SELECT date FROM entry")))
    assert days == [TODAY.isoformat(), (TODAY + timedelta(days=3)).isoformat()]
    assert window.current == TODAY + timedelta(days=3)  # the view follows the copy
    assert week(window) == (0, 0, 30, 0)


def test_overlap_is_a_warning_the_user_can_accept(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    for _ in range(2):
        kb.ctrl(K.Key_N)
        kb.type("administrasjon")
        kb.press(K.Key_Return)
        kb.type("60")
        window.form.ui.startEdit.setFocus()
        kb.type("9:00")
        kb.press(K.Key_Return)
    assert count_entries(db.engine) == 1
    assert "overlapper" in window.form.problem_texts()["message"]
    kb.press(K.Key_Return)  # accept the warning
    assert count_entries(db.engine) == 2


def test_navigation_by_keyboard(window: MainWindow, kb: Keyboard) -> None:
    window.ui.entriesTable.setFocus()
    kb.press(K.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current == TODAY + timedelta(days=7)
    kb.ctrl(K.Key_1)
    assert window.mode == "day"
    kb.press(K.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current == TODAY + timedelta(days=6)
    kb.press(K.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.current == TODAY
    kb.ctrl(K.Key_2)
    assert window.mode == "week"
    assert "Uke 47" in window.ui.headingLabel.text()


def test_new_entry_defaults_to_the_day_shown(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    window.go_to(date(2026, 11, 17))
    log(kb, "administrasjon", [], "15")
    stored = get_entry(db.engine, only_entry(db))
    assert stored is not None and stored.draft.date == date(2026, 11, 17)


def test_undo_updates_what_is_on_screen(window: MainWindow, kb: Keyboard) -> None:
    log(kb, "administrasjon", [], "45")
    shown = lambda: [  # noqa: E731
        window.entries_model.index(r, 3).data() for r in range(window.entries_model.rowCount())
    ]
    assert "A03 Administrasjon og møter uten brukerfokus" in shown()
    window.ui.entriesTable.setFocus()
    kb.ctrl(K.Key_Z)
    assert "A03 Administrasjon og møter uten brukerfokus" not in shown()
    assert "annet 0:00" in window.ui.totalsLabel.text()
