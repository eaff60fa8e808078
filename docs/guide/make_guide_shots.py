"""Screenshots for the user guide (docs/guide/brukerveiledning.md), taken from the real windows
with demo data, so the pictures never go stale. Run from the repository root:

    python docs/guide/make_guide_shots.py

Everything happens in a temporary folder (never the user's data) on Qt's offscreen platform;
the PNG files go to docs/guide/img/. The date, window size, demo data and the synthetic profile
are the ones README's screenshots use (docs/screenshots/make_screenshots.py and profile_shot.py
are imported, not copied), so README and the guide show the same made-up therapist.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from importlib.util import find_spec
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
for folder in (ROOT, ROOT / "docs" / "screenshots"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import make_screenshots  # noqa: E402  (README's screenshot script: TODAY, SIZE, demo set-up)
import profile_shot  # noqa: E402  (the synthetic profile and the profile dialog's shot)
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from rehablogg import cli  # noqa: E402
from rehablogg.application.logbook import Logbook  # noqa: E402
from rehablogg.gui.backups_dialog import BackupsDialog  # noqa: E402
from rehablogg.gui.clients_dialog import ClientsDialog  # noqa: E402
from rehablogg.gui.export_dialog import ExportDialog  # noqa: E402
from rehablogg.gui.main_window import MainWindow  # noqa: E402
from rehablogg.gui.pilot_dialog import PilotDialog  # noqa: E402
from rehablogg.gui.profile_dialog import ProfileDialog  # noqa: E402
from rehablogg.gui.timer_dialog import TimerStopDialog  # noqa: E402
from rehablogg.storage.backups import take_backup  # noqa: E402
from rehablogg.storage.clients import list_clients  # noqa: E402
from rehablogg.storage.database import Database, open_database  # noqa: E402
from rehablogg.storage.paths import DataPaths, resolve_data_dir  # noqa: E402
from rehablogg.storage.timer import clear_timer, start_timer  # noqa: E402

IMG = Path(__file__).resolve().parent / "img"
TODAY = make_screenshots.TODAY
NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 10, 40).astimezone()
ROSTER = (
    "therapist;municipality;unit;profession;first_month;last_month\n"
    "DEMO01;4601;Barne- og familietjenesten;fysioterapeut;2026-09;2027-08\n"
    "DEMO02;4601;Barne- og familietjenesten;ergoterapeut;2026-09;2027-08\n"
    "DEMO03;4601;Voksenteamet;fysioterapeut;2026-09;2027-08\n"
    "DEMO04;4602;Habiliteringstjenesten;ergoterapeut;2026-10;2027-08\n"
)


def save(widget: QWidget, name: str) -> Path:
    QApplication.processEvents()
    path = IMG / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")
    return path


def demo_database(folder: Path) -> Database:
    """The demo year README's screenshots use (same spec, same synthetic profile)."""
    db = open_database(resolve_data_dir(folder))
    make_screenshots.demo_year(db)
    return db


def first_start(folder: Path) -> None:
    """A fresh data folder: the first-start dialog asks who and where."""
    db = open_database(resolve_data_dir(folder))
    dialog = ProfileDialog(Logbook(db), first_start=True, today=lambda: TODAY)
    dialog.show()
    dialog.activateWindow()
    save(dialog, "forste-start.png")
    dialog.close()
    db.close()


def main_window_shots(db: Database) -> None:
    window = MainWindow(db, today=lambda: TODAY, now=lambda: NOW)
    window.resize(*make_screenshots.SIZE)
    window.show()
    window.activateWindow()
    save(window, "ukevisning.png")

    form = window.form
    form.ui.codeEdit.setFocus()
    QTest.keyClicks(form.ui.codeEdit, "ansv")
    save(window, "rask-registrering.png")
    QTest.keyClick(form.ui.codeEdit, Qt.Key.Key_Escape)  # closes the list of matches
    form.ui.codeEdit.clear()

    client = list_clients(db.engine)[0]
    start_timer(db.engine, NOW - timedelta(minutes=35), "I01", client.id)
    window.refresh()
    window._show_timer()  # what the window's one-second tick would do
    save(window, "tidtaker.png")
    clear_timer(db.engine)

    stop = TimerStopDialog(
        NOW - timedelta(days=1, hours=1),
        NOW,
        (NOW - timedelta(days=1)).replace(hour=15, minute=30),
        "I01 Veiledning av foreldre, foresatte og pårørende",
        window,
    )
    stop.show()
    save(stop, "tidtaker-glemt.png")
    stop.close()

    register = ClientsDialog(window.logbook, window)
    register.resize(1100, 560)
    register.show()
    save(register, "brukerregister.png")
    register.close()

    # The month before TODAY's: over, so it is handed in as the guide describes.
    hand_in = ExportDialog(
        window.logbook,
        TODAY.replace(day=1) - timedelta(days=1),
        window,
        catalogue=window.catalogue,
        calendar=window.calendar,
    )
    hand_in.resize(1100, 700)
    hand_in.show()
    save(hand_in, "lever-maned.png")
    hand_in.close()
    window.close()


