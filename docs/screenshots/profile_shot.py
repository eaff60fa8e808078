"""Screenshot of the profile dialog filled with a synthetic profile. ``make_screenshots.py`` can
call ``screenshot(db, path)``; run alone from the repository root it uses a fresh database in a
temporary folder (never the user's data):

    python docs/screenshots/profile_shot.py
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
from rehablogg.core.periods import days_between
from rehablogg.gui.profile_dialog import ProfileDialog
from rehablogg.storage.absence import set_absence
from rehablogg.storage.database import Database, open_database
from rehablogg.storage.paths import resolve_data_dir
from rehablogg.storage.profile import update_profile

OUT = Path(__file__).resolve().parent / "profile-dialog.png"
TODAY = date(2026, 11, 20)  # the same Friday as the other screenshots


def fill_synthetic_profile(db: Database) -> None:
    """A made-up therapist: 80 % position, Monday to Friday, one autumn week of holiday,
    a course day and a sick day."""
    update_profile(
        db.engine,
        therapist_code="DEMO01",
        profession="fysioterapeut",
        municipality="4601",
        unit="Barne- og familietjenesten",
        kostra_function="241",
        position_percent=80,
        working_days="1,2,3,4,5",
        day_start="08:00",
        day_end="15:30",
        default_arena="barnehage",
        default_contact_mode="oppmote",
    )
    for day in days_between(date(2026, 10, 5), date(2026, 10, 8)):
        set_absence(db.engine, day, "ferie")
    set_absence(db.engine, date(2026, 11, 12), "kurs")
    set_absence(db.engine, date(2026, 11, 24), "sykdom")
    set_absence(db.engine, date(2026, 12, 28), "ferie")
    set_absence(db.engine, date(2026, 12, 29), "ferie")


def screenshot(db: Database, path: Path | str = OUT) -> Path:
    """Fill ``db`` with the synthetic profile and save the full dialog as PNG at ``path``."""
    fill_synthetic_profile(db)
    dialog = ProfileDialog(Logbook(db), today=lambda: TODAY)
    dialog.show()
    dialog.activateWindow()
    dialog.ui.therapistEdit.deselect()
    QApplication.processEvents()
    dialog.grab().save(str(path))
    dialog.close()
    dialog.deleteLater()
    return Path(path)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(resolve_data_dir(tmp))
        print(f"wrote {screenshot(db)}")
        db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
