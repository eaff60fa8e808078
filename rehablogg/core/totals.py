"""Time totals as the pilots report them: direct, indirect and other, travel apart."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rehablogg.core.category import Category

FTE_HOURS_PER_WEEK = 37.5


@dataclass(frozen=True)
class CategoryTotals:
    direct: int = 0
    indirect: int = 0
    other: int = 0
    travel: int = 0

    @property
    def logged(self) -> int:
        """Minutes of work logged, travel excluded (travel is shown on its own)."""
        return self.direct + self.indirect + self.other

    @property
    def direct_share(self) -> float | None:
        """Direct minutes as a percentage of all logged minutes; None when nothing is logged."""
        return None if self.logged == 0 else 100.0 * self.direct / self.logged

    def __add__(self, other: CategoryTotals) -> CategoryTotals:
        return CategoryTotals(
            self.direct + other.direct,
            self.indirect + other.indirect,
            self.other + other.other,
            self.travel + other.travel,
        )


def totals_from_rows(rows: Iterable[tuple[str, int, int]]) -> CategoryTotals:
    """Sum ``(category, minutes, travel_minutes)`` rows."""
    sums: dict[str, int] = {category: 0 for category in Category}
    travel = 0
    for category, minutes, travel_minutes in rows:
        sums[category] = sums.get(category, 0) + minutes
        travel += travel_minutes
    return CategoryTotals(
        sums[Category.DIREKTE], sums[Category.INDIREKTE], sums[Category.ANNET], travel
    )


def hours_per_fte(minutes: int, position_percent: float) -> float:
    """Hours scaled to one full-time equivalent: hours / (position percent / 100)."""
    if position_percent <= 0:
        raise ValueError("position percent must be positive")
    return minutes / 60 / (position_percent / 100)


def fte_hours(working_days: int) -> float:
    """The hours one full-time equivalent works over ``working_days`` (37.5 h a five-day week)."""
    return working_days * FTE_HOURS_PER_WEEK / 5
