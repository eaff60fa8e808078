"""The "Min tid" report on a 100 000-entry demo database (issue 12).

Figures, each against a bare ``SELECT sum(minutes) FROM entry WHERE date BETWEEN ? AND ?`` over
the same year on the same file (bare ``sqlite3``), timed alternately:

- opening the report window for a year: ``ReportWindow(db, …)`` on the year, which reads and
  draws the tab shown first (Oversikt: weeks, totals, chart, working days), offscreen;
- every tab of that year (``load_all``): codes, clients and age groups, parties and the
  intensity of every client, on top of the overview;
- the storage reads alone, so the Qt part (models, chart) can be told apart from SQL.

The demo year is fixed (like ``bench_storage``) and holds all 100 000 entries, about eight
times what the busiest real therapist logs in a year, so the figures are a worst case.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from statistics import median

from benchmarks.bench_storage import paired
from benchmarks.run import Result
from rehablogg.core.catalogue import default_catalogue
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.storage.database import open_database_file
from rehablogg.storage.engine import raw_connect
from rehablogg.storage.reports import (
    client_and_age_totals,
    client_contacts,
    indirect_parties,
    totals_per_code,
    totals_per_week,
)

DEMO_ENTRIES = 100_000
END = date(2025, 12, 31)
DEMO_SPEC = DemoSpec(
    entries=DEMO_ENTRIES,
    clients=40,
    seed=1,
    end=END,
    therapist="DEMO01",
    municipality="0301",
    unit="Barne- og familietjenesten",
)
YEAR = (date(2025, 1, 1), date(2025, 12, 31))
SUM_SQL = "SELECT sum(minutes) FROM entry WHERE date BETWEEN ? AND ?"
OPEN_AIM_MS = 500.0
ALL_AIM_MS = 2000.0


def _say(text: str) -> None:
    print(f"[reports] {text}", file=sys.stderr, flush=True)


def _ms(seconds: list[float]) -> float:
    return median(seconds) * 1000


def benchmarks(quick: bool = False, tmp_dir: str | None = None) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rehablogg.gui.report_window import PERIOD_KINDS, ReportWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    repeats, warmup = (3, 1) if quick else (10, 2)
    catalogue = default_catalogue()
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-reports-", dir=tmp_dir) as tmp:
        path = Path(tmp) / "rehablogg.sqlite3"
        db = open_database_file(path)
        _say(f"write_demo: {DEMO_ENTRIES} entries ending {END:%d.%m.%Y}")
        write_demo(db, DEMO_SPEC)
        conn = raw_connect(path)
        try:

            def bare() -> int:
                return int(
                    conn.execute(SUM_SQL, tuple(d.isoformat() for d in YEAR)).fetchone()[0] or 0
                )

            expected = bare()
            in_year = conn.execute(
                "SELECT count(*) FROM entry WHERE date BETWEEN ? AND ?",
                tuple(d.isoformat() for d in YEAR),
            ).fetchone()[0]

            def open_year() -> ReportWindow:
                window = ReportWindow(db, catalogue, today=lambda: END)
                window.kind.setCurrentIndex(PERIOD_KINDS.index("year"))
                app.processEvents()
                return window

            def open_and_close() -> None:
                window = open_year()
                logged = sum(w.totals.logged for w in window.weeks)
                assert logged == expected, (logged, expected)
                window.deleteLater()

            def every_tab() -> None:
                window = open_year()
                window.load_all()
                app.processEvents()
                window.deleteLater()

            def reads_only() -> None:
                totals_per_week(db.engine, catalogue, *YEAR)
                totals_per_code(db.engine, catalogue, *YEAR)
                client_and_age_totals(db.engine, catalogue, *YEAR)
                indirect_parties(db.engine, catalogue, *YEAR)
                client_contacts(db.engine, catalogue, *YEAR)

            cases = (
                ("open Min tid for a year (Oversikt)", open_and_close, OPEN_AIM_MS),
                ("Min tid, every tab of a year", every_tab, ALL_AIM_MS),
                ("report reads alone (storage.reports), a year", reads_only, None),
            )
            for name, func, aim in cases:
                _say(f"{name}: {repeats} runs")
                app_times, bare_times = paired(func, bare, repeats, warmup)
                value = _ms(app_times)
                results.append(
                    Result(
                        name=f"{name}, 100k db",
                        value=value,
                        unit="ms",
                        baseline_name="bare sqlite3 SELECT sum(minutes), same year",
                        baseline_value=_ms(bare_times),
                        aim="" if aim is None else f"≤ {aim:g} ms",
                        met=None if aim is None else value <= aim,
                        note=(
                            f"{in_year} entries in the year; median of {repeats} after {warmup} "
                            "warm-up, interleaved; offscreen Qt"
                        ),
                    )
                )
        finally:
            conn.close()
            db.close()
    return results


if __name__ == "__main__":
    for result in benchmarks(quick="--quick" in sys.argv):
        print(result)
