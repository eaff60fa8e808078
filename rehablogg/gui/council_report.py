"""The council report as a PDF: a few A4 pages in bokmål drawn from
:class:`~rehablogg.aggregate.council_figures.CouncilFigures` with QtCharts and QPdfWriter, so it
works offscreen (``rehablogg aggregate … --report``) and from the workbench alike.

Every chart has its table right after it. Only figures per municipality are shown, and the
people tables carry the shared sheets' hidden cells (``:``): the title page says which
threshold hid them. The pages are laid out first and painted after, so each footer can say
"side n av N". The file is written beside the target and renamed over it (owner-only).

Needs a QApplication (QtCharts draws through QGraphicsScene).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QApplication, QGraphicsScene

from rehablogg.aggregate.council_figures import CouncilFigures, Shown, ShownTable
from rehablogg.aggregate.followup_sheets import SHEET_SHARED_INTENSITY, SHEET_SHARED_TRANSITIONS
from rehablogg.aggregate.pathway_sheets import (
    SHEET_SHARED_CROSS,
    SHEET_SHARED_EPISODES,
    SHEET_SHARED_NEEDS,
)
from rehablogg.aggregate.workbook import SHEET_SHARED_MUNICIPALITIES
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.exchange.atomic import AtomicOutput

DPI = 300
SCREEN_DPI = 96  # charts are laid out as on a screen of this density, then scaled onto paper
MARGIN_MM = 18
COLOURS = ("#2b6cb0", "#dd8a1f", "#9aa5b1", "#2f855a", "#c53030", "#6b46c1", "#b7791f", "#319795")
MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)

Draw = Callable[[QPainter], None]


def _font(points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """The report's font without ligatures: a PDF viewer's search and copy then find "fl"
    and "fi" as typed, not as one ligature glyph."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    font.setWeight(weight)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _t(text: str) -> str:
    return QCoreApplication.translate("CouncilReport", text)


def number(value: float, decimals: int = 0) -> str:
    """Norwegian style: a no-break space between thousands and a decimal comma."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u00a0").replace(".", ",")


def month_name(month: str) -> str:
    """``2026-05`` as ``mai 2026``."""
    year, _, m = month.partition("-")
    return f"{MONTHS[int(m) - 1]} {year}"


def period_text(figures: CouncilFigures) -> str:
    first, last = month_name(figures.first_month), month_name(figures.last_month)
    return first if first == last else f"{first} – {last}"


def pilot_label(figures: CouncilFigures) -> str:
    """The pilot's name, else its id; without a pilot file, saying so."""
    return (
        figures.pilot_name
        or figures.pilot_id
        or _t(QT_TRANSLATE_NOOP("CouncilReport", "(uten pilotfil)"))
    )


def _hours(minutes: Shown) -> str:
    return minutes if isinstance(minutes, str) else number(minutes / 60, 1)


def _count(value: Shown) -> str:
    return value if isinstance(value, str) else number(value)


@dataclass
class _Table:
    header: list[str]
    rows: list[list[str]]
    bold_last: bool = False  # the last row is a total


