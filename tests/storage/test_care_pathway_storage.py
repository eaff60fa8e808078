"""The care pathway as stored: episodes and their pauses written in one transaction, needs
assessments, the first direct contact found in the entries, what the reminders need, and the
client's home municipality and arrangement (docs/care-pathway.md)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from rehablogg.core.care_pathway import Episode, NeedsAssessment, Pause
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.storage import care_pathway as store
from rehablogg.storage.backup import backup_database
from rehablogg.storage.clients import ClientFieldError, add_client, get_client, update_client
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.entries import add_entry, delete_entry
from rehablogg.storage.erase import erase_client
from rehablogg.storage.integrity import check_database
from rehablogg.storage.tables_compiled import EPISODE, EPISODE_PAUSE

CAT = ("rehablogg-standard", 1)
DIRECT = frozenset({"D01", "D02", "D03"})
FIXTURES = Path(__file__).parent.parent / "fixtures" / "db"


def pause_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(EPISODE_PAUSE)).scalar_one())


def episode_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(EPISODE)).scalar_one())


OPEN = Episode(date(2026, 3, 2), "fastlege", date(2026, 3, 20))


# -- refused --------------------------------------------------------------------------------


def test_a_pause_list_that_cannot_be_stored_leaves_nothing_behind(db: Database) -> None:
    """Two pauses on one start date break the key: neither the new episode nor, on a change,
    the old pause list may be half written."""
    ada = add_client(db.engine, "Ada")
    twice = (
        Pause(date(2026, 4, 1), date(2026, 4, 2), "utilgjengelig"),
        Pause(date(2026, 4, 1), date(2026, 4, 9), "intensiv_trening"),
    )
    with pytest.raises(IntegrityError):
        store.add_episode(db.engine, ada, Episode(date(2026, 3, 2), "nav", pauses=twice))
    assert (episode_count(db), pause_count(db)) == (0, 0)
    kept = (twice[0],)
    episode_id = store.add_episode(db.engine, ada, Episode(date(2026, 3, 2), "nav", pauses=kept))
    with pytest.raises(IntegrityError):
        store.update_episode(db.engine, episode_id, Episode(date(2026, 3, 1), "ppt", pauses=twice))
    found = store.get_episode(db.engine, episode_id)
    assert found is not None and found.episode == Episode(date(2026, 3, 2), "nav", pauses=kept)


def test_unknown_clients_and_episodes_are_key_errors(db: Database) -> None:
    with pytest.raises(KeyError):
        store.add_episode(db.engine, 42, OPEN)
    with pytest.raises(KeyError):
        store.update_episode(db.engine, "f" * 32, OPEN)
    with pytest.raises(KeyError):
        store.delete_episode(db.engine, "f" * 32)
    with pytest.raises(KeyError):
        store.save_needs(db.engine, 42, NeedsAssessment(date(2026, 1, 1)))
    with pytest.raises(KeyError):
        store.delete_needs(db.engine, 42, date(2026, 1, 1))
    assert store.get_episode(db.engine, "f" * 32) is None


def test_the_schema_refuses_a_needs_level_the_core_does_not_know(db: Database) -> None:
    """The last line of defence under PathwayBook's check."""
    ada = add_client(db.engine, "Ada")
    with pytest.raises(IntegrityError):
        store.save_needs(db.engine, ada, NeedsAssessment(date(2026, 1, 1), {"bolig": "litt"}))
    assert store.client_needs(db.engine, ada) == []


@pytest.mark.parametrize("number", ["9999", "301", "03011", "oslo", " 0301", "2101"])
def test_a_home_municipality_not_on_the_2024_list_is_refused(db: Database, number: str) -> None:
    with pytest.raises(ClientFieldError, match="finnes ikke i kommunelisten for 2024") as refused:
        add_client(db.engine, "Ada", home_municipality=number)
    assert refused.value.field == "home_municipality"
    ada = add_client(db.engine, "Ada")
    with pytest.raises(ClientFieldError, match="finnes ikke i kommunelisten for 2024"):
        update_client(db.engine, ada, home_municipality=number)
    stored = get_client(db.engine, ada)
    assert stored is not None and stored.home_municipality == ""


