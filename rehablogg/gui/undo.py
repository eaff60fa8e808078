"""Undo and redo of entry changes.

The change itself is made by the window before the command is pushed (so a storage error can
be shown and nothing half-done lands on the stack); the first ``redo`` that QUndoStack.push
calls is therefore skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class DoneCommand(QUndoCommand):
    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None],
                 on_error: Callable[[Exception], None]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], None]) -> None:
        # An exception escaping a Qt virtual is printed and lost; report it to the user instead.
        try:
            action()
        except Exception as exc:
            self.setObsolete(True)
            self._on_error(exc)
