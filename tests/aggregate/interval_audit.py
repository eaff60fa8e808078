"""The interval audit of a sharing sheet, done the way a reader with a solver would: read the
tables back from the written workbook, write down every equation the sheet publishes (each
row and column of a table sums to its total; the two tables of *Deling – kommuner* share
their row totals; a group shown with 0 people has 0 minutes), and for every hidden cell find
the smallest and largest value consistent with them, with values never negative and whole
(scipy's HiGHS: ``linprog``, and ``milp`` for whole numbers where the LP bound is not one).

Tables of people that are some of another table's people (those followed over the summer, of
all clients) add inequalities: each row total at most the other's.

The protection interval it checks (docs/sharing-and-suppression.md), threshold N:
- a hidden count x from 1 to N - 1: hi >= N and lo <= x - 1;
- the minutes of such a group, x minutes: hi - lo >= max(MINUTES_FLOOR, x * MINUTES_SHARE);
- any other hidden cell: hi - lo >= 1 (not worked out exactly).
This is the test oracle; the shipped code finds intervals with network flows instead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from rehablogg.aggregate.suppression import HIDDEN

Shown = int | str


@dataclass
class Block:
    """One table as read from a sheet: a title, then ``kommune``, the columns and ``i alt``,
    then the rows, the last of them ``i alt``."""

    title: str
    rows: list[str]
    columns: list[str]
    cells: list[list[Shown]]

    @property
    def is_minutes(self) -> bool:
        return "minutter" in self.title


def read_blocks(rows: Sequence[Sequence[object]]) -> list[Block]:
    """Every count or minutes table of a shared sheet (medians are not sums and are left out)."""
    blocks = []
    for i in range(len(rows) - 1):
        title, header = rows[i], rows[i + 1]
        if not (title and isinstance(title[0], str) and header and header[0] == "kommune"):
            continue
        if title[0].startswith("median"):
            continue
        columns = [str(v) for v in header[1:] if v is not None]
        assert columns[-1] == "i alt", header
        body: list[list[Shown]] = []
        labels: list[str] = []
        for r in rows[i + 2 :]:
            if not r or all(v is None for v in r):
                break
            labels.append(str(r[0]))
            values = list(r[1 : len(columns) + 1])
            assert all(v == HIDDEN or isinstance(v, int) for v in values), r
            body.append(values)  # type: ignore[arg-type]
        assert labels[-1] == "i alt", labels
        blocks.append(Block(title[0], labels[:-1], columns[:-1], body))
    return blocks


@dataclass
class Interval:
    block: int
    row: int
    col: int
    lo: float
    hi: float


@dataclass
class Audit:
    blocks: list[Block]
    intervals: list[Interval] = field(default_factory=list)

    @property
    def hidden(self) -> int:
        return len(self.intervals)

    @property
    def exact(self) -> list[Interval]:
        return [i for i in self.intervals if i.hi - i.lo < 0.5]


def audit(
    blocks: list[Block],
    linked: Sequence[tuple[int, int]] = (),
    within: Sequence[tuple[int, int]] = (),
) -> Audit:
    """Intervals of every hidden cell. ``linked``: pairs of blocks sharing their row totals
    and grand total. ``within``: pairs (part, whole) where the people of block ``part`` are
    some of those of block ``whole`` (so each row total, and the grand total, is at most the
    whole's for the same row). A minutes block's counts are the block before it."""
    index: dict[tuple[int, int, int], int] = {}
    for b, block in enumerate(blocks):
        for r, row in enumerate(block.cells):
            for c, value in enumerate(row):
                if value == HIDDEN:
                    index[(b, r, c)] = len(index)
    result = Audit(blocks)
    if not index:
        return result
    equations: list[tuple[dict[int, int], int]] = []  # (coefficients, right-hand side)

    inequalities: list[tuple[dict[int, int], int]] = []  # coefficients · y <= right side

    def add(terms: list[tuple[tuple[int, int, int], int]], at_most: bool = False) -> None:
        coefs: dict[int, int] = {}
        rhs = 0
        for (b, r, c), sign in terms:
            value = blocks[b].cells[r][c]
            if value == HIDDEN:
                coefs[index[(b, r, c)]] = coefs.get(index[(b, r, c)], 0) + sign
            else:
                rhs -= sign * int(value)
        if coefs:
            (inequalities if at_most else equations).append((coefs, rhs))
        else:
            assert rhs >= 0 if at_most else rhs == 0, ("the published sums disagree", terms)

    for b, block in enumerate(blocks):
        n_rows, n_cols = len(block.cells), len(block.cells[0])
        for r in range(n_rows):
            add([((b, r, c), 1) for c in range(n_cols - 1)] + [((b, r, n_cols - 1), -1)])
        for c in range(n_cols):
            add([((b, r, c), 1) for r in range(n_rows - 1)] + [((b, n_rows - 1, c), -1)])
        if block.is_minutes and b > 0 and not blocks[b - 1].is_minutes:
            counts = blocks[b - 1].cells
            for r in range(n_rows):
                for c in range(n_cols):
                    if counts[r][c] == 0:
                        add([((b, r, c), 1)])
    for first, second in linked:
        a, z = blocks[first], blocks[second]
        assert len(a.cells) == len(z.cells)
        for r in range(len(a.cells)):
            add([((first, r, len(a.cells[0]) - 1), 1), ((second, r, len(z.cells[0]) - 1), -1)])

    for part, whole in within:
        small, big = blocks[part], blocks[whole]
        last_small, last_big = len(small.cells[0]) - 1, len(big.cells[0]) - 1
        for r, label in enumerate([*small.rows, "i alt"]):
            r_big = len(big.rows) if label == "i alt" else big.rows.index(label)
            add([((part, r, last_small), 1), ((whole, r_big, last_big), -1)], at_most=True)

    n = len(index)

    def dense(rows: list[tuple[dict[int, int], int]]) -> tuple[np.ndarray, np.ndarray]:
        matrix = np.zeros((len(rows), n))
        rhs = np.zeros(len(rows))
        for i, (coefs, value) in enumerate(rows):
            for j, coef in coefs.items():
                matrix[i, j] = coef
            rhs[i] = value
        return matrix, rhs

    matrix, rhs = dense(equations)
    upper, upper_rhs = dense(inequalities)
    constraints = [LinearConstraint(matrix, rhs, rhs)] if equations else []
    if inequalities:
        constraints.append(LinearConstraint(upper, -np.inf, upper_rhs))
    whole = np.ones(n)

    def bound(goal: np.ndarray) -> float:
        """min goal·y: the LP first (it also tells an unbounded side); the MILP only when
        the LP's bound is not a whole number (never here, the sums being a network, but the
        oracle does not lean on that)."""
        relaxed = linprog(
            goal,
            A_eq=matrix if equations else None,
            b_eq=rhs if equations else None,
            A_ub=upper if inequalities else None,
            b_ub=upper_rhs if inequalities else None,
            bounds=(0, None),
            method="highs",
        )
        if relaxed.status == 3:
            return -math.inf
        assert relaxed.status == 0, relaxed.message
        if abs(relaxed.fun - round(relaxed.fun)) < 1e-7:
            return float(round(relaxed.fun))
        exact = milp(goal, constraints=constraints, integrality=whole, bounds=Bounds(0, np.inf))
        assert exact.status == 0, exact.message
        return float(exact.fun)

    for (b, r, c), j in index.items():
        goal = np.zeros(n)
        goal[j] = 1
        result.intervals.append(Interval(b, r, c, bound(goal), -bound(-goal)))
    return result


def failures(result: Audit, truth: Sequence[Sequence[Sequence[int]]], threshold: int) -> list[str]:
    """The hidden cells whose interval is narrower than the protection interval; ``truth``
    holds every block's true values, in the same order as the blocks."""
    from rehablogg.aggregate.suppression import MINUTES_FLOOR, MINUTES_SHARE

    out = []
    for i in result.intervals:
        block = result.blocks[i.block]
        x = truth[i.block][i.row][i.col]
        where = f"{block.title} [{i.row}, {i.col}] = {x}: [{i.lo}, {i.hi}]"
        if not i.lo <= x <= i.hi:
            out.append(f"{where} does not even hold the true value")
        elif block.is_minutes:
            count = truth[i.block - 1][i.row][i.col]
            need = max(MINUTES_FLOOR, math.ceil(x * MINUTES_SHARE)) if 1 <= count < threshold else 1
            if i.hi - i.lo < need:
                out.append(f"{where} narrower than {need}")
        elif 1 <= x < threshold:
            if i.hi < threshold or i.lo > x - 1:
                out.append(f"{where}: a small count must reach {x - 1} and {threshold}")
        elif i.hi - i.lo < 1:
            out.append(f"{where} worked out exactly")
    return out
