"""The small-count rule for tables that leave a municipality (domain.md, "Small counts in
shared statistics"), as a pure function.

A table is a grid of counts of people whose last row holds the column totals and whose last
column holds the row totals (the bottom-right cell is the grand total). Every cell of 1–4 is
hidden (primary suppression), totals included. Then more cells are hidden (secondary
suppression) until no hidden cell can be worked out from the visible cells and the totals.

Why a graph: give every row and every column of the grid (totals row and column included) a
node, and every cell an edge between its row and its column. The table's sums are then exactly
"at every node, the cells meeting there add up to zero" once the totals are given the opposite
sign, and the grid is bipartite, so the values of the hidden cells that fit the visible ones
form the cycle space of the hidden edges. A hidden cell is pinned down exactly when it lies on
no cycle of hidden cells, that is when it is a *bridge* of the hidden graph. So: while some
hidden cell is a bridge, close a cycle through it along the cheapest path of further cells
(the smallest values, inner cells before totals) — for a lone small cell in a row that is the
next-smallest cell in its row, the next-smallest in its column and the cell where they cross.
A row or column with exactly one hidden cell always has a bridge in it, so the simple check
"no row or column has exactly one hidden cell" follows.

Minutes and hours of a hidden group are hidden with it: callers apply the same mask to them.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

SMALL_LOW = 1
SMALL_HIGH = 4
HIDDEN = ":"

Cell = tuple[int, int]
_TOTAL_PENALTY = 1_000_000_000  # hide a total only when no path of inner cells exists


def is_small(value: int) -> bool:
    return SMALL_LOW <= value <= SMALL_HIGH


def suppress(grid: Sequence[Sequence[int]]) -> frozenset[Cell]:
    """The cells to hide in ``grid`` (rows × columns, totals in the last row and column)."""
    n_rows = len(grid)
    n_cols = len(grid[0]) if n_rows else 0
    if any(len(row) != n_cols for row in grid):
        raise ValueError("every row of the table must have the same length")
    hidden = {(r, c) for r in range(n_rows) for c in range(n_cols) if is_small(grid[r][c])}
    while True:
        bridge = _a_bridge(hidden, n_rows, n_cols)
        if bridge is None:
            return frozenset(hidden)
        hidden |= _cheapest_closing_path(grid, hidden, bridge)


def shown(grid: Sequence[Sequence[int]], hidden: frozenset[Cell] | set[Cell]
          ) -> list[list[int | str]]:
    """The grid as it is shown: hidden cells are ``:``."""
    return [[HIDDEN if (r, c) in hidden else value for c, value in enumerate(row)]
            for r, row in enumerate(grid)]


def _node_of_row(r: int) -> int:
    return r


def _node_of_col(c: int, n_rows: int) -> int:
    return n_rows + c


def _a_bridge(hidden: set[Cell], n_rows: int, n_cols: int) -> Cell | None:
    """A hidden cell that lies on no cycle of hidden cells, or None (Tarjan's bridges)."""
    adjacency: dict[int, list[tuple[int, Cell]]] = {}
    for cell in hidden:
        a, b = _node_of_row(cell[0]), _node_of_col(cell[1], n_rows)
        adjacency.setdefault(a, []).append((b, cell))
        adjacency.setdefault(b, []).append((a, cell))
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    counter = 0
    for root in sorted(adjacency):
        if root in order:
            continue
        order[root] = low[root] = counter
        counter += 1
        # Iterative depth-first search: (node, edge used to reach it, iterator over edges).
        stack: list[tuple[int, Cell | None, int]] = [(root, None, 0)]
        while stack:
            node, via, index = stack[-1]
            edges = adjacency[node]
            if index < len(edges):
                stack[-1] = (node, via, index + 1)
                nxt, cell = edges[index]
                if cell == via:
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                else:
                    order[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append((nxt, cell, 0))
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent] and via is not None:
                        return via
    return None


def _cheapest_closing_path(grid: Sequence[Sequence[int]], hidden: set[Cell],
                           bridge: Cell) -> set[Cell]:
    """Visible cells that, hidden too, put ``bridge`` on a cycle: the cheapest path from its
    column back to its row that does not use the bridge itself (hidden cells cost nothing)."""
    n_rows, n_cols = len(grid), len(grid[0])
    last_row, last_col = n_rows - 1, n_cols - 1

    def cost(cell: Cell) -> int:
        if cell in hidden:
            return 0
        r, c = cell
        value = grid[r][c]
        # Prefer small values (the "next-smallest" cell), then short paths; totals last.
        weight = value * 1000 + 1
        if r == last_row or c == last_col:
            weight += _TOTAL_PENALTY
        return weight

    start = _node_of_col(bridge[1], n_rows)
    goal = _node_of_row(bridge[0])
    best: dict[int, int] = {start: 0}
    came: dict[int, tuple[int, Cell]] = {}
    queue: list[tuple[int, int]] = [(0, start)]
    while queue:
        dist, node = heapq.heappop(queue)
        if node == goal:
            break
        if dist > best.get(node, dist):
            continue
        if node < n_rows:  # a row: its cells lead to the columns
            neighbours = [((node, c), _node_of_col(c, n_rows)) for c in range(n_cols)]
        else:
            col = node - n_rows
            neighbours = [((r, col), _node_of_row(r)) for r in range(n_rows)]
        for cell, nxt in neighbours:
            if cell == bridge:
                continue
            candidate = dist + cost(cell)
            if candidate < best.get(nxt, candidate + 1):
                best[nxt] = candidate
                came[nxt] = (node, cell)
                heapq.heappush(queue, (candidate, nxt))
    if goal not in came:  # a 1-row or 1-column table: nothing can hide the cell but more totals
        raise ValueError("the table is too small to hide a cell safely")
    added: set[Cell] = set()
    node = goal
    while node != start:
        node, cell = came[node]
        if cell not in hidden:
            added.add(cell)
    return added
