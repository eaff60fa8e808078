"""The tables of the sharing sheets (*Deling – …*): people counted once each, with their
minutes, and written with the small-count rule of ``suppression.py`` applied.

Every person of a shared table sits in exactly one cell, so each total is the sum of its cells;
that is what the suppression's sums assume, and what a reader may assume too
(docs/sharing-and-suppression.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from rehablogg.aggregate.suppression import HIDDEN, Protected, protect
from rehablogg.core.i18n import QT_TRANSLATE_NOOP

TOTAL = "i alt"
THRESHOLD_LINE = QT_TRANSLATE_NOOP(
    "aggregate",
    "Tall under {threshold} er skjult (:): antall personer fra 1 til {largest} vises ikke, og "
    "flere celler er skjult slik at ingen skjult verdi kan regnes ut eller snevres for mye inn "
    "fra summene. Minuttene til en skjult gruppe er skjult med den.",
)
THRESHOLD_LINE_ONE = QT_TRANSLATE_NOOP(
    "aggregate",
    "Tall under 2 er skjult (:): antall på 1 person vises ikke, og flere celler er skjult slik "
    "at ingen skjult verdi kan regnes ut eller snevres for mye inn fra summene. Minuttene til "
    "en skjult gruppe er skjult med den.",
)

Grid = tuple[tuple[int, ...], ...]


def threshold_line(threshold: int) -> str:
    """The sentence every shared sheet starts with."""
    if threshold == 2:
        return THRESHOLD_LINE_ONE
    return THRESHOLD_LINE.format(threshold=threshold, largest=threshold - 1)


@dataclass(frozen=True)
class SharedTable:
    """One people-count table (totals in the last row and column) and, optionally, the
    minutes of the same people in the same shape."""

    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: Grid
    minutes_title: str = ""
    minutes: Grid | None = None


def _with_totals(inner: list[list[int]]) -> Grid:
    rows = [(*row, sum(row)) for row in inner]
    width = len(rows[0]) if rows else 1
    return (*rows, tuple(sum(row[j] for row in rows) for j in range(width)))


def people_table(
    title: str,
    rows: Sequence[str],
    columns: Sequence[str],
    cells: Mapping[tuple[str, str], set[object]],
    minutes: Mapping[tuple[str, str], int] | None = None,
    minutes_title: str = "",
) -> SharedTable:
    """A table of the people in ``cells`` ((row, column): people); each person must be in
    one cell only, so that the totals are sums."""
    seen: set[object] = set()
    for group in cells.values():
        if seen & group:
            raise ValueError("a person in two cells of a shared table")
        seen |= group
    counts = _with_totals([[len(cells.get((r, c), ())) for c in columns] for r in rows])
    mgrid = (
        None
        if minutes is None
        else _with_totals([[minutes.get((r, c), 0) for c in columns] for r in rows])
    )
    return SharedTable(title, tuple(rows), tuple(columns), counts, minutes_title, mgrid)


def protect_tables(
    tables: Sequence[SharedTable], threshold: int, *, within: bool = False
) -> Protected:
    """The cells to hide in one table, or two that share their rows (the same people); with
    ``within``, the second table's people are some of the first's, each of its rows some of
    those of the first's row of the same label (a reader can tell, so they are protected
    together)."""
    part_of = [tables[0].rows.index(label) for label in tables[1].rows] if within else None
    minutes = [t.minutes for t in tables]
    if all(m is not None for m in minutes):
        return protect(
            [t.counts for t in tables],
            minutes,  # type: ignore[arg-type]
            threshold,
            part_of,
        )
    return protect([t.counts for t in tables], None, threshold, part_of)


def write_table(
    title: Callable[[str], None],
    header: Callable[..., None],
    row: Callable[..., None],
    table: SharedTable,
    hidden: Protected,
    which: int,
) -> None:
    """Write ``table`` with the cells ``hidden`` holds for table number ``which`` as ``:``,
    followed by its minutes when it has them."""
    blocks = [(table.title, table.counts, hidden.counts[which])]
    if table.minutes is not None:
        blocks.append((table.minutes_title, table.minutes, hidden.minutes[which]))
    for name, values, mask in blocks:
        title(name)
        header("kommune", *table.columns, TOTAL)
        for r, label in enumerate([*table.rows, TOTAL]):
            row(label, *(HIDDEN if (r, c) in mask else v for c, v in enumerate(values[r])))
        row()


def write_tables(
    title: Callable[[str], None],
    header: Callable[..., None],
    row: Callable[..., None],
    tables: Sequence[SharedTable],
    threshold: int,
) -> Protected:
    """Write ``tables`` (one, or two sharing their rows) with their hidden cells as ``:``, each
    followed by its minutes when it has them; returns what was hidden."""
    hidden = protect_tables(tables, threshold)
    for i, table in enumerate(tables):
        write_table(title, header, row, table, hidden, i)
    return hidden
