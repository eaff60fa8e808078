"""The council report (``aggregate … --report``, issue 21 item 4) against the summary workbook
of the same collection, in the same run.

A synthetic collection (the shape of ``tests/aggregate/sharing_corpus.py``: four
municipalities, 24 therapists, 800 clients with eight direct sessions each between May and
September, some transition planning) is written as the summary workbook with the example
tariff models (the baseline), and the report is made from it: its figures
(``council_figures``, which reads the collection again for the shared, follow-up and tariff
tables) and the PDF drawn offscreen (``render_report``), timed alternately, medians.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

from benchmarks.run import Result
from rehablogg.aggregate.council_figures import council_figures
from rehablogg.aggregate.tariffs import load_tariffs
from rehablogg.aggregate.workbook import write_summary
from rehablogg.resources_dir import resource_path
from tests.aggregate.sharing_corpus import BIRTH_YEARS, DAYS, Client, Spec, new_collection, pilot_of

THERAPISTS = 24
CLIENTS = 800
SESSIONS = 8


def _say(text: str) -> None:
    print(f"[council_report] {text}", file=sys.stderr, flush=True)


def _spec() -> Spec:
    rng = random.Random(21)
    clients = tuple(
        Client(
            therapist=rng.randrange(THERAPISTS),
            service=rng.choice(("habilitering", "rehabilitering")),
            born=rng.choice(BIRTH_YEARS),
            days=tuple(sorted(rng.sample(range(DAYS), SESSIONS))),
            i12=rng.choice((0, 0, 0, 30, 60)),
        )
        for _ in range(CLIENTS)
    )
    return Spec(tuple(i % 4 for i in range(THERAPISTS)), clients)


def benchmarks(quick: bool = False, tmp_dir: str | None = None) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rehablogg.gui.council_report import render_report

    app = QApplication.instance() or QApplication(sys.argv[:1])
    repeats = 1 if quick else 3
    spec = _spec()
    pilot = pilot_of(spec)
    tariffs = load_tariffs(resource_path("tariffs", "eksempel-modeller.toml"))
    summary_s: list[float] = []
    figures_s: list[float] = []
    render_s: list[float] = []
    pages = 0
    with tempfile.TemporaryDirectory(prefix="rehablogg-bench-council-", dir=tmp_dir) as tmp:
        folder = Path(tmp)
        collection = new_collection(folder, spec)
        entries = collection.conn.execute("SELECT count(*) FROM entry").fetchone()[0]
        try:
            for i in range(repeats + 1):  # the first round warms up
                start = time.perf_counter()
                write_summary(collection, folder / "s.xlsx", pilot, tariffs=tariffs)
                summary = time.perf_counter() - start
                start = time.perf_counter()
                figures = council_figures(collection, pilot, tariffs)
                middle = time.perf_counter()
                pages = render_report(figures, folder / "r.pdf")
                end = time.perf_counter()
                _say(
                    f"round {i}: summary {summary:.2f} s, figures {middle - start:.2f} s, "
                    f"pdf {end - middle:.2f} s"
                )
                if i:
                    summary_s.append(summary)
                    figures_s.append(middle - start)
                    render_s.append(end - middle)
        finally:
            collection.close()
    del app
    base = median(summary_s)
    report = median(figures_s) + median(render_s)
    note = f"{entries} entries, {CLIENTS} clients, {pages} pages; median of {repeats}"
    return [
        Result(
            name="council report (figures + PDF)",
            value=report,
            unit="s",
            baseline_name="summary workbook write (write_summary)",
            baseline_value=base,
            aim="≤ 1× the summary",
            met=report <= base,
            note=note,
        ),
        Result(
            name="council report: PDF drawing alone",
            value=median(render_s),
            unit="s",
            baseline_name="summary workbook write (write_summary)",
            baseline_value=base,
            note="QtCharts + QPdfWriter offscreen; the rest is council_figures",
        ),
    ]
