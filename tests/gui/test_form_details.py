"""The smaller surprises of the entry form and the list beside it (issue 17, item 5), each
driven by keyboard through the real window."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.core.entry import EntryDraft
from rehablogg.gui.entries_model import DateRole
from rehablogg.gui.entry_form import EntryForm
from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.queries import count_entries
from tests.gui.conftest import TODAY, Keyboard, log

K = Qt.Key
CAT = ("rehablogg-standard", 1)


def test_the_client_error_goes_when_a_client_is_picked(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    kb.ctrl(K.Key_N)
    kb.press(K.Key_Escape)
    kb.type("D02")
    kb.press(K.Key_Return)
    kb.press(K.Key_Tab)  # no client
    kb.type("30")
    kb.press(K.Key_Return)
    assert "clients" in window.form.problem_texts()
    window.form.ui.clientEdit.setFocus()
    kb.type("ola")
    kb.press(K.Key_Return)
    assert "clients" not in window.form.problem_texts()
    assert not window.form.ui.clientsError.isVisible()
    kb.press(K.Key_Return)
    assert count_entries(db.engine) == 1


def test_every_problem_is_shown_at_once(window: MainWindow, kb: Keyboard, db: Database) -> None:
    kb.ctrl(K.Key_N)
    kb.press(K.Key_Escape)
    kb.type("D02")
    kb.press(K.Key_Return)
    kb.press(K.Key_Tab)  # no client and no minutes
    window.form.ui.startEdit.setFocus()
    kb.type("25:99")
    kb.press(K.Key_Return)
    problems = window.form.problem_texts()
    assert set(problems) == {"clients", "minutes", "start_time"}
    assert "«»" not in problems["minutes"]
    assert problems["minutes"].startswith("Skriv minuttene")
    assert kb.focus() is window.form.ui.clientEdit  # the first problem, in the form's order
    assert count_entries(db.engine) == 0


def test_no_code_and_no_minutes_are_both_named(window: MainWindow, kb: Keyboard) -> None:
    kb.ctrl(K.Key_N)
    kb.press(K.Key_Escape)
    kb.press(K.Key_Return)
    assert set(window.form.problem_texts()) == {"code", "minutes"}


def _state(form: EntryForm) -> dict[str, Any]:
    """Everything a user can see or reach in the form, widget by widget."""
    state: dict[str, Any] = {
        "code": form.code,
        "clients": list(form.client_ids),
        "editing": form.editing_id,
    }
    for widget in form.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_"):
            continue
        seen: list[Any] = [widget.isVisibleTo(form), widget.isEnabled()]
        if isinstance(widget, QLineEdit):
            seen += [widget.text(), widget.placeholderText(), widget.isUndoAvailable()]
        elif isinstance(widget, QDateEdit):
            seen.append(widget.date().toPython())
        elif isinstance(widget, QAbstractSpinBox):
            seen.append(widget.text())
        elif isinstance(widget, QComboBox):
            seen.append(widget.currentData())
        elif isinstance(widget, QListWidget):
            seen.append([widget.item(i).checkState() for i in range(widget.count())])
        elif isinstance(widget, QTextBrowser):
            seen.append(widget.toPlainText())
        elif isinstance(widget, QLabel | QAbstractButton):
            seen.append(widget.text())
        elif isinstance(widget, QListView):
            seen.append(widget.model().rowCount() if widget.isVisibleTo(form) else 0)
        state[name] = seen
    return state


def test_esc_resets_the_form_fully(window: MainWindow, kb: Keyboard, db: Database) -> None:
    fresh = _state(window.form)
    add_entry(
        db.engine,
        EntryDraft(
            TODAY - timedelta(days=2),
            45,
            "D03",
            None,
            (),
            group_size=4,
            travel_minutes=20,
            note="gruppe",
        ),
        *CAT,
    )
    window.refresh()
    kb.ctrl(K.Key_N)
    kb.type("administrasjon")  # a code without clients disables the client field …
    kb.press(K.Key_Return)
    kb.type("tre kvarter")
    kb.press(K.Key_Return)  # … and a refused save shows an error
    window.ui.entriesTable.setFocus()
    window.ui.entriesTable.selectRow(0)
    kb.press(K.Key_F2)  # an entry of another day, with group size and travel
    window.form.ui.codeEdit.setFocus()
    kb.type("kontr")  # suggestions open
    kb.press(K.Key_Escape)  # closes the suggestions
    kb.press(K.Key_Escape)  # cancels the form
    assert _state(window.form) == fresh


def test_a_saved_row_is_scrolled_into_view(window: MainWindow, kb: Keyboard, db: Database) -> None:
    window.resize(1300, 500)  # a short list
    for _ in range(30):
        add_entry(db.engine, EntryDraft(TODAY - timedelta(days=1), 5, "A03"), *CAT)
    window.refresh()
    log(kb, "administrasjon", [], "15")
    table = window.ui.entriesTable
    row = table.currentIndex().row()
    assert row >= 30
    rect = table.visualRect(table.model().index(row, 0))
    assert table.viewport().rect().contains(rect), "the saved row is not on screen"


def test_the_list_opens_on_today_not_on_monday(qtbot: QtBot, db: Database) -> None:
    monday = TODAY - timedelta(days=TODAY.weekday())
    for day in range(4):  # Monday to Thursday, twelve entries each
        for _ in range(12):
            add_entry(db.engine, EntryDraft(monday + timedelta(days=day), 5, "A03"), *CAT)
    add_entry(db.engine, EntryDraft(TODAY, 30, "A03", note="i dag"), *CAT)
    w = MainWindow(Logbook(db, today=lambda: TODAY))
    qtbot.addWidget(w)
    w.resize(1300, 500)
    w.show()
    qtbot.waitExposed(w)
    QApplication.processEvents()
    table = w.ui.entriesTable
    model = w.entries_model
    today_row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(DateRole) == TODAY.isoformat()
    )
    assert today_row > 40
    rect = table.visualRect(w.entries_model.index(today_row, 0))
    assert table.viewport().rect().contains(rect), "today's entries are not on screen"


def test_koordinator_picks_i06_first(window: MainWindow, kb: Keyboard, db: Database) -> None:
    """A word matching a code's name exactly, or as the start of a word in it, ranks above
    how often a code was used: I07 used ten times does not push I06 Koordinator down."""
    for _ in range(10):
        add_entry(db.engine, EntryDraft(TODAY, 15, "I07", None, ()), *CAT)
    window.form.refresh_ranking()
    kb.ctrl(K.Key_N)
    kb.type("koordinator")
    kb.press(K.Key_Return)
    assert window.form.code is not None and window.form.code.code == "I06"


def test_the_start_of_a_name_ranks_above_a_later_word_in_another(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    """Found through the window system (benchmarks/bench_keystrokes.py): after one phone call
    (I10 "Telefon eller skriftlig kontakt…"), "kon" + Enter picked I10, not D04 Kontroll."""
    add_entry(db.engine, EntryDraft(TODAY, 15, "I10", None, (1,)), *CAT)
    window.form.refresh_ranking()
    kb.ctrl(K.Key_N)
    kb.type("kon")
    kb.press(K.Key_Return)
    assert window.form.code is not None and window.form.code.code == "D04"


def test_usage_still_orders_codes_that_match_alike(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    for _ in range(3):
        add_entry(db.engine, EntryDraft(TODAY, 15, "I02"), *CAT)
    window.form.refresh_ranking()
    model = window.form.code_model
    model.set_query("veiledning")
    first = model.code_at(0)
    assert first is not None and first.code == "I02"


def test_the_day_sums_say_they_leave_out_travel_and_the_week_has_a_total(
    window: MainWindow, db: Database
) -> None:
    monday = TODAY - timedelta(days=TODAY.weekday())
    add_entry(db.engine, EntryDraft(monday, 45, "D02", None, (), travel_minutes=20), *CAT)
    add_entry(db.engine, EntryDraft(TODAY, 30, "A03"), *CAT)
    window.refresh()
    model = window.days_model
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert rows[-1] == "Sum uten reise"
    assert model.columnCount() == 8
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Uke 47"
    week = [model.index(r, 7).data() for r in range(model.rowCount())]
    assert week == ["0:45", "", "0:30", "0:20", "1:15"]
    window.set_mode("day")
    assert window.days_model.columnCount() == 1  # one day: no week column beside it
