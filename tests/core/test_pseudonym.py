"""Client pseudonyms: format, linked (keyed) pseudonyms and pilot keys."""

from __future__ import annotations

import base64
import datetime
import decimal
import hashlib
import hmac
import random

import pytest
from hypothesis import given, settings

from rehablogg.core.identity import IdKind
from rehablogg.core.pseudonym import (
    PSEUDONYM_RE,
    is_pseudonym,
    linked_pseudonym,
    new_pilot_key,
    parse_pilot_key,
    random_pseudonym,
)
from tests.identity_factory import example, valid_numbers, with_bad_k2, written_forms

BORN = datetime.date(2003, 2, 28)
KEY_A = bytes(range(32))
KEY_B = bytes(range(1, 33))
NO_DB = settings(database=None)

_RFC4648_TO_CROCKFORD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
)


def expected_linked(number: str, key: bytes) -> str:
    """The spec written out independently: HMAC-SHA256, first 30 bits, Crockford base32."""
    digest = hmac.new(key, number.encode(), hashlib.sha256).digest()
    first_40_bits = base64.b32encode(digest[:5]).decode()
    return "K-" + first_40_bits[:6].translate(_RFC4648_TO_CROCKFORD)


# --- format -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["K-7Q2M9X", "K-000000", "K-ZZZZZZ", "K-ABCDEF"])
def test_canonical_pseudonyms_are_accepted(text: str) -> None:
    assert is_pseudonym(text)
    assert PSEUDONYM_RE.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "K-7Q2M9",
        "K-7Q2M9XX",
        "k-7q2m9x",
        "K-7Q2M9x",
        "K_7Q2M9X",
        "X-7Q2M9X",
        "7Q2M9X",
        "K-7Q2M9I",  # I, L, O and U are not Crockford symbols
        "K-7Q2M9L",
        "K-7Q2M9O",
        "K-7Q2M9U",
        "K-7Q2M9X\n",
        " K-7Q2M9X",
    ],
)
def test_other_text_is_not_a_pseudonym(text: str) -> None:
    assert not is_pseudonym(text)
    assert PSEUDONYM_RE.match(text) is None


def test_random_pseudonym_has_the_format() -> None:
    for _ in range(200):
        assert is_pseudonym(random_pseudonym())


def test_random_pseudonym_is_reproducible_with_a_seeded_rng() -> None:
    assert random_pseudonym(random.Random(7)) == random_pseudonym(random.Random(7))


def test_random_pseudonyms_do_not_collide_in_a_few_thousand_draws() -> None:
    rng = random.Random(2024)
    drawn = [random_pseudonym(rng) for _ in range(5000)]
    assert len(set(drawn)) == len(drawn)


def test_default_random_source_does_not_repeat_in_practice() -> None:
    # 500 draws from 2**30 values: a repeat has odds of about one in ten thousand.
    drawn = [random_pseudonym() for _ in range(500)]
    assert len(set(drawn)) == len(drawn)


def _never_a_number_or_date(text: str) -> None:
    with pytest.raises(ValueError):
        float(text)
    with pytest.raises(ValueError):
        int(text)
    with pytest.raises(decimal.InvalidOperation):
        decimal.Decimal(text)
    with pytest.raises(ValueError):
        datetime.date.fromisoformat(text)
    for date_format in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d-%b", "%b-%y"):
        with pytest.raises(ValueError):
            datetime.datetime.strptime(text, date_format)
    assert text[0] not in "=+-@\t\r"


@pytest.mark.parametrize("text", ["K-000000", "K-1E1000", "K-012024", "K-10E100"])
def test_number_like_pseudonyms_still_do_not_parse(text: str) -> None:
    assert is_pseudonym(text)
    _never_a_number_or_date(text)


def test_random_pseudonyms_never_parse_as_number_or_date() -> None:
    rng = random.Random(11)
    for _ in range(300):
        _never_a_number_or_date(random_pseudonym(rng))


# --- linked pseudonyms --------------------------------------------------------------------


def test_linked_pseudonym_follows_the_specified_construction() -> None:
    number = example(IdKind.FODSELSNUMMER, BORN)
    assert linked_pseudonym(number, KEY_A) == expected_linked(number, KEY_A)


def test_linked_pseudonym_is_deterministic_for_one_key() -> None:
    number = example(IdKind.D_NUMMER, BORN)
    first = linked_pseudonym(number, KEY_A)
    assert is_pseudonym(first)
    assert linked_pseudonym(number, KEY_A) == first


def test_linked_pseudonym_is_the_same_for_every_written_form() -> None:
    number = example(IdKind.FODSELSNUMMER, BORN)
    expected = linked_pseudonym(number, KEY_A)
    assert {linked_pseudonym(form, KEY_A) for form in written_forms(number)} == {expected}


def test_linked_pseudonym_differs_across_keys() -> None:
    for kind in IdKind:
        number = example(kind, BORN)
        assert linked_pseudonym(number, KEY_A) != linked_pseudonym(number, KEY_B)


def test_linked_pseudonym_differs_across_people() -> None:
    numbers = [example(kind, BORN) for kind in IdKind]
    assert len({linked_pseudonym(n, KEY_A) for n in numbers}) == len(numbers)


@pytest.mark.parametrize(
    "text", ["", "abc", "1506871234", "150687123456", "K-7Q2M9X", "15.06.87 12345"]
)
def test_linked_pseudonym_refuses_text_that_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError, match="Fødselsnummeret er ikke gyldig"):
        linked_pseudonym(text, KEY_A)


def test_linked_pseudonym_refuses_bad_check_digits_without_echoing_them() -> None:
    bad = with_bad_k2(example(IdKind.FODSELSNUMMER, BORN))
    with pytest.raises(ValueError, match="Fødselsnummeret er ikke gyldig") as raised:
        linked_pseudonym(bad, KEY_A)
    assert bad not in str(raised.value)


@NO_DB
@given(valid_numbers())
def test_every_valid_number_gets_a_pseudonym(generated: tuple[str, IdKind]) -> None:
    number, _ = generated
    assert linked_pseudonym(number, KEY_B) == expected_linked(number, KEY_B)


# --- pilot keys ---------------------------------------------------------------------------


def test_new_pilot_key_round_trips() -> None:
    text = new_pilot_key()
    assert len(text) == 64
    key = parse_pilot_key(text)
    assert len(key) == 32
    assert key.hex() == text


def test_new_pilot_keys_differ() -> None:
    assert new_pilot_key() != new_pilot_key()


def test_parse_pilot_key_tolerates_case_and_surrounding_space() -> None:
    text = KEY_A.hex()
    assert parse_pilot_key(f"  {text.upper()}\n") == KEY_A


@pytest.mark.parametrize(
    "text",
    [
        "",
        "00" * 31,
        "00" * 33,
        "g" + "0" * 63,
        "0x" + "00" * 31,
        "00" * 16 + " " + "00" * 16,
        "ø" * 64,
    ],
)
def test_parse_pilot_key_refuses_bad_text(text: str) -> None:
    with pytest.raises(ValueError, match="Pilotnøkkelen må være 64 tegn"):
        parse_pilot_key(text)
