"""Window-wide shortcuts that work from every widget of the window.

A focused field may claim a key before the window's actions see it (Qt asks the focus widget
first with a ShortcutOverride event): QLineEdit claims Ctrl+Z and Ctrl+Shift+Z for its own
undo, and under X11 key bindings Ctrl+E (end of line), Ctrl+U and more. The entry form has
focus most of the time, so without this guard Ctrl+E opened nothing and Ctrl+Z after a save
brought back the text the form had just cleared.

The rule, also in the F1 help and README:
- an action's shortcut with Ctrl or Alt goes to the window's action, whatever has focus;
- except undo and redo: while the focused field has typing of its own to undo (redo), Ctrl+Z
  (Ctrl+Shift+Z) undoes (redoes) that typing; when it has none, it undoes (redoes) the last
  saved change;
- keys without Ctrl or Alt (Del, letters, arrows) stay with the field that has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def field_history(widget: QWidget | None) -> tuple[bool, bool]:
    """(can undo, can redo) of the typing in ``widget``'s own text, (False, False) for a
    widget without an edit history."""
    edit: QWidget | None = widget
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        edit = widget.findChild(QLineEdit)  # the spin box's or editable combo's text
    if isinstance(edit, QLineEdit):
        if edit.isReadOnly():
            return False, False
        return edit.isUndoAvailable(), edit.isRedoAvailable()
    if isinstance(edit, QTextEdit | QPlainTextEdit):
        if edit.isReadOnly():
            return False, False
        document = edit.document()
        return document.isUndoAvailable(), document.isRedoAvailable()
    return False, False


class WindowShortcuts(QObject):
    """Installed on each widget of ``window`` as it gets focus; lets the window's actions win
    the ShortcutOverride contest by the rule in the module docstring."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.undo = undo
        self.redo = redo
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        focused = QApplication.focusWidget()
        if focused is not None:
            self._focus_changed(None, focused)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self.window:
            new.removeEventFilter(self)  # installed once, whatever the number of focus changes
            new.installEventFilter(self)

    def action_for(self, event: QKeyEvent) -> QAction | None:
        """The window's enabled action whose shortcut is this key, if any."""
        pressed = QKeySequence(event.keyCombination())
        for action in self.window.actions():
            if action.isEnabled() and any(
                s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                for s in action.shortcuts()
            ):
                return action
        return None

    def field_keeps(self, widget: QWidget, event: QKeyEvent, action: QAction) -> bool:
        if not event.modifiers() & _COMMAND_MODIFIERS:
            return True  # Del, letters, arrows: the field's
        can_undo, can_redo = field_history(widget)
        if action is self.undo:
            return can_undo
        if action is self.redo:
            return can_redo
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() != QEvent.Type.ShortcutOverride
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QWidget)
        ):
            return False
        action = self.action_for(event)
        if action is None or self.field_keeps(watched, event, action):
            return False
        # Not delivered to the field, and left unaccepted: Qt then runs the window's shortcut.
        event.ignore()
        return True
