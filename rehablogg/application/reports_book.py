"""What the "Min tid" report reads for a period: time per ISO week, code, client, age group and
party, hours per full-time equivalent, and each client's intensity and continuity.

The window only lays these out; which clients count for intensity, from which day, and against
which of the joined pilot's targets is decided here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS, AgeGroup
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.category import USER_TIME, Category
from rehablogg.core.intensity import Contact, Continuity, Target, client_continuity
from rehablogg.core.periods import days_between
from rehablogg.core.totals import fte_hours
from rehablogg.core.workdays import WorkCalendar, parse_weekdays
from rehablogg.storage.absence import absences
from rehablogg.storage.database import Database
from rehablogg.storage.pilot import joined_age_groups, joined_pilot
from rehablogg.storage.profile import get_profile
from rehablogg.storage.reports import (
    AgeGroupTotals,
    ClientTotals,
    CodeTotals,
    PartyTotals,
    WeekTotals,
    client_and_age_totals,
    client_contacts,
    clients_seen_before,
    indirect_parties,
    totals_per_code,
    totals_per_week,
)

# The report's row types, for the windows that show them (they never import storage).
__all__ = [
    "AgeGroupTotals",
    "ClientIntensity",
    "ClientTotals",
    "CodeTotals",
    "Intensity",
    "Overview",
    "Parties",
    "PartyTotals",
    "ReportsBook",
    "WeekTotals",
    "pilot_targets",
]


@dataclass(frozen=True)
class Overview:
    weeks: list[WeekTotals]  # every ISO week with a day in the period, empty ones too
    position_percent: int
    working_days: int  # in the period, without public holidays and absence days
    fte_minutes: int  # what a full-time equivalent (37.5 hours a week) works in the period


@dataclass(frozen=True)
class Parties:
    parties: list[PartyTotals]
    indirect_entries: int  # the indirect entries of the period, parties named or not


@dataclass(frozen=True)
class ClientIntensity:
    client: ClientTotals
    continuity: Continuity
    target: Target | None  # the joined pilot's target for the client's service


@dataclass(frozen=True)
class Intensity:
    clients: list[ClientIntensity]  # in the order of the clients given
    pilot_joined: bool
    has_targets: bool  # the joined pilot sets a target for some service


class ReportsBook:
    def __init__(self, db: Database, *, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    def overview(self, catalogue: Catalogue, start: date, end: date) -> Overview:
        engine = self._db.engine
        weeks = totals_per_week(engine, catalogue, start, end)
        profile = get_profile(engine)
        calendar = WorkCalendar(parse_weekdays(profile.working_days), absences(engine))
        working = len(calendar.working_days(days_between(start, end)))
        return Overview(weeks, profile.position_percent, working, round(fte_hours(working) * 60))

    def codes(self, catalogue: Catalogue, start: date, end: date) -> list[CodeTotals]:
        """Codes used in the period, in catalogue order."""
        return totals_per_code(self._db.engine, catalogue, start, end)

    def age_groups(self) -> tuple[AgeGroup, ...]:
        """The joined pilot's age groups, else the default ones."""
        return joined_age_groups(self._db.engine) or DEFAULT_AGE_GROUPS

    def clients_and_age_groups(
        self, catalogue: Catalogue, start: date, end: date
    ) -> tuple[list[ClientTotals], list[AgeGroupTotals]]:
        """Per client (most minutes first) and per age group, from one read."""
        return client_and_age_totals(self._db.engine, catalogue, start, end, self.age_groups())

    def parties(self, catalogue: Catalogue, start: date, end: date) -> Parties:
        engine = self._db.engine
        codes = totals_per_code(engine, catalogue, start, end)
        indirect = sum(c.entries for c in codes if c.category == Category.INDIREKTE)
        return Parties(indirect_parties(engine, catalogue, start, end), indirect)

    def intensity(
        self, catalogue: Catalogue, start: date, end: date, clients: Sequence[ClientTotals]
    ) -> Intensity:
        """Each of ``clients``' continuity from the first day their follow-up runs in the
        period (the period's first day for a client seen in the half year before, else their
        first contact in it) to its last day, but never past today."""
        engine = self._db.engine
        contacts = client_contacts(engine, catalogue, start, end)
        last = min(end, self._today())
        ids = [c.client_id for c in clients if c.client_id in contacts]
        seen_before = clients_seen_before(engine, start, ids)
        pilot = joined_pilot(engine)
        targets = pilot_targets(pilot)
        rows: list[ClientIntensity] = []
        for client in clients:
            own = contacts.get(client.client_id, [])
            first = start if client.client_id in seen_before else _first_contact(own)
            if first is None or first > last:
                continue
            target = targets.get(client.service)
            rows.append(
                ClientIntensity(client, client_continuity(own, first, last, target), target)
            )
        return Intensity(rows, bool(pilot), bool(targets))


def _first_contact(contacts: list[Contact]) -> date | None:
    days = [c.day for c in contacts if c.category in USER_TIME]
    return min(days) if days else None


def pilot_targets(settings: Mapping[str, Any] | None) -> dict[str, Target]:
    """Target intensity per service from the joined pilot's stored settings (none when no
    pilot is joined or it sets none). Values that are not numbers are skipped: a target is an
    aid for reading the table, not a rule worth refusing the report for."""
    if not settings:
        return {}
    raw = settings.get("targets") or settings.get("intensity_targets") or {}
    out: dict[str, Target] = {}
    if not isinstance(raw, Mapping):
        return out
    for service, value in raw.items():
        if isinstance(value, Target):
            out[str(service)] = value
        elif isinstance(value, Mapping):
            try:
                out[str(service)] = Target(
                    float(value.get("sessions_per_week", 0) or 0),
                    int(value.get("minutes_per_week", 0) or 0),
                )
            except (TypeError, ValueError):
                continue
    return out
