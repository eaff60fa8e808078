"""The charts of the "Min tid" report: time per ISO week (direct, indirect, other stacked) and
one client's direct and indirect minutes per week with empty weeks and summer weeks marked.

QtCharts costs start-up time, so only the report window imports this module, and the main
window imports the report window when the user opens it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from rehablogg.application.reports_book import WeekTotals
from rehablogg.core.category import Category
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.intensity import SUMMER_WEEKS, Continuity

COLOURS = {Category.DIREKTE: "#2b6cb0", Category.INDIREKTE: "#dd8a1f", Category.ANNET: "#9aa5b1"}
GAP_COLOUR = "#c53030"
SUMMER_COLOUR = QColor(246, 224, 94, 70)
TARGET_COLOUR = "#2f855a"


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportCharts", text)


def _bar_set(name: str, colour: str, values: Sequence[float]) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.setColor(QColor(colour))
    bar_set.setBorderColor(QColor(colour))
    bar_set.append([float(v) for v in values])
    return bar_set


def _week_labels(weeks: Sequence[int]) -> list[str]:
    # Only the number: a year has 52 or 53 of them and "uke" on each would not fit.
    return [str(w) for w in weeks]


def _small_font(chart: QChart) -> QFont:
    font = QFont(chart.font())
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    return font


def _axes(
    chart: QChart, labels: Sequence[str], y_title: str, top: float
) -> tuple[QBarCategoryAxis, QValueAxis]:
    x_axis = QBarCategoryAxis()
    x_axis.append(list(labels))
    x_axis.setTitleText(_t(QT_TRANSLATE_NOOP("ReportCharts", "ISO-uke")))
    x_axis.setLabelsFont(_small_font(chart))
    if len(labels) > 30:
        x_axis.setLabelsAngle(-90)
    y_axis = QValueAxis()
    y_axis.setTitleText(y_title)
    y_axis.setRange(0, max(top, 1.0))
    y_axis.applyNiceNumbers()
    y_axis.setLabelFormat("%.0f")
    y_axis.setLabelsFont(_small_font(chart))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    return x_axis, y_axis


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def chart_view(parent: QWidget, accessible_name: str) -> QChartView:
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(accessible_name)
    view.setMinimumHeight(260)
    return view


def overview_chart(weeks: Sequence[WeekTotals]) -> QChart:
    """Hours per ISO week, direct, indirect and other stacked; an empty week is an empty
    slot, not a missing one."""
    chart = _new_chart(_t(QT_TRANSLATE_NOOP("ReportCharts", "Timer per uke")))
    series = QStackedBarSeries()
    series.setBarWidth(0.8)
    for name, key, values in (
        (
            _t(QT_TRANSLATE_NOOP("ReportCharts", "Direkte")),
            Category.DIREKTE,
            [w.totals.direct / 60 for w in weeks],
        ),
        (
            _t(QT_TRANSLATE_NOOP("ReportCharts", "Indirekte")),
            Category.INDIREKTE,
            [w.totals.indirect / 60 for w in weeks],
        ),
        (
            _t(QT_TRANSLATE_NOOP("ReportCharts", "Annet")),
            Category.ANNET,
            [w.totals.other / 60 for w in weeks],
        ),
    ):
        series.append(_bar_set(name, COLOURS[key], values))
    chart.addSeries(series)
    top = max((w.totals.logged / 60 for w in weeks), default=0.0)
    x_axis, y_axis = _axes(
        chart,
        _week_labels([w.week.week for w in weeks]),
        _t(QT_TRANSLATE_NOOP("ReportCharts", "Timer")),
        top,
    )
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    return chart


def intensity_chart(name: str, continuity: Continuity, target_minutes: int = 0) -> QChart:
    """One client's direct and indirect minutes per week (stacked). Weeks without any contact
    get a red mark on the axis, summer weeks (26–33) a yellow band, and the target's direct
    minutes per week a green line when the pilot sets one."""
    weeks = continuity.weeks
    chart = _new_chart(
        _t(QT_TRANSLATE_NOOP("ReportCharts", "{name}: minutter per uke")).format(name=name)
    )
    series = QStackedBarSeries()
    series.setBarWidth(0.8)
    series.append(
        _bar_set(
            _t(QT_TRANSLATE_NOOP("ReportCharts", "Direkte")),
            COLOURS[Category.DIREKTE],
            [w.direct_minutes for w in weeks],
        )
    )
    series.append(
        _bar_set(
            _t(QT_TRANSLATE_NOOP("ReportCharts", "Indirekte")),
            COLOURS[Category.INDIREKTE],
            [w.indirect_minutes for w in weeks],
        )
    )
    tallest = max((w.direct_minutes + w.indirect_minutes for w in weeks), default=0)
    top = max(float(tallest), float(target_minutes) * 1.2, 60.0)
    # Added first, the summer band is drawn behind the bars.
    band = _summer_band(continuity, top)
    if band is not None:
        chart.addSeries(band)
    chart.addSeries(series)
    extra: list[QAbstractSeries | None] = [_gap_marks(continuity)]
    if target_minutes:
        extra.append(_target_line(len(weeks), target_minutes))
    for item in extra:
        if item is not None:
            chart.addSeries(item)
    x_axis, y_axis = _axes(
        chart,
        _week_labels([w.week.week for w in weeks]),
        _t(QT_TRANSLATE_NOOP("ReportCharts", "Minutter")),
        top,
    )
    for attached in chart.series():
        attached.attachAxis(x_axis)
        attached.attachAxis(y_axis)
    return chart


def _summer_band(continuity: Continuity, top: float) -> QAreaSeries | None:
    indexes = [i for i, w in enumerate(continuity.weeks) if w.week.week in SUMMER_WEEKS]
    if not indexes:
        return None
    band = QAreaSeries()
    # The band owns its edges; created apart, they would die with their Python wrappers.
    upper, lower = QLineSeries(band), QLineSeries(band)
    # Bars sit on whole category numbers, so a band from i - 0.5 to j + 0.5 covers them.
    for x in (indexes[0] - 0.5, indexes[-1] + 0.5):
        upper.append(QPointF(x, top * 2))
        lower.append(QPointF(x, 0))
    band.setUpperSeries(upper)
    band.setLowerSeries(lower)
    band.setName(_t(QT_TRANSLATE_NOOP("ReportCharts", "Sommeruker (26–33)")))
    band.setColor(SUMMER_COLOUR)
    band.setBorderColor(SUMMER_COLOUR)
    return band


def _gap_marks(continuity: Continuity) -> QScatterSeries | None:
    counted = set(continuity.counted_weeks) or {w.week for w in continuity.weeks}
    empty = [i for i, w in enumerate(continuity.weeks) if not w.has_contact and w.week in counted]
    marks = QScatterSeries()
    marks.setName(_t(QT_TRANSLATE_NOOP("ReportCharts", "Uke uten kontakt")))
    marks.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
    marks.setMarkerSize(10)
    marks.setColor(QColor(GAP_COLOUR))
    marks.setBorderColor(QColor(GAP_COLOUR))
    for i in empty:
        marks.append(QPointF(i, 0))
    return marks if empty else None


def _target_line(n_weeks: int, minutes: int) -> QLineSeries:
    line = QLineSeries()
    line.setName(
        _t(QT_TRANSLATE_NOOP("ReportCharts", "Mål: {minutes} direkte minutter per uke")).format(
            minutes=minutes
        )
    )
    pen = QPen(QColor(TARGET_COLOUR))
    pen.setWidth(2)
    pen.setStyle(Qt.PenStyle.DashLine)
    line.setPen(pen)
    line.append(QPointF(-0.5, minutes))
    line.append(QPointF(n_weeks - 0.5, minutes))
    return line
