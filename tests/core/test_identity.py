"""Identity-number validation and the free-text scanner, on synthetic numbers only."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehablogg.core.identity import (
    IdKind,
    IdMatch,
    contains_identity_number,
    find_identity_numbers,
    identify,
    is_identity_number,
    normalise,
)
from tests.identity_factory import (
    K1_WEIGHTS,
    dated_number,
    example,
    fh_number,
    first_valid,
    k2_for,
    valid_numbers,
    weighted_residue,
    with_bad_k1,
    with_bad_k2,
    with_check_digits,
    written_forms,
)

BORN = datetime.date(1987, 6, 15)
NO_DB = settings(database=None)


def checked(date_part: str) -> str:
    """Complete a DDMMYY part (valid or not) with some individual number and valid check digits."""
    return first_valid([with_check_digits(f"{date_part}{i:03d}") for i in range(1000)])


# --- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(IdKind))
def test_each_kind_is_recognised(kind: IdKind) -> None:
    number = example(kind, BORN)
    assert identify(number) is kind
    assert is_identity_number(number)


@pytest.mark.parametrize("first", [8, 9])
def test_fh_number_with_first_digit_8_or_9(first: int) -> None:
    number = first_valid([fh_number(first, m) for m in range(100)])
    assert identify(number) is IdKind.FH_NUMMER


def test_fh_number_needs_no_date() -> None:
    # Digits 3-4 are "99", which no month offset can explain.
    number = first_valid([fh_number(9, 99_000_000 + m) for m in range(100)])
    assert identify(number) is IdKind.FH_NUMMER


@pytest.mark.parametrize("kind", list(IdKind))
@pytest.mark.parametrize("residue", [1, 2, 3])
def test_2032_rule_accepts_alternative_k1(kind: IdKind, residue: int) -> None:
    number = example(kind, BORN, k1_residue=residue)
    assert (weighted_residue(number[:9], K1_WEIGHTS) + int(number[9])) % 11 == residue
    assert identify(number) is kind


def test_synthetic_number_may_also_carry_the_d_offset() -> None:
    number = first_valid(
        [dated_number(IdKind.SYNTHETIC, BORN, i, d_offset=True) for i in range(1000)]
    )
    assert number[:4] == "5586"
    assert identify(number) is IdKind.SYNTHETIC


def test_offsets_are_removed_before_the_date_check() -> None:
    assert identify(checked("710180")) is IdKind.D_NUMMER  # 31.01.80
    assert identify(checked("015280")) is IdKind.H_NUMMER  # 01.12.80
    assert identify(checked("019280")) is IdKind.SYNTHETIC  # 01.12.80
    assert identify(checked("719280")) is IdKind.SYNTHETIC  # 31.12.80 with the D offset


def test_bad_k1_is_rejected() -> None:
    good = example(IdKind.FODSELSNUMMER, BORN)
    bad = with_bad_k1(good)
    assert bad[:9] == good[:9]
    assert identify(bad) is None


@pytest.mark.parametrize("kind", list(IdKind))
def test_bad_k2_is_rejected(kind: IdKind) -> None:
    assert identify(with_bad_k2(example(kind, BORN))) is None


def test_k1_of_10_leaves_only_the_2032_values() -> None:
    # When the classic K1 would be 10 the number used to be impossible; from 2032 the K1 values
    # giving residue 1, 2 or 3 (here 0, 1 and 2) are allowed, and nothing else.
    nine = next(
        f"150687{i:03d}" for i in range(1000) if weighted_residue(f"150687{i:03d}", K1_WEIGHTS) == 1
    )
    accepted = set()
    for k1 in range(10):
        k2 = k2_for(f"{nine}{k1}")
        if k2 is not None and identify(f"{nine}{k1}{k2}") is not None:
            accepted.add(k1)
    assert accepted <= {0, 1, 2}
    assert accepted


def test_k2_of_10_is_never_valid() -> None:
    ten = next(
        f"150687{i:03d}{k1}"
        for i in range(1000)
        for k1 in range(10)
        if k2_for(f"150687{i:03d}{k1}") is None
    )
    assert all(identify(f"{ten}{k2}") is None for k2 in range(10))


@pytest.mark.parametrize(
    "date_part",
    [
        "320187",  # day 32
        "000187",  # day 0
        "011387",  # month 13
        "010087",  # month 0
        "310487",  # 31 April
        "300288",  # 30 February
        "290201",  # 29 February 1901/2001: never a leap year
        "290287",  # 29 February 1887/1987
        "720187",  # D-number, day 32
        "400187",  # day 0 with the D offset
        "015387",  # H-number, month 13
        "014087",  # H-number, month 0
        "019387",  # synthetic, month 13
        "690201",  # D-number, 29 February of a year that is never leap
        "415287",  # D and H offsets together
    ],
)
def test_impossible_dates_are_rejected(date_part: str) -> None:
    assert identify(checked(date_part)) is None


@pytest.mark.parametrize(
    "date_part",
    [
        "290200",  # 2000 is a leap year even though 1900 is not
        "290204",
        "290296",
        "690200",  # D-number
        "298200",  # synthetic
    ],
)
def test_29_february_is_valid_when_any_century_makes_it_leap(date_part: str) -> None:
    assert identify(checked(date_part)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1506871234",  # ten digits
        "150687123456",  # twelve digits
        "150687 12345",
        "150687-12345",
        "15068712a45",
        " 15068712345",
        "".join(chr(0xFF10 + int(d)) for d in "15068712345"),  # full-width digits
    ],
)
def test_identify_takes_exactly_eleven_ascii_digits(text: str) -> None:
    assert identify(text) is None
    assert not is_identity_number(text)


@NO_DB
@given(valid_numbers())
def test_every_generated_number_is_valid(generated: tuple[str, IdKind]) -> None:
    number, kind = generated
    assert identify(number) is kind


@NO_DB
@given(valid_numbers(), st.integers(0, 10), st.integers(1, 9))
def test_changing_one_digit_breaks_the_number(
    generated: tuple[str, IdKind], position: int, delta: int
) -> None:
    # K2's weights are all non-zero mod 11, so every single-digit error is caught.
    number, _ = generated
    digit = (int(number[position]) + delta) % 10
    changed = f"{number[:position]}{digit}{number[position + 1 :]}"
    assert identify(changed) is None


# --- normalise ----------------------------------------------------------------------------


def test_normalise_accepts_every_written_form() -> None:
    number = example(IdKind.FODSELSNUMMER, BORN)
    for form in written_forms(number):
        assert normalise(form) == number
        assert normalise(f"  {form}\n") == number


@pytest.mark.parametrize(
    "text",
    ["", "abc", "1506 8712345", "150687  12345", "150687 12 345", "150687--12345", "1506871234"],
)
def test_normalise_refuses_other_shapes(text: str) -> None:
    assert normalise(text) is None


def test_normalise_checks_the_shape_not_the_check_digits() -> None:
    assert normalise("150687-00000") == "15068700000"


# --- scanner ------------------------------------------------------------------------------


def test_each_written_form_is_found_in_a_sentence() -> None:
    number = example(IdKind.FODSELSNUMMER, BORN)
    for form in written_forms(number):
        text = f"Brukeren har fødselsnummer {form} og bor i Bodø."
        start = text.index(form)
        assert find_identity_numbers(text) == [
            IdMatch(start, start + len(form), IdKind.FODSELSNUMMER)
        ]
        assert contains_identity_number(text)


@pytest.mark.parametrize(
    "template",
    [
        "({})",
        "«{}»",
        "Fnr.: {}.",
        "fnr:{};neste",
        "/{}/",
        "{},",
        "fnr{}",
        "{}\n",
        "\t{}",
    ],
)
def test_adjacent_punctuation_and_letters_delimit_a_number(template: str) -> None:
    number = example(IdKind.D_NUMMER, BORN)
    text = template.format(number)
    start = text.index(number)
    assert find_identity_numbers(text) == [IdMatch(start, start + 11, IdKind.D_NUMMER)]


def test_several_numbers_in_one_text_are_found_in_order() -> None:
    fnr = example(IdKind.FODSELSNUMMER, BORN)
    h_number = example(IdKind.H_NUMMER, BORN)
    fh = example(IdKind.FH_NUMMER, BORN)
    text = (
        f"Mor: {fnr[:6]}-{fnr[6:]}. Barnet har H-nummer {h_number[:6]} {h_number[6:9]} "
        f"{h_number[9:]}, og FH-nummer {fh}."
    )
    found = find_identity_numbers(text)
    assert [m.kind for m in found] == [IdKind.FODSELSNUMMER, IdKind.H_NUMMER, IdKind.FH_NUMMER]
    assert [text[m.start : m.end].replace("-", "").replace(" ", "") for m in found] == [
        fnr,
        h_number,
        fh,
    ]


def test_invalid_number_next_to_a_valid_one_is_skipped() -> None:
    number = example(IdKind.SYNTHETIC, BORN)
    bad = with_bad_k2(number)
    text = f"{bad} og {number}"
    start = text.index(number, 11)
    assert find_identity_numbers(text) == [IdMatch(start, start + 11, IdKind.SYNTHETIC)]


def test_numbers_inside_longer_digit_runs_are_not_matched() -> None:
    number = example(IdKind.FODSELSNUMMER, BORN)
    date, rest = number[:6], number[6:]
    texts = [
        f"Konto {number}0",
        f"Konto 9{number}",
        f"Referanse 12{number}",
        f"{date} {rest}7",
        f"4{date}-{rest}",
        f"{date} {rest[:3]} {rest[3:]}1",
    ]
    for text in texts:
        assert find_identity_numbers(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Ring meg på +47 912 34 567 etter klokka 15.",
        "Telefon 91234567 eller 004791234567.",
        "Time 12.03.2024 kl. 10.30, neste 14.03.24.",
        "Kontonummer 1234.56.78903.",
        "Beløpet var 1 234 567,89 kr.",
        "",
        "Ingen tall her.",
    ],
)
def test_ordinary_numbers_are_not_identity_numbers(text: str) -> None:
    assert find_identity_numbers(text) == []
    assert not contains_identity_number(text)


def test_eleven_digits_with_bad_check_digits_are_not_matched() -> None:
    bad = with_bad_k1(example(IdKind.FODSELSNUMMER, BORN))
    assert not contains_identity_number(f"Se sak {bad} i arkivet.")


_NO_DIGITS = st.text(st.characters(blacklist_categories=("Nd", "Cs")), max_size=30)


@NO_DB
@given(valid_numbers(), st.integers(0, 5), _NO_DIGITS, _NO_DIGITS)
def test_scanner_finds_every_valid_number_in_every_form(
    generated: tuple[str, IdKind], form_index: int, before: str, after: str
) -> None:
    number, kind = generated
    form = written_forms(number)[form_index]
    text = before + form + after
    assert find_identity_numbers(text) == [IdMatch(len(before), len(before) + len(form), kind)]
