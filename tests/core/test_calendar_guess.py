"""Guessing a code from a calendar event's title."""

from __future__ import annotations

import pytest

from rehablogg.core.calendar_guess import guess_code
from rehablogg.core.catalogue import default_catalogue


@pytest.mark.parametrize(
    ("title", "code", "word"),
    [
        ("Ansvarsgruppemøte", "I04", "Ansvarsgruppemøte"),
        ("AG-møte for K-7Q2M9X", "I04", "AG-møte"),
        ("IP-møte skole", "I08", "IP-møte"),
        ("Møte om IP", "I08", "IP"),
        ("Barnekoordinatormøte", "I07", "Barnekoordinatormøte"),
        ("Koordinator: oppfølging", "I06", "Koordinator"),
        ("Veiledning barnehage", "I02", "Veiledning barnehage"),
        ("Foreldreveiledning", "I01", "Foreldreveiledning"),
        ("Fagdag barnefysioterapi", "A02", "Fagdag"),
        ("Overføringsmøte barnehage–skole", "I12", "Overføringsmøte"),
        ("Telefon HABU", "I10", "Telefon"),
        ("Møte med HABU", "I09", "HABU"),
    ],
)
def test_a_title_gives_the_code_of_its_longest_phrase(title: str, code: str, word: str) -> None:
    guess = guess_code(title, default_catalogue())
    assert guess is not None and (guess.code, guess.word) == (code, word)


@pytest.mark.parametrize("title", ["Lunsj", "Tips og triks", "", "Skipper", "Ipad-kurs"])
def test_no_guess_without_a_matching_word(title: str) -> None:
    """ "IP" must be a word of its own: not the start of "Ipad", "Tips" or "Skipper"."""
    # (A phrase must start a word: "kurs" after a hyphen is part of the word "Ipad-kurs".)
    assert guess_code(title, default_catalogue()) is None
