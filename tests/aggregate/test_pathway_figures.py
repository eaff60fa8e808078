"""The care pathway's figures on small hand-made format 1.1 rows (pathway_figures.py): waits
with their exact median and 75th percentile, the still waiting, an episode's length less its
pauses, a group entry's minutes split among the clients it names, the newest version of an
episode and of a needs assessment, and the year a need falls in."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pytest

from rehablogg.aggregate.pathway_figures import (
    COLUMNS_READ,
    TIME_COLUMNS_READ,
    MonthRows,
    PathwayData,
    cross_rows,
    episode_figures,
    episode_months,
    median,
    need_year,
    needs_ahead,
    percentile,
    wait_groups,
)
from rehablogg.exchange.columns import ADDED_TABLES, ENTRY_TABLE, PARTICIPANT_TABLE

BERGEN = "4601 Bergen"


def test_the_columns_read_are_the_formats() -> None:
    for sheet, names in COLUMNS_READ.items():
        assert set(names) <= {c.name for c in ADDED_TABLES[sheet]}, sheet
    assert {"bostedskommune", "tjenesteform"} <= {c.name for c in PARTICIPANT_TABLE}
    assert set(TIME_COLUMNS_READ["entries"]) <= {c.name for c in ENTRY_TABLE}
    assert set(TIME_COLUMNS_READ["participants"]) <= {c.name for c in PARTICIPANT_TABLE}


def _episode(
    episode_id: str,
    client: str,
    referral: str,
    first: str | None = None,
    end: str | None = None,
    reason: str | None = None,
    source: str = "fastlege",
    home: str = "4601",
    arrangement: str = "egen",
) -> dict[str, object]:
    return {
        "forlop_id": episode_id,
        "bruker": client,
        "henvist": referral,
        "henvist_fra": source,
        "startdato": first,
        "sluttdato": end,
        "sluttarsak": reason,
        "forste_direkte_kontakt": first,
        "antall_opphold": 0,
        "oppholdsdager": 0,
        "bostedskommune": home,
        "tjenesteform": arrangement,
    }


def _entry(entry_id: str, day: str, minutes: int, category: str = "direkte") -> dict[str, object]:
    return {"registrering_id": entry_id, "dato": day, "kategori": category, "minutter": minutes}


def _person(entry_id: str, client: str, home: str = "4601", **more: object) -> dict[str, object]:
    return {
        "registrering_id": entry_id,
        "bruker": client,
        "tjeneste": "habilitering",
        "aldersgruppe": "0-5",
        "bostedskommune": home,
        "tjenesteform": "egen",
        **more,
    }


def _month(
    month: str,
    episodes: list[dict[str, object]] = (),  # type: ignore[assignment]
    entries: list[dict[str, object]] = (),  # type: ignore[assignment]
    people: list[dict[str, object]] = (),  # type: ignore[assignment]
    pauses: list[Mapping[str, object]] = (),  # type: ignore[assignment]
    needs: list[Mapping[str, object]] = (),  # type: ignore[assignment]
    therapist: str = "T1",
    municipality: str = BERGEN,
) -> MonthRows:
    return MonthRows(
        therapist, municipality, month, entries, people, list(episodes), list(pauses), list(needs)
    )


def test_percentile_is_linear_between_the_closest_ranks() -> None:
    assert median([3, 1, 10, 2]) == 2.5
    assert percentile([3, 1, 10, 2], 0.75) == 4.75  # 3 + (10 - 3) * 0.25
    assert percentile([7], 0.75) == 7
    assert median([1, 2, 9]) == 2
    assert percentile([], 0.5) is None


def test_waits_give_exact_median_and_75th_percentile_and_the_still_waiting() -> None:
    data = PathwayData()
    data.add(
        _month(
            "2026-03",
            [
                _episode("a", "K1", "2026-03-01", "2026-03-02"),  # 1 day
                _episode("b", "K2", "2026-03-01", "2026-03-03"),  # 2
                _episode("c", "K3", "2026-03-01", "2026-03-04", source="ppt"),  # 3
                _episode("d", "K4", "2026-03-01", "2026-03-11", source="ppt"),  # 10
                _episode("e", "K5", "2026-03-10"),  # waiting: 21 days to 31 March
                _episode("f", "K6", "2026-02-20"),  # waiting: 39 days
                _episode("g", "K7", "2026-03-01", end="2026-03-05", reason="flyttet"),
            ],
        )
    )
    groups = {(g.dimension, g.key): g for g in wait_groups(episode_figures(data))}
    bergen = groups[("kommune", BERGEN)]
    assert (bergen.episodes, bergen.with_contact) == (7, 4)
    assert (bergen.median_days, bergen.p75_days) == (2.5, 4.75)
    # the one that ended without a contact is not waiting
    assert (bergen.waiting, bergen.waiting_median_days, bergen.waiting_longest_days) == (2, 30, 39)
    ppt = groups[("henvist_fra", "ppt")]
    assert (ppt.median_days, ppt.p75_days) == (6.5, 8.25)
    # no entries yet: service and age group are not known
    assert ("tjeneste", "ukjent") in groups
    assert groups[("i alt", "i alt")].episodes == 7


def test_the_newest_version_of_an_episode_counts() -> None:
    data = PathwayData()
    later = _month(
        "2026-04", [_episode("a", "K1", "2026-03-01", "2026-03-20", "2026-04-10", "maal_naadd")]
    )
    data.add(later)
    data.add(_month("2026-03", [_episode("a", "K1", "2026-03-01", "2026-03-20")]))
    (only,) = episode_figures(data)
    assert only.row.end == date(2026, 4, 10)
    assert only.wait_days == 19


def test_an_open_episode_a_later_month_no_longer_lists_is_left_out() -> None:
    """Every episode active in a month is on that month's Forløp: an open episode missing from
    a later month of its therapist was deleted or its end back-dated, so it is not counted as
    active or waiting for ever."""
    data = PathwayData()
    data.add(
        _month("2026-03", [_episode("a", "K1", "2026-03-02"), _episode("b", "K2", "2026-03-02")])
    )
    data.add(_month("2026-04", [_episode("b", "K2", "2026-03-02")]))
    data.add(_month("2026-05", [_episode("b", "K2", "2026-03-02")]))
    data.add(_month("2026-05", [_episode("a", "K1", "2026-03-02")], therapist="T2"))
    figures = episode_figures(data)
    assert sorted((f.row.therapist, f.row.id) for f in figures) == [("T1", "b"), ("T2", "a")]
    rows = {m.month: m for m in episode_months(data, figures)}
    # T2's a, referred in March, is active in Bergen's April too; T1's a in neither
    assert (rows["2026-04"].active, rows["2026-05"].active) == (2, 2)
    total = wait_groups(figures)[-1]
    assert (total.waiting, total.waiting_longest_days) == (2, 90)  # 2 March to 31 May
    assert [e.id for es in data.by_client().values() for e in es] == ["b", "a"]


def test_an_episode_ended_before_a_later_month_stays() -> None:
    data = PathwayData()
    data.add(
        _month(
            "2026-03", [_episode("a", "K1", "2026-03-02", "2026-03-03", "2026-03-31", "flyttet")]
        )
    )
    data.add(_month("2026-04"))
    (only,) = episode_figures(data)
    assert (only.row.end, only.length_days) == (date(2026, 3, 31), 30)


def test_length_leaves_the_paused_days_out() -> None:
    data = PathwayData()
    data.add(
        _month(
            "2026-04",
            [_episode("a", "K1", "2026-03-01", "2026-03-02", "2026-04-09", "maal_naadd")],
            pauses=[
                {
                    "forlop_id": "a",
                    "fra": "2026-03-10",
                    "til": "2026-03-19",
                    "type": "utilgjengelig",
                }
            ],
        )
    )
    (only,) = episode_figures(data)
    # 1 March to 9 April is 40 days, both counted; 10 of them paused
    assert (only.pause_days, only.length_days) == (10, 30)


def test_paused_days_are_counted_once_and_only_inside_the_episode() -> None:
    def pause(start: str, end: str | None) -> dict[str, object]:
        return {"forlop_id": "a", "fra": start, "til": end, "type": "utilgjengelig"}

    data = PathwayData()
    data.add(
        _month(
            "2026-03",
            [_episode("a", "K1", "2026-03-10", "2026-03-11", "2026-03-20", "maal_naadd")],
            # from 1900 (a hostile file: verify refuses it, the figures stay sane), and two
            # that overlap and run past the end
            pauses=[
                pause("1900-01-01", "2026-03-11"),
                pause("2026-03-15", "2026-03-18"),
                pause("2026-03-17", None),
            ],
        )
    )
    (only,) = episode_figures(data)
    # 10–11 March and 15–20 March paused: 8 of the 11 days
    assert (only.pause_days, only.length_days) == (8, 3)
    assert only.row.paused_days(date(2026, 3, 16)) == 4


def test_a_group_entry_is_split_among_the_clients_it_names() -> None:
    data = PathwayData()
    data.add(
        _month(
            "2026-03",
            [
                _episode("a", "K1", "2026-03-01", "2026-03-02"),
                _episode("b", "K2", "2026-03-01", "2026-03-02", home="1103", arrangement="kjop"),
            ],
            entries=[
                _entry("e1", "2026-03-02", 45),
                _entry("e2", "2026-03-02", 45),
                _entry("g1", "2026-03-05", 120, "indirekte"),  # a parent course for four
                _entry("n1", "2026-03-06", 30, "indirekte"),  # names nobody
                _entry("d3", "2026-03-09", 60),  # a group session with two children
            ],
            people=[
                _person("e1", "K1"),
                _person("e2", "K2", home="1103", tjenesteform="kjop"),
                _person("g1", "K1"),
                _person("g1", "K2", home="1103", tjenesteform="kjop"),
                _person("g1", "K3"),
                _person("g1", "K4"),
                _person("d3", "K1"),
                _person("d3", "K2", home="1103", tjenesteform="kjop"),
            ],
        )
    )
    figures = {f.row.id: f for f in episode_figures(data)}
    # the parent course's 120 minutes split four ways; the group session whole for each child
    assert (figures["a"].direct_minutes, figures["a"].indirect_minutes) == (45 + 60, 30)
    assert (figures["b"].direct_minutes, figures["b"].indirect_minutes) == (45 + 60, 30)
    cross = {(c.serving, c.home, c.arrangement): c for c in cross_rows(data)}
    own = cross[(BERGEN, "4601", "egen")]
    bought = cross[(BERGEN, "1103", "kjop")]
    assert (own.clients, own.entries, own.minutes) == (3, 3, 45 + 30 + 30 + 30 + 60)
    assert (bought.clients, bought.entries, bought.minutes) == (1, 3, 45 + 30 + 60)
    # the parent course counts 120 minutes in all, not 4 × 120; n1 names nobody
    assert own.minutes + bought.minutes == 45 + 45 + 120 + 2 * 60
    assert bought.share_of_serving == pytest.approx(135 / 330)


def test_a_format_1_0_month_has_no_pathway_figures() -> None:
    data = PathwayData()
    people = [_person("e1", "K1")]
    for p in people:
        del p["bostedskommune"], p["tjenesteform"]
    data.add(_month("2026-03", entries=[_entry("e1", "2026-03-02", 45)], people=people))
    assert episode_figures(data) == []
    assert cross_rows(data) == []
    assert wait_groups([]) == []


def test_episodes_per_month_count_referred_started_ended_and_active() -> None:
    data = PathwayData()
    data.add(
        _month(
            "2026-03",
            [
                _episode("a", "K1", "2026-02-25", "2026-03-02", "2026-03-30", "maal_naadd"),
                _episode("b", "K2", "2026-03-10", "2026-03-12"),
            ],
        )
    )
    data.add(
        _month(
            "2026-04", [_episode("b", "K2", "2026-03-10", "2026-03-12", "2026-04-02", "flyttet")]
        )
    )
    rows = {m.month: m for m in episode_months(data, episode_figures(data))}
    march, april = rows["2026-03"], rows["2026-04"]
    # a's referral in February is in no month delivered
    assert (march.active, march.referred, march.started, march.ended) == (2, 1, 2, 1)
    assert march.by_reason == {"maal_naadd": 1}
    assert march.lengths == [34]
    assert (april.active, april.referred, april.ended, april.by_reason) == (1, 0, 1, {"flyttet": 1})


def test_the_year_a_need_falls_in() -> None:
    assessed = date(2025, 11, 3)
    assert need_year("barnehage_skole", 2021, assessed, 2027) == 2027  # turns 6
    assert need_year("bolig", 2010, assessed, 2027) == 2028  # turns 18
    assert need_year("bolig", None, assessed, 2027) is None
    assert need_year("hjelpemidler", 2010, assessed, 2027) == 2027  # stands until a newer one
    assert need_year("transport", 2010, date(2028, 2, 1), 2027) == 2029


def test_needs_ahead_count_the_newest_assessment_by_home_municipality() -> None:
    old = {
        "bruker": "K1",
        "fodselsar": 2021,
        "bostedskommune": "1103",
        "vurdert": "2025-05-01",
        "barnehage_skole": "mye",
        "bolig": "ingen",
        "hjelpemidler": "noe",
        "transport": "ingen",
        "ip_koordinator": "ingen",
    }
    new = {**old, "vurdert": "2026-02-01", "hjelpemidler": "ingen", "barnehage_skole": "noe"}
    other = {**old, "bruker": "K2", "fodselsar": 2010, "bolig": "mye", "barnehage_skole": "ingen"}
    data = PathwayData()
    data.add(_month("2026-03", needs=[new, other]))
    data.add(_month("2026-02", needs=[old]))
    cells = needs_ahead(data, (2027, 2028, 2029, 2030, 2031))
    assert {k: len(v) for k, v in cells.items()} == {
        ("1103", "barnehage_skole", "noe", 2027): 1,
        ("1103", "bolig", "mye", 2028): 1,
        ("1103", "hjelpemidler", "noe", 2027): 1,  # K2's: K1's newest says ingen
    }


def test_rows_that_cannot_be_read_are_left_out() -> None:
    """verify refuses such files; a collection is still read defensively (an episode without a
    referral date, a needs row without a date, a pause without a start count nowhere)."""
    data = PathwayData()
    data.add(
        _month(
            "2026-03",
            [
                {**_episode("a", "K1", "2026-03-01"), "henvist": None},
                {**_episode("b", "K2", "2026-03-01"), "henvist": "ikke en dato"},
                {**_episode("", "K3", "2026-03-01")},
                _episode("d", "K4", "2026-03-01", "2026-03-05"),
            ],
            pauses=[{"forlop_id": "d", "fra": "", "til": "2026-03-03", "type": "utilgjengelig"}],
            needs=[{"bruker": "K4", "vurdert": "31.02.2026", "bolig": "mye"}],
        )
    )
    (only,) = episode_figures(data)
    assert (only.row.id, only.wait_days, only.pause_days) == ("d", 4, 0)
    assert data.needs == {}
