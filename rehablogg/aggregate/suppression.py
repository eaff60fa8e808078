"""The small-count rule for tables that leave a municipality, as pure functions: which cells of
a people-count table (and of the minutes table beside it) to hide so that no hidden value can be
worked out, or narrowed down too far, from what the sheet shows. docs/sharing-and-suppression.md
explains the rule for readers; this text says how the code does it.

**Tables.** A grid has its column totals in the last row and its row totals in the last column
(the bottom-right cell is the grand total), and every total is the sum of its cells. Two grids
may share their row totals and grand total (the same people by municipality, once by age group
and once by service), or the second may count some of the first's people (those followed over
the summer, of all clients): each of its rows holds some of the people of one row of the first,
so its row total is at most that row's. Either way the two are protected together.

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
shared row-total arcs, which lead into the second grid's rows. A second grid of some of the
first's people hangs off the first's row totals too: from the end of a first row, its part
runs through the second grid's row total, cells and column totals, and its grand total to T,
and the rest, who are not in the second grid, straight to T on an arc of their own; those
arcs are published nowhere, so they are hidden from the start and need no protection.)
Changing hidden cells while
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


def protect(
    counts: Sequence[Grid],
    minutes: Sequence[Grid] | None = None,
    threshold: int = DEFAULT_THRESHOLD,
    part_of: Sequence[int] | None = None,
) -> Protected:
    """Hide cells in one count grid, or two that share their row totals and grand total, and
    in the minutes grids of the same shape (one per count grid) when given. With ``part_of``,
    the second grid's people are instead some of the first's: those of its row ``i`` are
    some of those of the first grid's row ``part_of[i]``."""
    if not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        raise ValueError(f"threshold {threshold} outside {MIN_THRESHOLD}–{MAX_THRESHOLD}")
    net = _Network(counts, part_of)
    values = net.values(counts)
    small = {a for a, x in enumerate(values) if is_small(x, threshold) and a not in net.unpublished}
    hidden = _protect(
        net,
        values,
        small | net.unpublished,
        lambda a: count_requirement(values[a], threshold),
        lambda a: True,
    )
    count_masks = net.masks(hidden)
    if minutes is None:
        return Protected(count_masks, tuple(frozenset() for _ in counts))
    mvalues = net.values(minutes)
    # A group shown with 0 people shows that it has 0 minutes: such a cell pins nothing open.
    usable = [a in hidden or values[a] != 0 for a in range(len(values))]
    mhidden = _protect(
        net,
        mvalues,
        set(hidden),
        lambda a: minutes_requirement(mvalues[a], a in small),
        lambda a: usable[a],
    )
    return Protected(count_masks, net.masks(mhidden))


def shown(grid: Grid, hidden: frozenset[Cell] | set[Cell]) -> list[list[int | str]]:
    """The grid as it is shown: hidden cells are ``:``."""
    return [
        [HIDDEN if (r, c) in hidden else value for c, value in enumerate(row)]
        for r, row in enumerate(grid)
    ]


# -- the network -------------------------------------------------------------------------------


def _check_grids(grids: Sequence[Grid]) -> None:
    if not 1 <= len(grids) <= 2:
        raise ValueError("one table, or two that share their row totals")
    for grid in grids:
        if not grid or not grid[0] or any(len(row) != len(grid[0]) for row in grid):
            raise ValueError("every row of the table must have the same length")
        if len(grid) < 2 or len(grid[0]) < 2:
            raise ValueError("a table needs a totals row and a totals column")


def _check_same_people(first: Grid, second: Grid) -> None:
    if len(first) != len(second) or any(a[-1] != b[-1] for a, b in zip(first, second, strict=True)):
        raise ValueError("linked tables must have the same row totals")


def _check_part(grids: Sequence[Grid], part_of: Sequence[int]) -> None:
    if (
        len(grids) != 2
        or len(part_of) != len(grids[1]) - 1
        or len(set(part_of)) != len(part_of)
        or not all(0 <= r < len(grids[0]) - 1 for r in part_of)
    ):
        raise ValueError("each row of the part must belong to its own row of the whole")