@pytest.mark.parametrize("arrangement", ["", "Egen", "privat"])
def test_an_arrangement_not_among_the_keys_is_refused(db: Database, arrangement: str) -> None:
    with pytest.raises(ClientFieldError, match="Tjenesteformen") as refused:
        add_client(db.engine, "Ada", arrangement=arrangement)
    assert refused.value.field == "arrangement"
    ada = add_client(db.engine, "Ada")
    with pytest.raises(ClientFieldError, match="Tjenesteformen"):
        update_client(db.engine, ada, arrangement=arrangement)


# -- stored ---------------------------------------------------------------------------------


def test_home_municipality_and_arrangement_are_stored(db: Database) -> None:
    ada = add_client(db.engine, "Ada", home_municipality="4601", arrangement="samarbeid")
    bo = add_client(db.engine, "Bo")
    update_client(db.engine, bo, home_municipality="0301", arrangement="kjop")
    found = [get_client(db.engine, c) for c in (ada, bo)]
    assert [(c.home_municipality, c.arrangement) for c in found if c] == [
        ("4601", "samarbeid"),
        ("0301", "kjop"),
    ]
    fresh = get_client(db.engine, add_client(db.engine, "Cy"))
    assert fresh is not None and (fresh.home_municipality, fresh.arrangement) == ("", "egen")


def test_episodes_round_trip_and_a_delete_takes_the_pauses(db: Database) -> None:
    ada = add_client(db.engine, "Ada")
    pauses = (
        Pause(date(2026, 5, 1), None, "utilgjengelig"),
        Pause(date(2026, 3, 5), date(2026, 3, 9), "spesialisthelsetjeneste"),
    )
    ended = Episode(date(2025, 1, 6), "ppt", None, date(2025, 6, 30), "maal_naadd")
    old = store.add_episode(db.engine, ada, ended)
    new = store.add_episode(db.engine, ada, Episode(date(2026, 3, 2), "nav", pauses=pauses))
    found = store.client_episodes(db.engine, ada)
    assert [s.id for s in found] == [old, new]
    assert found[0].episode == ended
    # Pauses come back in date order, whatever order they were given in.
    assert found[1].episode.pauses == (pauses[1], pauses[0])
    store.delete_episode(db.engine, new)
    assert pause_count(db) == 0
    assert [s.id for s in store.client_episodes(db.engine, ada)] == [old]


def test_an_export_period_gets_the_episodes_active_in_it(db: Database) -> None:
    ada, bo, cy = (add_client(db.engine, n) for n in ("Ada", "Bo", "Cy"))
    ended = store.add_episode(
        db.engine, ada, Episode(date(2026, 1, 5), "nav", None, date(2026, 2, 1), "annet")
    )
    ends_in = store.add_episode(
        db.engine, bo, Episode(date(2026, 1, 5), "nav", None, date(2026, 3, 1), "annet")
    )
    open_ = store.add_episode(db.engine, cy, Episode(date(2026, 3, 31), "nav"))
    store.add_episode(db.engine, ada, Episode(date(2026, 4, 1), "nav"))  # after March
    march = store.episodes_active_in(db.engine, date(2026, 3, 1), date(2026, 3, 31))
    assert {s.id for s in march} == {ends_in, open_}
    assert ended not in {s.id for s in march}


def test_first_direct_contacts_per_episode(db: Database) -> None:
    ada, bo = add_client(db.engine, "Ada"), add_client(db.engine, "Bo")
    first = store.add_episode(
        db.engine, ada, Episode(date(2026, 1, 5), "nav", None, date(2026, 2, 10), "annet")
    )
    second = store.add_episode(db.engine, ada, Episode(date(2026, 3, 2), "nav"))
    none_yet = store.add_episode(db.engine, bo, Episode(date(2026, 3, 2), "nav"))

    def entry(day: date, code: str, *clients: int) -> str:
        return add_entry(db.engine, EntryDraft(day, 30, code, None, clients), *CAT)

    entry(date(2026, 1, 4), "D02", ada)  # before the referral
    entry(date(2026, 1, 6), "I02", ada)  # not direct
    entry(date(2026, 2, 10), "D01", ada)  # the end day counts
    entry(date(2026, 2, 11), "D01", ada)  # after the end
    entry(date(2026, 3, 9), "D03", ada)
    entry(date(2026, 3, 3), "D04", ada)  # direct in the catalogue, not in the set given
    ids = [first, second, none_yet]
    assert store.first_direct_contacts(db.engine, ids, DIRECT) == {
        first: date(2026, 2, 10),
        second: date(2026, 3, 9),
    }
    assert store.first_direct_contacts(db.engine, ids, ()) == {}
    assert store.first_direct_contacts(db.engine, [], DIRECT) == {}


