"""Joining a pilot: the profile gets who the therapist is, settings keep the pilot's rules."""

from __future__ import annotations

import pytest

from rehablogg.core.agegroups import AgeGroup
from rehablogg.core.catalogue import DEFAULT_VERSION
from rehablogg.core.intensity import Target
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, PilotError, RosterEntry, check_joinable
from rehablogg.storage.database import Database
from rehablogg.storage.pilot import join_pilot, joined_age_groups, joined_pilot
from rehablogg.storage.profile import get_profile, update_profile

ENTRY = RosterEntry("T-07", "4601", "Barn og unge", "ergoterapeut", Month(2026, 1), Month(2026, 6))
PILOT = Pilot(
    id="vest-2026",
    name="Pilot Vest",
    catalogue_id="rehablogg-standard",
    catalogue_version=DEFAULT_VERSION,  # what a new logbook's profile already names
    roster=(ENTRY,),
    age_groups=(AgeGroup(0, 17), AgeGroup(18, None)),
    required_fields=("arena",),
    linked_pseudonyms=True,
    key="0f" * 32,
    targets={"habilitering": Target(sessions_per_week=1.5, minutes_per_week=60)},
)


def test_join_fills_profile_and_settings(db: Database) -> None:
    assert joined_pilot(db.engine) is None and joined_age_groups(db.engine) is None
    update_profile(db.engine, therapist_code="OLD1", municipality="0301", position_percent=80)
    changes = join_pilot(
        db.engine, PILOT, check_joinable(PILOT, "T-07", "rehablogg-standard", (1, 2))
    )
    assert [c.line() for c in changes] == [
        "pilot: (tom) → vest-2026",
        "terapeut: OLD1 → T-07",
        "kommunenr: 0301 → 4601",
        "enhet: (tom) → Barn og unge",
        "profesjon: fysioterapeut → ergoterapeut",
    ]
    p = get_profile(db.engine)
    assert (
        p.pilot_id,
        p.therapist_code,
        p.municipality,
        p.unit,
        p.profession,
        p.catalogue_id,
        p.catalogue_version,
        p.position_percent,
    ) == ("vest-2026", "T-07", "4601", "Barn og unge", "ergoterapeut", "rehablogg-standard", 2, 80)
    stored = joined_pilot(db.engine)
    assert stored is not None
    assert stored["age_groups"] == [[0, 17], [18]]
    assert stored["required_fields"] == ["arena"]
    assert stored["linked_pseudonyms"] is True and stored["key"] == "0f" * 32
    assert (stored["first_month"], stored["last_month"]) == ("2026-01", "2026-06")
    assert joined_age_groups(db.engine) == PILOT.age_groups
    assert stored["intensity_targets"] == {
        "habilitering": {"sessions_per_week": 1.5, "minutes_per_week": 60}
    }
    assert join_pilot(db.engine, PILOT, ENTRY) == []


@pytest.mark.parametrize(
    ("code", "cat", "version", "fragment"),
    [
        ("T-99", "rehablogg-standard", (1, 2), "står ikke i pilotens liste"),
        ("T-07", "annet", (1, 2), "«rehablogg-standard»"),
        ("T-07", "rehablogg-standard", (3,), "ny pilotfil"),
        ("T-07", "rehablogg-standard", (1,), "oppdater rehablogg"),
    ],
)
def test_check_joinable_refuses(
    code: str, cat: str, version: tuple[int, ...], fragment: str
) -> None:
    with pytest.raises(PilotError, match=fragment) as caught:
        check_joinable(PILOT, code, cat, version)
    assert "0f" * 32 not in str(caught.value)
