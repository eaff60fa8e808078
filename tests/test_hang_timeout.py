"""A hung test ends the run with its stack instead of stalling it (pytest-timeout, pyproject).

The hang that matters most here is a modal dialog nobody answers: QDialog.exec() runs Qt's event
loop in C++, where a SIGALRM handler written in Python never gets to run. The configured method
must end that one too; the inner run takes its method from this project's configuration.
"""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]


def test_a_modal_dialog_nobody_answers_ends_the_run(
    pytester: pytest.Pytester, request: pytest.FixtureRequest
) -> None:
    assert request.config.getini("timeout") and request.config.getini("timeout_method")
    pytester.makepyfile(
        test_inner="""
from PySide6.QtWidgets import QMessageBox

def test_hangs(qtbot):
    box = QMessageBox()
    qtbot.addWidget(box)
    box.exec()
"""
    )
    result = pytester.runpytest_subprocess(
        "-p",
        "no:cacheprovider",
        "-o",
        "qt_api=pyside6",
        "-o",
        "timeout=2",
        "-o",
        f"timeout_method={request.config.getini('timeout_method')}",
        timeout=60,
    )
    output = result.stdout.str() + result.stderr.str()
    assert result.ret != 0
    assert "Timeout" in output and "box.exec()" in output, output  # that it hung, and where
