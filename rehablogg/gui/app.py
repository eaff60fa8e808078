"""Starting the desktop app: one QApplication, the data-directory lock, the main window."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.database import open_database
from rehablogg.storage.errors import StorageError
from rehablogg.storage.lock import DataDirLock
from rehablogg.storage.paths import DataPaths, ensure_data_dir


def _first_start(window: MainWindow) -> None:
    """On a first start (no therapist code or municipality) ask for the profile once."""
    from rehablogg.gui.profile_dialog import ask_for_profile

    if ask_for_profile(window.db, window):
        window.reload_settings()


def run_app(paths: DataPaths, *, quit_after_startup: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("rehablogg")
    app.setOrganizationName("rehablogg")
    ensure_data_dir(paths)
    lock = DataDirLock(paths.lock_file)
    try:
        lock.acquire()
        db = open_database(paths)
    except StorageError as exc:
        lock.release()
        if not quit_after_startup:
            QMessageBox.critical(None, "rehablogg", str(exc))
        print(f"rehablogg: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(db)
    window.show()
    if quit_after_startup:
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, lambda: _first_start(window))
    try:
        return app.exec()
    finally:
        window.close()
        db.close()
        lock.release()
        # Nothing is left to collect: skip the full garbage collection the interpreter would
        # run over every imported module at exit (about 0.4 s).
        gc.freeze()
