"""Age groups: age is the entry's year minus the birth year (no birth dates are kept)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AgeGroup:
    low: int
    high: int | None  # None: open-ended (67+)

    @property
    def label(self) -> str:
        return f"{self.low}+" if self.high is None else f"{self.low}-{self.high}"

    def contains(self, age: int) -> bool:
        return age >= self.low and (self.high is None or age <= self.high)


# The 18–25 band makes the child-to-adult transition visible (docs/DESIGN.md §8.3).
DEFAULT_AGE_GROUPS: tuple[AgeGroup, ...] = (
    AgeGroup(0, 5),
    AgeGroup(6, 12),
    AgeGroup(13, 17),
    AgeGroup(18, 25),
    AgeGroup(26, 66),
    AgeGroup(67, None),
)

UNKNOWN_AGE_GROUP = "ukjent"


def age_group(
    entry_year: int, birth_year: int | None, groups: tuple[AgeGroup, ...] = DEFAULT_AGE_GROUPS
) -> str:
    if birth_year is None:
        return UNKNOWN_AGE_GROUP
    age = entry_year - birth_year
    for group in groups:
        if group.contains(age):
            return group.label
    return UNKNOWN_AGE_GROUP
