"""The summary's layout changed (issue 21: one table per sheet); its figures did not. Every
number and date of the summary of the council fixture, wherever it stands, against those the
layout before wrote (``summary_figures_before.json``, made by ``summary_figures.py``)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.aggregate.summary_figures import figures, write_fixture_summary

BEFORE = Path(__file__).with_name("summary_figures_before.json")


def test_every_figure_is_the_one_the_old_layout_wrote(tmp_path: Path) -> None:
    before = Counter(json.loads(BEFORE.read_text(encoding="utf-8")))
    now = figures(write_fixture_summary(tmp_path))
    assert sum(before.values()) > 500  # the fixture holds figures enough to mean something
    assert now - before == Counter(), "figures the old layout did not have"
    assert before - now == Counter(), "figures of the old layout that are gone"
