"""Coordination load: the time spent on coordinator work, child-coordinator work, individual
plans, responsibility groups and liaison with specialist services — work that is done but not
seen in today's statistics — and how many clients a therapist coordinates.

Minutes are summed two ways, like every total in rehablogg: for a client each entry naming the
client counts its full minutes; for a therapist each entry counts once (a responsibility-group
meeting about two children is one hour of the therapist's time, and an hour for each child).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

# code: the role it stands for (the shipped catalogue, docs/DESIGN.md §8.2), in the sheets' order.
COORDINATION_CODES: Mapping[str, str] = {
    "I06": QT_TRANSLATE_NOOP("coordination", "koordinator"),
    "I07": QT_TRANSLATE_NOOP("coordination", "barnekoordinator"),
    "I08": QT_TRANSLATE_NOOP("coordination", "individuell plan"),
    "I04": QT_TRANSLATE_NOOP("coordination", "ansvarsgruppe"),
    "I09": QT_TRANSLATE_NOOP("coordination", "samhandling med spesialisthelsetjenesten"),
}
# Time on these codes means the therapist acts as the client's (child) coordinator.
COORDINATOR_CODES = ("I06", "I07")


@dataclass(slots=True)
class CoordinationLoad:
    """Minutes per coordination code against all minutes of the same scope."""

    by_code: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COORDINATION_CODES, 0))
    total_minutes: int = 0

    def add(self, code: str, minutes: int) -> None:
        self.total_minutes += minutes
        if code in self.by_code:
            self.by_code[code] += minutes

    @property
    def coordination_minutes(self) -> int:
        return sum(self.by_code.values())

    @property
    def share(self) -> float | None:
        """Coordination minutes as a fraction of all minutes; None when there are none."""
        return self.coordination_minutes / self.total_minutes if self.total_minutes else None

    @property
    def coordinates(self) -> bool:
        """Time on coordinator or child-coordinator work."""
        return any(self.by_code[code] > 0 for code in COORDINATOR_CODES)


def coordination_load(items: Iterable[tuple[str, int]]) -> CoordinationLoad:
    """Sum ``(code, minutes)`` pairs."""
    load = CoordinationLoad()
    for code, minutes in items:
        load.add(code, minutes)
    return load


def is_coordinated_by(flag: bool, load: CoordinationLoad) -> bool:
    """A therapist coordinates a client when the client is marked "jeg er koordinator"
    (``terapeut_er_koordinator``) or the therapist logged I06/I07 time for the client."""
    return flag or load.coordinates
