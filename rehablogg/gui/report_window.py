""" "Min tid": the therapist's own report for any period — time per ISO week (direct, indirect,
other), per code, per client and age group, parties in indirect work, hours per full-time
equivalent, and each client's intensity and continuity — as charts and copyable tables.

A non-modal window, so the user can keep logging while it is open. Tabs other than the one shown
are read when they are first shown after a period change (a year of a busy database takes a
moment per tab, and most users look at one or two).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehablogg.application.logbook import Logbook
from rehablogg.application.reports_book import (
    AgeGroupTotals,
    ClientTotals,
    WeekTotals,
)
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.intensity import Continuity, Target, client_continuity
from rehablogg.core.numbers import format_hours_minutes
from rehablogg.core.periods import IsoWeek, Month, format_date
from rehablogg.gui.language import number
from rehablogg.gui.report_charts import chart_view, intensity_chart, overview_chart
from rehablogg.gui.report_models import (
    SERVICE_NAMES,
    AgeGroupsModel,
    ClientIdRole,
    ClientsModel,
    CodesModel,
    IntensityModel,
    Number,
    PartiesModel,
    ReportTableModel,
    SummaryModel,
    WeeksModel,
    client_name,
    table_tsv,
)

PERIOD_KINDS = ("week", "month", "year", "custom")
# Room for a window manager's title bar and frame, which are not known before the first show.
FRAME_ALLOWANCE = QSize(16, 48)
TABS = ("overview", "codes", "clients", "parties", "intensity")


class CopyTableView(QTableView):
    """A read-only table whose Ctrl+C copies the selected cells — or the whole table when
    nothing is selected — as TSV with the header row."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.copy_button: QPushButton | None = None  # "Kopier tabell" under the table
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def report_model(self) -> ReportTableModel:
        model = self.model()
        assert isinstance(model, ReportTableModel)
        return model

    def tsv(self, whole: bool = False) -> str:
        model = self.report_model()
        indexes = [] if whole else self.selectionModel().selectedIndexes()
        if not indexes:
            return table_tsv(model)
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        return table_tsv(model, rows, columns)

    def copy(self, whole: bool = False) -> str:
        text = self.tsv(whole)
        QGuiApplication.clipboard().setText(text)
        return text


