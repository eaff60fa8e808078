"""docs/guide/pilot_demo.py, the guide's pilot from hand-in to the care-pathway answers, still
runs end to end through the real command line (three months, to keep it short)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ("--months", "3", "--out")


def test_the_guides_pilot_demo_answers_the_pathway_questions(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs/guide/pilot_demo.py"), *ARGS, str(tmp_path / "pilot")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    # The therapist read the receipt: March went back with the pilot lead's reason ...
    assert "2025-03\treturnert\tMars mangler reisetiden" in out
    # ... and once handed in again, the returned submission is replaced.
    assert "er erstattet." in out
    for municipality in ("4601 Bergen", "4621 Voss", "4622 Kvam"):
        assert f"  {municipality}: median " in out
    assert "Avsluttede forløp: " in out
    assert "Tjeneste over kommunegrensen: " in out
    assert "barnehage_skole" in out
    assert "VOS01 2025-03" in out.split("Returnerte måneder:")[1]
