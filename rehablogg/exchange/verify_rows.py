"""``verify``'s checks of the rows of Registreringer and Deltakere: every cell by its column's
rule (``columns.py``, ``cell_rules.py``), in column order; ids unique and pointed to; the
counts Metadata and antall_brukere promise; and every row into the checksum.

Every row costs a few microseconds of checks on top of what the reader spends parsing it (a
year's file has 100 000 rows); the benchmark ``benchmarks/bench_verify.py`` keeps an eye on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter

from rehablogg.exchange.canonical import CanonicalHash, NotCanonicalError, canonical_value
from rehablogg.exchange.cell_reading import as_int, show
from rehablogg.exchange.cell_rules import PAIR, Derived, RowState
from rehablogg.exchange.cells import Workbook
from rehablogg.exchange.columns import (
    DERIVED_COLUMNS,
    ENTRY_ADDED,
    ENTRY_BASE_COLUMNS,
    ENTRY_CLIENTS,
    ENTRY_TABLE,
    META_ENTRY_COUNT,
    NOTE,
    PARTICIPANT_TABLE,
    PARTY,
    SHEET_ENTRIES,
    SHEET_PARTICIPANTS,
    Column,
    of_version,
)
from rehablogg.exchange.verify_layout import check_entry_header, check_header
from rehablogg.exchange.verify_sentences import (
    CLIENT_COUNT,
    COUNT_MISMATCH,
    EMPTY_ROW,
    P_NOT_CANONICAL,
)
from rehablogg.exchange.verify_state import FileCheck, Row

_CLIENTS = ENTRY_BASE_COLUMNS.index(ENTRY_CLIENTS)

Step = tuple[int, Callable[[object, RowState], str | None]]


def _picker(indexes: Sequence[int]) -> Callable[[Sequence[object]], tuple[object, ...]]:
    """The values at ``indexes``, always as a tuple (itemgetter of one index gives the value
    itself, of none raises): a sheet a newer 1.x adds may have one column."""
    if len(indexes) >= 2:
        return itemgetter(*indexes)
    return lambda row: tuple(row[i] for i in indexes)


class SheetRows:
    """One sheet's rows checked against its columns: ``columns[i]`` is the declared column of
    the header's i-th name (columns a newer 1.x adds are hashed but not checked). ``hasher``:
    the canonical text the rows go into (sjekksum's unless told)."""

    def __init__(
        self,
        check: FileCheck,
        sheet: str,
        names: list[str],
        columns: Sequence[Column],
        hasher: CanonicalHash | None = None,
    ) -> None:
        self.check = check
        self.hasher = hasher or check.hasher
        self.sheet = sheet
        self.names = names
        self.width = len(names)
        self.steps: list[Step] = [(i, c.rule.check) for i, c in enumerate(columns)]
        # The column a derived column is computed from, for the sentence naming both.
        self.sources = {
            i: names.index(c.rule.source)
            for i, c in enumerate(columns)
            if isinstance(c.rule, Derived)
        }
        self.hashed = [i for i, n in enumerate(names) if n not in DERIVED_COLUMNS]
        self.pick = _picker(self.hashed)
        self.hasher.add(sheet, self.pick(names))

    def rows(self, rows: Iterator[Row]) -> Iterator[tuple[int, Row]]:
        """``(row number, values padded to the header's width)`` of every row with a value;
        an empty row with rows after it is a problem."""
        check, sheet, width = self.check, self.sheet, self.width
        wide = check.wide(sheet, width)
        empty_since = 0
        for row_no, raw in enumerate(rows, start=2):
            if wide and len(raw) > width:
                check.beyond(sheet, row_no, raw, width)
            row = raw[:width] if len(raw) >= width else raw + (None,) * (width - len(raw))
            # any() is the fast test; a row of only zeros and empty text needs the slow one.
            if not any(row) and all(v is None or v == "" for v in row):
                empty_since = empty_since or row_no
                continue
            if empty_since:
                check.problem(EMPTY_ROW.format(sheet=sheet, row=empty_since))
                empty_since = 0
            yield row_no, row

    def check_row(self, row_no: int, row: Row, state: RowState) -> None:
        """Every cell by its rule, then the row into the checksum."""
        for index, rule in self.steps:
            problem = rule(row[index], state)
            if problem is not None:
                self._report(row_no, row, index, problem)
        try:
            self.hasher.add(self.sheet, self.pick(row))
        except NotCanonicalError:
            self._not_canonical(row_no, row)

    def _report(self, row_no: int, row: Row, index: int, problem: str) -> None:
        if problem is PAIR:
            self.check.pair(self.sheet, row_no, row, self.sources[index], index, self.names)
        else:
            self.check.cell(self.sheet, row_no, index, self.names[index], problem)

    def _not_canonical(self, row_no: int, row: Row) -> None:
        """Name the first hashed cell whose value has no canonical text."""
        for index in self.hashed:
            try:
                canonical_value(row[index])
            except NotCanonicalError:
                self.check.cell(
                    self.sheet,
                    row_no,
                    index,
                    self.names[index],
                    P_NOT_CANONICAL.format(value=show(row[index])),
                )
                return


def check_entries(check: FileCheck, wb: Workbook) -> None:
    rows = check.rows(wb, SHEET_ENTRIES)
    names, parties, note = check_entry_header(check, next(rows, ()))
    columns = (
        *ENTRY_TABLE,
        *(PARTY,) * parties,
        *((NOTE,) if note is not None else ()),
        *of_version(ENTRY_ADDED, check.minor),
    )
    sheet = SheetRows(check, SHEET_ENTRIES, names, columns)
    facts, keep, kept = check.facts, check.keep, check.content.entries
    state = RowState(facts)
    count = 0
    for row_no, row in sheet.rows(rows):
        count += 1
        sheet.check_row(row_no, row, state)
        entry_id = row[0]
        if isinstance(entry_id, str) and entry_id not in facts.entry_row:
            facts.entry_row[entry_id] = row_no
            facts.entry_year[entry_id] = state.year
            facts.entry_clients[entry_id] = as_int(row[_CLIENTS]) or 0
        if keep:
            kept.append(row)
    expected = as_int(check.meta.get(META_ENTRY_COUNT))
    if expected is not None and expected != count:
        check.problem(COUNT_MISMATCH.format(found=count, expected=expected))
    if keep:
        check.content.entry_columns = tuple(names)


def check_participants(check: FileCheck, wb: Workbook) -> None:
    rows = check.rows(wb, SHEET_PARTICIPANTS)
    columns = of_version(PARTICIPANT_TABLE, check.minor)
    names = check_header(
        check, SHEET_PARTICIPANTS, next(rows, ()), [c.name for c in columns], exact=not check.newer
    )
    sheet = SheetRows(check, SHEET_PARTICIPANTS, names, columns)
    keep, kept = check.keep, check.content.participants
    state = RowState(check.facts)
    for row_no, row in sheet.rows(rows):
        sheet.check_row(row_no, row, state)
        if keep:
            kept.append(row)
    facts = check.facts
    for entry_id, expected in facts.entry_clients.items():
        found = facts.seen_clients.get(entry_id, 0)
        if expected != found:
            check.problem(
                CLIENT_COUNT.format(row=facts.entry_row[entry_id], expected=expected, found=found)
            )
    if keep:
        check.content.participant_columns = tuple(names)