class _Layout:
    """Pages as lists of drawing steps; ``y`` is where the next block goes on the last page."""

    def __init__(self, device: QPdfWriter, width: float, height: float) -> None:
        self.device = device
        self.width, self.height = width, height
        self.pages: list[list[Draw]] = [[]]
        self.scenes: list[QGraphicsScene] = []  # each chart's, kept until it is painted
        self.y = 0.0
        self.body = _font(10)
        self.small = _font(8)
        self.table_font = _font(8)
        self.bold_table = QFont(self.table_font)
        self.bold_table.setBold(True)
        self.h1 = _font(20, QFont.Weight.Bold)
        self.h2 = _font(14, QFont.Weight.Bold)
        self.h3 = _font(10, QFont.Weight.Bold)

    def pt(self, points: float) -> float:
        return points * DPI / 72

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
        self.y = 0.0

    def room(self, height: float) -> None:
        if self.y + height > self.height and self.y > 0:
            self.new_page()

    def _text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.device)
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def text(self, text: str, font: QFont, after: float = 6, colour: str = "#000000") -> None:
        height = self._text_height(text, font, self.width)
        self.room(height)
        rect = QRectF(0, self.y, self.width, height)

        def draw(p: QPainter) -> None:
            p.setFont(font)
            p.setPen(QColor(colour))
            p.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)

        self.pages[-1].append(draw)
        self.y += height + self.pt(after)

    def heading(self, text: str, keep: float = 0) -> None:
        """A section heading kept on one page with the first ``keep`` of what follows."""
        self.room(self._text_height(text, self.h2, self.width) + keep + self.pt(14))
        self.y += self.pt(8) if self.y > 0 else 0
        self.text(text, self.h2, after=6, colour="#1a365d")

    def chart(self, chart: QChart, height_mm: float = 75) -> None:
        height = height_mm / 25.4 * DPI
        self.room(height)
        target = QRectF(0, self.y, self.width, height)
        size = QSizeF(self.width * SCREEN_DPI / DPI, height * SCREEN_DPI / DPI)
        scene = QGraphicsScene()
        scene.addItem(chart)
        chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
        # The legend and axes lay themselves out on posted events: without them the category
        # labels stay elided to "…" from the chart's first, default size.
        QCoreApplication.sendPostedEvents()

        def draw(p: QPainter) -> None:
            scene.render(p, target, QRectF(0, 0, size.width(), size.height()))

        # The scene must live until the page is painted.
        self.pages[-1].append(draw)
        self.scenes.append(scene)
        self.y += height + self.pt(4)

    def _widths(self, table: _Table, metrics: QFontMetricsF, pad: float) -> list[float]:
        """Each column needs its widest cell and the widest word of its header (headers
        wrap between words); the first column at most 40 per cent; what is left over is
        shared by the others."""
        columns = list(zip(table.header, *table.rows, strict=True))
        needs = [
            max(
                *(metrics.horizontalAdvance(word) for word in column[0].split()),
                *(metrics.horizontalAdvance(cell) for cell in column[1:]),
                0.0,
            )
            + 2 * pad
            for column in columns
        ]
        first = min(needs[0], self.width * 0.4)
        rest, wanted = self.width - first, sum(needs[1:])
        if len(needs) == 1:
            return [self.width]
        if wanted <= rest:
            extra = (rest - wanted) / (len(needs) - 1)
            return [first, *(n + extra for n in needs[1:])]
        return [first, *(n * rest / wanted for n in needs[1:])]

    def table(self, table: _Table) -> None:
        """Rows in the table font; the first column takes what its labels need (at most 40
        per cent), the others share the rest; headers wrap; a table split over pages repeats
        its header."""
        metrics = QFontMetricsF(self.bold_table, self.device)
        pad = self.pt(3)
        widths = self._widths(table, metrics, pad)
        header_height = (
            max(
                self._text_height(h, self.bold_table, w - 2 * pad)
                for h, w in zip(table.header, widths, strict=True)
            )
            + 2 * pad
        )
        row_height = metrics.height() + 2 * pad

        def header_at(y: float) -> Draw:
            def draw(p: QPainter) -> None:
                p.fillRect(QRectF(0, y, self.width, header_height), QColor("#e2e8f0"))
                p.setFont(self.bold_table)
                p.setPen(QColor("#000000"))
                x = 0.0
                for i, (h, w) in enumerate(zip(table.header, widths, strict=True)):
                    align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
                    rect = QRectF(x + pad, y + pad, w - 2 * pad, header_height - 2 * pad)
                    p.drawText(
                        rect,
                        int(align | Qt.AlignmentFlag.AlignBottom) | int(Qt.TextFlag.TextWordWrap),
                        h,
                    )
                    x += w

            return draw

        def row_at(y: float, cells: list[str], bold: bool, shade: bool) -> Draw:
            def draw(p: QPainter) -> None:
                if shade:
                    p.fillRect(QRectF(0, y, self.width, row_height), QColor("#f7fafc"))
                p.setFont(self.bold_table if bold else self.table_font)
                p.setPen(QColor("#000000"))
                x = 0.0
                for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
                    align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
                    rect = QRectF(x + pad, y, w - 2 * pad, row_height)
                    shown = p.fontMetrics().elidedText(
                        cell, Qt.TextElideMode.ElideRight, int(rect.width())
                    )
                    p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
                    x += w
                p.setPen(QPen(QColor("#cbd5e0"), self.pt(0.4)))
                p.drawLine(0, int(y + row_height), int(self.width), int(y + row_height))

            return draw

        self.room(header_height + 2 * row_height)
        self.pages[-1].append(header_at(self.y))
        self.y += header_height
        for i, cells in enumerate(table.rows):
            if self.y + row_height > self.height:
                self.new_page()
                self.pages[-1].append(header_at(self.y))
                self.y += header_height
            bold = table.bold_last and i == len(table.rows) - 1
            self.pages[-1].append(row_at(self.y, cells, bold, i % 2 == 1))
            self.y += row_height
        self.y += self.pt(8)


