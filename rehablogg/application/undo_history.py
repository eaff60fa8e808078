"""Undo and redo of what the user did, in plain Python.

A step is pushed once its change is made (so a storage error is reported and nothing half-done
lands in the history). Undoing or redoing a step that fails drops the step, as Qt's
QUndoStack drops an obsolete command, and the error goes to the caller: the data no longer
matches the step, and trying it again would fail the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Step:
    text: str  # what the user did, as the menu and the status bar name it
    undo: Callable[[], None]
    redo: Callable[[], None]
    # The days the step changes, whose months need a reason once submitted; empty when the
    # step was made with a reason of its own (its undo and redo reuse it).
    days: tuple[date, ...] = ()


class UndoHistory:
    def __init__(self) -> None:
        self._steps: list[Step] = []
        self._index = 0  # steps before it are done, steps from it on are undone
        self._listeners: list[Callable[[], None]] = []

    def on_change(self, listener: Callable[[], None]) -> None:
        """``listener`` is called after every push, undo, redo and clear (the GUI enables its
        undo and redo actions from it)."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in self._listeners:
            listener()

    @property
    def count(self) -> int:
        return len(self._steps)

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._steps)

    @property
    def next_undo(self) -> Step | None:
        return self._steps[self._index - 1] if self.can_undo else None

    @property
    def next_redo(self) -> Step | None:
        return self._steps[self._index] if self.can_redo else None

    @property
    def undo_text(self) -> str:
        return self._steps[self._index - 1].text if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        return self._steps[self._index].text if self.can_redo else ""

    def push(self, step: Step) -> None:
        """A step already done; the undone steps after it can no longer be redone."""
        del self._steps[self._index :]
        self._steps.append(step)
        self._index = len(self._steps)
        self._changed()

    def undo(self) -> Step | None:
        """Undoes the last done step and returns it (None when there is none)."""
        if not self.can_undo:
            return None
        step = self._steps[self._index - 1]
        try:
            step.undo()
        except Exception:
            del self._steps[self._index - 1]
            self._index -= 1
            self._changed()
            raise
        self._index -= 1
        self._changed()
        return step

    def redo(self) -> Step | None:
        """Redoes the first undone step and returns it (None when there is none)."""
        if not self.can_redo:
            return None
        step = self._steps[self._index]
        try:
            step.redo()
        except Exception:
            del self._steps[self._index]
            self._changed()
            raise
        self._index += 1
        self._changed()
        return step

    def clear(self) -> None:
        """Forget every step (after a restore or an erasure the steps refer to data that is
        gone, and undoing one could bring an erased note back)."""
        self._steps.clear()
        self._index = 0
        self._changed()
