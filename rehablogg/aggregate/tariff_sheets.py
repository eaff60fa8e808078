"""The tariff-model sheets of the summary workbook (``docs/tariff-models.md``).

- **Modeller**: what each model pays in all (entries paid, without a rule, cancelled; gross,
  cut by each cap, paid), the difference from the first model in the file, the same per
  month side by side, and a native bar chart of the months.
- **Modeller – måned**: paid per month, the models side by side, and **Diagram – modeller**,
  a bar chart of it on a sheet (a page) of its own.
- **Modeller – detalj**: what each model pays by municipality, unit, therapist, month, code
  and category, with the differences from the first model, as one table with a
  ``dimensjon`` column.

Each is one table from A1 (``table_sheet.py``). Amounts are kroner written as exact numbers
(øre / 100) with the number format ``#,##0.00 "kr"``, which the spreadsheet shows in the
reader's locale (``12 345,50 kr`` in Norwegian). When the
tariff file says its amounts are examples, both sheets say so at the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from openpyxl.chart import BarChart, Reference

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.payments import DIMENSIONS, ModelTotals, entry_records, pay, summarise
from rehablogg.aggregate.table_sheet import MONTH, Col, Kind, add_chart_sheet, write_table_sheet
from rehablogg.aggregate.tariffs import TariffFile
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.exchange.sheet_writer import NeutralWorkbook

SHEET_MODELS = "Modeller"
SHEET_MONTHS = "Modeller – måned"
SHEET_CHART = "Diagram – modeller"
SHEET_DETAIL = "Modeller – detalj"
NOK_FORMAT = Kind.AMOUNT.value

EXAMPLE_WARNING = QT_TRANSLATE_NOOP(
    "tariffs",
    "EKSEMPEL: beløpene i {file} er oppdiktet og er ikke virkelige takster; bruk "
    "tallene bare til å prøve verktøyet.",
)
TITLE = QT_TRANSLATE_NOOP(
    "tariffs", "Tariffmodeller fra {file}, brukt på de godtatte innleveringene"
)
EXPLAIN = QT_TRANSLATE_NOOP(
    "tariffs",
    "Beløp i kroner. Differanse = modellen minus den første modellen i filen "
    "(«{first}»). Reglene og rekkefølgen de brukes i står i docs/tariff-models.md.",
)


def compute(
    collection: Collection, winners: Sequence[SubmissionInfo], tariffs: TariffFile
) -> list[ModelTotals]:
    """Each model's totals; the collection is read once per model so memory stays flat."""
    return [
        summarise(model, pay(model, entry_records(collection, winners))) for model in tariffs.models
    ]


def _nok(ore: int) -> Decimal:
    return Decimal(ore) / 100


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


def _preamble(tariffs: TariffFile) -> list[str]:
    """The notes beside every table."""
    lines = [EXAMPLE_WARNING.format(file=tariffs.source)] if tariffs.example else []
    return [
        *lines,
        TITLE.format(file=tariffs.source),
        EXPLAIN.format(first=tariffs.models[0].name),
    ]


def _diff_headers(names: Sequence[str]) -> list[str]:
    return [f"differanse {n} – {names[0]}" for n in names[1:]]


def _side_by_side(amounts: Sequence[int]) -> list[Decimal]:
    return [*(_nok(a) for a in amounts), *(_nok(a - amounts[0]) for a in amounts[1:])]


def write_tariff_sheets(
    wb: NeutralWorkbook, tariffs: TariffFile, totals: Sequence[ModelTotals]
) -> None:
    """The models' sheets, from ``totals`` (:func:`compute`: computed once per run, for the
    summary and the council report alike)."""
    _models_sheet(wb, tariffs, totals)
    _month_sheet(wb, tariffs, totals)
    _detail_sheet(wb, tariffs, totals)


