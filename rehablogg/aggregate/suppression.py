"""The small-count rule for tables that leave a municipality, as pure functions: which cells of
a people-count table (and of the minutes table beside it) to hide so that no hidden value can be
worked out, or narrowed down too far, from what the sheet shows. docs/sharing-and-suppression.md
explains the rule for readers; this text says how the code does it.

**Tables.** A grid has its column totals in the last row and its row totals in the last column
(the bottom-right cell is the grand total), and every total is the sum of its cells. Two grids
may share their row totals and grand total (the same people by municipality, once by age group
and once by service): they are protected together.

**What a reader knows.** Every visible cell, every sum, that no value is negative, that counts
and minutes are whole numbers, and that a group shown with 0 people has 0 minutes. The values of
the hidden cells that fit all of that form, for each hidden cell, an interval ``[lo, hi]``.

**Protection interval** (threshold ``N``: counts from 1 to N - 1 are *small*):
- a small count ``x``: ``hi >= N`` and ``lo <= x - 1`` (the reader cannot tell that the group
  is small rather than one that would have been shown, nor that it is not one person smaller:
  a hidden 1 may be empty);
- the minutes of a small group, ``x`` minutes: ``hi - lo >= max(MINUTES_FLOOR, x * MINUTES_SHARE)``;
- every other hidden cell: ``hi - lo >= 1`` (a ``:`` never hides a number the reader can work
  out exactly).

**Why a network.** Give the table the nodes S and T, one per column and one per row, and make
every cell an arc: an inner cell from its column to its row, a column total from S to its column,
a row total from its row to T, the grand total from T back to S. The sums are then exactly
"flow is conserved at every node", every published value is the flow on its arc and flows are
not negative. (Two grids sharing row totals chain the same way: the first grid's rows end in the
shared row-total arcs, which lead into the second grid's rows.) Changing hidden cells while
keeping every sum is sending a circulation through hidden arcs; an arc can take any increase but
can give up only its current value. So how far hidden cell *e* can rise is a maximum flow from
its head back to its tail through the other hidden arcs, and how far it can fall a maximum flow
from its tail to its head (capped at its value). Such network matrices are totally unimodular,
so the real-valued bounds are also the whole-number ones.

**Secondary suppression** is the shortest-path heuristic for positive tables (Castro 2007,
after Kelly, Golden and Assad 1992): for each hidden cell whose interval is too narrow, push
flow along cheapest paths in which already-hidden arcs cost nothing and a visible arc costs its
weight (small values first, totals only when nothing else will do), hiding every arc on them,
until the missing width is covered. Hiding more never narrows an interval, so a cell once
protected stays protected; the cells hidden on the way are checked in turn, until none is
left. Hiding the whole grid always suffices: each cell then lies on a cycle through its row
total, column total and the grand total that may grow without bound, so the loop ends.

Minutes follow their counts: every cell whose count is hidden is hidden in the minutes table,
and further minutes cells are hidden where the minutes themselves give a value away.
"""

from __future__ import annotations

import heapq
import math
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rehablogg.core.pilot import DEFAULT_SMALL_COUNT_THRESHOLD, SMALL_COUNT_THRESHOLD_RANGE

# The threshold is the pilot's (core.pilot): counts from 1 to one below it are hidden.
DEFAULT_THRESHOLD = DEFAULT_SMALL_COUNT_THRESHOLD
MIN_THRESHOLD, MAX_THRESHOLD = SMALL_COUNT_THRESHOLD_RANGE
MINUTES_FLOOR = 60  # a hidden group's minutes can never be narrowed below an hour
MINUTES_SHARE = 0.5  # … nor below half of their value
HIDDEN = ":"

Cell = tuple[int, int]
Grid = Sequence[Sequence[int]]
_TOTAL_WEIGHT = 1_000_000_000  # hide a total only when no path of inner cells does
_UNBOUNDED = math.inf


