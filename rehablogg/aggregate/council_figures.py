"""What the council report shows, as plain data: the summary workbook's own figures at the
level that may leave the pilot (municipalities, never therapists or clients), with the shared
sheets' small-count rule already applied.

Nothing here is computed anew: the time and full-time equivalents are the Oversikt sheet's
(``workbook.gather_summary``), the people tables those of the *Deling – …* sheets
(``workbook.shared_tables``) hidden the way each sheet hides them, the coordination load the
Koordinering sheet's per municipality and the tariff models the Modeller sheet's. A test holds
these figures against a written summary (tests/aggregate/test_council_figures.py). The PDF is
drawn from them by ``gui/council_report.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.followup_sheets import SHEET_SHARED_INTENSITY
from rehablogg.aggregate.pathway_sheets import (
    SHEET_SHARED_WAIT,
    shared_wait_medians,
)
from rehablogg.aggregate.shared_tables import SharedTable, protect_tables, threshold_line
from rehablogg.aggregate.suppression import DEFAULT_THRESHOLD, HIDDEN, Protected
from rehablogg.aggregate.tariff_sheets import compute
from rehablogg.aggregate.tariffs import TariffFile
from rehablogg.aggregate.workbook import (
    SHEET_SHARED_MUNICIPALITIES,
    Gathered,
    gather_summary,
    shared_tables,
)
from rehablogg.core.category import Category
from rehablogg.core.coordination import COORDINATION_CODES
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.pilot import Pilot

NO_ROWS = QT_TRANSLATE_NOOP(
    "aggregate",
    "Rapporten kan ikke lages: samlingen har ingen godtatte innleveringer; samle filer først.",
)

Shown = int | str  # a count or minutes, or HIDDEN


class NoRowsError(ValueError):
    """The collection has no accepted submission: there is nothing to report."""


@dataclass(frozen=True)
class ShownTable:
    """One table of a shared sheet as the sheet shows it: ``cells`` has a row per label and
    a last row for ``i alt``, each with a value per column and a last one for ``i alt``;
    hidden cells are ``:``."""

    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Shown, ...], ...]
    minutes: bool = False  # minutes rather than people

    @property
    def hidden(self) -> int:
        return sum(1 for row in self.cells for v in row if v == HIDDEN)


@dataclass(frozen=True)
class MunicipalityTime:
    """The Oversikt sheet's row for one municipality (minutes)."""

    municipality: str
    entries: int
    minutes: int
    direct: int
    indirect: int
    other: int


@dataclass(frozen=True)
class FteRow:
    """Hours per full-time equivalent for one municipality (Oversikt)."""

    municipality: str
    hours: float
    fte_months: float

    @property
    def per_fte_month(self) -> float | None:
        return self.hours / self.fte_months if self.fte_months else None


@dataclass(frozen=True)
class CoordinationRow:
    """Coordination minutes per code for one municipality (Koordinering)."""

    municipality: str
    by_code: tuple[int, ...]  # in COORDINATION_CODES order
    coordination: int
    total: int

    @property
    def share(self) -> float | None:
        return self.coordination / self.total if self.total else None


@dataclass(frozen=True)
class TariffRow:
    """One tariff model's totals (Modeller), amounts in øre."""

    model: str
    description: str
    entries: int
    paid: int
    gross: int
    cut: int
    amount: int
    by_municipality: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class WaitMedian:
    """Days from referral to first direct contact in one municipality (or ``i alt``) as
    *Deling – ventetid* shows them: a number, ``:`` for too few episodes, or None."""

    municipality: str
    median: float | str | None
    p75: float | str | None


@dataclass(frozen=True)
class CouncilFigures:
    pilot_name: str
    pilot_id: str
    first_month: str
    last_month: str
    threshold: int
    threshold_text: str
    submissions: int
    therapists: int
    municipalities: int
    time: tuple[MunicipalityTime, ...]
    fte: tuple[FteRow, ...]
    shared: dict[str, tuple[ShownTable, ...]]  # by the sheet they come from
    coordination: tuple[CoordinationRow, ...]
    coordination_codes: tuple[str, ...]
    tariffs: tuple[TariffRow, ...]
    tariffs_example: bool = False
    waits: tuple[WaitMedian, ...] = ()  # format 1.1 episodes only

    @property
    def total_minutes(self) -> int:
        return sum(t.minutes for t in self.time)


def _protected(sheet: str, tables: Sequence[SharedTable], threshold: int) -> list[Protected]:
    """What each shared sheet hides, table by table, the way its writer protects them:
    Deling – kommuner and Deling – ventetid their two tables together (the same people, the
    same episodes), Deling – intensitet the summer table as part of the first, the others
    (Deling – overganger, – forløp, – kommunesamarbeid, – behov) each table on its own."""
    if not tables:
        return []
    if sheet in (SHEET_SHARED_MUNICIPALITIES, SHEET_SHARED_WAIT):
        return [protect_tables(tables, threshold)] * len(tables)
    if sheet == SHEET_SHARED_INTENSITY:
        return [protect_tables(tables, threshold, within=len(tables) > 1)] * len(tables)
    return [protect_tables([t], threshold) for t in tables]


