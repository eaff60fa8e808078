"""The small-count rule: no shared cell shows 1–4 people, and no hidden cell can be worked out
from the visible cells and the totals (checked by exact linear algebra, not by the graph the
implementation uses)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehablogg.aggregate.suppression import HIDDEN, Protected, is_small, protect, shown, suppress
from tests.aggregate.interval_audit import Block, audit, failures


def with_totals(inner: list[list[int]]) -> list[list[int]]:
    rows = [[*row, sum(row)] for row in inner]
    totals = [sum(col) for col in zip(*rows, strict=True)]
    return [*rows, totals]


def _rank(matrix: list[list[Fraction]]) -> int:
    m = [row[:] for row in matrix]
    rank, cols = 0, len(m[0]) if m else 0
    for c in range(cols):
        pivot = next((r for r in range(rank, len(m)) if m[r][c] != 0), None)
        if pivot is None:
            continue
        m[rank], m[pivot] = m[pivot], m[rank]
        for r in range(len(m)):
            if r != rank and m[r][c] != 0:
                factor = m[r][c] / m[rank][c]
                m[r] = [a - factor * b for a, b in zip(m[r], m[rank], strict=True)]
        rank += 1
    return rank


def determined(grid: list[list[int]], hidden: frozenset[tuple[int, int]]) -> set[tuple[int, int]]:
    """Hidden cells whose value follows from the visible cells and every row and column sum."""
    unknowns = sorted(hidden)
    index = {cell: i for i, cell in enumerate(unknowns)}
    n_rows, n_cols = len(grid), len(grid[0])
    equations: list[list[Fraction]] = []
    for r in range(n_rows):  # row r: inner cells minus the total = 0
        eq = [Fraction(0)] * len(unknowns)
        for c in range(n_cols):
            if (r, c) in index:
                eq[index[(r, c)]] += 1 if c < n_cols - 1 else -1
        equations.append(eq)
    for c in range(n_cols):
        eq = [Fraction(0)] * len(unknowns)
        for r in range(n_rows):
            if (r, c) in index:
                eq[index[(r, c)]] += 1 if r < n_rows - 1 else -1
        equations.append(eq)
    base = _rank(equations)
    found = set()
    for cell, i in index.items():
        unit = [Fraction(0)] * len(unknowns)
        unit[i] = Fraction(1)
        if _rank([*equations, unit]) == base:
            found.add(cell)
    return found


tables = st.integers(1, 5).flatmap(
    lambda rows: st.integers(1, 5).flatmap(
        lambda cols: st.lists(
            st.lists(
                st.one_of(st.integers(0, 6), st.integers(0, 60)), min_size=cols, max_size=cols
            ),
            min_size=rows,
            max_size=rows,
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(tables)
def test_no_visible_small_count_and_nothing_derivable(inner: list[list[int]]) -> None:
    grid = with_totals(inner)
    hidden = suppress(grid)
    view = shown(grid, hidden)
    for r, row in enumerate(view):
        for c, value in enumerate(row):
            if value != HIDDEN:
                assert not is_small(int(value)), (r, c, grid)
    # The simple check of docs/DESIGN.md §8.8: no row or column has exactly one hidden cell.
    for r in range(len(grid)):
        assert sum((r, c) in hidden for c in range(len(grid[0]))) != 1
    for c in range(len(grid[0])):
        assert sum((r, c) in hidden for r in range(len(grid))) != 1
    # The strong check: no hidden cell follows from all the sums together.
    assert not determined(grid, hidden), grid


def test_nothing_small_hides_nothing() -> None:
    grid = with_totals([[10, 20], [30, 0]])
    assert suppress(grid) == frozenset()


def test_lone_small_cell_hides_next_smallest_in_row_and_column() -> None:
    grid = with_totals([[3, 10, 50], [20, 12, 40], [30, 60, 70]])
    hidden = suppress(grid)
    # 3 at (0,0); next-smallest in row 0 is 10 at (0,1); in column 0 is 20 at (1,0); the
    # crossing cell 12 at (1,1) closes the rectangle.
    assert hidden == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert not determined(grid, hidden)


def test_small_total_is_hidden() -> None:
    grid = with_totals([[2, 0], [1, 30]])
    hidden = suppress(grid)
    assert (0, 2) in hidden  # the row total 2
    assert not determined(grid, hidden)


def test_known_weakness_of_the_line_rule_is_closed() -> None:
    """Two hidden rectangles sharing one cell's row and column would pass the line check but
    leave a bridge; the function must still hide enough."""
    inner = [[2, 2, 50, 50], [2, 2, 50, 50], [50, 50, 3, 3], [50, 50, 3, 3]]
    grid = with_totals(inner)
    assert not determined(grid, suppress(grid))


def test_ragged_table_is_refused() -> None:
    with pytest.raises(ValueError):
        suppress([[1, 2], [3]])


# -- the interval audit on bare tables (the sheets are audited in test_sharing_audit.py) ------

people = st.lists(
    st.tuples(
        st.integers(0, 4),
        st.integers(0, 4),
        st.integers(0, 2),
        st.one_of(st.just(0), st.just(0), st.integers(1, 300)),
    ),
    min_size=1,
    max_size=40,
)


def _tables(
    persons: list[tuple[int, int, int, int]], column: int
) -> tuple[list[list[int]], list[list[int]]]:
    """(counts, minutes) of persons (row, column a, column b, minutes) by row and column."""
    n_rows = max(p[0] for p in persons) + 1
    n_cols = max(p[column] for p in persons) + 1
    counts = [[0] * n_cols for _ in range(n_rows)]
    minutes = [[0] * n_cols for _ in range(n_rows)]
    for p in persons:
        counts[p[0]][p[column]] += 1
        minutes[p[0]][p[column]] += p[3]
    return with_totals(counts), with_totals(minutes)


def _blocks(pairs: list[tuple[list[list[int]], list[list[int]]]], hidden: Protected) -> list[Block]:
    out = []
    for i, (counts, minutes) in enumerate(pairs):
        for name, grid, mask in (
            ("brukere", counts, hidden.counts[i]),
            ("minutter", minutes, hidden.minutes[i]),
        ):
            out.append(
                Block(
                    name,
                    [str(r) for r in range(len(grid) - 1)],
                    [str(c) for c in range(len(grid[0]) - 1)],
                    shown(grid, mask),
                )
            )
    return out


def _check_tables(persons: list[tuple[int, int, int, int]], threshold: int, linked: bool) -> None:
    pairs = [_tables(persons, 1)] + ([_tables(persons, 2)] if linked else [])
    hidden = protect([c for c, _ in pairs], [m for _, m in pairs], threshold)
    for (counts, _), mask, mmask in zip(pairs, hidden.counts, hidden.minutes, strict=True):
        assert mask <= mmask  # the minutes of a hidden group are hidden with it
        for r, row in enumerate(counts):
            for c, value in enumerate(row):
                assert (r, c) in mask or not is_small(value, threshold)
    blocks = _blocks(pairs, hidden)
    result = audit(blocks, [(0, 2), (1, 3)] if linked else [])
    truth = [grid for pair in pairs for grid in pair]
    assert not failures(result, truth, threshold)


@settings(max_examples=25, deadline=None)
@given(people, st.sampled_from((2, 3, 5, 10)), st.booleans())
def test_tables_pass_the_interval_audit(
    persons: list[tuple[int, int, int, int]], threshold: int, linked: bool
) -> None:
    _check_tables(persons, threshold, linked)


@pytest.mark.slow
@pytest.mark.timeout(900)  # 400 LP audits: 42-108 s on a loaded 2-core machine
@settings(max_examples=400, deadline=None)
@given(people, st.sampled_from((2, 3, 5, 10)), st.booleans())
def test_many_tables_pass_the_interval_audit(
    persons: list[tuple[int, int, int, int]], threshold: int, linked: bool
) -> None:
    _check_tables(persons, threshold, linked)


def _check_part(persons: list[tuple[int, int, int, int]], threshold: int) -> None:
    """The people with minutes are also shown on their own, by row and the second column,
    in the rows that have any of them: some of each row's people of the first table."""
    whole = _tables(persons, 1)
    part_rows = sorted({p[0] for p in persons if p[3]})
    if not part_rows:
        return
    n_cols = max(p[2] for p in persons) + 1
    counts = [[0] * n_cols for _ in part_rows]
    minutes = [[0] * n_cols for _ in part_rows]
    for p in persons:
        if p[3]:
            counts[part_rows.index(p[0])][p[2]] += 1
            minutes[part_rows.index(p[0])][p[2]] += p[3]
    part = (with_totals(counts), with_totals(minutes))
    hidden = protect([whole[0], part[0]], [whole[1], part[1]], threshold, part_of=part_rows)
    for (grid, _), mask in zip((whole, part), hidden.counts, strict=True):
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                assert (r, c) in mask or not is_small(value, threshold)
    blocks = _blocks([whole, part], hidden)
    for block in blocks[2:]:
        block.rows = [str(r) for r in part_rows]
    result = audit(blocks, within=[(2, 0), (3, 1)])
    assert not failures(result, [*whole, *part], threshold)


