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
from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import validate_entry
from rehablogg.core.identity import contains_identity_number
from rehablogg.core.workdays import public_holiday
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.entries import get_entry
from rehablogg.storage.profile import get_profile

END = date(2025, 11, 21)
DEFAULT_ENTRIES = 3000


def _spec(entries: int = DEFAULT_ENTRIES, seed: int = 1, clients: int = 40) -> DemoSpec:
    return DemoSpec(entries=entries, clients=clients, seed=seed, end=END, therapist="DEMO01",
                    municipality="0301", unit="Barne- og familietjenesten")


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
    }


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One default-size demo year shared by the read-only checks below (it takes a moment)."""
    db = _open(tmp_path_factory.mktemp("demo-year"))
    assert write_demo(db, _spec()) == DEFAULT_ENTRIES
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


def test_default_run_has_the_requested_size(year: Database) -> None:
    assert _rows(year, "SELECT count(*) FROM entry") == [(DEFAULT_ENTRIES,)]
    assert _rows(year, "SELECT count(*) FROM client") == [(40,)]


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
    per_week = Counter(d.isocalendar().week for d in _entry_dates(year))
    average = DEFAULT_ENTRIES / 52
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


def test_about_a_third_of_the_minutes_are_indirect(year: Database) -> None:
    category = {c.code: c.category for c in default_catalogue().codes}
    minutes: Counter[str] = Counter()
    for code, total in _rows(year, "SELECT code, sum(minutes) FROM entry GROUP BY code"):
        minutes[category[str(code)]] += int(str(total))
    share = minutes["indirekte"] / sum(minutes.values())
    assert 0.28 <= share <= 0.40, share


def test_a_sample_of_entries_passes_validation(year: Database) -> None:
    catalogue = default_catalogue()
    ids = sorted(str(i) for (i,) in _rows(year, "SELECT id FROM entry"))
    for entry_id in random.Random(3).sample(ids, 300):
        stored = get_entry(year.engine, entry_id)
        assert stored is not None
        assert (stored.catalogue_id, stored.catalogue_version) == (catalogue.id,
                                                                   catalogue.version)
        draft = stored.draft
        assert validate_entry(draft, catalogue, today=END) == [], (entry_id, draft)
        assert draft.minutes % 5 == 0 and draft.travel_minutes % 5 == 0


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
    assert i10 <= {"telefon", "skriftlig", "video", "oppmote"}
    assert modes[("I10", "telefon")] + modes[("I10", "skriftlig")] > modes[("I10", "oppmote")]
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
        "DEMO01", "0301", "Barne- og familietjenesten")
    assert profile.profession == "fysioterapeut"
    assert profile.position_percent in (80, 100)
