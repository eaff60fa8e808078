"""Answering a modal dialog from a test.

A modal dialog's ``exec()`` blocks the test until the dialog closes, so the answer is arranged
before the call that opens it: ``when_modal(action)`` looks at every turn of the event loop the
dialog runs and hands the dialog to ``action`` once it is the active modal widget.

An answer still waiting when its test ends is stopped (tests/conftest.py), so it can never answer
a later test's dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

POLL_MS = 10
_waiting: list[ModalAnswer] = []


class ModalAnswer:
    """One arranged answer; ``answered`` once its action has run."""

    def __init__(self, action: Callable[[QDialog], None]) -> None:
        self.action = action
        self.answered = False
        self.stopped = False

    def attempt(self) -> None:
        if self.stopped:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(POLL_MS, self.attempt)  # not shown yet: look again shortly
            return
        self.stop()
        self.answered = True
        dialog.activateWindow()  # the offscreen platform does not activate new windows itself
        QApplication.processEvents()
        try:
            self.action(dialog)
        finally:
            if dialog.isVisible() and QApplication.activeModalWidget() is dialog:
                dialog.reject()  # never leave a test hanging on a dialog

    def stop(self) -> None:
        """Stop waiting; the dialog, if it comes later, is not answered."""
        self.stopped = True
        if self in _waiting:
            _waiting.remove(self)


def when_modal(action: Callable[[QDialog], None]) -> ModalAnswer:
    """Run ``action`` on the next modal dialog once it is shown (exec() blocks the test)."""
    answer = ModalAnswer(action)
    _waiting.append(answer)
    QTimer.singleShot(0, answer.attempt)
    return answer


def stop_waiting() -> None:
    """Stop every answer still waiting for its dialog."""
    for answer in list(_waiting):
        answer.stop()