def pilot_shot(db: Database, folder: Path) -> Path:
    roster = folder / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    pilot = folder / "pilot-vest-2026.toml"
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(
            [
                "pilot",
                "new",
                "--out",
                str(pilot),
                "--id",
                "vest-2026",
                "--name",
                "Pilot Vest 2026",
                "--roster",
                str(roster),
            ]
        )
    assert code == 0, "rehablogg pilot new failed"
    dialog = PilotDialog(Logbook(db))
    dialog.resize(900, 520)
    dialog.ui.pathEdit.setText(str(pilot))
    dialog.load(pilot)
    dialog.select_code("DEMO01")
    dialog.show()
    save(dialog, "bli-med-i-pilot.png")
    dialog.join()  # the workbench's files then carry the pilot id
    dialog.close()
    return pilot


def backups_shot(db: Database) -> None:
    paths = DataPaths.of_database(db.path)
    for days_ago, reason in ((9, "daglig"), (2, "daglig"), (1, "innlevering"), (0, "manuell")):
        when = NOW - timedelta(days=days_ago, hours=2 - days_ago % 2)
        take_backup(paths, reason, now=when)
    dialog = BackupsDialog(Logbook(db))
    dialog.resize(820, 420)
    dialog.show()
    save(dialog, "sikkerhetskopier.png")
    dialog.close()


def report_shot(db: Database) -> None:
    """Rapporter → Min tid, for the month before TODAY's (a whole month of demo data)."""
    if find_spec("rehablogg.gui.report_window") is None:
        print("no screenshot: rehablogg.gui.report_window does not exist yet", file=sys.stderr)
        return
    from rehablogg.core.catalogue import default_catalogue
    from rehablogg.gui.report_window import ReportWindow

    window = ReportWindow(Logbook(db, today=lambda: TODAY), default_catalogue())
    window.resize(*make_screenshots.SIZE)
    window.show()
    save(window, "min-tid.png")
    window.close()


def workbench_shot(db: Database, folder: Path, pilot: Path) -> None:
    """The pilot lead's workbench after a run over two handed-in months and the example tariff
    models (resources/tariffs/eksempel-modeller.toml, made-up amounts)."""
    if find_spec("rehablogg.gui.workbench_window") is None:
        print("no screenshot: rehablogg.gui.workbench_window does not exist yet", file=sys.stderr)
        return
    from rehablogg.gui.workbench_window import WorkbenchWindow

    handed_in = folder / "innleveringer"
    handed_in.mkdir()
    data = str(DataPaths.of_database(db.path).root)
    with contextlib.redirect_stdout(io.StringIO()):
        for month in ("2026-09", "2026-10"):
            code = cli.main(
                [
                    "--data-dir",
                    data,
                    "export",
                    "--period",
                    month,
                    "--submit",
                    "--out",
                    str(handed_in),
                ]
            )
            assert code == 0, f"rehablogg export {month} failed"
    window = WorkbenchWindow()
    window.resize(1200, 760)
    window.add_inputs([handed_in, pilot])
    window.set_collection(folder / "samling.sqlite3")
    window.set_tariffs(ROOT / "resources" / "tariffs" / "eksempel-modeller.toml")
    window.show()
    window.run()
    deadline = time.monotonic() + 120
    while window.running and time.monotonic() < deadline:  # as a user waits for the bar
        QApplication.processEvents()
        time.sleep(0.05)
    assert not window.running, "the workbench run did not finish in two minutes"
    save(window, "arbeidsbenk.png")
    window.close()


def main() -> int:
    IMG.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="rehablogg-guide-") as tmp:
        first_start(Path(tmp) / "fresh")
        db = demo_database(Path(tmp) / "demo")
        main_window_shots(db)
        pilot = pilot_shot(db, Path(tmp))
        report_shot(db)
        backups_shot(db)
        workbench_shot(db, Path(tmp), pilot)
        profile_shot.screenshot(db, IMG / "profil.png")
        print(f"wrote {(IMG / 'profil.png').relative_to(ROOT)}")
        db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
