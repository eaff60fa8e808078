"""Clients turning 6, 16 and 18 in the next five years."""

from __future__ import annotations

from rehablogg.core.periods import Month
from rehablogg.core.transitions import (
    TransitionClient,
    reference_year_of,
    transitions_ahead,
    turning,
    years_ahead,
)


def test_years_ahead_and_reference_year() -> None:
    assert years_ahead(2025) == (2026, 2027, 2028, 2029, 2030)
    assert reference_year_of(["2024-11", "2025-03", "2025-01"]) == 2025
    assert reference_year_of([Month(2026, 12)]) == 2026
    assert reference_year_of([]) is None


def test_turning() -> None:
    assert turning(2010, 2025) == [(16, 2026), (18, 2028)]
    assert turning(2020, 2025) == [(6, 2026)]
    assert turning(2012, 2025) == [(16, 2028), (18, 2030)]
    assert turning(2007, 2025) == []  # turned 18 in the reference year itself: not ahead
    assert turning(2025, 2025) == []  # 6 in 2031 is beyond five years
    assert turning(None, 2025) == []


def test_counts_per_group_with_planning_minutes() -> None:
    clients = [
        TransitionClient("a", 2010, {"4601 Barn": 90}),
        TransitionClient("b", 2010, {"4601 Barn": 0, "0301 Frogner": 30}),
        TransitionClient("c", 2021, {"4601 Barn": 0}),
        TransitionClient("d", None, {"4601 Barn": 60}),
    ]
    cells = transitions_ahead(clients, 2025)
    assert cells[("4601 Barn", 16, 2026)].clients == {"a", "b"}
    assert cells[("4601 Barn", 16, 2026)].planning_minutes == 90
    assert cells[("4601 Barn", 18, 2028)].clients == {"a", "b"}
    assert cells[("0301 Frogner", 18, 2028)].planning_minutes == 30
    assert cells[("4601 Barn", 6, 2027)].clients == {"c"}
    assert not any("d" in cell.clients for cell in cells.values())
    assert len(cells) == 5