class ReportWindow(QWidget):
    def __init__(
        self, logbook: Logbook, catalogue: Catalogue, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Min tid"))
        self.setAccessibleName(self.tr("Min tid"))
        self.book = logbook.reports
        self.catalogue = catalogue
        self.today = logbook.today
        self.anchor = self.today()
        self.start, self.end = self._span("month", self.anchor)
        self._loaded: set[str] = set()
        self._clients_read: (
            tuple[tuple[date, date], tuple[list[ClientTotals], list[AgeGroupTotals]]] | None
        ) = None
        self.weeks: list[WeekTotals] = []
        self.continuity: dict[int, Continuity] = {}
        self.client_names: dict[int, str] = {}
        self.targets: dict[int, Target] = {}
        self.message = QLabel(self)
        self._build()
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(PERIOD_KINDS.index("month"))
        self.kind.blockSignals(False)
        self.from_edit.setEnabled(False)
        self.to_edit.setEnabled(False)
        fit_to_screen(self, QSize(1100, 760), parent)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # as a dialog closes
        self.refresh()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._period_bar())
        self.message.setObjectName("messageLabel")
        self.message.setProperty("tone", "error")  # coloured by palette_colours
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Rapporter"))
        layout.addWidget(self.tabs, 1)

        self.weeks_model = WeeksModel()
        self.summary_model = SummaryModel()
        self.codes_model = CodesModel(self.catalogue)
        self.clients_model = ClientsModel()
        self.age_model = AgeGroupsModel()
        self.parties_model = PartiesModel(self.catalogue)
        self.intensity_model = IntensityModel()

        self.overview_chart = chart_view(self, self.tr("Diagram: timer per uke"))
        self.weeks_table = self._table(self.weeks_model, self.tr("Timer per uke"))
        self.summary_table = self._table(self.summary_model, self.tr("Sammendrag"))
        self.fte_label = QLabel(self)
        self.fte_label.setWordWrap(True)
        self.fte_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        overview = QWidget(self)
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.overview_chart, 3)
        overview_layout.addWidget(self.fte_label)
        tables = QHBoxLayout()
        # The summary as wide as its four columns; the weeks, with eight, get the rest.
        self.summary_table.setSizeAdjustPolicy(
            QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents
        )
        self.summary_table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        tables.addWidget(self._page([self.summary_table]), 0)
        tables.addWidget(self._page([self.weeks_table]), 1)
        overview_layout.addLayout(tables, 2)
        self.tabs.addTab(overview, self.tr("&Oversikt"))

        self.codes_table = self._table(self.codes_model, self.tr("Tid per kode"))
        self.tabs.addTab(self._page([self.codes_table]), self.tr("&Koder"))

        self.clients_table = self._table(self.clients_model, self.tr("Tid per bruker"))
        self.clients_table.setSortingEnabled(False)
        self.age_table = self._table(self.age_model, self.tr("Tid per aldersgruppe"))
        self.tabs.addTab(
            self._page([self.clients_table, self.age_table], stretch=(3, 2)),
            self.tr("&Brukere og aldersgrupper"),
        )

        self.parties_table = self._table(
            self.parties_model, self.tr("Samarbeidsparter i indirekte arbeid")
        )
        self.parties_note = QLabel(
            self.tr(
                "Indirekte registreringer med hver samarbeidspart; en registrering med tre parter "
                "teller én gang for hver av dem."
            ),
            self,
        )
        self.parties_note.setWordWrap(True)
        self.tabs.addTab(
            self._page([self.parties_note, self.parties_table], stretch=(0, 1)),
            self.tr("&Samarbeidsparter"),
        )

        self.intensity_table = self._table(
            self.intensity_model, self.tr("Intensitet og kontinuitet per bruker")
        )
        self.intensity_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.intensity_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.intensity_chart = chart_view(self, self.tr("Diagram: valgt brukers minutter per uke"))
        self.intensity_note = QLabel(self)
        self.intensity_note.setWordWrap(True)
        self.tabs.addTab(
            self._page(
                [self.intensity_note, self.intensity_table, self.intensity_chart], stretch=(0, 2, 3)
            ),
            self.tr("&Intensitet"),
        )
        self.intensity_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_client_chart(current.row())
        )
        self.tabs.currentChanged.connect(lambda _i: self._load_current())

    def _period_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.addItems(
            [self.tr("Uke"), self.tr("Måned"), self.tr("År"), self.tr("Egendefinert")]
        )
        self.kind.setAccessibleName(self.tr("Periode"))
        kind_label = QLabel(self.tr("&Periode:"), self)
        kind_label.setBuddy(self.kind)
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setAccessibleName(self.tr("Forrige periode"))
        self.previous_button.setToolTip(self.tr("Forrige periode (Alt+Venstre)"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button = QPushButton("▶", self)
        self.next_button.setAccessibleName(self.tr("Neste periode"))
        self.next_button.setToolTip(self.tr("Neste periode (Alt+Høyre)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.from_edit = self._date_edit(self.tr("Fra dato"))
        self.to_edit = self._date_edit(self.tr("Til dato"))
        from_label = QLabel(self.tr("&Fra:"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&Til:"), self)
        to_label.setBuddy(self.to_edit)
        self.period_label = QLabel(self)
        self.period_label.setAccessibleName(self.tr("Valgt periode"))
        for widget in (
            kind_label,
            self.kind,
            self.previous_button,
            self.next_button,
            from_label,
            self.from_edit,
            to_label,
            self.to_edit,
            self.period_label,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.from_edit.dateChanged.connect(lambda _d: self._custom_changed())
        self.to_edit.dateChanged.connect(lambda _d: self._custom_changed())
        return bar

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def _table(self, model: ReportTableModel, name: str) -> CopyTableView:
        view = CopyTableView(name, self)
        view.setModel(model)
        return view

    def _page(self, widgets: list[QWidget], stretch: tuple[int, ...] = ()) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        for i, widget in enumerate(widgets):
            layout.addWidget(widget, stretch[i] if i < len(stretch) else 1)
            if isinstance(widget, CopyTableView):
                layout.addLayout(self._copy_row(widget))
        return page

    def _copy_row(self, view: CopyTableView) -> QHBoxLayout:
        row = QHBoxLayout()
        button = QPushButton(self.tr("Kopier tabell"), self)
        button.setAccessibleName(
            self.tr("Kopier tabell: {name}").format(name=view.accessibleName())
        )
        button.setToolTip(
            self.tr(
                "Legger hele tabellen på utklippstavlen, klar til å lime inn "
                "i et regneark (Ctrl+C kopierer de valgte cellene)."
            )
        )
        button.clicked.connect(lambda: self._copy_table(view))
        view.copy_button = button
        row.addStretch(1)
        row.addWidget(button)
        return row

    def _copy_table(self, view: CopyTableView) -> None:
        view.copy(whole=True)
        self.message.hide()

    # -- the period ---------------------------------------------------------------------------
    def period_kind(self) -> str:
        return PERIOD_KINDS[self.kind.currentIndex()]

    @staticmethod
    def _span(kind: str, anchor: date) -> tuple[date, date]:
        if kind == "week":
            week = IsoWeek.of(anchor)
            return week.monday, week.sunday
        if kind == "month":
            month = Month.of(anchor)
            return month.first_day, month.last_day
        return date(anchor.year, 1, 1), date(anchor.year, 12, 31)

    def set_period(self, start: date, end: date) -> None:
        """Choose a custom period, as typing both dates would."""
        self.kind.setCurrentIndex(PERIOD_KINDS.index("custom"))
        self._set_edits(start, end)
        self._custom_changed()

    def _kind_changed(self) -> None:
        kind = self.period_kind()
        custom = kind == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            self.start, self.end = self._span(kind, self.anchor)
            self.refresh()
        else:
            self.from_edit.setFocus()

    def _custom_changed(self) -> None:
        if self.period_kind() != "custom":
            return
        start = _day(self.from_edit.date())
        end = _day(self.to_edit.date())
        if start > end:
            self._say(
                self.tr(
                    "Fra-datoen {start} er etter til-datoen {end}; velg en fra-dato "
                    "som ikke er etter til-datoen."
                ).format(start=format_date(start), end=format_date(end))
            )
            return
        self.start, self.end = start, end
        self.refresh()

    def step(self, direction: int) -> None:
        kind = self.period_kind()
        if kind == "week":
            self.anchor += timedelta(days=7 * direction)
        elif kind == "month":
            month = Month.of(self.anchor)
            month = month.next() if direction > 0 else month.previous()
            self.anchor = month.first_day
        elif kind == "year":
            self.anchor = date(self.anchor.year + direction, 1, 1)
        else:
            length = (self.end - self.start).days + 1
            self._set_edits(
                self.start + timedelta(days=length * direction),
                self.end + timedelta(days=length * direction),
            )
            self._custom_changed()
            return
        self.start, self.end = self._span(kind, self.anchor)
        self.refresh()

    def _set_edits(self, start: date, end: date) -> None:
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the period again: the tab shown now, the others when they are shown."""
        self.message.hide()
        if self.period_kind() != "custom":
            self._set_edits(self.start, self.end)
        self.period_label.setText(self._period_text())
        self._loaded.clear()
        self._clients_read = None  # entries may have changed since the last read
        self._load_current()

    def _period_text(self) -> str:
        kind = self.period_kind()
        if kind == "week":
            week = IsoWeek.of(self.start)
            return self.tr("uke {week} {year}").format(week=week.week, year=week.year)
        if kind == "month":
            return f"{self.start:%m.%Y}"
        if kind == "year":
            return str(self.start.year)
        return f"{format_date(self.start)}–{format_date(self.end)}"

    def _load_current(self) -> None:
        self.load_tab(TABS[max(self.tabs.currentIndex(), 0)])

    def load_tab(self, tab: str) -> None:
        if tab in self._loaded:
            return
        self._loaded.add(tab)
        {
            "overview": self._load_overview,
            "codes": self._load_codes,
            "clients": self._load_clients,
            "parties": self._load_parties,
            "intensity": self._load_intensity,
        }[tab]()

    def load_all(self) -> None:
        for tab in TABS:
            self.load_tab(tab)

    def _load_overview(self) -> None:
        overview = self.book.overview(self.catalogue, self.start, self.end)
        self.weeks = overview.weeks
        self.weeks_model.set_weeks(self.weeks, self.start, self.end)
        self.summary_model.set_totals(self.weeks, overview.position_percent)
        self.overview_chart.setChart(overview_chart(self.weeks))
        self.fte_label.setText(
            self.tr(
                "Stilling {percent} % · {days} arbeidsdager i perioden (uten helligdager og "
                "fravær) · et helt årsverk (37,5 timer i uka) er {fte} timer i perioden. "
                "Timer per årsverk = timer / (stillingsprosent / 100)."
            ).format(
                percent=overview.position_percent,
                days=overview.working_days,
                fte=format_hours_minutes(overview.fte_minutes),
            )
        )

    def _load_codes(self) -> None:
        self.codes_model.set_codes(self.book.codes(self.catalogue, self.start, self.end))

    def _client_totals(self) -> tuple[list[ClientTotals], list[AgeGroupTotals]]:
        """Per client and age group, read once per period (two tabs use them)."""
        key = (self.start, self.end)
        if self._clients_read is None or self._clients_read[0] != key:
            self._clients_read = (
                key,
                self.book.clients_and_age_groups(self.catalogue, self.start, self.end),
            )
        return self._clients_read[1]

    def _load_clients(self) -> None:
        clients, groups = self._client_totals()
        self.clients_model.set_clients(clients)
        self.age_model.set_groups(groups)

    def _load_parties(self) -> None:
        parties = self.book.parties(self.catalogue, self.start, self.end)
        self.parties_model.set_parties(parties.parties, parties.indirect_entries)

    def _load_intensity(self) -> None:
        clients, _groups = self._client_totals()
        intensity = self.book.intensity(self.catalogue, self.start, self.end, clients)
        self.continuity, self.client_names, self.targets = {}, {}, {}
        rows: list[tuple[int, list[Any]]] = []
        for row in intensity.clients:
            client_id = row.client.client_id
            self.continuity[client_id] = row.continuity
            self.client_names[client_id] = client_name(row.client)
            if row.target is not None:
                self.targets[client_id] = row.target
            rows.append((client_id, self._intensity_cells(row.client, row.continuity, row.target)))
        self.intensity_model.set_intensity(rows)
        self.intensity_note.setText(
            self.tr(
                "Fra periodens første dag (for brukere du hadde kontakt med det siste halvåret "
                "før), ellers fra brukerens første kontakt i perioden, til periodens siste dag "
                "(ikke lenger enn til i dag). Kontakt er direkte eller indirekte tid; «annet» "
                "teller ikke. Sommeruker er ISO-uke 26–33.{targets}"
            ).format(
                targets=""
                if intensity.has_targets or not intensity.pilot_joined
                else self.tr(" Piloten du er med i har ikke satt noe mål for intensitet.")
            )
        )
        if rows:
            self.intensity_table.selectionModel().setCurrentIndex(
                self.intensity_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show_client_chart(0)
        else:
            self.intensity_chart.setChart(
                intensity_chart(
                    self.tr("Ingen brukere"), client_continuity([], self.start, self.start)
                )
            )

    def _intensity_cells(
        self, client: ClientTotals, c: Continuity, target: Target | None
    ) -> list[Any]:
        reached = (
            ""
            if c.reached_target is None
            else (self.tr("ja") if c.reached_target else self.tr("nei"))
        )
        return [
            client_name(client),
            self.tr(SERVICE_NAMES.get(client.service, client.service)),
            Number(c.direct_sessions_per_week, 1),
            Number(c.direct_minutes_per_week, 0),
            Number(c.longest_gap_days),
            Number(c.weeks_without_contact),
            Number(c.summer_weeks_without_contact),
            self._target_text(target),
            reached,
        ]

    def _target_text(self, target: Target | None) -> str:
        if target is None:
            return "–"
        parts = []
        if target.sessions_per_week:
            parts.append(self.tr("{n} økter").format(n=number(target.sessions_per_week, 1)))
        if target.minutes_per_week:
            parts.append(self.tr("{n} min").format(n=target.minutes_per_week))
        return self.tr("{parts} per uke").format(parts=" · ".join(parts)) if parts else "–"

    def _show_client_chart(self, row: int) -> None:
        if not 0 <= row < self.intensity_model.rowCount():
            return
        client_id = self.intensity_model.index(row, 0).data(ClientIdRole)
        target = self.targets.get(client_id)
        self.intensity_chart.setChart(
            intensity_chart(
                self.client_names[client_id],
                self.continuity[client_id],
                target.minutes_per_week if target else 0,
            )
        )

    def select_client(self, client_id: int) -> None:
        row = self.intensity_model.row_of(client_id)
        if row is not None:
            self.intensity_table.selectRow(row)


def fit_to_screen(window: QWidget, wanted: QSize, near: QWidget | None = None) -> None:
    """``wanted``, or less on a smaller screen, and placed wholly on the screen's available
    area (over ``near`` when given), title bar and frame included."""
    screen = (near.screen() if near is not None else None) or window.screen()
    area = screen.availableGeometry()
    frame = FRAME_ALLOWANCE
    size = wanted.boundedTo(QSize(area.width() - frame.width(), area.height() - frame.height()))
    window.resize(size)
    centre = near.frameGeometry().center() if near is not None else area.center()
    left = min(
        max(centre.x() - size.width() // 2, area.left()),
        area.right() + 1 - size.width() - frame.width(),
    )
    top = min(
        max(centre.y() - size.height() // 2, area.top()),
        area.bottom() + 1 - size.height() - frame.height(),
    )
    window.move(max(left, area.left()), max(top, area.top()))


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
