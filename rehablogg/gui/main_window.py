"""The main window: the current ISO week with its entries and totals."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.periods import IsoWeek, format_date
from rehablogg.storage.database import Database
from rehablogg.storage.queries import category_totals, list_entries


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.catalogue = default_catalogue()
        self.setWindowTitle("rehablogg")
        self.resize(1000, 640)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.heading = QLabel(central)
        self.table = QTableWidget(0, 5, central)
        self.table.setHorizontalHeaderLabels(["Dato", "Start", "Minutter", "Kode", "Brukere"])
        self.table.setAccessibleName("Registreringer denne uken")
        self.totals = QLabel(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)
        self.setCentralWidget(central)
        self.show_week(IsoWeek.of(date.today()))

    def show_week(self, week: IsoWeek) -> None:
        rows = list_entries(self.db.engine, week.monday, week.sunday)
        self.heading.setText(f"{week.label().capitalize()} {week.year}: "
                             f"{format_date(week.monday)}–{format_date(week.sunday)}")
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            code = self.catalogue.code(row.code)
            cells = [format_date(date.fromisoformat(row.date)), row.start_time or "",
                     str(row.minutes), f"{row.code} {code.label.nb if code else ''}",
                     row.clients or ""]
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        t = category_totals(self.db.engine, self.catalogue, week.monday, week.sunday)
        share = "–" if t.direct_share is None else f"{t.direct_share:.0f} %"
        self.totals.setText(f"Direkte {t.direct} min · indirekte {t.indirect} min · annet "
                            f"{t.other} min · reise {t.travel} min · direkteandel {share}")
