"""The reports book: what "Min tid" shows for a period, read without the window."""

from __future__ import annotations

from datetime import date

import pytest

from rehablogg.application.logbook import Logbook
from rehablogg.application.reports_book import pilot_targets
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.intensity import Target
from rehablogg.storage.absence import set_absence
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.profile import update_profile
from rehablogg.storage.settings import set_setting

CAT = default_catalogue()
NOV_1, NOV_30 = date(2026, 11, 1), date(2026, 11, 30)


def _add(
    db: Database,
    day: date,
    minutes: int,
    code: str,
    clients: tuple[int, ...] = (),
    parties: tuple[str, ...] = (),
) -> None:
    add_entry(
        db.engine,
        EntryDraft(day, minutes, code, None, clients, parties=parties),
        "rehablogg-standard",
        1,
    )


@pytest.fixture
def clients(db: Database) -> dict[str, int]:
    return {name: add_client(db.engine, name) for name in ("Ola", "Kari", "Nina")}


def test_the_overview_counts_working_days_without_absence(db: Database) -> None:
    update_profile(db.engine, position_percent=80)
    set_absence(db.engine, date(2026, 11, 2), "ferie")
    _add(db, date(2026, 11, 3), 45, "D02")
    overview = Logbook(db).reports.overview(CAT, NOV_1, NOV_30)
    assert overview.position_percent == 80
    assert overview.working_days == 20  # 21 weekdays in November 2026, one of them ferie
    assert overview.fte_minutes == 20 * 450  # 7.5 hours a working day
    assert [w.week.week for w in overview.weeks] == [44, 45, 46, 47, 48, 49]
    assert sum(w.entries for w in overview.weeks) == 1


def test_parties_count_against_all_indirect_entries(db: Database) -> None:
    _add(db, date(2026, 11, 4), 60, "I04", parties=("foreldre", "skole_sfo"))
    _add(db, date(2026, 11, 5), 30, "I04")
    parties = Logbook(db).reports.parties(CAT, NOV_1, NOV_30)
    assert parties.indirect_entries == 2
    assert {p.party: p.entries for p in parties.parties} == {"foreldre": 1, "skole_sfo": 1}


def test_intensity_starts_at_the_first_contact_or_the_period_for_a_client_seen_before(
    db: Database, clients: dict[str, int]
) -> None:
    ola, kari, nina = clients["Ola"], clients["Kari"], clients["Nina"]
    _add(db, date(2026, 10, 20), 45, "D02", (ola,))  # seen the month before
    _add(db, date(2026, 11, 23), 45, "D02", (ola,))
    _add(db, date(2026, 11, 23), 45, "D02", (kari,))  # new in the period
    _add(db, date(2026, 11, 28), 30, "D02", (nina,))  # after "today": not counted yet
    book = Logbook(db, today=lambda: date(2026, 11, 25)).reports
    clients_read, _groups = book.clients_and_age_groups(CAT, NOV_1, NOV_30)
    intensity = book.intensity(CAT, NOV_1, NOV_30, clients_read)
    weeks = {row.client.client_id: row.continuity.weeks for row in intensity.clients}
    assert set(weeks) == {ola, kari}
    assert weeks[ola][0].week.monday <= NOV_1  # from the period's first day
    assert weeks[kari][0].week.monday == date(2026, 11, 23)  # from the first contact
    assert not intensity.pilot_joined and not intensity.has_targets


def test_intensity_measures_against_the_joined_pilots_target(
    db: Database, clients: dict[str, int]
) -> None:
    _add(db, date(2026, 11, 2), 45, "D02", (clients["Ola"],))
    set_setting(
        db.engine,
        "pilot",
        {
            "id": "p",
            "name": "Pilot",
            "targets": {"habilitering": {"sessions_per_week": 2, "minutes_per_week": 90}},
        },
    )
    book = Logbook(db, today=lambda: date(2026, 12, 4)).reports
    found, _groups = book.clients_and_age_groups(CAT, NOV_1, NOV_30)
    intensity = book.intensity(CAT, NOV_1, NOV_30, found)
    assert intensity.pilot_joined and intensity.has_targets
    (row,) = intensity.clients
    assert row.target == Target(2.0, 90) and row.continuity.reached_target is False


def test_a_target_that_is_not_a_number_is_skipped() -> None:
    assert pilot_targets(
        {
            "targets": {
                "habilitering": {"minutes_per_week": "mange"},
                "rehabilitering": {"sessions_per_week": 1},
            }
        }
    ) == {"rehabilitering": Target(1.0, 0)}
    assert pilot_targets(None) == {} and pilot_targets({"targets": "x"}) == {}