def test_needs_are_replaced_only_when_asked_and_read_newest_first(db: Database) -> None:
    ada = add_client(db.engine, "Ada")
    store.save_needs(db.engine, ada, NeedsAssessment(date(2026, 1, 1), {"bolig": "mye"}))
    store.save_needs(db.engine, ada, NeedsAssessment(date(2026, 6, 1), {"transport": "noe"}))
    with pytest.raises(store.NeedsDateTakenError) as taken:
        store.save_needs(db.engine, ada, NeedsAssessment(date(2026, 1, 1), {"bolig": "noe"}))
    assert taken.value.day == date(2026, 1, 1)
    with pytest.raises(store.NeedsDateTakenError):  # moved onto the other one
        store.save_needs(
            db.engine, ada, NeedsAssessment(date(2026, 6, 1)), replaces=date(2026, 1, 1)
        )
    with pytest.raises(KeyError):  # the one to replace is not there
        store.save_needs(
            db.engine, ada, NeedsAssessment(date(2026, 2, 1)), replaces=date(2026, 3, 1)
        )
    store.save_needs(
        db.engine,
        ada,
        NeedsAssessment(date(2026, 1, 1), {"hjelpemidler": "noe"}),
        replaces=date(2026, 1, 1),
    )
    found = store.client_needs(db.engine, ada)
    assert [(n.assessed_on, n.level("bolig"), n.level("hjelpemidler")) for n in found] == [
        (date(2026, 6, 1), "ingen", "ingen"),
        (date(2026, 1, 1), "ingen", "noe"),
    ]
    store.save_needs(
        db.engine,
        ada,
        NeedsAssessment(date(2026, 2, 1), {"bolig": "noe"}),
        replaces=date(2026, 1, 1),
    )
    assert [n.assessed_on for n in store.client_needs(db.engine, ada)] == [
        date(2026, 6, 1),
        date(2026, 2, 1),
    ]
    store.delete_needs(db.engine, ada, date(2026, 6, 1))
    assert [n.assessed_on for n in store.client_needs(db.engine, ada)] == [date(2026, 2, 1)]


def test_reminder_facts_know_transition_planning_and_needs(db: Database) -> None:
    planned = add_client(db.engine, "Planlagt", birth_year=2021)
    assessed = add_client(db.engine, "Vurdert", birth_year=2010)
    plain = add_client(db.engine, "Ingen", birth_year=2020)
    add_client(db.engine, "Uten år")
    closed = add_client(db.engine, "Lukket", birth_year=2020)
    update_client(db.engine, closed, active=False)
    add_entry(db.engine, EntryDraft(date(2026, 2, 2), 30, "I12", None, (planned,)), *CAT)
    add_entry(db.engine, EntryDraft(date(2026, 2, 2), 30, "I11", None, (plain,)), *CAT)
    store.save_needs(db.engine, assessed, NeedsAssessment(date(2026, 1, 1)))
    facts = store.reminder_facts(db.engine)
    assert [(f.client_id, f.has_transition_planning, f.has_needs_assessment) for f in facts] == [
        (plain, False, False),
        (planned, True, False),
        (assessed, False, True),
    ]


def test_erase_and_entry_deletes_keep_episodes_and_needs(db: Database) -> None:
    """Episodes and needs hold no free text, so erasing a client keeps them with the pseudonym
    and the counts; deleting an entry never touches an episode."""
    ada = add_client(db.engine, "Ada", birth_year=2015)
    episode_id = store.add_episode(
        db.engine,
        ada,
        Episode(date(2026, 3, 2), "nav", pauses=(Pause(date(2026, 4, 1), None, "utilgjengelig"),)),
    )
    store.save_needs(db.engine, ada, NeedsAssessment(date(2026, 3, 2), {"bolig": "noe"}))
    entry_id = add_entry(
        db.engine, EntryDraft(date(2026, 3, 9), 30, "D02", None, (ada,), note="Ada øvde"), *CAT
    )
    delete_entry(db.engine, entry_id)
    erase_client(db.engine, ada, wait_seconds=0)
    stored = get_client(db.engine, ada)
    assert stored is not None and stored.label is None and stored.erased_at is not None
    assert [s.id for s in store.client_episodes(db.engine, ada)] == [episode_id]
    assert pause_count(db) == 1
    assert len(store.client_needs(db.engine, ada)) == 1
    # An erased client is closed, so the reminders pass them by.
    assert store.reminder_facts(db.engine) == []


