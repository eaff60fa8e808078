"""The pilot this installation has joined (docs/DESIGN.md §3.6).

Who the therapist is in the pilot goes into the profile (pilot id, therapist code,
municipality, unit, profession, catalogue), so every export carries it; the pilot's own
settings — name, months, age groups, required fields, linked pseudonyms and their key — are
kept as one value under ``"pilot"`` in the settings table, so they travel with backups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from rehablogg.storage.profile import get_profile, refuse_profile_texts, update_profile
from rehablogg.storage.settings import get_setting, set_setting

if TYPE_CHECKING:
    # The main window reads the joined pilot at every start; the pilot file's rules (and their
    # age groups and intensity targets) are imported only where a pilot is joined or read.
    from rehablogg.core.agegroups import AgeGroup
    from rehablogg.core.pilot import Pilot, RosterEntry

SETTING = "pilot"

# (profile column, what a user calls it)
_PROFILE_FIELDS = (
    ("pilot_id", "pilot"),
    ("therapist_code", "terapeut"),
    ("municipality", "kommunenr"),
    ("unit", "enhet"),
    ("profession", "profesjon"),
    ("catalogue_id", "kodeverk"),
    ("catalogue_version", "kodeverkversjon"),
)


@dataclass(frozen=True)
class Change:
    name: str
    old: str
    new: str

    def line(self) -> str:
        return f"{self.name}: {self.old or '(tom)'} → {self.new}"


def join_pilot(engine: Engine, pilot: Pilot, entry: RosterEntry) -> list[Change]:
    """Store ``pilot`` joined as ``entry`` (checked with ``core.pilot.check_joinable``);
    returns what changed in the profile, in the order a user reads it."""
    before = get_profile(engine)
    values: dict[str, Any] = {
        "pilot_id": pilot.id,
        "therapist_code": entry.therapist,
        "municipality": entry.municipality,
        "unit": entry.unit,
        "profession": entry.profession,
        "catalogue_id": pilot.catalogue_id,
        "catalogue_version": pilot.catalogue_version,
    }
    # Both writes are checked before either is made, so a refused pilot leaves no half join.
    refuse_profile_texts(values)
    set_setting(engine, SETTING, pilot_settings(pilot, entry), not_text=("key",))
    update_profile(engine, **values)
    return [
        Change(label, str(getattr(before, column)), str(values[column]))
        for column, label in _PROFILE_FIELDS
        if str(getattr(before, column)) != str(values[column])
    ]


def pilot_settings(pilot: Pilot, entry: RosterEntry) -> dict[str, Any]:
    return {
        "id": pilot.id,
        "name": pilot.name,
        "therapist": entry.therapist,
        "first_month": str(entry.first_month),
        "last_month": str(entry.last_month),
        "age_groups": [[g.low] if g.high is None else [g.low, g.high] for g in pilot.age_groups],
        "required_fields": list(pilot.required_fields),
        "linked_pseudonyms": pilot.linked_pseudonyms,
        "key": pilot.key if pilot.linked_pseudonyms else None,
        "intensity_targets": {
            service: {
                "sessions_per_week": target.sessions_per_week,
                "minutes_per_week": target.minutes_per_week,
            }
            for service, target in pilot.targets.items()
        },
    }


def joined_pilot(engine: Engine) -> dict[str, Any] | None:
    """The stored settings of the joined pilot, or None when none is joined."""
    value = get_setting(engine, SETTING)
    return value if isinstance(value, dict) else None


def joined_age_groups(engine: Engine) -> tuple[AgeGroup, ...] | None:
    settings = joined_pilot(engine)
    if settings is None:
        return None
    from rehablogg.core.agegroups import AgeGroup

    return tuple(
        AgeGroup(g[0], g[1] if len(g) == 2 else None) for g in settings.get("age_groups", [])
    )
