from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehablogg.core.agegroups import AgeGroup
from rehablogg.core.intensity import Target
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, PilotError, RosterEntry, parse_pilot, pilot_toml

PILOT = Pilot(
    id="pilot-vest-2026",
    name='Pilot "Vest" 2026',
    catalogue_id="rehablogg-standard",
    catalogue_version=1,
    roster=(
        RosterEntry(
            "T001", "4601", "Barn og unge", "fysioterapeut", Month(2026, 1), Month(2026, 6)
        ),
        RosterEntry("T002", "0301", "Voksne", "ergoterapeut", Month(2026, 3), Month(2026, 12)),
    ),
    age_groups=(AgeGroup(0, 17), AgeGroup(18, None)),
    required_fields=("arena",),
)


def test_round_trip() -> None:
    assert parse_pilot(pilot_toml(PILOT), "p.toml") == PILOT
    assert [str(m) for m in PILOT.roster[0].months()] == [
        "2026-01",
        "2026-02",
        "2026-03",
        "2026-04",
        "2026-05",
        "2026-06",
    ]
    assert PILOT.member("T002") is PILOT.roster[1]


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (('format = "rehablogg-pilot"', 'format = "noe annet"'), "ikke en pilotfil"),
        (('format_version = "1.0"', 'format_version = "2.0"'), "nyere rehablogg"),
        (('id = "pilot-vest-2026"', 'id = "Pilot Vest"'), "«id»"),
        (('therapist = "T002"', 'therapist = "T001"'), "to ganger"),
        (('municipality = "0301"', 'municipality = "301"'), "fire sifre"),
        (
            ('profession = "ergoterapeut"', 'profession = "lege"'),
            "«fysioterapeut» eller «ergoterapeut», ikke «lege»",
        ),
        (('last_month = "2026-06"', 'last_month = "2025-12"'), "før first_month"),
        (('first_month = "2026-03"', 'first_month = "mars"'), "ÅÅÅÅ-MM"),
        (("age_groups = [[0, 17], [18]]", "age_groups = [[0, 17], [19]]"), "uten hull"),
        (('required_fields = ["arena"]', 'required_fields = ["humør"]'), "humør"),
        (("linked_pseudonyms = false", "linked_pseudonyms = true"), "«key»"),
        (("[[roster]]", "[[rooster]]"), "rooster"),
    ],
)
def test_bad_files_are_refused_naming_the_field(change: tuple[str, str], fragment: str) -> None:
    text = pilot_toml(PILOT)
    assert change[0] in text
    with pytest.raises(PilotError, match=fragment) as caught:
        parse_pilot(text.replace(change[0], change[1], 1), "pilot.toml")
    assert str(caught.value).startswith("pilot.toml: ")
    assert "\n" not in str(caught.value)


def test_not_toml() -> None:
    with pytest.raises(PilotError, match="ikke gyldig TOML"):
        parse_pilot("id = [", "x.toml")


# -- intensity targets (format 1.1) -------------------------------------------------------------

TARGETED = Pilot(
    id=PILOT.id,
    name=PILOT.name,
    catalogue_id=PILOT.catalogue_id,
    catalogue_version=1,
    roster=PILOT.roster,
    age_groups=PILOT.age_groups,
    required_fields=PILOT.required_fields,
    targets={
        "habilitering": Target(sessions_per_week=1.5, minutes_per_week=60),
        "rehabilitering": Target(minutes_per_week=90),
    },
)


def test_targets_round_trip_and_mark_the_file_1_1() -> None:
    text = pilot_toml(TARGETED)
    assert 'format_version = "1.1"' in text
    assert "[intensity_targets.habilitering]" in text
    back = parse_pilot(text, "p.toml")
    assert back == TARGETED
    assert back.targets["rehabilitering"] == Target(0.0, 90)
    assert back.targets["habilitering"].sessions_per_week == 1.5


def test_a_file_without_targets_stays_1_0_and_has_none() -> None:
    text = pilot_toml(PILOT)
    assert 'format_version = "1.0"' in text and "intensity_targets" not in text
    assert parse_pilot(text, "p.toml").targets == {}


def test_whole_number_of_sessions_is_accepted() -> None:
    text = pilot_toml(PILOT) + "\n[intensity_targets.habilitering]\nsessions_per_week = 2\n"
    assert parse_pilot(text, "p.toml").targets == {"habilitering": Target(2.0, 0)}


@pytest.mark.parametrize(
    ("table", "fragment"),
    [
        ("[intensity_targets.barnevern]\nminutes_per_week = 60", "kjent tjeneste"),
        ("[intensity_targets.habilitering]\nminutter = 60", "«minutter»"),
        ("[intensity_targets.habilitering]\nsessions_per_week = -1", "«sessions_per_week»"),
        ('[intensity_targets.habilitering]\nsessions_per_week = "2"', "«sessions_per_week»"),
        ("[intensity_targets.habilitering]\nminutes_per_week = 45.5", "«minutes_per_week»"),
        ("[intensity_targets.habilitering]\nminutes_per_week = 0", "setter ikke noe mål"),
        ("[intensity_targets.habilitering]", "er tom"),
        ("intensity_targets = 3", "«intensity_targets»"),
        ("intensity_targets = { habilitering = 3 }", "«intensity_targets.habilitering»"),
    ],
)
def test_bad_targets_are_refused_naming_the_field(table: str, fragment: str) -> None:
    # Top-level keys must come before the first table header, so put the change first.
    text = (
        (table + "\n" + pilot_toml(PILOT))
        if table.startswith("intensity_targets =")
        else pilot_toml(PILOT) + "\n" + table + "\n"
    )
    with pytest.raises(PilotError, match=fragment) as caught:
        parse_pilot(text, "pilot.toml")
    assert str(caught.value).startswith("pilot.toml: ")
    assert "\n" not in str(caught.value)


