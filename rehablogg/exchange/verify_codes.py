"""``verify``'s checks of the Koder sheet: each row against the declared columns
(``columns.py``), and, when the file names the catalogue rehablogg ships, every code's name and
category against it. The codes found are what Registreringer's codes are checked against."""

from __future__ import annotations

from rehablogg.core.catalogue import Catalogue
from rehablogg.exchange.cell_reading import show
from rehablogg.exchange.cell_rules import RowState
from rehablogg.exchange.cells import Workbook
from rehablogg.exchange.columns import (
    CODE_CATEGORY,
    CODE_COLUMNS,
    CODE_LABEL_NB,
    CODE_TABLE,
    SHEET_CODES,
    of_version,
)
from rehablogg.exchange.neutralise import cell_text
from rehablogg.exchange.verify_layout import check_header, known_catalogue
from rehablogg.exchange.verify_sentences import (
    CODE_MISSING_IN_SHEET,
    CODE_NOT_IN_CATALOGUE,
    CODE_VS_CATALOGUE,
)
from rehablogg.exchange.verify_state import FileCheck, Row

_LABEL = CODE_COLUMNS.index(CODE_LABEL_NB)
_CATEGORY = CODE_COLUMNS.index(CODE_CATEGORY)


def check_codes(check: FileCheck, wb: Workbook) -> None:
    rows = check.rows(wb, SHEET_CODES)
    columns = of_version(CODE_TABLE, check.minor)
    width = len(
        check_header(
            check, SHEET_CODES, next(rows, ()), [c.name for c in columns], exact=not check.newer
        )
    )
    wide = check.wide(SHEET_CODES, width)
    rows_of: dict[str, int] = {}
    state = RowState(check.facts)
    for row_no, row in enumerate(rows, start=2):
        if wide and len(row) > width:
            check.beyond(SHEET_CODES, row_no, row, width)
        if any(v not in (None, "") for v in row) and _code_row(check, state, row_no, row):
            code = str(row[0])
            label = row[_LABEL] if len(row) > _LABEL else None
            category = row[_CATEGORY] if len(row) > _CATEGORY else None
            check.facts.codes[code] = (label if isinstance(label, str) else "", str(category))
            rows_of[code] = row_no
    catalogue = known_catalogue(check.meta)
    if catalogue is not None:
        _codes_match(check, catalogue, rows_of)
    if check.keep:
        check.content.codes = dict(check.facts.codes)


def _code_row(check: FileCheck, state: RowState, row_no: int, row: Row) -> bool:
    """Check one row's cells; False when its code is missing or twice (the row is skipped)."""
    for index, column in enumerate(of_version(CODE_TABLE, check.minor)):
        problem = column.rule.check(row[index] if index < len(row) else None, state)
        if problem is not None:
            check.cell(SHEET_CODES, row_no, index, column.name, problem)
            if index == 0:
                return False
    return True


def _codes_match(check: FileCheck, catalogue: Catalogue, rows_of: dict[str, int]) -> None:
    """A known catalogue pins what Koder must say: kodenavn and kategori are not hashed,
    so this is what stops a consistent edit of a code's category everywhere."""
    names = {"catalogue": catalogue.id, "version": catalogue.version}
    known = {c.code: (cell_text(c.label.nb), c.category) for c in catalogue.codes}
    for code, (label, category) in check.facts.codes.items():
        expected = known.get(code)
        if expected is None:
            check.problem(CODE_NOT_IN_CATALOGUE.format(row=rows_of[code], code=code, **names))
            continue
        for what, found, wanted in (
            (CODE_LABEL_NB, label, expected[0]),
            (CODE_CATEGORY, category, expected[1]),
        ):
            if found != wanted:
                check.problem(
                    CODE_VS_CATALOGUE.format(
                        row=rows_of[code],
                        name=what,
                        code=code,
                        found=show(found),
                        expected=wanted,
                        **names,
                    )
                )
    for code in known:
        if code not in check.facts.codes:
            check.problem(CODE_MISSING_IN_SHEET.format(code=code, **names))