def is_small(value: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    return 1 <= value < threshold


@dataclass(frozen=True)
class Requirement:
    """What a hidden cell's interval ``[lo, hi]`` around its value ``x`` must reach:
    ``hi >= x + up``, ``lo <= x - down`` and ``hi - lo >= width``."""

    up: int = 0
    down: int = 0
    width: int = 0


def count_requirement(value: int, threshold: int = DEFAULT_THRESHOLD) -> Requirement:
    if is_small(value, threshold):
        return Requirement(up=threshold - value, down=1)
    return Requirement(width=1)


def minutes_requirement(value: int, small_group: bool) -> Requirement:
    if small_group:
        return Requirement(width=max(MINUTES_FLOOR, math.ceil(value * MINUTES_SHARE)))
    return Requirement(width=1)


@dataclass(frozen=True)
class Protected:
    """The cells to hide, one set per grid, for the counts and for the minutes."""

    counts: tuple[frozenset[Cell], ...]
    minutes: tuple[frozenset[Cell], ...]


def suppress(grid: Grid, threshold: int = DEFAULT_THRESHOLD) -> frozenset[Cell]:
    """The cells to hide in one people-count ``grid`` (totals in the last row and column)."""
    return protect([grid], threshold=threshold).counts[0]


def protect(counts: Sequence[Grid], minutes: Sequence[Grid] | None = None,
            threshold: int = DEFAULT_THRESHOLD) -> Protected:
    """Hide cells in one count grid, or two that share their row totals and grand total, and
    in the minutes grids of the same shape (one per count grid) when given."""
    if not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        raise ValueError(f"threshold {threshold} outside {MIN_THRESHOLD}–{MAX_THRESHOLD}")
    net = _Network(counts)
    values = net.values(counts)
    hidden = {a for a, x in enumerate(values) if is_small(x, threshold)}
    hidden = _protect(net, values, hidden,
                      lambda a: count_requirement(values[a], threshold), lambda a: True)
    count_masks = net.masks(hidden)
    if minutes is None:
        return Protected(count_masks, tuple(frozenset() for _ in counts))
    mvalues = net.values(minutes)
    small = {a for a, x in enumerate(values) if is_small(x, threshold)}
    # A group shown with 0 people shows that it has 0 minutes: such a cell pins nothing open.
    usable = [a in hidden or values[a] != 0 for a in range(len(values))]
    mhidden = _protect(net, mvalues, set(hidden),
                       lambda a: minutes_requirement(mvalues[a], a in small),
                       lambda a: usable[a])
    return Protected(count_masks, net.masks(mhidden))


def shown(grid: Grid, hidden: frozenset[Cell] | set[Cell]) -> list[list[int | str]]:
    """The grid as it is shown: hidden cells are ``:``."""
    return [[HIDDEN if (r, c) in hidden else value for c, value in enumerate(row)]
            for r, row in enumerate(grid)]


# -- the network -------------------------------------------------------------------------------


class _Network:
    """Arcs (tail, head) for the cells of one grid or two linked grids; a shared cell is one
    arc. Node 0 is S, node 1 is T."""

    def __init__(self, grids: Sequence[Grid]) -> None:
        if not 1 <= len(grids) <= 2:
            raise ValueError("one table, or two that share their row totals")
        for grid in grids:
            if not grid or not grid[0] or any(len(row) != len(grid[0]) for row in grid):
                raise ValueError("every row of the table must have the same length")
            if len(grid) < 2 or len(grid[0]) < 2:
                raise ValueError("a table needs a totals row and a totals column")
        if len(grids) == 2:
            first, second = grids
            if len(first) != len(second) or any(
                    a[-1] != b[-1] for a, b in zip(first, second, strict=True)):
                raise ValueError("linked tables must have the same row totals")
        self.arcs: list[tuple[int, int]] = []
        self.is_total: list[bool] = []
        self.cells: list[list[tuple[int, int, int]]] = []  # arc: (grid, row, column)
        self.arc_of: dict[tuple[int, int, int], int] = {}
        self.shape = [(len(g), len(g[0])) for g in grids]
        nodes = 2
        n_rows = len(grids[0]) - 1
        row_in = list(range(nodes, nodes + n_rows))
        nodes += n_rows
        row_out = list(range(nodes, nodes + n_rows)) if len(grids) == 2 else None
        nodes += n_rows if row_out else 0
        for t, (rows, cols) in enumerate(self.shape):
            col_nodes = list(range(nodes, nodes + cols - 1))
            nodes += cols - 1
            for r in range(rows):
                for c in range(cols):
                    last_r, last_c = r == rows - 1, c == cols - 1
                    if t == 1 and last_c:  # the row totals and grand total of the first grid
                        self._same(t, r, c, (0, r, self.shape[0][1] - 1))
                        continue
                    if last_r and last_c:
                        tail, head = 1, 0
                    elif last_c:
                        tail, head = row_in[r], (row_out[r] if row_out else 1)
                    elif t == 0:
                        tail, head = (0, col_nodes[c]) if last_r else (col_nodes[c], row_in[r])
                    else:  # the second grid runs from the shared rows to T
                        assert row_out is not None
                        tail, head = (col_nodes[c], 1) if last_r else (row_out[r], col_nodes[c])
                    self._arc(t, r, c, tail, head, last_r or last_c)
        self.n_nodes = nodes

    def _arc(self, t: int, r: int, c: int, tail: int, head: int, total: bool) -> None:
        self.arc_of[(t, r, c)] = len(self.arcs)
        self.arcs.append((tail, head))
        self.is_total.append(total)
        self.cells.append([(t, r, c)])

    def _same(self, t: int, r: int, c: int, other: tuple[int, int, int]) -> None:
        arc = self.arc_of[other]
        self.arc_of[(t, r, c)] = arc
        self.cells[arc].append((t, r, c))

    def values(self, grids: Sequence[Grid]) -> list[int]:
        if [(len(g), len(g[0]) if g else 0) for g in grids] != self.shape:
            raise ValueError("the minutes tables must have the shape of the count tables")
        out = [0] * len(self.arcs)
        for (t, r, c), arc in self.arc_of.items():
            value = int(grids[t][r][c])
            if value < 0:
                raise ValueError("a table of people or minutes has no negative values")
            out[arc] = value
        return out

    def masks(self, hidden: set[int]) -> tuple[frozenset[Cell], ...]:
        out: list[set[Cell]] = [set() for _ in self.shape]
        for arc in hidden:
            for t, r, c in self.cells[arc]:
                out[t].add((r, c))
        return tuple(frozenset(m) for m in out)


# -- protection --------------------------------------------------------------------------------


def _protect(net: _Network, values: list[int], hidden: set[int],
             requirement: Callable[[int], Requirement],
             usable: Callable[[int], bool]) -> set[int]:
    def weight(arc: int) -> float:
        return 1 + values[arc] + (_TOTAL_WEIGHT if net.is_total[arc] else 0)

    pusher = _Pusher(net, values, hidden, weight, usable)
    # Hiding more only widens intervals, so a cell found protected stays protected: each
    # pass checks the cells hidden since the last one, until a pass hides nothing new.
    checked: set[int] = set()
    while hidden - checked:
        # Cells with a real requirement first: their complements get checked in turn.
        for arc in sorted(hidden - checked, key=lambda a: (requirement(a).width == 1, a)):
            checked.add(arc)
            need = requirement(arc)
            short = False
            if need.down and pusher.room(arc, down=True, limit=need.down) < need.down:
                short = True
                pusher.open(arc, down=True, amount=need.down)
            if need.up and pusher.room(arc, down=False, limit=need.up) < need.up:
                short = True
                pusher.open(arc, down=False, amount=need.up)
            if need.width:
                fall = pusher.room(arc, down=True, limit=need.width)
                if fall + pusher.room(arc, down=False, limit=need.width) < need.width:
                    short = True
                    pusher.open(arc, down=False, amount=need.width - fall)
            if short and not pusher.holds(arc, need):
                # Only arcs that may not be hidden stood in the way (a path through a group
                # shown as 0 people): hide every arc that may be, which always suffices.
                hidden |= {a for a in range(len(values)) if usable(a)}
    return hidden


class _Pusher:
    def __init__(self, net: _Network, values: list[int], hidden: set[int],
                 weight: Callable[[int], float], usable: Callable[[int], bool]) -> None:
        self.net, self.values, self.hidden = net, values, hidden
        self.weight, self.usable = weight, usable
        self.out: list[list[int]] = [[] for _ in range(net.n_nodes)]
        self.into: list[list[int]] = [[] for _ in range(net.n_nodes)]
        for arc, (tail, head) in enumerate(net.arcs):
            self.out[tail].append(arc)
            self.into[head].append(arc)

    def room(self, arc: int, *, down: bool, limit: int) -> int:
        """How far ``arc`` can move (down or up) through hidden arcs, up to ``limit``."""
        moved, _ = self._push(arc, down, limit, hide=False)
        return moved

    def holds(self, arc: int, need: Requirement) -> bool:
        fall = self.room(arc, down=True, limit=max(need.down, need.width))
        rise = self.room(arc, down=False, limit=max(need.up, need.width))
        return fall >= need.down and rise >= need.up and fall + rise >= need.width

    def open(self, arc: int, *, down: bool, amount: int) -> None:
        """Hide the cheapest further arcs that let ``arc`` move ``amount``."""
        _, added = self._push(arc, down, amount, hide=True)
        self.hidden |= added

    def _push(self, target: int, down: bool, amount: int, hide: bool
              ) -> tuple[int, set[int]]:
        tail, head = self.net.arcs[target]
        if down:  # the others carry what the target gives up, from its tail to its head
            amount = min(amount, self.values[target])
            source, sink = tail, head
        else:  # the others bring the extra back from its head to its tail
            source, sink = head, tail
        change: dict[int, int] = {}
        added: set[int] = set()
        moved = 0
        while moved < amount:
            path = self._cheapest(source, sink, target, change, added, hide)
            if path is None:
                break
            step = amount - moved
            for arc, forward in path:
                if not forward:
                    step = min(step, self.values[arc] + change.get(arc, 0))
            for arc, forward in path:
                change[arc] = change.get(arc, 0) + (step if forward else -step)
                if arc not in self.hidden:
                    added.add(arc)
            moved += step
        return moved, added

    def _cheapest(self, source: int, sink: int, target: int, change: dict[int, int],
                  added: set[int], hide: bool) -> list[tuple[int, bool]] | None:
        """The cheapest path with room from ``source`` to ``sink`` (Dijkstra): (arc, forward)
        steps. Forward along an arc always has room; backward only its current value."""
        if not hide:
            return self._through_hidden(source, sink, target, change)
        best = {source: 0.0}
        came: dict[int, tuple[int, int, bool]] = {}
        queue: list[tuple[float, int]] = [(0.0, source)]
        while queue:
            dist, node = heapq.heappop(queue)
            if node == sink:
                break
            if dist > best[node]:
                continue
            steps = [(a, True, self.net.arcs[a][1]) for a in self.out[node]]
            steps += [(a, False, self.net.arcs[a][0]) for a in self.into[node]]
            for arc, forward, nxt in steps:
                if arc == target:
                    continue
                if not forward and self.values[arc] + change.get(arc, 0) <= 0:
                    continue
                if arc in self.hidden or arc in added:
                    cost = 0.0
                elif hide and self.usable(arc):
                    cost = self.weight(arc)
                else:
                    continue
                if dist + cost < best.get(nxt, _UNBOUNDED):
                    best[nxt] = dist + cost
                    came[nxt] = (node, arc, forward)
                    heapq.heappush(queue, (dist + cost, nxt))
        return _path(came, source, sink)

    def _through_hidden(self, source: int, sink: int, target: int, change: dict[int, int]
                        ) -> list[tuple[int, bool]] | None:
        """A path with room through hidden arcs only (breadth first: all cost nothing)."""
        came: dict[int, tuple[int, int, bool]] = {source: (source, -1, True)}
        queue = deque([source])
        while queue and sink not in came:
            node = queue.popleft()
            for arc in self.out[node]:
                nxt = self.net.arcs[arc][1]
                if nxt not in came and arc != target and arc in self.hidden:
                    came[nxt] = (node, arc, True)
                    queue.append(nxt)
            for arc in self.into[node]:
                nxt = self.net.arcs[arc][0]
                if (nxt not in came and arc != target and arc in self.hidden
                        and self.values[arc] + change.get(arc, 0) > 0):
                    came[nxt] = (node, arc, False)
                    queue.append(nxt)
        return _path(came, source, sink)


def _path(came: dict[int, tuple[int, int, bool]], source: int, sink: int
          ) -> list[tuple[int, bool]] | None:
    if sink not in came or sink == source:
        return None
    path = []
    node = sink
    while node != source:
        node, arc, forward = came[node]
        path.append((arc, forward))
    return path
