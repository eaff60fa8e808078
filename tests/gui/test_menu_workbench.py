"""The pilot lead reaches the workbench from the main window's Fil menu."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from rehablogg.gui.workbench_window import WorkbenchWindow


def test_the_main_window_opens_the_workbench_from_the_file_menu(window: QMainWindow) -> None:
    menu = window.ui.menuFile  # type: ignore[attr-defined]
    titles = [a.text().replace("&", "") for a in menu.actions()]
    joined = titles.index("Bli med i pilot …") if "Bli med i pilot …" in titles else None
    at = titles.index("Arbeidsbenk for pilotleder …")
    assert joined is None or at == joined + 1
    menu.actions()[at].trigger()
    opened = window.findChild(WorkbenchWindow)
    assert opened is not None and opened.isVisible()
    menu.actions()[at].trigger()
    assert len(window.findChildren(WorkbenchWindow)) == 1
    opened.close()
