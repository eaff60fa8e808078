"""Joining a pilot the way a therapist does: Fil → Bli med i pilot …, the pilot file, a roster
code, Bli med (shared by the tests that need a joined logbook)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.pilot_dialog import PilotDialog
from tests.gui.dialogs import when_modal


def join_from_the_file_menu(window: MainWindow, path: Path, code: str) -> None:
    """Fil → Bli med i pilot …: the pilot file at ``path``, as roster ``code``."""

    def join(d: QDialog) -> None:
        assert isinstance(d, PilotDialog)
        d.ui.pathEdit.setText(str(path))
        d.load_path()
        assert d.select_code(code)
        d.join()

    when_modal(join)
    window.ui.actionJoinPilot.trigger()