def test_the_v3_fixture_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "schema_v3.sqlite3"
    shutil.copy(FIXTURES / "schema_v3.sqlite3", path)
    db = open_database_file(path)
    try:
        episodes = store.episodes_active_in(db.engine, date(2000, 1, 1), date(2100, 1, 1))
        assert len(episodes) == 2
        assert sum(len(s.episode.pauses) for s in episodes) == 1
        assert any(store.client_needs(db.engine, s.client_id) for s in episodes)
    finally:
        db.close()


def _pathway(db: Database) -> tuple[int, str]:
    ada = add_client(db.engine, "Ada", birth_year=2015, home_municipality="0301")
    episode_id = store.add_episode(
        db.engine,
        ada,
        Episode(date(2026, 3, 2), "nav", pauses=(Pause(date(2026, 4, 1), None, "utilgjengelig"),)),
    )
    store.save_needs(db.engine, ada, NeedsAssessment(date(2026, 3, 2), {"bolig": "noe"}))
    return ada, episode_id


def test_check_and_a_backup_take_the_pathway_along(db: Database, tmp_path: Path) -> None:
    ada, episode_id = _pathway(db)
    report = check_database(db.path, default_catalogue())
    assert report.ok, report.problems
    copy = backup_database(db.path, tmp_path / "kopi.sqlite3")
    restored = open_database_file(copy)
    try:
        assert store.client_episodes(restored.engine, ada) == store.client_episodes(db.engine, ada)
        assert store.client_needs(restored.engine, ada) == store.client_needs(db.engine, ada)
        stored = get_client(restored.engine, ada)
        assert stored is not None and stored.home_municipality == "0301"
    finally:
        restored.close()
    assert store.get_episode(db.engine, episode_id) is not None


def test_check_finds_an_episode_of_a_client_that_is_not_there(db: Database) -> None:
    """Written behind rehablogg's back with the foreign keys off: the check must say so."""
    _pathway(db)
    db.close()
    raw = sqlite3.connect(db.path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute(
        "INSERT INTO episode VALUES ('e0', 99, '2026-01-01', 'nav', NULL, NULL, NULL, 'x', 'x')"
    )
    raw.commit()
    raw.close()
    report = check_database(db.path, default_catalogue())
    assert report.problems == [
        "Databasen har koblinger til brukere eller registreringer som ikke finnes."
    ]


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("UPDATE episode SET referral_source = 'lege'", "lege"),
        ("UPDATE episode SET end_date = '2026-06-01', end_reason = 'ferdig'", "ferdig"),
        ("UPDATE episode_pause SET kind = 'ferie'", "ferie"),
        ("UPDATE client SET home_municipality = '9999'", "9999"),
    ],
)
def test_check_names_pathway_keys_the_app_does_not_know(db: Database, sql: str, named: str) -> None:
    """The schema holds the keys as plain text: a file written by something else, or by a
    future version that added a key, must be reported by the check, not exported."""
    _pathway(db)
    db.close()
    raw = sqlite3.connect(db.path)
    raw.execute(sql)
    raw.commit()
    raw.close()
    report = check_database(db.path, default_catalogue())
    assert len(report.problems) == 1 and f"«{named}»" in report.problems[0], report.problems


def test_the_check_runs_in_the_write_with_the_clients_other_episodes(db: Database) -> None:
    """The one-at-a-time rule is checked under the write lock: what the check sees is what is
    stored when the write happens, and a refusal leaves nothing written."""
    ada, bo = add_client(db.engine, "Ada"), add_client(db.engine, "Bo")
    store.add_episode(db.engine, bo, OPEN)
    first = store.add_episode(db.engine, ada, Episode(date(2025, 1, 6), "ppt"))
    seen: list[Sequence[Episode]] = []

    def refuse(others: Sequence[Episode]) -> None:
        seen.append(others)
        raise ValueError("refused")

    with pytest.raises(ValueError, match="refused"):
        store.add_episode(db.engine, ada, OPEN, check=refuse)
    with pytest.raises(ValueError, match="refused"):
        store.update_episode(db.engine, first, OPEN, check=refuse)
    assert seen == [[Episode(date(2025, 1, 6), "ppt")], []]  # never Bo's, never itself
    assert [s.episode for s in store.client_episodes(db.engine, ada)] == [
        Episode(date(2025, 1, 6), "ppt")
    ]
