"""The tariff-model sheets of the summary workbook (``docs/tariff-models.md``).

- **Modeller**: what each model pays in all (entries paid, without a rule, cancelled; gross,
  cut by each cap, paid), the difference from the first model in the file, the same per
  month side by side, and a native bar chart of the months.
- **Modeller – detalj**: what each model pays by municipality, unit, therapist, month, code
  and category, with the differences from the first model.

Amounts are kroner written as exact numbers (øre / 100) with the number format ``#,##0.00``,
which the spreadsheet shows in the reader's locale (``12 345,50`` in Norwegian). When the
tariff file says its amounts are examples, both sheets say so at the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from openpyxl.chart import BarChart, Reference

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.payments import DIMENSIONS, ModelTotals, entry_records, pay, summarise
from rehablogg.aggregate.tariffs import TariffFile
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.exchange.sheet_writer import NeutralWorkbook, NeutralWorksheet, StyledCell

SHEET_MODELS = "Modeller"
SHEET_DETAIL = "Modeller – detalj"
NOK_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0%"

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


def _nok(ws: NeutralWorksheet, ore: int) -> StyledCell:
    return ws.styled(Decimal(ore) / 100, NOK_FORMAT)


def _share(ws: NeutralWorksheet, part: int, whole: int) -> StyledCell | None:
    if whole == 0:
        return None
    return ws.styled(part / whole, PERCENT_FORMAT)


def _preamble(ws: NeutralWorksheet, tariffs: TariffFile) -> int:
    """The lines above every table; returns how many rows they took."""
    rows = 0
    if tariffs.example:
        ws.append([EXAMPLE_WARNING.format(file=tariffs.source)])
        rows += 1
    ws.append([TITLE.format(file=tariffs.source)])
    ws.append([EXPLAIN.format(first=tariffs.models[0].name)])
    ws.append([])
    return rows + 3


def _diff_headers(names: Sequence[str]) -> list[str]:
    return [f"differanse {n} – {names[0]}" for n in names[1:]]


def _side_by_side(ws: NeutralWorksheet, amounts: Sequence[int]) -> list[StyledCell]:
    return [*(_nok(ws, a) for a in amounts), *(_nok(ws, a - amounts[0]) for a in amounts[1:])]


def write_tariff_sheets(
    wb: NeutralWorkbook,
    collection: Collection,
    winners: Sequence[SubmissionInfo],
    tariffs: TariffFile,
) -> list[ModelTotals]:
    totals = compute(collection, winners, tariffs)
    _models_sheet(wb, tariffs, totals)
    _detail_sheet(wb, tariffs, totals)
    return totals


def _models_sheet(wb: NeutralWorkbook, tariffs: TariffFile, totals: Sequence[ModelTotals]) -> None:
    ws = wb.create_sheet(SHEET_MODELS)
    ws.column_dimensions["A"].width = 28
    row = _preamble(ws, tariffs)
    names = [t.model for t in totals]
    first = totals[0].total.amount
    ws.append(["Per modell"])
    ws.append(
        [
            "modell",
            "beskrivelse",
            "registreringer",
            "betalt",
            "ingen regel",
            "avlyst",
            "brutto før tak (kr)",
            "avkortet av brukertak (kr)",
            "avkortet av terapeuttak (kr)",
            "utbetalt (kr)",
            f"differanse mot {names[0]} (kr)",
            "differanse i prosent",
        ]
    )
    row += 2
    for model, t in zip(tariffs.models, totals, strict=True):
        tally = t.total
        ws.append(
            [
                t.model,
                model.description,
                tally.entries,
                tally.paid,
                tally.no_rule,
                tally.cancelled,
                _nok(ws, tally.gross),
                _nok(ws, tally.client_cut),
                _nok(ws, tally.therapist_cut),
                _nok(ws, tally.amount),
                _nok(ws, tally.amount - first),
                _share(ws, tally.amount - first, first),
            ]
        )
        row += 1
    ws.append([])
    ws.append(["Per måned (utbetalt, kr)"])
    ws.append(["måned", *names, *_diff_headers(names)])
    row += 3
    header = row
    months = sorted({m for t in totals for m in t.by.get("måned", {})})
    for month in months:
        amounts = [
            t.by["måned"][month].amount if month in t.by.get("måned", {}) else 0 for t in totals
        ]
        ws.append([month, *_side_by_side(ws, amounts)])
        row += 1
    if months:
        chart = BarChart()
        chart.type = "col"
        chart.grouping = "clustered"
        chart.title = "Utbetalt per måned etter modell"
        chart.y_axis.title = "kroner"
        chart.y_axis.numFmt = NOK_FORMAT
        data = Reference(ws, min_col=2, max_col=1 + len(names), min_row=header, max_row=row)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=row))
        chart.width, chart.height = 18, 9
        ws.add_chart(chart, f"A{row + 3}")


def _detail_sheet(wb: NeutralWorkbook, tariffs: TariffFile, totals: Sequence[ModelTotals]) -> None:
    ws = wb.create_sheet(SHEET_DETAIL)
    ws.column_dimensions["A"].width = 36
    _preamble(ws, tariffs)
    names = [t.model for t in totals]
    for dimension in DIMENSIONS:
        keys = sorted({k for t in totals for k in t.by.get(dimension, {})})
        ws.append([f"Etter {dimension} (utbetalt, kr)"])
        ws.append([dimension, *names, *_diff_headers(names)])
        for key in keys:
            amounts = [
                t.by[dimension][key].amount if key in t.by.get(dimension, {}) else 0 for t in totals
            ]
            ws.append([key, *_side_by_side(ws, amounts)])
        ws.append([])