def _models_sheet(wb: NeutralWorkbook, tariffs: TariffFile, totals: Sequence[ModelTotals]) -> None:
    names = [t.model for t in totals]
    first = totals[0].total.amount
    columns = [
        Col("modell"),
        Col("beskrivelse"),
        Col("registreringer", Kind.COUNT),
        Col("betalt", Kind.COUNT),
        Col("ingen regel", Kind.COUNT),
        Col("avlyst", Kind.COUNT),
        Col("brutto før tak (kr)", Kind.AMOUNT),
        Col("avkortet av brukertak (kr)", Kind.AMOUNT),
        Col("avkortet av terapeuttak (kr)", Kind.AMOUNT),
        Col("utbetalt (kr)", Kind.AMOUNT),
        Col(f"differanse mot {names[0]} (kr)", Kind.AMOUNT),
        Col("differanse i prosent", Kind.SHARE),
    ]
    rows = []
    for model, t in zip(tariffs.models, totals, strict=True):
        tally = t.total
        rows.append(
            [
                t.model,
                model.description,
                tally.entries,
                tally.paid,
                tally.no_rule,
                tally.cancelled,
                _nok(tally.gross),
                _nok(tally.client_cut),
                _nok(tally.therapist_cut),
                _nok(tally.amount),
                _nok(tally.amount - first),
                _share(tally.amount - first, first),
            ]
        )
    write_table_sheet(
        wb,
        SHEET_MODELS,
        columns,
        rows,
        notes=_preamble(tariffs),
        print_note=_preamble(tariffs)[0] if tariffs.example else "",
    )


def _month_sheet(wb: NeutralWorkbook, tariffs: TariffFile, totals: Sequence[ModelTotals]) -> None:
    """Paid per month, model by model, and a chart of it on a sheet of its own."""
    names = [t.model for t in totals]
    months = sorted({m for t in totals for m in t.by.get(MONTH, {})})
    rows = []
    for month in months:
        amounts = [t.by[MONTH][month].amount if month in t.by.get(MONTH, {}) else 0 for t in totals]
        rows.append([month, *_side_by_side(amounts)])
    ws = write_table_sheet(
        wb,
        SHEET_MONTHS,
        [Col(MONTH), *(Col(f"{n} (kr)", Kind.AMOUNT) for n in names)]
        + [Col(f"{d} (kr)", Kind.AMOUNT) for d in _diff_headers(names)],
        rows,
        notes=["Utbetalt per måned.", *_preamble(tariffs)],
        print_note=_preamble(tariffs)[0] if tariffs.example else "",
    )
    if months:
        chart = BarChart()
        chart.type = "col"
        chart.grouping = "clustered"
        chart.title = "Utbetalt per måned etter modell"
        chart.y_axis.title = "kroner"
        chart.y_axis.numFmt = NOK_FORMAT
        data = Reference(ws, min_col=2, max_col=1 + len(names), min_row=1, max_row=len(rows) + 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
        add_chart_sheet(wb, SHEET_CHART, chart)


def _detail_sheet(wb: NeutralWorkbook, tariffs: TariffFile, totals: Sequence[ModelTotals]) -> None:
    """One long table: the six breakdowns have the same columns, so a ``dimensjon`` column
    keeps them in one filterable table instead of six more sheets."""
    names = [t.model for t in totals]
    rows = []
    for dimension in DIMENSIONS:
        keys = sorted({k for t in totals for k in t.by.get(dimension, {})})
        for key in keys:
            amounts = [
                t.by[dimension][key].amount if key in t.by.get(dimension, {}) else 0 for t in totals
            ]
            rows.append([dimension, key, *_side_by_side(amounts)])
    write_table_sheet(
        wb,
        SHEET_DETAIL,
        [Col("dimensjon"), Col("nøkkel"), *(Col(f"{n} (kr)", Kind.AMOUNT) for n in names)]
        + [Col(f"{d} (kr)", Kind.AMOUNT) for d in _diff_headers(names)],
        rows,
        notes=[
            "Utbetalt etter " + ", ".join(DIMENSIONS) + "; velg dimensjon i filteret.",
            *_preamble(tariffs),
        ],
        print_note=_preamble(tariffs)[0] if tariffs.example else "",
    )