# -- charts ------------------------------------------------------------------------------------


def _chart_height(bars: int, *, legend: bool = True) -> float:
    """Millimetres: below about 60 (50 without a legend) Qt has no room left for the axis
    labels and elides them all to "…"."""
    return (60 if legend else 50) + 7 * max(bars - 3, 0)


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTitle(title)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    # Point sizes as on a screen: the chart is drawn at screen size and scaled onto the page.
    chart.setTitleFont(_font(chart.titleFont().pointSizeF(), QFont.Weight.Bold))
    return chart


def _bar_chart(
    title: str,
    categories: Sequence[str],
    sets: Sequence[tuple[str, Sequence[float]]],
    unit: str,
) -> QChart:
    """Stacked horizontal bars, one per category (municipality) from the top down in the
    tables' order, one colour per set."""
    chart = _new_chart(title)
    series = QHorizontalStackedBarSeries()
    for i, (name, values) in enumerate(sets):
        bar_set = QBarSet(name)
        colour = QColor(COLOURS[i % len(COLOURS)])
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        # A category axis runs bottom-up: reversed, the first row of the table is on top.
        bar_set.append([float(v) for v in reversed(values)])
        series.append(bar_set)
    top = max((sum(float(v[j]) for _, v in sets) for j in range(len(categories))), default=0.0)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append(list(reversed(categories)))
    x_axis = QValueAxis()
    x_axis.setRange(0, max(top, 1.0))
    x_axis.applyNiceNumbers()
    # Whole numbers, unless the axis is short enough that they would repeat (0 0 1 1 …).
    x_axis.setLabelFormat("%.0f" if x_axis.max() >= 10 else "%.1f")
    x_axis.setTitleText(unit)
    small = _font(7.5)
    for axis in (x_axis, y_axis):
        axis.setLabelsFont(small)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y_axis)
    series.attachAxis(x_axis)
    chart.legend().setVisible(len(sets) > 1)
    # Many long names do not fit in one row under the chart: then a column beside it.
    wide = sum(len(name) for name, _ in sets) > 90
    chart.legend().setAlignment(
        Qt.AlignmentFlag.AlignRight if wide else Qt.AlignmentFlag.AlignBottom
    )
    chart.legend().setFont(small)
    return chart


def _chart(
    layout: _Layout,
    title: str,
    categories: Sequence[str],
    sets: Sequence[tuple[str, Sequence[float]]],
    unit: str,
) -> None:
    """The chart, or a line saying there is nothing to draw."""
    if not _drawn(sets):
        layout.text(title, layout.h3, 3)
        layout.text(_t(NOTHING_TO_DRAW), layout.small, 3, "#4a5568")
        return
    height = _chart_height(len(categories), legend=len(sets) > 1)
    layout.chart(_bar_chart(title, categories, sets, unit), height_mm=height)


