"""Starting the desktop app: one QApplication, the data-directory lock, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rehablogg.storage.database import open_database
from rehablogg.storage.errors import StorageError
from rehablogg.storage.lock import DataDirLock
from rehablogg.storage.paths import DataPaths, ensure_data_dir


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
    from rehablogg.gui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    if quit_after_startup:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        window.close()
        db.close()
        lock.release()