def test_a_file_without_a_threshold_gets_the_default_and_keeps_its_version() -> None:
    text = pilot_toml(PILOT)
    assert "small_count_threshold" not in text
    assert 'format_version = "1.0"' in text
    assert parse_pilot(text, "p.toml").small_count_threshold == 5


def test_threshold_round_trips_and_marks_the_file_1_2() -> None:
    pilot = replace(TARGETED, small_count_threshold=10)
    text = pilot_toml(pilot)
    assert 'format_version = "1.2"' in text and "small_count_threshold = 10" in text
    assert parse_pilot(text, "p.toml") == pilot


@pytest.mark.parametrize("value", ["1", "51", "0", '"5"', "true", "5.0", "-3"])
def test_threshold_out_of_bounds_is_refused_in_one_sentence(value: str) -> None:
    text = pilot_toml(PILOT).replace(
        'format_version = "1.0"', f'format_version = "1.2"\nsmall_count_threshold = {value}'
    )
    with pytest.raises(PilotError) as error:
        parse_pilot(text, "p.toml")
    message = str(error.value)
    shown = "«5»" if value == '"5"' else value  # the value found, as written in the file
    assert message == (
        "p.toml: feltet «small_count_threshold» må være et heltall fra 2 til 50 "
        "(antall personer under dette skjules i delingsarkene; vanlig er 5), "
        f"ikke {shown}."
    )


# -- sentences that name the table and the key (issue 19 item 4) -------------------------------


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (
            ('format_version = "1.0"\n', ""),
            "pilot.toml: feltet «format_version» mangler; legg det til.",
        ),
        (
            ('municipality = "0301"', 'municipality = "301"'),
            "pilot.toml: terapeut T002, feltet «municipality» må ha fire sifre, ikke «301».",
        ),
        (
            ('first_month = "2026-03"', "first_month = 2026-03-01"),
            "pilot.toml: terapeut T002, feltet «first_month» må være en måned skrevet ÅÅÅÅ-MM i "
            "anførselstegn, ikke 2026-03-01.",
        ),
        (
            ('therapist = "T002"', "therapist = 2"),
            "pilot.toml: [[roster]] nr. 2, feltet «therapist» må være en tekst i anførselstegn, "
            "ikke 2.",
        ),
        (
            ('unit = "Voksne"', 'unit = "Voksne"\nenhet = "x"'),
            "pilot.toml: terapeut T002, feltet «enhet» er ukjent; sjekk stavemåten (kjente felt er "
            "therapist, municipality, unit, profession, first_month, last_month).",
        ),
        (
            ("linked_pseudonyms = false", "linked_pseudonyms = 0"),
            "pilot.toml: feltet «linked_pseudonyms» må være true eller false, ikke 0.",
        ),
        (
            ("catalogue_version = 1", 'catalogue_version = "1"'),
            "pilot.toml: feltet «catalogue_version» må være et positivt heltall uten "
            "anførselstegn, ikke «1».",
        ),
        (
            ("age_groups = [[0, 17], [18]]", "age_groups = [[0, 17], [18, 12], [13]]"),
            "pilot.toml: feltet «age_groups» har en gruppe der slutten er før starten ([18, 12]).",
        ),
    ],
)
def test_a_refusal_names_the_table_and_the_key(change: tuple[str, str], sentence: str) -> None:
    text = pilot_toml(PILOT)
    assert change[0] in text
    with pytest.raises(PilotError) as caught:
        parse_pilot(text.replace(change[0], change[1], 1), "pilot.toml")
    assert str(caught.value) == sentence


def test_the_pilot_key_never_appears_in_a_sentence() -> None:
    linked = replace(PILOT, linked_pseudonyms=True, key="ab" * 32)
    text = pilot_toml(linked).replace("ab" * 32, "zz" + "ab" * 31)
    with pytest.raises(PilotError) as caught:
        parse_pilot(text, "pilot.toml")
    assert str(caught.value) == (
        "pilot.toml: feltet «key» må være 64 heksadesimale tegn når pseudonymene er koblet."
    )


@given(st.text())
def test_pilot_toml_strings_read_back_as_written(text: str) -> None:
    """pilot_toml escaped only backslash and quote: a name with a line break wrote a file
    TOML cannot read, so `pilot new` refused its own output with a syntax sentence."""
    import tomllib

    from rehablogg.core.pilot import _q

    assert tomllib.loads(f"name = {_q(text)}\n")["name"] == text