def _drawn(sets: Sequence[tuple[str, Sequence[float]]]) -> bool:
    """Whether a chart of ``sets`` would show anything at all."""
    return any(v for _, values in sets for v in values)


def _visible(value: Shown) -> float:
    """A hidden cell is drawn as nothing (the table says ``:``)."""
    return 0.0 if isinstance(value, str) else float(value)


def _people_sets(table: ShownTable) -> tuple[list[str], list[tuple[str, list[float]]]]:
    """One stacked bar per municipality and one for ``i alt``, one part per column; hidden
    cells are left out (the table beside it shows them as ``:``)."""
    labels = [*table.rows, _t(QT_TRANSLATE_NOOP("CouncilReport", "i alt"))]
    scale = 60 if table.minutes else 1
    sets = [
        (column, [_visible(row[c]) / scale for row in table.cells])
        for c, column in enumerate(table.columns)
    ]
    return labels, sets


def _shown_table(table: ShownTable) -> _Table:
    fmt = _hours if table.minutes else _count
    total = _t(QT_TRANSLATE_NOOP("CouncilReport", "i alt"))
    header = [_t(QT_TRANSLATE_NOOP("CouncilReport", "kommune")), *table.columns, total]
    rows = [
        [label, *(fmt(v) for v in values)]
        for label, values in zip([*table.rows, total], table.cells, strict=True)
    ]
    return _Table(header, rows, bold_last=True)


# -- the report --------------------------------------------------------------------------------


NOTHING_TO_DRAW = QT_TRANSLATE_NOOP(
    "CouncilReport", "Ingen diagram: alle tallene i tabellen er 0 eller skjult (:)."
)
HIDDEN_IN_CHART = QT_TRANSLATE_NOOP(
    "CouncilReport",
    "Skjulte tall (:) er ikke tegnet i diagrammet; tabellen under viser hva som er skjult.",
)


def _title_page(layout: _Layout, figures: CouncilFigures, made: date) -> None:
    layout.y = layout.pt(60)
    layout.text(
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Rapport til kommunestyret")), layout.h2, 4, "#4a5568"
    )
    layout.text(
        pilot_label(figures),
        layout.h1,
        10,
        "#1a365d",
    )
    layout.text(
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Pilot: {pilot} · periode: {period} · laget {made} · terskel for små tall: "
                "{threshold}",
            )
        ).format(
            pilot=pilot_label(figures),
            period=period_text(figures),
            made=f"{made.day}. {MONTHS[made.month - 1]} {made.year}",
            threshold=figures.threshold,
        ),
        layout.body,
        18,
    )
    direct = sum(t.direct for t in figures.time)
    indirect = sum(t.indirect for t in figures.time)
    layout.table(
        _Table(
            [
                _t(QT_TRANSLATE_NOOP("CouncilReport", "Nøkkeltall")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "verdi")),
            ],
            [
                [
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "kommuner")),
                    number(figures.municipalities),
                ],
                [_t(QT_TRANSLATE_NOOP("CouncilReport", "terapeuter")), number(figures.therapists)],
                [
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "godtatte månedsinnleveringer")),
                    number(figures.submissions),
                ],
                [
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "timer i alt")),
                    number(figures.total_minutes / 60, 1),
                ],
                [
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "timer direkte brukertid")),
                    number(direct / 60, 1),
                ],
                [
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "timer indirekte brukertid")),
                    number(indirect / 60, 1),
                ],
                [
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "andel direkte av direkte + indirekte")),
                    f"{number(100 * direct / (direct + indirect), 1)} %"
                    if direct + indirect
                    else "–",
                ],
            ],
        )
    )
    layout.text(_t(QT_TRANSLATE_NOOP("CouncilReport", "Om tallene")), layout.h3, 3)
    layout.text(
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Rapporten viser bare tall per kommune, aldri per terapeut eller bruker. "
                "Tallene er de samme som i sammendraget fra samlingen (arkene Oversikt, "
                "Koordinering, Modeller og Deling – …). Tabeller med antall personer følger "
                "regelen for deling med pilotens terskel, {threshold}:",
            )
        ).format(threshold=figures.threshold),
        layout.body,
        3,
    )
    layout.text(figures.threshold_text, layout.body, 8)


