"""Garbage collection is off while the app starts (cli.py) and back on once the window is on
screen: the start's garbage collected, what the start made kept out of later collections."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli_runner import run_cli

PROBE = """
import gc, sys
import rehablogg.gui.app as app
from rehablogg.gui import main_window

built = main_window.MainWindow.__init__
def build(self, *args, **kwargs):
    print("while starting:", gc.isenabled())
    built(self, *args, **kwargs)
main_window.MainWindow.__init__ = build

chores = app._after_start
def after_start(window, paths, fault):
    chores(window, paths, fault)
    print("after the start:", gc.isenabled(), gc.get_freeze_count() > 0)
    app.QApplication.quit()
app._after_start = after_start

from rehablogg.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_collection_is_off_during_the_start_and_on_after_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("demo", "--entries", "50", data_dir=data).returncode == 0  # has a profile
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["while starting: False", "after the start: True True"]
