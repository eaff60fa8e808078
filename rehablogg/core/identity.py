"""Recognise Norwegian identity numbers so they can be refused or flagged, never stored.

The rules follow docs/DESIGN.md §8.4: fødselsnummer, D-nummer (day + 40),
H-nummer (month + 40), synthetic test-registry numbers (month + 80, possibly with the D offset)
and FH-nummer (first digit 8 or 9, no date), all with the same two check digits.

The date part is checked permissively: a date counts when it is valid in *any* century from
1854 to 2039, and the individual number is not used to pick the century. Numbers issued from
2032 no longer encode the century at all, and this module exists to catch identity numbers in
free text, where letting one through is worse than flagging a look-alike.
"""

from __future__ import annotations

import datetime
import enum
import re
import unicodedata
from dataclasses import dataclass

_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
# Residue 0 is the classic rule; 1-3 are the extra K1 values allowed for numbers issued from 2032.
_K1_RESIDUES = frozenset({0, 1, 2, 3})

_FIRST_YEAR = 1854
_LAST_YEAR = 2039

_D_OFFSET = 40
_H_OFFSET = 40
_SYNTHETIC_OFFSET = 80

_SPACE = "[ \u00a0\u202f]"  # people paste from Word and web pages, which bring no-break spaces
# Word turns "010120 - 12345" into an en dash, and web pages bring hyphen look-alikes, so every
# dash is a dash here (hyphen, non-breaking hyphen, figure, en and em dash, minus sign).
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"
_WRITTEN_NUMBER = re.compile(
    rf"""
    (?<!\d)
    (?:
        [0-9]{{11}}
      | [0-9]{{6}} (?:{_SPACE}|{_SPACE}?{_DASH}{_SPACE}?) [0-9]{{5}}
      | [0-9]{{6}} {_SPACE} [0-9]{{3}} {_SPACE} [0-9]{{2}}
    )
    (?!\d)
    """,
    re.VERBOSE,
)
_SEPARATORS = re.compile(rf"{_SPACE}|{_DASH}")


class IdKind(enum.Enum):
    FODSELSNUMMER = "fodselsnummer"
    D_NUMMER = "d_nummer"
    H_NUMMER = "h_nummer"
    SYNTHETIC = "synthetic"
    FH_NUMMER = "fh_nummer"


@dataclass(frozen=True)
class IdMatch:
    """Where an identity number was found; the digits themselves are deliberately not kept."""

    start: int
    end: int
    kind: IdKind


def identify(number: str) -> IdKind | None:
    """Return the kind of ``number`` (exactly 11 ASCII digits), or None if it is not valid."""
    if len(number) != 11 or not (number.isascii() and number.isdigit()):
        return None
    if not _check_digits_valid(number):
        return None
    if number[0] in "89":
        return IdKind.FH_NUMMER
    return _dated_kind(number)


def is_identity_number(number: str) -> bool:
    return identify(number) is not None


def normalise(text: str) -> str | None:
    """Return the 11 digits of one written identity number, or None if ``text`` is not one.

    Only the written form is checked here (11 digits, ``DDMMYY IIIKK``, ``DDMMYY-IIIKK`` with
    any dash, spaces around it allowed, or ``DDMMYY III KK``); call :func:`identify` on the
    result to validate the number.
    """
    candidate = text.strip()
    if _WRITTEN_NUMBER.fullmatch(candidate) is None:
        return None
    return _SEPARATORS.sub("", candidate)


def find_identity_numbers(text: str) -> list[IdMatch]:
    """Find every valid identity number in ``text`` in any of the accepted written forms."""
    # Each written form starts a digit run and ends one, so two candidates can never overlap
    # and the non-overlapping finditer sees them all.
    matches: list[IdMatch] = []
    for candidate in _WRITTEN_NUMBER.finditer(text):
        kind = identify(_SEPARATORS.sub("", candidate.group()))
        if kind is not None:
            matches.append(IdMatch(candidate.start(), candidate.end(), kind))
    return matches


def contains_identity_number(text: str) -> bool:
    """True when ``text`` holds a valid identity number, also when it is written with full-width
    or other compatibility digits, or split by invisible characters (soft hyphen, zero-width
    space) that a copy from a web page or a PDF can bring along."""
    if find_identity_numbers(text):
        return True
    folded = _folded(text)
    return folded != text and bool(find_identity_numbers(folded))


def redact_identity_numbers(text: str, replacement: str) -> str:
    """``text`` with every identity number the scanner finds replaced by ``replacement``."""
    for match in reversed(find_identity_numbers(text)):
        text = text[: match.start] + replacement + text[match.end :]
    return text


def _folded(text: str) -> str:
    # NFKC maps full-width and other compatibility digits to ASCII; format characters (Cf)
    # are invisible, so a number split by them still reads as one number.
    normal = unicodedata.normalize("NFKC", text)
    return "".join(c for c in normal if unicodedata.category(c) != "Cf")


def _weighted_residue(number: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, number, strict=False)) % 11


def _check_digits_valid(number: str) -> bool:
    k1_residue = (_weighted_residue(number, _K1_WEIGHTS) + int(number[9])) % 11
    k2_residue = (_weighted_residue(number, _K2_WEIGHTS) + int(number[10])) % 11
    return k1_residue in _K1_RESIDUES and k2_residue == 0


def _dated_kind(number: str) -> IdKind | None:
    day, month, year = int(number[0:2]), int(number[2:4]), int(number[4:6])
    d_offset = day > _D_OFFSET
    if d_offset:
        day -= _D_OFFSET
    kind = IdKind.D_NUMMER if d_offset else IdKind.FODSELSNUMMER
    if month > _SYNTHETIC_OFFSET:
        month -= _SYNTHETIC_OFFSET
        kind = IdKind.SYNTHETIC
    elif month > _H_OFFSET:
        if d_offset:
            # A person has either a D-number or an H-number, never both offsets at once.
            return None
        month -= _H_OFFSET
        kind = IdKind.H_NUMMER
    return kind if _date_possible(day, month, year) else None


def _date_possible(day: int, month: int, two_digit_year: int) -> bool:
    for century in (1800, 1900, 2000):
        year = century + two_digit_year
        if _FIRST_YEAR <= year <= _LAST_YEAR and _is_date(year, month, day):
            return True
    return False


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