def _time_section(layout: _Layout, figures: CouncilFigures) -> None:
    layout.new_page()
    layout.heading(_t(QT_TRANSLATE_NOOP("CouncilReport", "Direkte og indirekte tid etter kommune")))
    names = [t.municipality for t in figures.time]
    _chart(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Timer etter kategori")),
        names,
        [
            (
                _t(QT_TRANSLATE_NOOP("CouncilReport", "direkte")),
                [t.direct / 60 for t in figures.time],
            ),
            (
                _t(QT_TRANSLATE_NOOP("CouncilReport", "indirekte")),
                [t.indirect / 60 for t in figures.time],
            ),
            (_t(QT_TRANSLATE_NOOP("CouncilReport", "annet")), [t.other / 60 for t in figures.time]),
        ],
        _t(QT_TRANSLATE_NOOP("CouncilReport", "timer")),
    )
    rows = [
        [
            t.municipality,
            number(t.direct / 60, 1),
            number(t.indirect / 60, 1),
            number(t.other / 60, 1),
            number(t.minutes / 60, 1),
            f"{number(100 * t.direct / (t.direct + t.indirect), 1)} %"
            if t.direct + t.indirect
            else "–",
        ]
        for t in figures.time
    ]
    layout.table(
        _Table(
            [
                _t(QT_TRANSLATE_NOOP("CouncilReport", "kommune")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "direkte (timer)")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "indirekte (timer)")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "annet (timer)")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "i alt (timer)")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "andel direkte av direkte + indirekte")),
            ],
            rows,
        )
    )


def _shared_section(layout: _Layout, title: str, intro: str, tables: Sequence[ShownTable]) -> None:
    # The heading and its intro stay on the page of the first chart (and a few table rows).
    first = _chart_height(len(tables[0].rows) + 1) / 25.4 * DPI if tables else 0
    layout.heading(title, keep=first + layout.pt(110))
    if intro:
        layout.text(intro, layout.body, 4)
    if not tables:
        layout.text(
            _t(QT_TRANSLATE_NOOP("CouncilReport", "Ingen brukere i denne perioden.")), layout.body
        )
        return
    for table in tables:
        unit = (
            _t(QT_TRANSLATE_NOOP("CouncilReport", "timer"))
            if table.minutes
            else _t(QT_TRANSLATE_NOOP("CouncilReport", "brukere"))
        )
        labels, sets = _people_sets(table)
        title = table.title[:1].upper() + table.title[1:]
        if _drawn(sets):
            layout.room(_chart_height(len(labels)) / 25.4 * DPI + layout.pt(90))
            layout.chart(_bar_chart(title, labels, sets, unit), _chart_height(len(labels)))
            if table.hidden:
                layout.text(_t(HIDDEN_IN_CHART), layout.small, 3, "#4a5568")
        else:
            layout.text(title, layout.h3, 3)
            layout.text(_t(NOTHING_TO_DRAW), layout.small, 3, "#4a5568")
        layout.table(_shown_table(table))