def _which(sheet: str, index: int) -> int:
    """Which grid of its Protected a table's hidden cells are: its own place when the
    sheet's tables are protected together, else the only one."""
    together = (SHEET_SHARED_MUNICIPALITIES, SHEET_SHARED_INTENSITY, SHEET_SHARED_WAIT)
    return index if sheet in together else 0


def _shown(
    title: str,
    table: SharedTable,
    values: Sequence[Sequence[int]],
    mask: frozenset[tuple[int, int]],
    minutes: bool,
) -> ShownTable:
    cells = tuple(
        tuple(HIDDEN if (r, c) in mask else v for c, v in enumerate(row))
        for r, row in enumerate(values)
    )
    return ShownTable(title, table.rows, table.columns, cells, minutes)


def shown_tables(
    sheet: str, tables: Sequence[SharedTable], threshold: int
) -> tuple[ShownTable, ...]:
    """A shared sheet's tables as it shows them, counts then minutes for each table."""
    out: list[ShownTable] = []
    for i, (table, hidden) in enumerate(
        zip(tables, _protected(sheet, tables, threshold), strict=True)
    ):
        which = _which(sheet, i)
        out.append(_shown(table.title, table, table.counts, hidden.counts[which], False))
        if table.minutes is not None:
            out.append(
                _shown(table.minutes_title, table, table.minutes, hidden.minutes[which], True)
            )
    return tuple(out)


def council_figures(
    collection: Collection,
    pilot: Pilot | None,
    tariffs: TariffFile | None = None,
    gathered: Gathered | None = None,
) -> CouncilFigures:
    """Raises NoRowsError when the collection has no accepted submission. ``gathered``: what
    the summary gathered from this collection in the same run (``write_summary``'s
    ``on_gathered``), so its rows are not read again; without it, one pass of its own."""
    if gathered is None:
        gathered = gather_summary(collection, pilot)  # one pass over the rows for every figure
    winners, totals = gathered.winners, gathered.totals
    if not winners:
        raise NoRowsError(NO_ROWS)
    threshold = pilot.small_count_threshold if pilot is not None else DEFAULT_THRESHOLD
    months = sorted({w.month for w in winners})
    time = tuple(
        MunicipalityTime(
            str(key),
            tally.entries,
            tally.minutes,
            tally.per_category[Category.DIREKTE],
            tally.per_category[Category.INDIREKTE],
            tally.per_category[Category.ANNET],
        )
        for key, tally in sorted(totals.by.get("kommune", {}).items(), key=lambda kv: str(kv[0]))
    )
    fte = tuple(
        FteRow(name, worked / 60, fte_months)
        for name, (worked, fte_months) in sorted(totals.fte_municipality.items())
    )
    shared = {
        sheet: shown_tables(sheet, tables, threshold)
        for sheet, tables in shared_tables(collection, pilot, gathered=gathered).items()
    }
    loads = gathered.followup.municipalities  # the Koordinering sheet's, per municipality
    coordination = tuple(
        CoordinationRow(
            name,
            tuple(load.by_code[c] for c in COORDINATION_CODES),
            load.coordination_minutes,
            load.total_minutes,
        )
        for name, load in sorted(loads.items())
    )
    tariff_rows: tuple[TariffRow, ...] = ()
    if tariffs is not None:
        models = gathered.models
        if models is None:  # not computed by the summary of this run
            models = compute(collection, winners, tariffs)
        tariff_rows = tuple(
            TariffRow(
                t.model,
                model.description,
                t.total.entries,
                t.total.paid,
                t.total.gross,
                t.total.client_cut + t.total.therapist_cut,
                t.total.amount,
                tuple(
                    (name, tally.amount) for name, tally in sorted(t.by.get("kommune", {}).items())
                ),
            )
            for model, t in zip(tariffs.models, models, strict=True)
        )
    return CouncilFigures(
        pilot_name=pilot.name if pilot is not None else "",
        pilot_id=pilot.id if pilot is not None else "",
        first_month=months[0],
        last_month=months[-1],
        threshold=threshold,
        threshold_text=threshold_line(threshold),
        submissions=len(winners),
        therapists=len({w.therapist for w in winners}),
        municipalities=len({w.municipality for w in winners}),
        time=time,
        fte=fte,
        shared=shared,
        coordination=coordination,
        coordination_codes=tuple(COORDINATION_CODES),
        tariffs=tariff_rows,
        tariffs_example=bool(tariffs is not None and tariffs.example),
        waits=tuple(
            WaitMedian(label, *cells)
            for label, cells in shared_wait_medians(gathered.pathway, threshold)
        ),
    )
