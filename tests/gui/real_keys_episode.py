"""The child process of tests/gui/test_real_keys.py: the episode dialog on a real X display
(QT_QPA_PLATFORM=xcb), answered by xdotool; prints what was saved as JSON when it closes."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from rehablogg.application.logbook import Logbook
from rehablogg.gui.episode_dialog import EpisodeDialog
from rehablogg.storage.database import open_database_file

TITLE = "rehablogg-real-keys"


def main(folder: str) -> int:
    app = QApplication(sys.argv[:1])
    db = open_database_file(Path(folder) / "real-keys.sqlite3")
    logbook = Logbook(db, today=lambda: date(2026, 11, 20))
    client = logbook.clients.add("Ola Testesen", birth_year=2011)
    dialog = EpisodeDialog(logbook, client)
    dialog.setWindowTitle(TITLE)
    accepted = dialog.exec() == EpisodeDialog.DialogCode.Accepted
    episodes = [
        {
            "referral": e.episode.referral_date.isoformat(),
            "source": e.episode.referral_source,
            "start": e.episode.start_date and e.episode.start_date.isoformat(),
            "end": e.episode.end_date and e.episode.end_date.isoformat(),
            "reason": e.episode.end_reason,
            "pauses": [
                [p.start.isoformat(), p.end and p.end.isoformat(), p.kind] for p in e.episode.pauses
            ],
        }
        for e in logbook.pathway.episodes(client)
    ]
    problem = dialog.ui.problemLabel.text() if not accepted else ""
    print(json.dumps({"accepted": accepted, "problem": problem, "episodes": episodes}), flush=True)
    db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