@settings(max_examples=25, deadline=None)
@given(people, st.sampled_from((2, 3, 5, 10)))
def test_a_table_of_some_of_the_people_passes_with_it(
    persons: list[tuple[int, int, int, int]], threshold: int
) -> None:
    _check_part(persons, threshold)


@pytest.mark.slow
@pytest.mark.timeout(900)
@settings(max_examples=300, deadline=None)
@given(people, st.sampled_from((2, 3, 5, 10)))
def test_many_tables_of_some_of_the_people_pass_with_them(
    persons: list[tuple[int, int, int, int]], threshold: int
) -> None:
    _check_part(persons, threshold)


def test_a_part_shown_in_full_does_not_bound_the_rest() -> None:
    """Deling – intensitet's case in bare tables: row 0 has 3 people, row 1 one, both hidden
    (threshold 3) beside the shown total 4; the 3 of row 0 are shown again as a part. Had the
    tables been protected each on its own, row 1 could hold at most 4 - 3 = 1."""
    whole, part = with_totals([[3], [1]]), with_totals([[3, 0]])
    hidden = protect([whole, part], threshold=3, part_of=[0])
    blocks = [
        Block("brukere", ["0", "1"], ["0"], shown(whole, hidden.counts[0])),
        Block("brukere, noen av dem", ["0"], ["0", "1"], shown(part, hidden.counts[1])),
    ]
    result = audit(blocks, within=[(1, 0)])
    assert not failures(result, [whole, part], 3)
    assert (1, 0) in hidden.counts[0]
    row_1 = next(i for i in result.intervals if (i.block, i.row, i.col) == (0, 1, 0))
    assert row_1.hi >= 3
    alone = protect([whole], threshold=3).counts[0], protect([part], threshold=3).counts[0]
    blocks = [
        Block("brukere", ["0", "1"], ["0"], shown(whole, alone[0])),
        Block("brukere, noen av dem", ["0"], ["0", "1"], shown(part, alone[1])),
    ]
    assert failures(audit(blocks, within=[(1, 0)]), [whole, part], 3)


def test_a_part_larger_than_its_whole_is_refused() -> None:
    with pytest.raises(ValueError):
        protect([with_totals([[3], [1]]), with_totals([[2, 0]])], threshold=3, part_of=[1])


def test_a_lone_group_with_minutes_among_zeros_is_not_given_away() -> None:
    """One person with 105 minutes in a row and column of zero minutes: hiding the count's
    rectangle alone left the 105 exact (the other minutes could not go below 0)."""
    counts = with_totals([[1, 0, 6], [7, 0, 9], [8, 5, 0]])
    minutes = with_totals([[105, 0, 0], [0, 0, 0], [0, 0, 0]])
    hidden = protect([counts], [minutes])
    result = audit(_blocks([(counts, minutes)], hidden))
    assert not failures(result, [counts, minutes], 5)
    assert not result.exact
    cell = next(i for i in result.intervals if (i.block, i.row, i.col) == (1, 0, 0))
    assert cell.hi - cell.lo >= 60


def test_threshold_outside_its_bounds_is_refused() -> None:
    with pytest.raises(ValueError):
        protect([with_totals([[1]])], threshold=1)
