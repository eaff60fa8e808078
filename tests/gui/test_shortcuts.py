"""Window-wide shortcuts work from every widget of the main window, and Ctrl+Z in a field with
typing of its own undoes that typing, otherwise the last saved change (issue 17, item 2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QWidget

from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.audit import month_audit
from rehablogg.storage.database import Database
from rehablogg.storage.entries import get_entry
from rehablogg.storage.periods import mark_submitted
from rehablogg.storage.queries import count_entries
from tests.gui.conftest import TODAY, Keyboard, log, only_entry
from tests.gui.dialogs import when_modal

K = Qt.Key
M = Qt.KeyboardModifier
COMMAND = M.ControlModifier | M.AltModifier


def _focusable(window: MainWindow) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.window() is window
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def _counting(window: MainWindow) -> tuple[list[QAction], list[QAction]]:
    """The window's actions with a Ctrl/Alt shortcut, their slots replaced by a record of which
    fired: this test is about where the key goes, not about what the actions do."""
    fired: list[QAction] = []
    actions = [
        a
        for a in window.actions()
        if a.shortcuts() and a.shortcut()[0].keyboardModifiers() & COMMAND
    ]
    for action in actions:
        action.triggered.disconnect()
        action.triggered.connect(lambda _=False, a=action: fired.append(a))
        action.setEnabled(True)
    return actions, fired


def test_every_window_shortcut_works_from_every_widget(window: MainWindow) -> None:
    actions, fired = _counting(window)
    widgets = _focusable(window)
    assert window.form.ui.codeEdit in widgets and window.ui.entriesTable in widgets
    missed = []
    for widget in widgets:
        widget.setFocus()
        QApplication.processEvents()
        for action in actions:
            combination = action.shortcut()[0]
            fired.clear()
            QTest.keyClick(
                QApplication.focusWidget(), combination.key(), combination.keyboardModifiers()
            )
            if fired != [action]:
                missed.append(
                    (widget.objectName() or type(widget).__name__, action.shortcut().toString())
                )
    assert missed == []


class ClaimingField(QLineEdit):
    """A text field that claims every key in the ShortcutOverride round, as QLineEdit does for
    Ctrl+E, Ctrl+U and more under X11 key bindings (the offscreen test platform has none)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            event.accept()
            return True
        return super().event(event)


def test_a_field_claiming_ctrl_e_does_not_hide_the_export(window: MainWindow) -> None:
    _actions, fired = _counting(window)
    field = ClaimingField(window.form)
    window.form.ui.outerLayout.addWidget(field)
    field.show()
    field.setFocus()
    QTest.keyClick(field, K.Key_E, M.ControlModifier)
    assert fired == [window.ui.actionExport]


def test_del_in_a_text_field_deletes_a_character_not_the_entry(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    log(kb, "administrasjon", [], "45")
    window.ui.entriesTable.selectRow(0)
    kb.type("adm")
    kb.press(K.Key_Home)
    kb.press(K.Key_Delete)
    assert window.form.ui.codeEdit.text() == "dm"
    assert count_entries(db.engine) == 1


def test_ctrl_z_after_an_edit_undoes_the_edit(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    log(kb, "administrasjon", [], "45")
    entry_id = only_entry(db)
    window.ui.entriesTable.setFocus()
    kb.press(K.Key_F2)
    kb.type("60")
    kb.press(K.Key_Return)
    stored = get_entry(db.engine, entry_id)
    assert stored is not None and stored.draft.minutes == 60
    assert kb.focus() is window.form.ui.codeEdit  # the form is ready for the next entry
    kb.ctrl(K.Key_Z)
    stored = get_entry(db.engine, entry_id)
    assert stored is not None and stored.draft.minutes == 45  # the edit is undone …
    assert window.form.ui.codeEdit.text() == ""  # … and the old code text does not come back
    assert "Angret" in window.statusBar().currentMessage()


def test_ctrl_z_undoes_typing_first_then_the_last_save(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    log(kb, "administrasjon", [], "45")
    kb.type("veil")
    kb.ctrl(K.Key_Z)
    assert window.form.ui.codeEdit.text() == ""  # the typing is undone, the entry stays
    assert count_entries(db.engine) == 1
    kb.ctrl(K.Key_Z)
    assert count_entries(db.engine) == 0  # nothing left to undo in the field: the save
    kb.press(K.Key_Z, M.ControlModifier | M.ShiftModifier)
    assert window.form.ui.codeEdit.text() == "veil"  # redo, by the same rule: the field first
    assert count_entries(db.engine) == 0
    kb.press(K.Key_Z, M.ControlModifier | M.ShiftModifier)
    assert count_entries(db.engine) == 1


def test_the_undo_rule_is_in_the_f1_help(window: MainWindow) -> None:
    rows = dict(window.shortcut_rows())
    assert "Ctrl+Z" in rows
    assert any("skrivingen i feltet" in what for what in rows.values())


def test_ctrl_z_with_the_file_gone_is_refused_and_kept(
    window: MainWindow, kb: Keyboard, db: Database, tmp_path: Path
) -> None:
    """Undo writes too: with the data folder moved away it is refused with the sentence every
    write gives, nothing is written into the vanished file, and the step can be undone once the
    file is back."""
    log(kb, "administrasjon", [], "45")
    entry_id = only_entry(db)
    moved = tmp_path / "moved.sqlite3"
    db.path.rename(moved)
    try:
        window.ui.entriesTable.setFocus()
        kb.ctrl(K.Key_Z)
        assert "finnes ikke lenger" in window.statusBar().currentMessage()
        assert window.ui.actionUndo.isEnabled()
    finally:
        moved.rename(db.path)
    assert get_entry(db.engine, entry_id) is not None
    kb.ctrl(K.Key_Z)
    assert get_entry(db.engine, entry_id) is None
    assert "Angret" in window.statusBar().currentMessage()


def test_ctrl_z_into_a_month_submitted_since_asks_why(
    window: MainWindow, kb: Keyboard, db: Database
) -> None:
    """The entry was saved while its month was open and the month was handed in since: Ctrl+Z
    is a change to a submitted month, so it asks why, as every such change does; cancelled,
    nothing changes and the step can still be undone (it was refused and dropped)."""
    log(kb, "administrasjon", [], "45")
    entry_id = only_entry(db)
    with db.engine.begin() as conn:
        mark_submitted(conn, TODAY.strftime("%Y-%m"), "x", "2026-11-30T12:00:00")
    asked: list[str] = []

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        dialog.reject()

    when_modal(cancel)
    window.ui.entriesTable.setFocus()
    kb.ctrl(K.Key_Z)
    assert asked and "er levert" in asked[0]
    assert get_entry(db.engine, entry_id) is not None and window.ui.actionUndo.isEnabled()

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Registrert på feil måned")
        dialog.accept()

    when_modal(answer)
    kb.ctrl(K.Key_Z)
    assert get_entry(db.engine, entry_id) is None
    assert "Angret" in window.statusBar().currentMessage()
    assert [(a.action, a.reason) for a in month_audit(db.engine, TODAY.strftime("%Y-%m"))] == [
        ("delete", "Registrert på feil måned")
    ]
