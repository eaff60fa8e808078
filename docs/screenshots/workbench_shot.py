"""Screenshot of the pilot lead's workbench after a run on demo submissions. Run from the
repository root:

    python docs/screenshots/workbench_shot.py

It makes three demo therapists in a temporary folder (never the user's data), exports their
months as submissions — with a correction, two databases handing in the same month, a copy and
a file that is no workbook — runs the real window on that inbox and writes arbeidsbenk.png
beside this script.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from rehablogg.core.catalogue import DEFAULT_VERSION
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry, pilot_toml
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.gui.workbench_window import WorkbenchWindow, open_workbench
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.entries import get_entry, update_entry
from rehablogg.storage.profile import update_profile

OUT = Path(__file__).resolve().parent / "arbeidsbenk.png"
PILOT = "pilot-vest"
END = date(2025, 3, 31)
MONTHS = ("2025-01", "2025-02", "2025-03")
SIZE = (1180, 820)


def _therapist(folder: Path, code: str, unit: str, seed: int) -> Database:
    folder.mkdir(parents=True)
    db = open_database_file(folder / "rehablogg.sqlite3")
    write_demo(
        db,
        DemoSpec(
            entries=420,
            clients=12,
            seed=seed,
            end=END,
            therapist=code,
            municipality="4601",
            unit=unit,
        ),
    )
    update_profile(db.engine, pilot_id=PILOT, position_percent=80)
    return db


def _hand_in(db: Database, folder: Path, month: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    m = Month.parse(month)
    return export(
        db.engine,
        ExportRequest(m.first_day, m.last_day, folder, whole_month=True, fmt="xlsx", submit=True),
    ).path


def _correct_one_entry(db: Database, month: str) -> None:
    conn = sqlite3.connect(db.path)
    try:
        (entry_id,) = conn.execute(
            "SELECT id FROM entry WHERE date >= ? ORDER BY date, id LIMIT 1", (f"{month}-01",)
        ).fetchone()
    finally:
        conn.close()
    stored = get_entry(db.engine, entry_id)
    assert stored is not None
    update_entry(
        db.engine,
        entry_id,
        replace(stored.draft, minutes=stored.draft.minutes + 15),
        reason="Feil varighet",
    )


def demo_inbox(base: Path) -> tuple[Path, list[Database]]:
    """An inbox as a pilot lead gets it, and the databases behind it (to close)."""
    inbox = base / "innboks"
    inbox.mkdir()
    roster = (
        RosterEntry(
            "FYS01", "4601", "Habilitering barn", "fysioterapeut", Month(2025, 1), Month(2025, 3)
        ),
        RosterEntry("ERG02", "4601", "Voksne", "ergoterapeut", Month(2025, 1), Month(2025, 3)),
        RosterEntry("FYS03", "4601", "Voksne", "fysioterapeut", Month(2025, 1), Month(2025, 3)),
    )
    (inbox / "pilot.toml").write_text(
        pilot_toml(
            Pilot(
                id=PILOT,
                name="Pilot Vest",
                catalogue_id="rehablogg-standard",
                catalogue_version=DEFAULT_VERSION,  # the catalogue the app exports with
                roster=roster,
            )
        ),
        encoding="utf-8",
    )
    fys01 = _therapist(base / "dbs" / "fys01", "FYS01", "Habilitering barn", 1)
    erg02 = _therapist(base / "dbs" / "erg02", "ERG02", "Voksne", 2)
    fys03 = _therapist(base / "dbs" / "fys03", "FYS03", "Voksne", 3)
    other = _therapist(base / "dbs" / "annen", "FYS03", "Voksne", 4)
    for month in MONTHS:
        _hand_in(fys01, inbox / "FYS01", month)
    _correct_one_entry(fys01, "2025-02")
    _hand_in(fys01, inbox / "FYS01", "2025-02")
    for month in ("2025-01", "2025-02"):  # March is not in yet
        _hand_in(erg02, inbox / "ERG02", month)
    for month in MONTHS:
        _hand_in(fys03, inbox / "FYS03", month)
    _hand_in(other, inbox / "FYS03 fra annen maskin", "2025-03")
    post = inbox / "e-post"
    post.mkdir()
    first = sorted((inbox / "FYS01").glob("*.xlsx"))[0]
    shutil.copyfile(first, post / "Kopi av januar.xlsx")
    (post / "timeliste.xlsx").write_bytes(b"ikke en arbeidsbok\n" * 40)
    return inbox, [fys01, erg02, fys03, other]


def screenshot(path: Path | str = OUT) -> Path:
    with tempfile.TemporaryDirectory(prefix="pilot-vest-") as tmp:
        inbox, dbs = demo_inbox(Path(tmp))
        try:
            window: WorkbenchWindow = open_workbench(None)
            window.resize(*SIZE)
            window.add_inputs([inbox])
            window.set_collection(Path(tmp) / "pilot-vest.sqlite3")
            window.run()
            deadline = time.monotonic() + 120
            while window.running and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.02)
            QApplication.processEvents()
            window.grab().save(str(path))
            window.close()
            window.deleteLater()
        finally:
            for db in dbs:
                db.close()
    return Path(path)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"wrote {screenshot()}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
