"""Timestamps as stored (local time, ISO 8601, seconds precision), and the one place that asks
the system what day it is.

A ``Clock`` on a fixed day keeps the system's time of day and UTC offset but moves the date:
the window and the tests fix "today" that way, and everything an export decides (may the month
be handed in?) and writes (``opprettet``) then agrees on the same day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Clock:
    day: date | None = None  # None: the system's date

    def now(self) -> datetime:
        moment = datetime.now().astimezone()
        if self.day is None:
            return moment
        return moment.replace(year=self.day.year, month=self.day.month, day=self.day.day)

    def today(self) -> date:
        return self.now().date()

    def now_iso(self) -> str:
        return self.now().isoformat(timespec="seconds")


SYSTEM_CLOCK = Clock()


def now_iso() -> str:
    return SYSTEM_CLOCK.now_iso()
