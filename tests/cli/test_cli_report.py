"""`rehablogg aggregate … --report FILE.pdf` as a user runs it: a subprocess with no display
writes an owner-only PDF whose text has the pilot's name, the period, the section headings
and a hidden small count; a wrong name, a folder that cannot be written and a collection
with nothing accepted each get one sentence."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.catalogue import DEFAULT_VERSION
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry, pilot_toml
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.resources_dir import resource_path
from rehablogg.storage.database import open_database_file
from rehablogg.storage.profile import update_profile
from tests.cli_runner import run_cli
from tests.robustness.fault_env import read_only, run_cli_prefixed

pytestmark = pytest.mark.slow

PILOT = "pilot-rapport"
HEADINGS = (
    "Rapport til kommunestyret",
    "Direkte og indirekte tid etter kommune",
    "Timer per årsverk",
    "Brukere og tid etter kommune og tjeneste",
    "Intensitet nådd",
    "Sommerbrudd",
    "Overganger framover",
    "Koordineringsbelastning",
    "Takstmodeller side om side",
)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two therapists in two municipalities, June and September 2025, six clients each (so
    some counts are under the threshold of 5), and the pilot file."""
    base = tmp_path_factory.mktemp("report-cli")
    inbox = base / "innboks"
    inbox.mkdir()
    roster = []
    for seed, therapist, municipality in ((1, "FYS01", "4601"), (2, "FYS02", "0301")):
        roster.append(
            RosterEntry(
                therapist, municipality, "Barn", "fysioterapeut", Month(2025, 6), Month(2025, 9)
            )
        )
        (base / therapist).mkdir()
        db = open_database_file(base / therapist / "rehablogg.sqlite3")
        try:
            write_demo(
                db,
                DemoSpec(
                    entries=150,
                    clients=6,
                    seed=seed,
                    end=date(2025, 9, 30),
                    therapist=therapist,
                    municipality=municipality,
                    unit="Barn",
                ),
            )
            update_profile(db.engine, pilot_id=PILOT, position_percent=80)
            for month in ("2025-06", "2025-09"):
                m = Month.parse(month)
                export(
                    db.engine,
                    ExportRequest(
                        m.first_day, m.last_day, inbox, whole_month=True, fmt="xlsx", submit=True
                    ),
                )
        finally:
            db.close()
    pilot = Pilot(PILOT, "Pilot Rapportby", "rehablogg-standard", DEFAULT_VERSION, tuple(roster))
    (inbox / "pilot.toml").write_text(pilot_toml(pilot), encoding="utf-8")
    return inbox


def pdf_text(path: Path) -> str:
    """The PDF's text, one line per line of the page (pdftotext keeps table rows together)."""
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        )
        return done.stdout
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "from PySide6.QtPdf import QPdfDocument\n"
        "app = QGuiApplication([])\n"
        "doc = QPdfDocument()\n"
        "doc.load(sys.argv[1])\n"
        "print('\\n'.join(doc.getAllText(p).text() for p in range(doc.pageCount())))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def _no_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_the_report_has_pilot_period_headings_and_hidden_counts(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)  # the CLI must choose offscreen itself
    report = tmp_path / "rapport.pdf"
    done = run_cli(
        "aggregate",
        str(inbox),
        "--out",
        str(tmp_path / "sammendrag.xlsx"),
        "--tariffs",
        str(resource_path("tariffs", "eksempel-modeller.toml")),
        "--report",
        str(report),
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert f"er skrevet til {report}" in done.stdout
    if os.name == "posix":
        assert report.stat().st_mode & 0o777 == 0o600
    # nothing temporary left behind
    assert {p.name for p in tmp_path.iterdir()} == {"rapport.pdf", "sammendrag.xlsx"}
    text = pdf_text(report)
    flowing = " ".join(text.split())  # sentences wrap over lines
    assert "Pilot Rapportby" in flowing
    assert "juni 2025 – september 2025" in flowing
    assert "terskel for små tall: 5" in flowing
    assert "Tall under 5 er skjult" in flowing
    # Searchable and copyable as typed: no ligature glyphs in place of "fl" and "fi".
    assert "flere celler er skjult" in flowing
    for heading in HEADINGS:
        assert heading in flowing, heading
    # A municipality's row in a people table with a count hidden as ":".
    hidden = [line for line in text.splitlines() if re.match(r"\s*\d{4} \S+.*\s:(\s|$)", line)]
    assert hidden, text
    assert re.search(r"side 1 av \d+", text)


def test_a_report_that_is_not_a_pdf_is_refused_before_the_run(inbox: Path, tmp_path: Path) -> None:
    done = run_cli(
        "aggregate",
        str(inbox),
        "--out",
        str(tmp_path / "s.xlsx"),
        "--report",
        str(tmp_path / "r.docx"),
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "rehablogg: --report må være en .pdf-fil, ikke «r.docx»."
    assert not (tmp_path / "s.xlsx").exists()


def test_a_folder_that_cannot_be_written_gets_one_sentence(inbox: Path, tmp_path: Path) -> None:
    locked = tmp_path / "låst"
    locked.mkdir()
    with read_only(locked) as prefix:
        done = run_cli_prefixed(
            prefix,
            [
                "aggregate",
                str(inbox),
                "--out",
                str(tmp_path / "s.xlsx"),
                "--report",
                str(locked / "r.pdf"),
            ],
            block_qt=False,
        )
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (
        f"rehablogg: Rapporten kan ikke skrives til {locked / 'r.pdf'}; velg en mappe du kan "
        "skrive i."
    )
    assert not (tmp_path / "s.xlsx").exists()  # refused before the run


def test_nothing_accepted_gets_one_sentence(tmp_path: Path) -> None:
    junk = tmp_path / "innboks"
    junk.mkdir()
    (junk / "ikke-en-fil.xlsx").write_bytes(b"not a workbook")
    report = tmp_path / "r.pdf"
    done = run_cli(
        "aggregate", str(junk), "--out", str(tmp_path / "s.xlsx"), "--report", str(report)
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "rehablogg: Rapporten kan ikke lages: samlingen har ingen godtatte innleveringer; "
        "samle filer først."
    )
    assert not report.exists()
