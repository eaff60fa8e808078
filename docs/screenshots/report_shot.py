"""Screenshots of the "Min tid" report window on demo data: the overview for a year and the
intensity tab with one client's chart. ``make_screenshots.py`` can call ``screenshot(db)``; run
alone from the repository root it makes a demo database in a temporary folder (never the user's
data):

    python docs/screenshots/report_shot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from rehablogg.application.logbook import Logbook
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.gui.report_window import PERIOD_KINDS, TABS, ReportWindow
from rehablogg.storage.database import Database, open_database
from rehablogg.storage.paths import resolve_data_dir

OUT = Path(__file__).resolve().parent
TODAY = date(2026, 11, 20)  # the same Friday as the other screenshots
SIZE = (1400, 900)


def screenshot(db: Database, out: Path = OUT) -> list[Path]:
    """Save ``min-tid.png`` (the year's overview) and ``min-tid-intensitet.png`` in ``out``."""
    from rehablogg.core.catalogue import default_catalogue

    window = ReportWindow(Logbook(db, today=lambda: TODAY), default_catalogue())
    window.resize(*SIZE)
    window.show()
    window.kind.setCurrentIndex(PERIOD_KINDS.index("year"))
    QApplication.processEvents()
    paths = [out / "min-tid.png", out / "min-tid-intensitet.png"]
    window.grab().save(str(paths[0]))
    window.tabs.setCurrentIndex(TABS.index("intensity"))
    # A client who was followed up through the summer makes the most telling chart.
    rows = window.intensity_model.rowCount()
    window.intensity_table.selectRow(min(2, rows - 1) if rows else 0)
    QApplication.processEvents()
    window.grab().save(str(paths[1]))
    window.close()
    window.deleteLater()
    return paths


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(resolve_data_dir(tmp))
        write_demo(
            db,
            DemoSpec(
                entries=None,
                clients=40,
                seed=7,
                end=TODAY,
                therapist="DEMO01",
                municipality="4601",
                unit="Barne- og familietjenesten",
                position_percent=80,
            ),
        )
        for path in screenshot(db):
            print(f"wrote {path}")
        db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
