"""What a start does not load: dialogs and rules that wait for their first use (start-up time,
benchmarks/README.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli_runner import run_cli

LATER = (
    "rehablogg.gui.codes_window",
    "rehablogg.gui.timer_dialog",
    "rehablogg.gui.reason_dialog",
    "rehablogg.gui.audit_dialog",
    "rehablogg.core.pilot",
    "rehablogg.gui.report_window",
    "holidays",
    # The table classes are compiled to Core tables (storage/tables_compiled.py): a start
    # builds no SQLModel class (~130 ms, 8-10 MiB; benchmarks/README.md).
    "sqlmodel",
    "pydantic",
    "rehablogg.storage.schema",
)

PROBE = """
import sys
from rehablogg.cli import main
code = main(["--data-dir", sys.argv[1], "--quit-after-startup"])
print(" ".join(m for m in sys.argv[2:] if m in sys.modules) or "-")
sys.exit(code)
"""


def test_a_start_loads_no_dialog_before_it_is_opened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("demo", "--entries", "50", data_dir=data).returncode == 0
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data), *LATER],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["-"]
