"""The council PDF's "Ventetid og forløp" section (gui/council_report.py): drawn from the
shared pathway figures of a format 1.1 collection, with the median wait hidden for a
municipality of too few episodes; a collection of 1.0 files gets no such page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from rehablogg.aggregate.council_figures import council_figures
from rehablogg.gui.council_report import render_report
from tests.aggregate.sharing_corpus import new_collection, pilot_of
from tests.aggregate.test_pathway_sheets import _bergen_and_stavanger
from tests.cli.test_cli_report import pdf_text


def _report(folder: Path, pathway: bool) -> str:
    spec = replace(_bergen_and_stavanger(), pathway=pathway)
    collection = new_collection(folder, spec)
    try:
        figures = council_figures(collection, pilot_of(spec))
    finally:
        collection.close()
    render_report(figures, folder / "rapport.pdf")
    return pdf_text(folder / "rapport.pdf")


def test_the_report_shows_the_median_wait_per_municipality(qtbot: QtBot, tmp_path: Path) -> None:
    lines = [" ".join(line.split()) for line in _report(tmp_path, True).splitlines()]
    assert "Ventetid og forløp" in lines
    assert "4601 Bergen 3,5 4,8" in lines  # median 3.5, 75th percentile 4.75
    assert "1103 Stavanger : :" in lines  # two episodes: hidden
    assert any(line.startswith("Avsluttede forløp") for line in lines)
    assert any(line.startswith("Tjenester over kommunegrensen") for line in lines)


def test_a_report_of_format_1_0_files_has_no_pathway_page(qtbot: QtBot, tmp_path: Path) -> None:
    assert "Ventetid og forløp" not in _report(tmp_path, False)
