"""Transitions ahead: which clients turn 6 (school start), 16 (upper secondary) or 18
(adulthood: services, rights and responsible bodies change) in each of the next years.

Only birth years are kept, so "turns 18 in 2028" means born in 2010; the exact day is unknown
and does not matter for planning a year ahead. The years looked at are ``reference_year + 1``
to ``reference_year + HORIZON``; the reference year is passed in, by default the year of the
newest month in the data (:func:`reference_year_of`), so a summary made in January about last
year's data looks ahead from last year, not from today.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rehablogg.core.periods import Month

TRANSITION_AGES = (6, 16, 18)
HORIZON = 5
TRANSITION_CODE = "I12"  # Planlegging av overganger (barnehage–skole, barn–voksen)


def reference_year_of(months: Iterable[Month | str]) -> int | None:
    """The year of the newest month, or None when there are none."""
    newest = max((m if isinstance(m, Month) else Month.parse(m) for m in months), default=None)
    return None if newest is None else newest.year


def years_ahead(reference_year: int, horizon: int = HORIZON) -> tuple[int, ...]:
    return tuple(range(reference_year + 1, reference_year + horizon + 1))


def turning(
    birth_year: int | None,
    reference_year: int,
    ages: Iterable[int] = TRANSITION_AGES,
    horizon: int = HORIZON,
) -> list[tuple[int, int]]:
    """``(age, year)`` for every transition age the client reaches in the years ahead."""
    if birth_year is None:
        return []
    ahead = years_ahead(reference_year, horizon)
    return [(age, birth_year + age) for age in ages if birth_year + age in ahead]


@dataclass(frozen=True)
class TransitionClient:
    """One client as a transition count needs it: who, born when, which groups (municipality,
    unit …) follow them, and the minutes already spent on transition planning per group."""

    key: object
    birth_year: int | None
    planning_minutes: Mapping[str, int] = field(default_factory=dict)  # group: I12 minutes


@dataclass
class TransitionCell:
    clients: set[object] = field(default_factory=set)
    planning_minutes: int = 0


def transitions_ahead(
    clients: Iterable[TransitionClient],
    reference_year: int,
    ages: Iterable[int] = TRANSITION_AGES,
    horizon: int = HORIZON,
) -> dict[tuple[str, int, int], TransitionCell]:
    """``(group, age, year)`` → the clients of that group who turn ``age`` in ``year`` and the
    transition-planning minutes the group has spent on them so far. A client followed by two
    groups counts in both (each group has to plan); a client without a birth year in none."""
    ages = tuple(ages)
    cells: dict[tuple[str, int, int], TransitionCell] = {}
    for client in clients:
        for age, year in turning(client.birth_year, reference_year, ages, horizon):
            for group, minutes in client.planning_minutes.items():
                cell = cells.setdefault((group, age, year), TransitionCell())
                cell.clients.add(client.key)
                cell.planning_minutes += minutes
    return cells
