"""The Oversikt sheet: totals for people to read, and a chart. Never read back or hashed.

Totals are summed while the entries are written (one pass), then laid out here: per category
with the direct share, travel apart (it is counted beside the categories, never in them), per
code, per ISO week with a native bar chart of direct against indirect minutes, and per client
the intensity and continuity of the follow-up in the exported period (``core.intensity``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.category import USER_TIME, Category
from rehablogg.core.intensity import Contact, client_continuity
from rehablogg.exchange.columns import DATE_FORMAT, HOURS_FORMAT, PERCENT_FORMAT
from rehablogg.exchange.metadata import ExportMetadata
from rehablogg.exchange.sheet_writer import NeutralWorksheet, StyledCell

CATEGORY_NAMES = {
    Category.DIREKTE: "Direkte",
    Category.INDIREKTE: "Indirekte",
    Category.ANNET: "Annet",
}
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)


@dataclass
class OverviewTotals:
    """Minutes summed by category, code and ISO week; travel kept apart."""

    start: date
    end: date
    by_category: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORY_NAMES, 0))
    travel: int = 0
    entries: int = 0
    participant_rows: int = 0
    pseudonyms: set[str] = field(default_factory=set)
    # code -> [entries, minutes, travel]
    by_code: dict[str, list[int]] = field(default_factory=dict)
    # (ISO year, week) -> [direkte, indirekte, annet, travel]
    by_week: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    # pseudonym -> the client's share of every entry naming them
    contacts: dict[str, list[Contact]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Every week of the period gets a row, also the empty ones: a gap is information.
        day = self.start - timedelta(days=self.start.weekday())
        while day <= self.end:
            iso = day.isocalendar()
            self.by_week[(iso.year, iso.week)] = [0, 0, 0, 0]
            day += timedelta(days=7)

    def add(
        self,
        day: date,
        code: str,
        category: str,
        minutes: int,
        travel: int,
        clients: Iterable[str] = (),
    ) -> None:
        for pseudonym in clients:
            self.contacts.setdefault(pseudonym, []).append(Contact(day, minutes, category))
        self.entries += 1
        self.by_category[category] = self.by_category.get(category, 0) + minutes
        self.travel += travel
        per_code = self.by_code.get(code)
        if per_code is None:
            per_code = self.by_code[code] = [0, 0, 0]
        per_code[0] += 1
        per_code[1] += minutes
        per_code[2] += travel
        iso = day.isocalendar()
        week = self.by_week[(iso.year, iso.week)]
        week[_CATEGORY_SLOT.get(category, 2)] += minutes
        week[3] += travel

    @property
    def logged(self) -> int:
        return sum(self.by_category.values())


_CATEGORY_SLOT: dict[str, int] = {Category.DIREKTE: 0, Category.INDIREKTE: 1, Category.ANNET: 2}


class _Sheet:
    """Appends rows and remembers the row number (charts need to know where the data is)."""

    def __init__(self, ws: NeutralWorksheet) -> None:
        self.ws = ws
        self.row = 0

    def append(self, *values: object) -> int:
        self.ws.append(list(values))
        self.row += 1
        return self.row

    def cell(
        self, value: object, number_format: str | None = None, font: Font | None = None
    ) -> StyledCell:
        return self.ws.styled(value, number_format, font)

    def header(self, *names: str) -> int:
        return self.append(*(self.cell(n, font=_BOLD) for n in names))


def write_overview(
    ws: NeutralWorksheet, totals: OverviewTotals, meta: ExportMetadata, catalogue: Catalogue
) -> None:
    for column, width in zip("ABCDEFGH", (34, 44, 12, 12, 12, 12, 14, 14), strict=True):
        ws.column_dimensions[column].width = width
    sheet = _Sheet(ws)
    sheet.append(sheet.cell("Oversikt over registrert tid", font=_TITLE))
    sheet.append("Fra", sheet.cell(meta.start, DATE_FORMAT))
    sheet.append("Til", sheet.cell(meta.end, DATE_FORMAT))
    sheet.append("Terapeut", meta.therapist or None)
    sheet.append("Registreringer", totals.entries)
    sheet.append("Brukere (ulike pseudonymer)", len(totals.pseudonyms))
    sheet.append()
    _categories(sheet, totals)
    sheet.append()
    _codes(sheet, totals, catalogue)
    sheet.append()
    _weeks(sheet, totals)
    sheet.append()
    _intensity(sheet, totals)
    sheet.append()
    sheet.append(
        "Merk: reise telles ved siden av kategoriene, ikke i dem. I arket Deltakere "
        "teller hver bruker registreringens fulle minutter; terapeutens tid teller "
        "én gang per registrering."
    )


def _categories(sheet: _Sheet, totals: OverviewTotals) -> None:
    logged = totals.logged
    sheet.header("Kategori", "Minutter", "Timer", "Andel")
    for key, name in CATEGORY_NAMES.items():
        minutes = totals.by_category.get(key, 0)
        share = sheet.cell(minutes / logged, PERCENT_FORMAT) if logged else None
        sheet.append(name, minutes, sheet.cell(minutes / 60, HOURS_FORMAT), share)
    sheet.append(
        sheet.cell("Sum uten reise", font=_BOLD), logged, sheet.cell(logged / 60, HOURS_FORMAT)
    )
    sheet.append("Reise (i tillegg)", totals.travel, sheet.cell(totals.travel / 60, HOURS_FORMAT))
    direct = totals.by_category.get(Category.DIREKTE, 0)
    share = sheet.cell(direct / logged, PERCENT_FORMAT) if logged else None
    sheet.append(sheet.cell("Direkte andel av registrert tid", font=_BOLD), share)


def _codes(sheet: _Sheet, totals: OverviewTotals, catalogue: Catalogue) -> None:
    sheet.header("Kode", "Kodenavn", "Kategori", "Antall", "Minutter", "Timer", "Reiseminutter")
    for code in catalogue.codes:
        found = totals.by_code.get(code.code)
        if found is None:
            continue
        count, minutes, travel = found
        sheet.append(
            code.code,
            code.label.nb,
            code.category,
            count,
            minutes,
            sheet.cell(minutes / 60, HOURS_FORMAT),
            travel,
        )


def _weeks(sheet: _Sheet, totals: OverviewTotals) -> None:
    years = {year for year, _ in totals.by_week}
    header = sheet.header("Uke", "Mandag", "Direkte", "Indirekte", "Annet", "Reise")
    last = header
    for (year, week), (direct, indirect, other, travel) in sorted(totals.by_week.items()):
        # "uke 1/2026" only when the period crosses a new year, where "uke 1" is ambiguous.
        label = f"uke {week}" if len(years) == 1 else f"uke {week}/{year}"
        monday = date.fromisocalendar(year, week, 1)
        last = sheet.append(label, sheet.cell(monday, DATE_FORMAT), direct, indirect, other, travel)
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = "Direkte og indirekte minutter per uke"
    chart.y_axis.title = "Minutter"
    chart.x_axis.title = "Uke"
    # openpyxl 3.1 leaves the axes' "delete" unset, which Excel reads as hidden axes.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height = 9
    chart.width = 20
    chart.add_data(
        Reference(sheet.ws, min_col=3, max_col=4, min_row=header, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=header + 1, max_row=last))
    sheet.ws.add_chart(chart, "I2")


INTENSITY_NOTE = (
    "Intensitet per bruker i perioden, fra brukerens første kontakt (direkte eller indirekte) "
    "til periodens slutt. Per uke = direkte økter (registreringer) eller minutter / antall "
    "uker; en uke som bare delvis ligger i perioden, telles når minst 4 av dagene er med eller "
    "brukeren hadde kontakt den uken. Lengste opphold = flest dager på rad uten direkte "
    "kontakt. Uker uten kontakt = uker uten direkte eller indirekte kontakt; sommeruker er uke "
    "26–33. «Annet» (avlyst/ikke møtt) er ikke kontakt."
)


def _intensity(sheet: _Sheet, totals: OverviewTotals) -> None:
    sheet.append(sheet.cell("Intensitet og kontinuitet per bruker", font=_BOLD))
    sheet.append(INTENSITY_NOTE)
    sheet.header(
        "Bruker",
        "Fra",
        "Uker",
        "Direkte økter per uke",
        "Direkte min per uke",
        "Lengste opphold (dager)",
        "Uker uten kontakt",
        "Sommeruker uten kontakt",
    )
    for pseudonym in sorted(totals.contacts):
        contacts = totals.contacts[pseudonym]
        days = [c.day for c in contacts if c.category in USER_TIME]
        if not days:
            continue  # only cancelled sessions: never in contact in this period
        first = max(min(days), totals.start)
        c = client_continuity(contacts, first, totals.end)
        sheet.append(
            pseudonym,
            sheet.cell(first, DATE_FORMAT),
            len(c.counted_weeks),
            sheet.cell(c.direct_sessions_per_week, HOURS_FORMAT),
            sheet.cell(c.direct_minutes_per_week, HOURS_FORMAT),
            c.longest_gap_days,
            c.weeks_without_contact,
            c.summer_weeks_without_contact,
        )
