"""The demo year: reproducible, exactly sized, and shaped like a real therapist's year."""

from __future__ import annotations

import random
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, time, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS, age_group
from rehablogg.core.care_pathway import Episode, Pause, episode_problem
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import validate_entry
from rehablogg.core.identity import contains_identity_number
from rehablogg.core.workdays import public_holiday
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.entries import get_entry
from rehablogg.storage.profile import get_profile

END = date(2025, 11, 21)


def _spec(entries: int | None = None, seed: int = 1, clients: int = 40) -> DemoSpec:
    return DemoSpec(
        entries=entries,
        clients=clients,
        seed=seed,
        end=END,
        therapist="DEMO01",
        municipality="0301",
        unit="Barne- og familietjenesten",
    )


def _open(directory: Path) -> Database:
    directory.mkdir(parents=True, exist_ok=True)
    return open_database_file(directory / "db.sqlite3")


def _rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db.path)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    return {
        "entry": _rows(db, "SELECT * FROM entry ORDER BY id"),
        "entry_client": _rows(db, "SELECT * FROM entry_client ORDER BY entry_id, client_id"),
        "entry_party": _rows(db, "SELECT * FROM entry_party ORDER BY entry_id, party"),
        "client": _rows(db, "SELECT * FROM client ORDER BY id"),
        "absence": _rows(db, "SELECT * FROM absence ORDER BY date"),
        "episode": _rows(db, "SELECT * FROM episode ORDER BY id"),
        "episode_pause": _rows(db, "SELECT * FROM episode_pause ORDER BY episode_id, start_date"),
        "needs": _rows(db, "SELECT * FROM needs_assessment ORDER BY client_id, assessed_on"),
    }


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One believable demo year (the default) shared by the read-only checks below."""
    db = _open(tmp_path_factory.mktemp("demo-year"))
    written = write_demo(db, _spec())
    assert 1000 <= written <= 2500, written  # what one therapist logs in a year
    yield db
    db.close()


# --------------------------------------------------------------------------------------------
# Size and reproducibility
# --------------------------------------------------------------------------------------------


def test_same_seed_gives_identical_rows(tmp_path: Path) -> None:
    first, second = _open(tmp_path / "a"), _open(tmp_path / "b")
    try:
        write_demo(first, _spec(entries=600, seed=7))
        write_demo(second, _spec(entries=600, seed=7))
        assert _dump(first) == _dump(second)
    finally:
        first.close()
        second.close()


def test_different_seed_gives_different_rows(tmp_path: Path) -> None:
    first, second = _open(tmp_path / "a"), _open(tmp_path / "b")
    try:
        write_demo(first, _spec(entries=600, seed=7))
        write_demo(second, _spec(entries=600, seed=8))
        assert _dump(first)["entry"] != _dump(second)["entry"]
        assert _dump(first)["client"] != _dump(second)["client"]
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("entries", [0, 1, 7, 251, 1234])
def test_exactly_the_requested_number_of_entries(tmp_path: Path, entries: int) -> None:
    db = _open(tmp_path)
    try:
        assert write_demo(db, _spec(entries=entries)) == entries
        assert _rows(db, "SELECT count(*) FROM entry") == [(entries,)]
    finally:
        db.close()


def test_default_run_has_the_requested_clients(year: Database) -> None:
    assert _rows(year, "SELECT count(*) FROM client") == [(40,)]


def test_more_entries_than_a_year_holds_is_a_load_test(tmp_path: Path) -> None:
    """The benchmarks ask for 100 000 entries in a year: they get exactly that many."""
    db = _open(tmp_path)
    try:
        assert write_demo(db, _spec(entries=6000)) == 6000
        assert _rows(db, "SELECT count(*) FROM entry") == [(6000,)]
    finally:
        db.close()


def test_one_client_still_gives_valid_entries(tmp_path: Path) -> None:
    db = _open(tmp_path)
    try:
        write_demo(db, _spec(entries=200, clients=1))
        catalogue = default_catalogue()
        for (entry_id,) in _rows(db, "SELECT id FROM entry"):
            stored = get_entry(db.engine, str(entry_id))
            assert stored is not None
            assert validate_entry(stored.draft, catalogue, today=END) == []
    finally:
        db.close()


# --------------------------------------------------------------------------------------------
# The calendar
# --------------------------------------------------------------------------------------------


def _entry_dates(db: Database) -> list[date]:
    return [date.fromisoformat(str(d)) for (d,) in _rows(db, "SELECT date FROM entry")]


def test_no_entries_on_weekends_holidays_or_absence_days(year: Database) -> None:
    absent = {date.fromisoformat(str(d)) for (d,) in _rows(year, "SELECT date FROM absence")}
    for d in set(_entry_dates(year)):
        assert d.isoweekday() <= 5, d
        assert public_holiday(d) is None, d
        assert d not in absent, d


def test_absence_days_of_several_kinds(year: Database) -> None:
    kinds = {str(k) for (k,) in _rows(year, "SELECT kind FROM absence")}
    assert {"ferie", "sykdom", "kurs"} <= kinds


def test_entries_stay_within_the_year_ending_on_end(year: Database) -> None:
    dates = _entry_dates(year)
    assert max(dates) <= END
    assert min(dates) >= END - timedelta(days=364)
    # The whole span is used, not just a corner of it.
    assert max(dates) >= END - timedelta(days=7)
    assert min(dates) <= END - timedelta(days=350)


def test_summer_weeks_are_quiet(year: Database) -> None:
    dates = _entry_dates(year)
    per_week = Counter(d.isocalendar().week for d in dates)
    average = len(dates) / 52
    summer = [per_week.get(w, 0) for w in (28, 29, 30, 31)]
    assert sum(summer) / len(summer) < 0.25 * average


def test_timed_entries_do_not_overlap_within_a_day(year: Database) -> None:
    spans: dict[str, list[tuple[int, int]]] = {}
    for d, start, minutes in _rows(
        year, "SELECT date, start_time, minutes FROM entry WHERE start_time IS NOT NULL"
    ):
        t = time.fromisoformat(str(start))
        begin = t.hour * 60 + t.minute
        spans.setdefault(str(d), []).append((begin, begin + int(str(minutes))))
    for day in spans.values():
        day.sort()
        for (_, end), (next_start, _) in pairwise(day):
            assert end <= next_start


def test_most_entries_have_a_start_time(year: Database) -> None:
    [(timed,)] = _rows(year, "SELECT avg(start_time IS NOT NULL) FROM entry")
    assert float(str(timed)) > 0.5


# --------------------------------------------------------------------------------------------
# The content
# --------------------------------------------------------------------------------------------


def test_a_sample_of_entries_passes_validation(year: Database) -> None:
    catalogue = default_catalogue()
    ids = sorted(str(i) for (i,) in _rows(year, "SELECT id FROM entry"))
    for entry_id in random.Random(3).sample(ids, 300):
        stored = get_entry(year.engine, entry_id)
        assert stored is not None
        assert (stored.catalogue_id, stored.catalogue_version) == (catalogue.id, catalogue.version)
        draft = stored.draft
        assert validate_entry(draft, catalogue, today=END) == [], (entry_id, draft)
        assert draft.minutes % 5 == 0 and draft.travel_minutes % 5 == 0


def test_catalogue_2s_group_and_system_work_is_there_and_valid(year: Database) -> None:
    """Parent courses naming several children, staff trainings naming none, triage and
    system-level cooperation (catalogue version 2)."""
    catalogue = default_catalogue()
    ids = _rows(year, "SELECT id, code FROM entry WHERE code IN ('I14', 'I15', 'A05')")
    assert {str(code) for _, code in ids} == {"I14", "I15", "A05"}
    named = []
    for entry_id, code in ids:
        stored = get_entry(year.engine, str(entry_id))
        assert stored is not None
        assert validate_entry(stored.draft, catalogue, today=END) == [], stored.draft
        if code == "I14":
            assert stored.draft.group_size is not None
            assert stored.draft.group_size >= len(stored.draft.client_ids)
            named.append(len(stored.draft.client_ids))
    assert 0 in named and max(named) >= 2


def test_group_sessions_have_a_group(year: Database) -> None:
    rows = _rows(
        year,
        "SELECT e.code, e.group_size, count(ec.client_id) FROM entry e "
        "LEFT JOIN entry_client ec ON ec.entry_id = e.id "
        "WHERE e.code IN ('D03', 'A01') GROUP BY e.id",
    )
    codes = {str(r[0]) for r in rows}
    assert codes == {"D03", "A01"}
    for code, size, n_clients in rows:
        size, n_clients = int(str(size)), int(str(n_clients))
        assert 3 <= size <= 8
        assert size >= n_clients
        if code == "D03":
            assert n_clients >= 1
        else:
            assert n_clients == 0
    assert any(int(str(n)) >= 2 for code, _, n in rows if code == "D03")


def test_admin_codes_have_no_clients(year: Database) -> None:
    rows = _rows(
        year,
        "SELECT DISTINCT e.code FROM entry e JOIN entry_client ec ON ec.entry_id = e.id "
        "WHERE e.code LIKE 'A%'",
    )
    assert {str(r[0]) for r in rows} <= {"A04"}


def _parties_by_entry(db: Database, code: str) -> list[set[str]]:
    rows = _rows(
        db,
        "SELECT e.id, p.party FROM entry e LEFT JOIN entry_party p ON p.entry_id = e.id "
        f"WHERE e.code = '{code}'",
    )
    grouped: dict[str, set[str]] = {}
    for entry_id, party in rows:
        grouped.setdefault(str(entry_id), set()).update({str(party)} if party else set())
    return list(grouped.values())


def test_parties_fit_the_codes(year: Database) -> None:
    assert all(p & {"foreldre", "parorende"} for p in _parties_by_entry(year, "I01"))
    assert all(p for p in _parties_by_entry(year, "I02"))
    meetings = _parties_by_entry(year, "I04")
    assert meetings and all(len(p) >= 2 for p in meetings)
    assert any({"foreldre", "ppt"} <= p for p in meetings)
    child_staff = _rows(
        year,
        "SELECT count(*) FROM entry_party p JOIN entry e ON e.id = p.entry_id "
        "WHERE e.code = 'I02' AND p.party IN ('barnehage', 'skole_sfo')",
    )
    assert int(str(child_staff[0][0])) > 0


def test_contact_modes_fit_the_codes(year: Database) -> None:
    modes = Counter(
        (str(code)[0] if str(code) != "I10" else "I10", str(mode))
        for code, mode in _rows(year, "SELECT code, contact_mode FROM entry")
    )
    i10 = {mode for (code, mode) in modes if code == "I10"}
    assert i10 == {"telefon", "skriftlig"}  # I10 is phone or written contact
    assert not _rows(year, "SELECT 1 FROM entry WHERE code = 'I10' AND arena IS NOT NULL")
    direct = {mode: n for (code, mode), n in modes.items() if code == "D"}
    assert direct["oppmote"] > 0.8 * sum(direct.values())
    travel = _rows(year, "SELECT count(*) FROM entry WHERE travel_minutes > 0 AND arena = 'hjemme'")
    assert int(str(travel[0][0])) > 0


def test_every_default_age_group_appears_in_entries(year: Database) -> None:
    rows = _rows(
        year,
        "SELECT DISTINCT substr(e.date, 1, 4), c.birth_year FROM entry e "
        "JOIN entry_client ec ON ec.entry_id = e.id JOIN client c ON c.id = ec.client_id",
    )
    groups = {age_group(int(str(y)), int(str(b))) for y, b in rows}
    assert groups == {g.label for g in DEFAULT_AGE_GROUPS}


def test_clients_are_a_realistic_mix(year: Database) -> None:
    rows = _rows(
        year,
        "SELECT service, has_ip, has_coordinator, therapist_is_coordinator, active FROM client",
    )
    assert {str(r[0]) for r in rows} == {"habilitering", "rehabilitering"}
    assert any(r[1] for r in rows) and any(r[2] for r in rows) and any(r[3] for r in rows)
    assert any(r[4] for r in rows) and not all(r[4] for r in rows)


def test_labels_and_notes_are_obviously_synthetic(year: Database) -> None:
    labels = [str(label) for (label,) in _rows(year, "SELECT label FROM client")]
    notes = [str(note) for (note,) in _rows(year, "SELECT DISTINCT note FROM entry")]
    assert all(label.startswith("Demo ") for label in labels)
    for text in labels + notes:
        assert not re.search(r"\d{11}", text), text
        assert not contains_identity_number(text), text
    assert len(labels) == len(set(labels))
    assert any(notes)


def test_profile_is_filled_in(year: Database) -> None:
    profile = get_profile(year.engine)
    assert (profile.therapist_code, profile.municipality, profile.unit) == (
        "DEMO01",
        "0301",
        "Barne- og familietjenesten",
    )
    assert profile.profession == "fysioterapeut"
    assert profile.position_percent in (80, 100)


# --------------------------------------------------------------------------------------------
# A believable working year (issue 17, item 7): properties over several seeds and positions
# --------------------------------------------------------------------------------------------

SEEDS = (1, 2, 3, 5)
POSITIONS = (50, 80, 100)
FULL_WEEK_MINUTES = 37.5 * 60


def _believable(directory: Path, seed: int, position: int) -> Database:
    db = _open(directory)
    write_demo(
        db,
        DemoSpec(
            entries=None,
            clients=40,
            seed=seed,
            end=END,
            therapist="DEMO01",
            municipality="0301",
            unit="Barne- og familietjenesten",
            position_percent=position,
        ),
    )
    return db


@pytest.fixture(scope="module")
def years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[int, int], Database]]:
    made = {
        (seed, position): _believable(
            tmp_path_factory.mktemp(f"y{seed}-{position}"), seed, position
        )
        for seed in SEEDS
        for position in POSITIONS
    }
    yield made
    for db in made.values():
        db.close()


def _worked(db: Database) -> dict[date, int]:
    """Registered minutes plus travel per day."""
    return {
        date.fromisoformat(str(d)): int(str(m))
        for d, m in _rows(db, "SELECT date, sum(minutes + travel_minutes) FROM entry GROUP BY date")
    }


def _absences(db: Database) -> dict[date, str]:
    return {
        date.fromisoformat(str(d)): str(k) for d, k in _rows(db, "SELECT date, kind FROM absence")
    }


def test_no_week_is_longer_than_the_position(years: dict[tuple[int, int], Database]) -> None:
    for (seed, position), db in years.items():
        assert get_profile(db.engine).position_percent == position
        budget = position / 100 * FULL_WEEK_MINUTES
        weeks: Counter[tuple[int, int]] = Counter()
        for day, minutes in _worked(db).items():
            assert minutes <= budget / 5, (seed, position, day, minutes)  # no 12-hour days
            weeks[day.isocalendar()[:2]] += minutes
        longest = max(weeks.values())
        assert longest <= budget, (seed, position, longest, budget)


def test_an_ordinary_week_is_mostly_logged(years: dict[tuple[int, int], Database]) -> None:
    """Within the budget, but not a quarter-empty year either: an ordinary full week (five
    working days, no absence) holds most of the position's hours."""
    for (seed, position), db in years.items():
        budget = position / 100 * FULL_WEEK_MINUTES
        absent = _absences(db)
        weeks: dict[tuple[int, int], list[int]] = {}
        for day, minutes in _worked(db).items():
            weeks.setdefault(day.isocalendar()[:2], []).append(minutes)
        full = [
            sum(m)
            for (y, w), m in weeks.items()
            if len(m) == 5
            and not any(d.isocalendar()[:2] == (y, w) for d in absent)
            and w not in (27, 31, 32, 51, 52, 1)
        ]
        assert len(full) >= 20, (seed, position, len(full))
        full.sort()
        median = full[len(full) // 2]
        assert 0.65 * budget <= median <= budget, (seed, position, median, budget)


def test_indirect_time_is_a_substantial_share(years: dict[tuple[int, int], Database]) -> None:
    category = {c.code: c.category for c in default_catalogue().codes}
    for (seed, position), db in years.items():
        minutes: Counter[str] = Counter()
        for code, total in _rows(db, "SELECT code, sum(minutes) FROM entry GROUP BY code"):
            minutes[category[str(code)]] += int(str(total))
        user_time = minutes["direkte"] + minutes["indirekte"]
        share = minutes["indirekte"] / user_time
        assert 0.35 <= share <= 0.50, (seed, position, share)
        other = minutes["annet"] / sum(minutes.values())
        assert 0.05 <= other <= 0.20, (seed, position, other)


def test_holidays_sick_days_and_public_holidays(years: dict[tuple[int, int], Database]) -> None:
    for (seed, position), db in years.items():
        absent = _absences(db)
        holiday = [d for d, k in absent.items() if k == "ferie"]
        sick = [d for d, k in absent.items() if k == "sykdom"]
        # Five weeks of holiday a year (ferieloven), at least two of them in July.
        assert 20 <= len(holiday) <= 30, (seed, position, len(holiday))
        assert sum(1 for d in holiday if d.month == 7) >= 10, (seed, position)
        assert 2 <= len(sick) <= 15, (seed, position, len(sick))
        for day in _worked(db):
            assert day not in absent and public_holiday(day) is None, (seed, position, day)


def test_a_day_holds_a_believable_number_of_entries(years: dict[tuple[int, int], Database]) -> None:
    for (seed, position), db in years.items():
        per_day = [int(str(n)) for (n,) in _rows(db, "SELECT count(*) FROM entry GROUP BY date")]
        average = sum(per_day) / len(per_day)
        assert 3 * position / 100 <= average <= 16 * position / 100 + 2, (seed, position, average)


def test_asking_for_fewer_entries_stays_within_the_week(tmp_path: Path) -> None:
    db = _open(tmp_path)
    try:
        written = write_demo(
            db,
            DemoSpec(
                entries=500,
                clients=15,
                seed=4,
                end=END,
                therapist="DEMO01",
                municipality="0301",
                unit="Enhet",
                position_percent=80,
            ),
        )
        assert written == 500
        weeks: Counter[tuple[int, int]] = Counter()
        for day, minutes in _worked(db).items():
            weeks[day.isocalendar()[:2]] += minutes
        assert max(weeks.values()) <= 0.8 * FULL_WEEK_MINUTES
    finally:
        db.close()


def test_the_demo_command_makes_a_believable_year(tmp_path: Path) -> None:
    from tests.cli_runner import run_cli

    data = tmp_path / "data"
    result = run_cli(
        "demo", "--position", "80", "--end", "2026-11-20", data_dir=data, block_qt=True
    )
    assert result.returncode == 0, result.stderr
    db = open_database_file(data / "rehablogg.sqlite3")
    try:
        assert get_profile(db.engine).position_percent == 80
        weeks: Counter[tuple[int, int]] = Counter()
        for day, minutes in _worked(db).items():
            weeks[day.isocalendar()[:2]] += minutes
        assert max(weeks.values()) <= 0.8 * FULL_WEEK_MINUTES
    finally:
        db.close()


def test_an_80_percent_position_in_four_full_days(tmp_path: Path) -> None:
    db = _open(tmp_path)
    try:
        write_demo(
            db,
            DemoSpec(
                entries=None,
                clients=30,
                seed=6,
                end=END,
                therapist="DEMO01",
                municipality="0301",
                unit="Enhet",
                position_percent=80,
                weekdays=frozenset({1, 2, 3, 4}),
            ),
        )
        assert get_profile(db.engine).working_days == "1,2,3,4"
        worked = _worked(db)
        assert all(day.isoweekday() <= 4 for day in worked)
        assert max(worked.values()) <= 7.5 * 60  # four full days, none longer
        weeks: Counter[tuple[int, int]] = Counter()
        for day, minutes in worked.items():
            weeks[day.isocalendar()[:2]] += minutes
        assert max(weeks.values()) <= 0.8 * FULL_WEEK_MINUTES
        assert max(worked.values()) > 0.8 * FULL_WEEK_MINUTES / 5  # longer days than 5 x 6 h
    finally:
        db.close()


def test_absence_days_already_entered_stay_free(tmp_path: Path) -> None:
    from rehablogg.storage.absence import set_absence

    db = _open(tmp_path)
    try:
        for day in (date(2025, 10, 6), date(2025, 10, 7), date(2025, 11, 12)):
            set_absence(db.engine, day, "kurs")
        write_demo(db, _spec())
        worked = _worked(db)
        for day in (date(2025, 10, 6), date(2025, 10, 7), date(2025, 11, 12)):
            assert day not in worked
            assert _absences(db)[day] == "kurs"
    finally:
        db.close()


# --------------------------------------------------------------------------------------------
# The care pathway
# --------------------------------------------------------------------------------------------


def _episodes(db: Database) -> list[tuple[int, Episode]]:
    pauses: dict[str, list[Pause]] = {}
    for episode_id, start, end, kind in _rows(db, "SELECT * FROM episode_pause"):
        pauses.setdefault(str(episode_id), []).append(
            Pause(date.fromisoformat(str(start)), date.fromisoformat(str(end)), str(kind))
        )
    found = []
    sql = "SELECT id, client_id, referral_date, referral_source, start_date, end_date, end_reason"
    for row in _rows(db, sql + " FROM episode"):
        episode_id, client, referral, source, start, end, reason = row
        episode = Episode(
            date.fromisoformat(str(referral)),
            str(source),
            None if start is None else date.fromisoformat(str(start)),
            None if end is None else date.fromisoformat(str(end)),
            None if reason is None else str(reason),
            tuple(pauses.get(str(episode_id), ())),
        )
        found.append((int(str(client)), episode))
    return found


def test_every_client_with_entries_has_a_believable_episode(year: Database) -> None:
    episodes = _episodes(year)
    with_entries = {r[0] for r in _rows(year, "SELECT DISTINCT client_id FROM entry_client")}
    assert {client for client, _ in episodes} == with_entries
    by_client: dict[int, list[Episode]] = {}
    for client, episode in episodes:
        by_client.setdefault(client, []).append(episode)
    for client_episodes in by_client.values():
        for episode in client_episodes:
            others = [e for e in client_episodes if e is not episode]
            assert episode_problem(episode, today=END, others=others) is None, episode
    seen = [e for _, e in episodes if e.start_date]
    waits = [(e.start_date - e.referral_date).days for e in seen if e.start_date]
    assert 7 <= sorted(waits)[len(waits) // 2] <= 60, waits  # a median wait of weeks
    ended = [e for _, e in episodes if e.end_date]
    assert ended and len(ended) < len(episodes)
    assert any(e.pauses for _, e in episodes)
    # Some clients whose care ended are referred again and wait at the year's end.
    waiting = [c for c, e in episodes if e.start_date is None]
    assert waiting and all(len(by_client[c]) == 2 for c in waiting)
    # A client is active in the register exactly when an episode is open.
    active = dict(_rows(year, "SELECT id, active FROM client"))
    assert all(active[c] == any(e.end_date is None for e in by_client[c]) for c in by_client)
    # The first entry of each client lies inside its first episode.
    firsts = dict(_rows(year, FIRST_ENTRY_SQL))
    assert all(
        min(e.referral_date for e in by_client[c]).isoformat() <= str(firsts[c]) for c in by_client
    )


FIRST_ENTRY_SQL = (
    "SELECT ec.client_id, min(e.date) FROM entry e JOIN entry_client ec ON ec.entry_id = e.id "
    "GROUP BY ec.client_id"
)


def test_some_clients_live_elsewhere_and_children_have_needs(year: Database) -> None:
    homes = _rows(year, "SELECT home_municipality, arrangement FROM client")
    elsewhere = [(home, how) for home, how in homes if home]
    assert elsewhere and len(elsewhere) < len(homes) / 3
    assert all(len(str(home)) == 4 and how in ("samarbeid", "kjop") for home, how in elsewhere)
    assert all(how == "egen" for home, how in homes if not home)
    needs = _rows(
        year,
        "SELECT c.birth_year, n.bolig FROM needs_assessment n JOIN client c ON c.id = n.client_id",
    )
    assert needs and all(END.year - int(str(born)) < 20 for born, _ in needs)
    assert {level for _, level in needs} <= {"ingen", "noe", "mye"}
