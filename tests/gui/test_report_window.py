""" "Min tid" driven like a user: opened from the main window's menu, a period chosen, the
tables checked against sums worked out by hand, tables copied, the charts' values read."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCharts import QAreaSeries, QBarCategoryAxis, QScatterSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rehablogg.core.entry import EntryDraft
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.report_window import PERIOD_KINDS, TABS, ReportWindow
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.profile import update_profile
from rehablogg.storage.settings import set_setting
from tests.gui.conftest import db_of

CAT = ("rehablogg-standard", 1)


def _add(
    db: Database,
    day: date,
    minutes: int,
    code: str,
    clients: tuple[int, ...] = (),
    parties: tuple[str, ...] = (),
    travel: int = 0,
) -> None:
    add_entry(
        db.engine,
        EntryDraft(day, minutes, code, None, clients, parties=parties, travel_minutes=travel),
        *CAT,
    )


@pytest.fixture
def november(db: Database, clients: dict[str, int]) -> dict[str, int]:
    """November 2026 (weeks 44–49; TODAY is Friday 20.11 in week 47), week 46 left empty."""
    ola, kari, per, nina = (
        clients[n] for n in ("Ola Testesen", "Kari Prøvesen", "Per Eksempel", "Nina Fiktiv")
    )
    _add(db, date(2026, 10, 15), 50, "D02", (ola,))  # October: outside the month
    _add(db, date(2026, 11, 2), 45, "D02", (ola,), travel=15)
    _add(db, date(2026, 11, 4), 60, "I04", (ola, kari), ("foreldre", "skole_sfo"))
    _add(db, date(2026, 11, 5), 30, "A03")
    _add(db, date(2026, 11, 17), 30, "D02", (nina,))
    _add(db, date(2026, 11, 18), 20, "I10", (nina,), ("fastlege",))
    _add(db, date(2026, 11, 19), 40, "D03", (ola, per))
    update_profile(db.engine, position_percent=80)
    return clients


def _open(window: MainWindow, qtbot: QtBot) -> ReportWindow:
    QTest.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    report = window.report_window
    assert isinstance(report, ReportWindow)
    qtbot.waitExposed(report)
    return report


def _column(report: ReportWindow, model_name: str, column: int) -> list[str]:
    model = getattr(report, model_name)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _row(model: object, first_cell: str) -> list[str]:
    m = model  # a ReportTableModel
    for r in range(m.rowCount()):  # type: ignore[attr-defined]
        if m.index(r, 0).data() == first_cell:  # type: ignore[attr-defined]
            return [
                m.index(r, c).data()  # type: ignore[attr-defined]
                for c in range(m.columnCount())
            ]  # type: ignore[attr-defined]
    raise AssertionError(f"no row {first_cell!r}")


def test_menu_opens_a_non_modal_report_on_this_month(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("Ra&pporter") == titles.index(window.ui.menuHelp.title()) - 1
    reports = window.findChild(QMenu, "menuReports")
    assert reports is not None
    assert [a.text() for a in reports.actions()] == ["Min tid…"]
    assert ("Ctrl+Shift+R", "Min tid") in window.shortcut_rows()
    report = _open(window, qtbot)
    assert report.windowTitle() == "Min tid"
    assert report.isWindow() and report.windowModality() == Qt.WindowModality.NonModal
    assert (report.start, report.end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert report.from_edit.displayFormat() == "dd.MM.yyyy"
    assert report.from_edit.text() == "01.11.2026"
    # The main window still takes keys while the report is open.
    window.activateWindow()
    QTest.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.report_window is report  # opened again, not twice


def test_overview_weeks_totals_and_hours_per_fte(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    assert _column(report, "weeks_model", 0) == [
        "2026-44",
        "2026-45",
        "2026-46",
        "2026-47",
        "2026-48",
        "2026-49",
    ]
    # Week 45: direct 45, indirect 60, other 30 min, travel 15; week 47: 70 direct, 20 indirect.
    # Hours and minutes, as in the main window (issue 17: decimal hours here, h:mm there).
    assert _row(report.weeks_model, "2026-45") == [
        "2026-45",
        "02.11–08.11",
        "0:45",
        "1:00",
        "0:30",
        "2:15",
        "0:15",
        "3",
    ]
    assert _row(report.weeks_model, "2026-46")[2:] == ["0:00"] * 5 + ["0"]
    assert _row(report.weeks_model, "2026-47")[2:6] == ["1:10", "0:20", "0:00", "1:30"]
    # 115 direct minutes = 1:55; at 80 % that is 143,75 → 2:24 per FTE; 115 / 225 = 51,1 %.
    assert _row(report.summary_model, "Direkte brukertid") == [
        "Direkte brukertid",
        "1:55",
        "2:24",
        "51,1",
    ]
    assert _row(report.summary_model, "Sum (uten reise)")[1:3] == ["3:45", "4:41"]
    assert _row(report.summary_model, "Reise")[1] == "0:15"
    assert "Stilling 80 %" in report.fte_label.text()
    # November 2026 has 21 weekdays and no public holiday.
    assert "21 arbeidsdager" in report.fte_label.text()


def test_overview_chart_has_the_hours_per_week(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    chart = report.overview_chart.chart()
    (series,) = chart.series()
    assert isinstance(series, QStackedBarSeries)
    sets = {s.label(): [round(s.at(i) * 60) for i in range(s.count())] for s in series.barSets()}
    assert sets == {
        "Direkte": [0, 45, 0, 70, 0, 0],
        "Indirekte": [0, 60, 0, 20, 0, 0],
        "Annet": [0, 30, 0, 0, 0, 0],
    }
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert isinstance(axis, QBarCategoryAxis)
    assert axis.categories() == ["44", "45", "46", "47", "48", "49"]


def test_custom_period_typed_and_a_backwards_one_refused(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    report.kind.setFocus()
    report.kind.setCurrentIndex(PERIOD_KINDS.index("custom"))
    assert report.from_edit.isEnabled()
    for edit, text in ((report.from_edit, "15102026"), (report.to_edit, "03112026")):
        edit.setFocus()
        edit.setSelectedSection(edit.Section.DaySection)
        QTest.keyClicks(edit, text)
    assert (report.start, report.end) == (date(2026, 10, 15), date(2026, 11, 3))
    sums = _row(report.summary_model, "Direkte brukertid")
    assert sums[1] == "1:35"  # 50 + 45 minutes
    # A from-date after the to-date: one sentence, and both dates stay as typed.
    report.from_edit.setFocus()
    report.from_edit.setSelectedSection(report.from_edit.Section.DaySection)
    QTest.keyClicks(report.from_edit, "20112026")
    assert report.message.isVisible()
    assert report.message.text() == (
        "Fra-datoen 20.11.2026 er etter til-datoen 03.11.2026; velg en fra-dato som ikke er "
        "etter til-datoen."
    )
    assert report.from_edit.text() == "20.11.2026" and report.to_edit.text() == "03.11.2026"
    assert report.end == date(2026, 11, 3) and report.start <= report.end
    # Moving the to-date on makes the period good again, and the message goes.
    report.to_edit.setFocus()
    report.to_edit.setSelectedSection(report.to_edit.Section.DaySection)
    QTest.keyClicks(report.to_edit, "30112026")
    assert not report.message.isVisible()
    assert (report.start, report.end) == (date(2026, 11, 20), date(2026, 11, 30))


def test_previous_and_next_step_the_period(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    qtbot.mouseClick(report.previous_button, Qt.MouseButton.LeftButton)
    assert (report.start, report.end) == (date(2026, 10, 1), date(2026, 10, 31))
    assert _row(report.summary_model, "Direkte brukertid")[1] == "0:50"
    report.kind.setCurrentIndex(PERIOD_KINDS.index("week"))
    assert report.period_label.text() == "uke 40 2026"
    report.kind.setCurrentIndex(PERIOD_KINDS.index("year"))
    assert (report.start, report.end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert len(_column(report, "weeks_model", 0)) == 53  # 2026 has an ISO week 53


def test_copy_table_button_and_ctrl_c_put_tsv_with_decimal_comma(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    QGuiApplication.clipboard().clear()
    assert report.summary_table.copy_button is not None
    qtbot.mouseClick(report.summary_table.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Kategori\tTimer\tTimer per årsverk\tAndel (%)"
    assert lines[1] == "Direkte brukertid\t1:55\t2:24\t51,1"
    assert len(lines) == 6
    # Ctrl+C on a selection copies those cells only, with their column titles.
    table = report.weeks_table
    table.setFocus()
    table.setCurrentIndex(report.weeks_model.index(1, 0))
    QTest.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Uke\tPeriode\tDirekte (t)\n2026-45\t02.11–08.11\t0:45\n"
    )


def test_codes_tab(window: MainWindow, qtbot: QtBot, november: dict[str, int]) -> None:
    report = _open(window, qtbot)
    report.tabs.setCurrentIndex(TABS.index("codes"))
    assert _column(report, "codes_model", 0) == ["D02", "D03", "I04", "I10", "A03"]
    assert _row(report.codes_model, "D02") == [
        "D02",
        "Individuell behandling og trening",
        "direkte",
        "2",
        "1:15",
        "33,3",
        "0:15",
    ]


def test_clients_and_age_groups_count_each_participant(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    report.tabs.setCurrentIndex(TABS.index("clients"))
    # Ola: 45 + 40 direct, 60 indirect; Nina: 30 direct, 20 indirect.
    ola = _row(report.clients_model, "Ola Testesen")
    assert ola[2:] == ["6-12", "Habilitering", "3", "1:25", "1:00", "0:00", "2:25"]
    assert _row(report.clients_model, "Nina Fiktiv")[2] == "67+"
    assert _column(report, "clients_model", 0)[0] == "Ola Testesen"  # most time first
    # 6-12: Ola, Kari, Per; participations 3 + 1 + 1; minutes 145 + 60 + 40.
    assert _row(report.age_model, "6-12")[1:] == ["3", "5", "2:05", "2:00", "0:00", "4:05"]
    assert _row(report.age_model, "67+")[1:3] == ["1", "2"]


def test_parties_in_indirect_work(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    report.tabs.setCurrentIndex(TABS.index("parties"))
    assert [_row(report.parties_model, name) for name in _column(report, "parties_model", 0)] == [
        ["Foreldre/foresatte", "1", "1:00", "50,0"],
        ["Skole/SFO", "1", "1:00", "50,0"],
        ["Fastlege", "1", "0:20", "50,0"],
    ]


def test_intensity_table_and_chart_of_the_selected_client(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    report.tabs.setCurrentIndex(TABS.index("intensity"))
    # Ola, seen in October, is followed from 01.11 to today (20.11): weeks 45–47 count;
    # 2 direct sessions, 85 direct minutes; no direct contact 03.11–18.11; week 46 empty.
    ola = _row(report.intensity_model, "Ola Testesen")
    assert ola == ["Ola Testesen", "Habilitering", "0,7", "28", "16", "1", "0", "–", ""]
    report.select_client(november["Ola Testesen"])
    chart = report.intensity_chart.chart()
    assert chart.title() == "Ola Testesen: minutter per uke"
    bars = next(s for s in chart.series() if isinstance(s, QStackedBarSeries))
    values = {s.label(): [int(s.at(i)) for i in range(s.count())] for s in bars.barSets()}
    assert values == {"Direkte": [0, 45, 0, 40], "Indirekte": [0, 60, 0, 0]}
    gaps = next(s for s in chart.series() if isinstance(s, QScatterSeries))
    assert [p.x() for p in gaps.points()] == [2.0]  # week 46
    assert not any(isinstance(s, QAreaSeries) for s in chart.series())  # no summer week
    # Kari was first seen on 04.11 (indirect only): weeks 46 and 47 without contact.
    assert _row(report.intensity_model, "Kari Prøvesen")[2:7] == ["0,0", "0", "17", "2", "0"]


def test_summer_weeks_apart_and_the_pilots_target(
    window: MainWindow, qtbot: QtBot, db: Database, clients: dict[str, int]
) -> None:
    ola = clients["Ola Testesen"]
    for day in (date(2026, 6, 8), date(2026, 6, 15), date(2026, 8, 31), date(2026, 9, 7)):
        _add(db, day, 60, "D02", (ola,))
    set_setting(
        db.engine,
        "pilot",
        {
            "id": "p",
            "name": "Pilot",
            "targets": {"habilitering": {"sessions_per_week": 1.0, "minutes_per_week": 30}},
        },
    )
    report = _open(window, qtbot)
    report.kind.setCurrentIndex(PERIOD_KINDS.index("year"))
    report.tabs.setCurrentIndex(TABS.index("intensity"))
    row = _row(report.intensity_model, "Ola Testesen")
    # 08.06 (week 24) to 20.11 (week 47): 24 weeks, 4 sessions; weeks 26–33 all empty.
    assert row[2] == "0,2" and row[6] == "8"
    assert row[7] == "1,0 økter · 30 min per uke" and row[8] == "nei"
    report.select_client(ola)
    chart = report.intensity_chart.chart()
    band = next(s for s in chart.series() if isinstance(s, QAreaSeries))
    assert band.name() == "Sommeruker (26–33)"
    assert [p.x() for p in band.upperSeries().points()] == [1.5, 9.5]  # weeks 26..33
    assert any(s.name().startswith("Mål: 30") for s in chart.series())


def test_every_report_model_passes_the_model_tester(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    report.load_all()
    for name in (
        "weeks_model",
        "summary_model",
        "codes_model",
        "clients_model",
        "age_model",
        "parties_model",
        "intensity_model",
    ):
        model = getattr(report, name)
        assert model.rowCount() > 0, name
        qtmodeltester.check(model)


def test_qtcharts_is_not_imported_with_the_main_window() -> None:
    # QtCharts is loaded with the report window only: start-up time matters.
    code = (
        "import sys, rehablogg.gui.main_window; "
        "print('PySide6.QtCharts' in sys.modules, 'rehablogg.gui.report_window' in "
        "sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split() == ["False", "False"]


def test_a_week_cut_by_the_period_says_which_days_it_counts(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    """November 2026 begins on a Sunday and ends on a Monday: week 44 counts 01.11 only and
    week 49 30.11 only (the report said «Fra 26.10» and «Fra 30.11» without saying so)."""
    report = _open(window, qtbot)
    model = report.weeks_model
    assert _row(model, "2026-44")[1] == "01.11"
    assert _row(model, "2026-49")[1] == "30.11"
    assert _row(model, "2026-45")[1] == "02.11–08.11"
    tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "26.10.2026" in tip and "01.11.2026" in tip
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) is None  # a whole week


def test_no_word_of_a_pilot_when_none_is_joined(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    report.tabs.setCurrentIndex(TABS.index("intensity"))
    assert "Pilot" not in report.intensity_note.text()
    set_setting(db_of(window).engine, "pilot", {"id": "p", "name": "Pilot"})
    report.refresh()
    assert "Piloten du er med i har ikke satt noe mål" in report.intensity_note.text()


def test_esc_closes_the_report(window: MainWindow, qtbot: QtBot, november: dict[str, int]) -> None:
    report = _open(window, qtbot)
    report.activateWindow()
    QApplication.processEvents()
    report.kind.setFocus()
    QTest.keyClick(report.kind, Qt.Key.Key_Escape)
    assert not report.isVisible()


def test_the_report_opens_wholly_on_the_screen(
    window: MainWindow, qtbot: QtBot, november: dict[str, int]
) -> None:
    report = _open(window, qtbot)
    area = report.screen().availableGeometry()
    assert area.contains(report.geometry()), (report.geometry(), area)
    assert report.width() <= area.width() and report.height() <= area.height()


def test_no_heading_is_cut(window: MainWindow, qtbot: QtBot, november: dict[str, int]) -> None:
    """Long headings go on two lines; at its usual size the widest tables (intensity, weeks)
    fit the window, and every column is as wide as its heading's longest line."""
    report = _open(window, qtbot)
    report.resize(1100, 760)
    report.load_all()
    for index in range(report.tabs.count()):
        report.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    for table in (report.intensity_table, report.weeks_table, report.summary_table):
        assert table.horizontalScrollBar().maximum() == 0, (
            f"{table.accessibleName()} runs out of view"
        )
    for view in (
        report.intensity_table,
        report.weeks_table,
        report.summary_table,
        report.codes_table,
        report.clients_table,
        report.age_table,
        report.parties_table,
    ):
        header = view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(view.model().columnCount()):
            title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
            assert header.sectionSize(column) >= widest, (view.accessibleName(), title)