class _Network:
    """Arcs (tail, head) for the cells of one grid or two linked grids; a shared cell is one
    arc. Node 0 is S, node 1 is T. With ``part_of``, the second grid holds some of the first's
    people (``protect``), and the unpublished arcs of those not in it are ``unpublished``."""

    def __init__(self, grids: Sequence[Grid], part_of: Sequence[int] | None = None) -> None:
        _check_grids(grids)
        self.shape = [(len(g), len(g[0])) for g in grids]
        if part_of is None and len(grids) == 2:
            _check_same_people(grids[0], grids[1])
        if part_of is not None:
            _check_part(grids, part_of)
        self.arcs: list[tuple[int, int]] = []
        self.is_total: list[bool] = []
        self.cells: list[list[tuple[int, int, int]]] = []  # arc: (grid, row, column)
        self.arc_of: dict[tuple[int, int, int], int] = {}
        # Arcs no sheet shows: those of each first row's people not in a part (see protect),
        # as (arc, row of the first grid, the part's rows within it).
        self.rest: list[tuple[int, int, list[int]]] = []
        self.unpublished: set[int] = set()
        self.n_nodes = 2
        row_in = self._nodes(len(grids[0]) - 1)
        # With a second grid, the first grid's row totals end in a node of their own.
        row_out = self._nodes(len(row_in)) if len(grids) == 2 else [1] * len(row_in)
        self._first(row_in, row_out)
        if part_of is not None:
            self._part(row_out, part_of)
        elif len(grids) == 2:
            self._same_people(row_out)

    def _nodes(self, n: int) -> list[int]:
        first = self.n_nodes
        self.n_nodes += n
        return list(range(first, first + n))

    def _first(self, row_in: list[int], row_out: list[int]) -> None:
        """Column totals from S into the columns, cells from a column into a row, row totals
        from ``row_in`` to ``row_out``, the grand total from T back to S."""
        rows, cols = self.shape[0]
        columns = self._nodes(cols - 1)
        for r in range(rows):
            for c in range(cols):
                last_r, last_c = r == rows - 1, c == cols - 1
                if last_r and last_c:
                    tail, head = 1, 0
                elif last_c:
                    tail, head = row_in[r], row_out[r]
                elif last_r:
                    tail, head = 0, columns[c]
                else:
                    tail, head = columns[c], row_in[r]
                self._arc(0, r, c, tail, head, last_r or last_c)

    def _same_people(self, row_out: list[int]) -> None:
        """A second grid of the same people: its row totals and grand total are the first's
        arcs; cells from the end of a row into a column, column totals on to T."""
        rows, cols = self.shape[1]
        columns = self._nodes(cols - 1)
        for r in range(rows):
            for c in range(cols):
                last_r, last_c = r == rows - 1, c == cols - 1
                if last_c:
                    self._same(1, r, c, (0, r, self.shape[0][1] - 1))
                elif last_r:
                    self._arc(1, r, c, columns[c], 1, True)
                else:
                    self._arc(1, r, c, row_out[r], columns[c], False)

    def _part(self, row_out: list[int], part_of: Sequence[int]) -> None:
        """A second grid of some of the first's people: a row runs from the end of its row of
        the first grid through its own row total, then cells into columns, column totals
        into one node and the grand total on to T. The rest of each first row's people go
        from its end straight to T on an arc no sheet shows."""
        rows, cols = self.shape[1]
        part_rows = self._nodes(rows - 1)
        columns = self._nodes(cols - 1)
        gather = self._nodes(1)[0]
        for r, row in enumerate(part_of):
            self._arc(1, r, cols - 1, row_out[row], part_rows[r], True)
        for r in range(rows):
            for c in range(cols):
                last_r, last_c = r == rows - 1, c == cols - 1
                if last_r and last_c:
                    tail, head = gather, 1
                elif last_c:
                    continue  # the row totals, above
                elif last_r:
                    tail, head = columns[c], gather
                else:
                    tail, head = part_rows[r], columns[c]
                self._arc(1, r, c, tail, head, last_r or last_c)
        for r, end in enumerate(row_out):
            self.rest.append((len(self.arcs), r, [i for i, w in enumerate(part_of) if w == r]))
            self.unpublished.add(len(self.arcs))
            self.arcs.append((end, 1))
            self.is_total.append(True)
            self.cells.append([])

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
        for arc, r, part_rows in self.rest:
            out[arc] = int(grids[0][r][-1]) - sum(int(grids[1][i][-1]) for i in part_rows)
            if out[arc] < 0:
                raise ValueError("a row of the part holds more than its row of the whole")
        return out

    def masks(self, hidden: set[int]) -> tuple[frozenset[Cell], ...]:
        out: list[set[Cell]] = [set() for _ in self.shape]
        for arc in hidden:
            for t, r, c in self.cells[arc]:
                out[t].add((r, c))
        return tuple(frozenset(m) for m in out)


# -- protection --------------------------------------------------------------------------------


def _protect(
    net: _Network,
    values: list[int],
    hidden: set[int],
    requirement: Callable[[int], Requirement],
    usable: Callable[[int], bool],
) -> set[int]:
    def weight(arc: int) -> float:
        return 1 + values[arc] + (_TOTAL_WEIGHT if net.is_total[arc] else 0)

    pusher = _Pusher(net, values, hidden, weight, usable)
    # Hiding more only widens intervals, so a cell found protected stays protected: each
    # pass checks the cells hidden since the last one, until a pass hides nothing new.
    # Unpublished arcs are nobody's cell: nothing to protect there.
    checked: set[int] = set(net.unpublished)
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
    def __init__(
        self,
        net: _Network,
        values: list[int],
        hidden: set[int],
        weight: Callable[[int], float],
        usable: Callable[[int], bool],
    ) -> None:
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

    def _push(self, target: int, down: bool, amount: int, hide: bool) -> tuple[int, set[int]]:
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

    def _cheapest(
        self,
        source: int,
        sink: int,
        target: int,
        change: dict[int, int],
        added: set[int],
        hide: bool,
    ) -> list[tuple[int, bool]] | None:
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

    def _through_hidden(
        self, source: int, sink: int, target: int, change: dict[int, int]
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
                if (
                    nxt not in came
                    and arc != target
                    and arc in self.hidden
                    and self.values[arc] + change.get(arc, 0) > 0
                ):
                    came[nxt] = (node, arc, False)
                    queue.append(nxt)
        return _path(came, source, sink)


def _path(
    came: dict[int, tuple[int, int, bool]], source: int, sink: int
) -> list[tuple[int, bool]] | None:
    if sink not in came or sink == source:
        return None
    path = []
    node = sink
    while node != source:
        node, arc, forward = came[node]
        path.append((arc, forward))
    return path
