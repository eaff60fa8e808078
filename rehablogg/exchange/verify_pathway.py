"""``verify``'s checks of the sheets format 1.1 added after Metadata — Forløp, Opphold, Behov,
Forankring and Endringer: every cell by its column's rule (``columns.py``), ids unique and
pointed to, antall_opphold against the Opphold rows, each pause inside its episode, Endringer
only in a correction, and every row into ark_sjekksum's canonical text (not sjekksum's: a
reader of 1.0 checks the file through the Metadata field without knowing these sheets). The
sheets a newer 1.x adds after them are hashed into it by the same rules, unchecked.

A file of an older 1.x has none of them; what it holds is given to readers as empty sheets with
the declared columns (``ExportFile.tables``), so aggregate reads every 1.x file the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rehablogg.exchange.cell_reading import as_int
from rehablogg.exchange.cell_rules import RowState
from rehablogg.exchange.cells import Workbook
from rehablogg.exchange.columns import (
    ADDED_TABLES,
    EPISODE_END,
    EPISODE_ID,
    EPISODE_PAUSE_COUNT,
    EPISODE_REFERRAL,
    FORMAT_MINOR,
    META_REPLACES,
    SHEET_CHANGES,
    SHEET_EPISODES,
    SHEETS,
    Column,
    added_tables,
)
from rehablogg.exchange.verify_layout import check_header
from rehablogg.exchange.verify_rows import SheetRows
from rehablogg.exchange.verify_sentences import CHANGES_IN_FIRST, PAUSE_COUNT
from rehablogg.exchange.verify_state import FileCheck, Table


def check_added_sheets(check: FileCheck, wb: Workbook, names: Sequence[str]) -> None:
    """Each sheet the file's 1.x added after Metadata (this version's for a newer 1.x), then
    the sheets a newer 1.x added after those (``names``: the file's sheets)."""
    minor = min(check.minor, FORMAT_MINOR)
    for sheet, columns in added_tables(minor):
        _check_sheet(check, wb, sheet, columns)
    if check.newer:
        for sheet in names[len(SHEETS) :]:
            _hash_later_sheet(check, wb, sheet)
    _check_pause_counts(check)
    if check.keep:
        for sheet, columns in ADDED_TABLES.items():
            check.content.tables.setdefault(sheet, Table(tuple(c.name for c in columns)))


def _check_sheet(check: FileCheck, wb: Workbook, sheet: str, columns: Sequence[Column]) -> None:
    rows = check.rows(wb, sheet)
    names = check_header(
        check, sheet, next(rows, ()), [c.name for c in columns], exact=not check.newer
    )
    checked = SheetRows(check, sheet, names, columns, check.sheets_hasher)
    state = RowState(check.facts)
    facts = check.facts
    episodes = sheet == SHEET_EPISODES
    if episodes:
        id_at, count_at = names.index(EPISODE_ID), names.index(EPISODE_PAUSE_COUNT)
    kept: list[tuple[object, ...]] = []
    for row_no, row in checked.rows(rows):
        checked.check_row(row_no, row, state)
        if episodes:
            episode = row[id_at]
            if isinstance(episode, str) and episode and episode not in facts.episode_row:
                facts.episode_row[episode] = row_no
                facts.episode_pauses[episode] = as_int(row[count_at]) or 0
                referral, ended = state.dates.get(EPISODE_REFERRAL), state.dates.get(EPISODE_END)
                if isinstance(referral, date):  # the Opphold rows are checked inside it
                    facts.episode_span[episode] = (
                        referral,
                        ended if isinstance(ended, date) else None,
                    )
        kept.append(row)
    if sheet == SHEET_CHANGES and kept and not check.meta.get(META_REPLACES):
        check.problem(CHANGES_IN_FIRST.format(count=len(kept)))
    if check.keep:
        check.content.tables[sheet] = Table(tuple(names), kept)


def _hash_later_sheet(check: FileCheck, wb: Workbook, sheet: str) -> None:
    """A sheet of a newer 1.x: this version knows no rule for its cells, but hashes them."""
    rows = check.rows(wb, sheet)
    # As wide as the package guard lets any sheet be.
    names = check_header(
        check, sheet, next(rows, ()), [], exact=False, extra=check.limits.max_columns
    )
    checked = SheetRows(check, sheet, names, (), check.sheets_hasher)
    state = RowState(check.facts)
    for row_no, row in checked.rows(rows):
        checked.check_row(row_no, row, state)


def _check_pause_counts(check: FileCheck) -> None:
    """antall_opphold of every Forløp row is its Opphold rows (when the file has Opphold)."""
    facts = check.facts
    if check.minor < 1:
        return
    for episode, expected in facts.episode_pauses.items():
        found = facts.seen_pauses.get(episode, 0)
        if found != expected:
            check.problem(
                PAUSE_COUNT.format(row=facts.episode_row[episode], expected=expected, found=found)
            )