def _fte_section(layout: _Layout, figures: CouncilFigures) -> None:
    layout.heading(_t(QT_TRANSLATE_NOOP("CouncilReport", "Timer per årsverk")), keep=layout.pt(160))
    layout.text(
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Førte timer delt på årsverk-måneder (stillingsprosent / 100 for hver måned "
                "med innlevering): timer per årsverk per måned.",
            )
        ),
        layout.body,
        4,
    )
    rows = [f for f in figures.fte if f.per_fte_month is not None]
    _chart(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Timer per årsverk per måned")),
        [f.municipality for f in rows],
        [
            (
                _t(QT_TRANSLATE_NOOP("CouncilReport", "timer per årsverk per måned")),
                [f.per_fte_month or 0 for f in rows],
            )
        ],
        _t(QT_TRANSLATE_NOOP("CouncilReport", "timer")),
    )
    layout.table(
        _Table(
            [
                _t(QT_TRANSLATE_NOOP("CouncilReport", "kommune")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "timer")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "årsverk-måneder")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "timer per årsverk per måned")),
            ],
            [
                [
                    f.municipality,
                    number(f.hours, 1),
                    number(f.fte_months, 2),
                    "–" if f.per_fte_month is None else number(f.per_fte_month, 1),
                ]
                for f in figures.fte
            ],
        )
    )


def _coordination_section(layout: _Layout, figures: CouncilFigures) -> None:
    layout.heading(
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Koordineringsbelastning")), keep=layout.pt(160)
    )
    layout.text(
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Timer ført på koordineringskodene ({codes}) per kommune, og deres andel av "
                "all tid.",
            )
        ).format(codes=", ".join(figures.coordination_codes)),
        layout.body,
        4,
    )
    rows = figures.coordination
    _chart(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Koordineringstimer etter kode")),
        [c.municipality for c in rows],
        [
            (code, [c.by_code[i] / 60 for c in rows])
            for i, code in enumerate(figures.coordination_codes)
        ],
        _t(QT_TRANSLATE_NOOP("CouncilReport", "timer")),
    )
    layout.table(
        _Table(
            [
                _t(QT_TRANSLATE_NOOP("CouncilReport", "kommune")),
                *(
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "{code} (t)")).format(code=code)
                    for code in figures.coordination_codes
                ),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "koord. i alt (t)")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "all tid (t)")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "andel")),
            ],
            [
                [
                    c.municipality,
                    *(number(m / 60, 1) for m in c.by_code),
                    number(c.coordination / 60, 1),
                    number(c.total / 60, 1),
                    "–" if c.share is None else f"{number(100 * c.share, 1)} %",
                ]
                for c in rows
            ],
        )
    )


def _kroner(ore: int) -> str:
    return f"{number(ore / 100)} kr"


def _tariff_section(layout: _Layout, figures: CouncilFigures) -> None:
    layout.heading(
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Takstmodeller side om side")), keep=layout.pt(160)
    )
    if not figures.tariffs:
        layout.text(
            _t(
                QT_TRANSLATE_NOOP(
                    "CouncilReport",
                    "Ingen takstfil var med i samlingen (--tariffs); modellene kan ikke "
                    "sammenlignes.",
                )
            ),
            layout.body,
        )
        return
    if figures.tariffs_example:
        layout.text(
            _t(
                QT_TRANSLATE_NOOP(
                    "CouncilReport",
                    "Takstene er eksempelverdier, ikke vedtatte satser: beløpene viser bare "
                    "hvordan modellene regner.",
                )
            ),
            layout.body,
            4,
            "#c53030",
        )
    first = figures.tariffs[0]
    _chart(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Utbetalt etter modell")),
        [t.model for t in figures.tariffs],
        [
            (
                _t(QT_TRANSLATE_NOOP("CouncilReport", "utbetalt")),
                [t.amount / 100 for t in figures.tariffs],
            )
        ],
        _t(QT_TRANSLATE_NOOP("CouncilReport", "kroner")),
    )
    layout.table(
        _Table(
            [
                _t(QT_TRANSLATE_NOOP("CouncilReport", "modell")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "registreringer")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "betalt")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "brutto før tak")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "avkortet av tak")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "utbetalt")),
                _t(QT_TRANSLATE_NOOP("CouncilReport", "differanse mot {model}")).format(
                    model=first.model
                ),
            ],
            [
                [
                    t.model,
                    number(t.entries),
                    number(t.paid),
                    _kroner(t.gross),
                    _kroner(t.cut),
                    _kroner(t.amount),
                    _kroner(t.amount - first.amount),
                ]
                for t in figures.tariffs
            ],
        )
    )
    municipalities = sorted({m for t in figures.tariffs for m, _ in t.by_municipality})
    amounts = [dict(t.by_municipality) for t in figures.tariffs]
    layout.text(_t(QT_TRANSLATE_NOOP("CouncilReport", "Utbetalt per kommune")), layout.h3, 3)
    layout.table(
        _Table(
            [
                _t(QT_TRANSLATE_NOOP("CouncilReport", "kommune")),
                *(t.model for t in figures.tariffs),
            ],
            [[m, *(_kroner(a.get(m, 0)) for a in amounts)] for m in municipalities],
        )
    )


