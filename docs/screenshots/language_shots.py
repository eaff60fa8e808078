"""Screenshot of the main window in nynorsk with a synthetic week, from the repository root:

    python docs/screenshots/language_shots.py [nn|en]

It uses a fresh database in a temporary folder (never the user's data) and writes
``main-window-nn.png`` (or ``-en``) beside this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.gui.language import install_language
from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.entries import add_entry

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 20)  # the same Friday as the other screenshots


def fill_synthetic_week(db: Database) -> None:
    """Made-up clients and a few entries from Monday to Friday of ISO week 47."""
    catalogue = default_catalogue()
    ola = add_client(db.engine, "Ola Testesen", birth_year=2019)
    kari = add_client(db.engine, "Kari Prøvesen", birth_year=2016)
    monday = TODAY - timedelta(days=4)
    plan = [
        (0, "D01", (ola,), 60, time(8, 30)),
        (0, "I01", (ola,), 45, None),
        (1, "D02", (kari,), 90, time(9, 0)),
        (2, "A03", (), 30, None),
        (3, "I01", (kari,), 60, None),
        (4, "D01", (kari,), 45, time(10, 0)),
    ]
    for offset, code, clients, minutes, start in plan:
        add_entry(
            db.engine,
            EntryDraft(
                monday + timedelta(days=offset), minutes, code, start_time=start, client_ids=clients
            ),
            catalogue.id,
            catalogue.version,
        )


def screenshot(language: str = "nn", path: Path | None = None) -> Path:
    out = path or HERE / f"main-window-{language}.png"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(language)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database_file(Path(folder) / "demo.sqlite3")
        try:
            fill_synthetic_week(db)
            window = MainWindow(Logbook(db, today=lambda: TODAY))
            window.resize(1300, 800)
            window.show()
            app.processEvents()
            window.grab().save(str(out))
            window.close()
        finally:
            db.close()
    return out


if __name__ == "__main__":
    print(screenshot(sys.argv[1] if len(sys.argv) > 1 else "nn"))
