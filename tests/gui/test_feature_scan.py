"""PySide6's source scan of every module imported after it is off in the app (start-up time)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import linecache, sys
import PySide6.QtWidgets
from rehablogg.gui.feature_scan import skip_feature_scan
if sys.argv[1] == "skip":
    assert skip_feature_scan()
from rehablogg.core.totals import CategoryTotals
print(sys.modules[CategoryTotals.__module__].__file__ in linecache.cache)
"""


def _source_read(mode: str) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split() == ["True"]


def test_modules_imported_after_pyside_are_not_read_as_source() -> None:
    assert _source_read("keep"), "PySide6 no longer reads the source: feature_scan.py can go"
    assert not _source_read("skip")