def _sections(layout: _Layout, figures: CouncilFigures, made: date) -> None:
    _title_page(layout, figures, made)
    _time_section(layout, figures)
    _fte_section(layout, figures)
    people = figures.shared.get(SHEET_SHARED_MUNICIPALITIES, ())
    layout.new_page()
    _shared_section(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Brukere og tid etter kommune og tjeneste")),
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Hver bruker telles én gang: i kommunen der mest av tiden med brukeren er "
                "ført, med alle sine minutter.",
            )
        ),
        [t for t in people if "tjeneste" in t.title],
    )
    intensity = figures.shared.get(SHEET_SHARED_INTENSITY, ())
    layout.new_page()
    _shared_section(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Intensitet nådd")),
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Brukere etter om pilotens mål for direkte tid per uke i tjenesten er nådd.",
            )
        ),
        intensity[:1],
    )
    _shared_section(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Sommerbrudd")),
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Brukere med kontakt både før og etter sommeren: hvor mange som mistet "
                "kontakten i sommerukene.",
            )
        ),
        intensity[1:],
    )
    layout.new_page()
    _shared_section(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Overganger framover")),
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Brukere som fyller 6, 16 eller 18 år de neste årene, og timene som er ført "
                "på planlegging av overgangen (I12) for dem.",
            )
        ),
        figures.shared.get(SHEET_SHARED_TRANSITIONS, ()),
    )
    _pathway_section(layout, figures)
    layout.new_page()
    _coordination_section(layout, figures)
    _tariff_section(layout, figures)


def _days(value: float | str | None) -> str:
    if value is None:
        return "–"
    return value if isinstance(value, str) else number(value, 1)


def _pathway_section(layout: _Layout, figures: CouncilFigures) -> None:
    """Ventetid og forløp (format 1.1): the median wait per municipality, episodes ended by
    reason, service across municipal lines and needs ahead, at the shared sheets' level. A
    pilot of format 1.0 files only has none of it, and gets no page for it."""
    ended = figures.shared.get(SHEET_SHARED_EPISODES, ())
    cross = figures.shared.get(SHEET_SHARED_CROSS, ())
    needs = figures.shared.get(SHEET_SHARED_NEEDS, ())
    if not (figures.waits or ended or cross or needs):
        return
    layout.new_page()
    layout.heading(
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Ventetid og forløp")), keep=layout.pt(160)
    )
    layout.text(
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Dager fra henvisning til første direkte kontakt per kommune: median og "
                "75-persentil (tre av fire fikk kontakt innen så mange dager). Skjult (:) for "
                "kommuner med færre enn {smallest} forløp.",
            )
        ).format(smallest=max(5, figures.threshold)),
        layout.body,
        4,
    )
    if figures.waits:
        layout.table(
            _Table(
                [
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "kommune")),
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "median (dager)")),
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "75-persentil (dager)")),
                ],
                [[w.municipality, _days(w.median), _days(w.p75)] for w in figures.waits],
                bold_last=True,
            )
        )
    _shared_section(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Avsluttede forløp")),
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Forløp avsluttet i perioden etter årsak, og timene brukt i dem (indirekte "
                "gruppearbeid delt likt mellom brukerne det gjaldt).",
            )
        ),
        ended,
    )
    _shared_section(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Tjenester over kommunegrensen")),
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Brukere etter kommunen som gir tjenesten og om de bor i en annen kommune "
                "(interkommunalt samarbeid, kjøp eller egen tjeneste).",
            )
        ),
        cross,
    )
    _shared_section(
        layout,
        _t(QT_TRANSLATE_NOOP("CouncilReport", "Behov framover")),
        _t(
            QT_TRANSLATE_NOOP(
                "CouncilReport",
                "Barn og unge med behov for tilrettelagt barnehage/skole (året de fyller 6), "
                "bolig (året de fyller 18) og annet etter bostedskommune og år.",
            )
        ),
        needs,
    )


