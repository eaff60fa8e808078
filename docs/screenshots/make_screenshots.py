"""Screenshots of the real window with demo data, so the pictures in README and the guide
never go stale. Run from the repository root:

    python docs/screenshots/make_screenshots.py

It makes a demo database in a temporary folder (never the user's data) and writes PNG files
beside this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from rehablogg.application.logbook import Logbook
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.gui.client_page import ClientPage
from rehablogg.gui.clients_dialog import ClientsDialog
from rehablogg.gui.export_dialog import ExportDialog
from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.database import Database, open_database
from rehablogg.storage.paths import resolve_data_dir

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT))
import profile_shot  # noqa: E402 - the profile dialog's own shot, beside this script

TODAY = date(2026, 11, 20)  # a Friday in ISO week 47
SIZE = (1400, 820)
# A believable year for the synthetic profile's 80 % position (rehablogg/demo.py).
DEMO = DemoSpec(
    entries=None,
    clients=40,
    seed=7,
    end=TODAY,
    therapist="DEMO01",
    municipality="4601",
    unit="Barne- og familietjenesten",
    position_percent=80,
)


def demo_year(db: Database) -> None:
    """The demo year every screenshot shows: the synthetic profile's absence days first, so the
    demo leaves them free of work, then the profile again over the demo's own defaults."""
    profile_shot.fill_synthetic_profile(db)
    write_demo(db, DEMO)
    profile_shot.fill_synthetic_profile(db)


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(f"wrote {OUT / name}")


def pathway_client(logbook: Logbook) -> int:
    """A demo child whose page shows the care pathway well: needs assessed, and the most
    episodes and pauses (the first such client, so the shot is the same every run)."""

    def score(client_id: int) -> tuple[int, int, int, int]:
        episodes = logbook.pathway.episodes(client_id)
        pauses = sum(len(r.episode.pauses) for r in episodes)
        needs = len(logbook.pathway.needs(client_id))
        return (min(needs, 2), min(len(episodes), 2), min(pauses, 2), -client_id)

    rows = logbook.clients.register()
    return max((r.id for r in rows if r.birth_year and TODAY.year - r.birth_year < 26), key=score)


def pathway_shots(window: MainWindow) -> None:
    """The client page's Forløp og behov tab and the episode dialog (issue 20)."""
    from rehablogg.gui.episode_dialog import EpisodeDialog

    logbook = window.logbook
    client_id = pathway_client(logbook)
    page = ClientPage(logbook, client_id, window)
    page.resize(820, 680)
    page.show()
    page.ui.tabs.setCurrentIndex(1)
    save(page, "client-page-pathway.png")
    records = logbook.pathway.episodes(client_id)
    with_pause = max(records, key=lambda r: (len(r.episode.pauses), r.episode.referral_date))
    dialog = EpisodeDialog(logbook, client_id, with_pause, page)
    dialog.show()
    dialog.activateWindow()
    save(dialog, "episode-dialog.png")
    dialog.close()
    page.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(resolve_data_dir(tmp))
        demo_year(db)
        window = MainWindow(Logbook(db, today=lambda: TODAY))
        window.resize(*SIZE)
        window.show()
        window.activateWindow()
        save(window, "week-view.png")

        window.set_mode("day")
        save(window, "day-view.png")

        form = window.form
        form.ui.codeEdit.setFocus()
        QTest.keyClicks(form.ui.codeEdit, "veil")
        save(window, "entry-form-code-search.png")
        QTest.keyClick(form.ui.codeEdit, Qt.Key.Key_Return)
        QTest.keyClicks(form.ui.clientEdit, "demo")
        save(window, "entry-form-client-search.png")
        QTest.keyClick(form.ui.clientEdit, Qt.Key.Key_Return)
        QTest.keyClicks(form.ui.minutesEdit, "tre kvarter")
        QTest.keyClick(form.ui.minutesEdit, Qt.Key.Key_Return)
        save(window, "entry-form-refusal.png")

        register = ClientsDialog(window.logbook, window)
        register.resize(1100, 560)
        register.show()
        save(register, "client-register.png")
        register.ui.clientsTable.selectRow(0)
        client_id = register.selected_id()
        assert client_id is not None
        page = ClientPage(window.logbook, client_id, window)
        page.resize(820, 680)
        page.show()
        save(page, "client-page.png")
        page.close()
        register.close()
        pathway_shots(window)
        profile_shot.screenshot(db, OUT / "profile-dialog.png")

        hand_in = ExportDialog(
            window.logbook, TODAY, window, catalogue=window.catalogue, calendar=window.calendar
        )
        hand_in.resize(1100, 700)
        hand_in.show()
        # November is not over on TODAY: ticking "Lever inn" asks for the named confirmation.
        hand_in.ui.submitCheck.setChecked(True)
        save(hand_in, "export-dialog.png")
        hand_in.close()
        window.close()
        db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