def render_report(figures: CouncilFigures, out: Path, made: date | None = None) -> int:
    """Write the report to ``out`` (owner-only, atomically); returns the number of pages.
    Raises OSError when the folder cannot be written."""
    made = made or date.today()
    with AtomicOutput(out.parent) as output:
        writer = QPdfWriter(str(output.path))
        writer.setResolution(DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(f"{figures.pilot_name} – {period_text(figures)}")
        writer.setCreator("rehablogg")
        page = writer.pageLayout().paintRectPixels(DPI)
        footer = 8 / 25.4 * DPI
        layout = _Layout(writer, page.width(), page.height() - footer)
        _sections(layout, figures, made)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"kan ikke skrive {out}")
        try:
            total = len(layout.pages)
            for n, steps in enumerate(layout.pages, start=1):
                if n > 1:
                    writer.newPage()
                for step in steps:
                    step(painter)
                painter.setFont(layout.small)
                painter.setPen(QColor("#4a5568"))
                line = QRectF(0, page.height() - footer * 0.6, page.width(), footer * 0.6)
                painter.drawText(
                    line,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    f"{pilot_label(figures)} · {period_text(figures)}",
                )
                painter.drawText(
                    line,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    _t(QT_TRANSLATE_NOOP("CouncilReport", "side {n} av {total}")).format(
                        n=n, total=total
                    ),
                )
        finally:
            painter.end()
            os.chmod(output.path, 0o600)
        output.publish(out)
    return total


def render_with_app(figures: CouncilFigures, out: Path) -> tuple[int, float]:
    """``render_report`` with a QApplication made if there is none (the command line):
    (pages, seconds it took)."""
    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    pages = render_report(figures, out)
    seconds = time.perf_counter() - start
    del app
    return pages, seconds


def report_from_collection(
    collection: Path, inputs: Sequence[Path], tariffs: Path | None, out: Path
) -> int:
    """The workbench's report: the figures of a kept collection file, with the pilot file
    found among ``inputs`` the way ``aggregate`` finds it and the tariff file if one is
    chosen; returns the number of pages. Raises what those readers raise (NoRowsError,
    PilotError, TariffError, CollectionError, OSError), each with its one sentence."""
    from rehablogg.aggregate.collection import Collection
    from rehablogg.aggregate.council_figures import council_figures
    from rehablogg.aggregate.ingest import find_files
    from rehablogg.aggregate.tariffs import load_tariffs
    from rehablogg.core.pilot import load_pilot

    _files, pilots = find_files(inputs)
    pilot = load_pilot(pilots[0]) if len(pilots) == 1 else None
    models = None if tariffs is None else load_tariffs(tariffs)
    opened = Collection(collection)
    try:
        figures = council_figures(opened, pilot, models)
    finally:
        opened.close()
    return render_report(figures, out)
