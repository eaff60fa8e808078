"""Build synthetic identity numbers from the check-digit rules, for tests only.

Numbers are computed, never copied from anywhere; any resemblance to a real person's number is
an accident of the 11-digit space.
"""

from __future__ import annotations

import datetime

from hypothesis import assume
from hypothesis import strategies as st

from rehablogg.core.identity import IdKind

K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def weighted_residue(digits: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11


def k1_for(nine: str, residue: int = 0) -> int | None:
    """The K1 that gives ``residue`` (0 classic, 1-3 the 2032 rule), or None if it would be 10."""
    k1 = (residue - weighted_residue(nine, K1_WEIGHTS)) % 11
    return None if k1 == 10 else k1


def k2_for(ten: str) -> int | None:
    k2 = (-weighted_residue(ten, K2_WEIGHTS)) % 11
    return None if k2 == 10 else k2


def with_check_digits(nine: str, k1_residue: int = 0) -> str | None:
    """Append K1 and K2 to nine digits, or None when either check digit would be 10."""
    k1 = k1_for(nine, k1_residue)
    if k1 is None:
        return None
    k2 = k2_for(nine + str(k1))
    return None if k2 is None else f"{nine}{k1}{k2}"


def date_part(kind: IdKind, day: int, month: int, year: int, *, d_offset: bool = False) -> str:
    """DDMMYY with the offsets of ``kind``; ``d_offset`` adds the D offset to synthetic numbers."""
    if kind is IdKind.D_NUMMER or (kind is IdKind.SYNTHETIC and d_offset):
        day += 40
    if kind is IdKind.H_NUMMER:
        month += 40
    if kind is IdKind.SYNTHETIC:
        month += 80
    return f"{day:02d}{month:02d}{year % 100:02d}"


def dated_number(
    kind: IdKind,
    born: datetime.date,
    individual: int,
    *,
    k1_residue: int = 0,
    d_offset: bool = False,
) -> str | None:
    date = date_part(kind, born.day, born.month, born.year, d_offset=d_offset)
    return with_check_digits(f"{date}{individual:03d}", k1_residue)


def fh_number(first: int, middle: int, *, k1_residue: int = 0) -> str | None:
    """An FH-nummer: ``first`` is 8 or 9, ``middle`` the next eight digits."""
    return with_check_digits(f"{first}{middle:08d}", k1_residue)


def first_valid(candidates: list[str | None]) -> str:
    """The first buildable number, for fixed examples that must not depend on luck."""
    return next(c for c in candidates if c is not None)


def example(kind: IdKind, born: datetime.date, *, k1_residue: int = 0) -> str:
    """A valid number of ``kind`` born on ``born`` (FH ignores the date)."""
    if kind is IdKind.FH_NUMMER:
        return first_valid([fh_number(8, m, k1_residue=k1_residue) for m in range(100)])
    return first_valid([dated_number(kind, born, i, k1_residue=k1_residue) for i in range(1000)])


def with_bad_k1(number: str) -> str:
    """Same first nine digits with a K1 that fails both rules, and K2 made valid again."""
    nine = number[:9]
    for k1 in range(10):
        if (weighted_residue(nine, K1_WEIGHTS) + k1) % 11 > 3:
            k2 = k2_for(nine + str(k1))
            if k2 is not None:
                return f"{nine}{k1}{k2}"
    raise AssertionError("no bad K1 with a valid K2")  # pragma: no cover


def with_bad_k2(number: str) -> str:
    return number[:10] + str((int(number[10]) + 1) % 10)


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, IdKind]:
    """Any valid number of any kind, including 2032-style K1 residues."""
    kind = draw(st.sampled_from(list(IdKind)))
    residue = draw(st.integers(0, 3))
    if kind is IdKind.FH_NUMMER:
        number = fh_number(
            draw(st.sampled_from([8, 9])), draw(st.integers(0, 10**8 - 1)), k1_residue=residue
        )
    else:
        number = dated_number(
            kind,
            draw(st.dates(datetime.date(1854, 1, 1), datetime.date(2039, 12, 31))),
            draw(st.integers(0, 999)),
            k1_residue=residue,
            d_offset=draw(st.booleans()),
        )
    # A check digit of 10 cannot be written, so such draws are not numbers at all.
    assume(number is not None)
    assert number is not None
    return number, kind


def written_forms(number: str) -> list[str]:
    """Every way the scanner must recognise ``number`` in text."""
    date, individual, check = number[:6], number[6:9], number[9:]
    return [
        number,
        f"{date} {individual}{check}",
        f"{date}-{individual}{check}",
        f"{date} {individual} {check}",
        f"{date}\u00a0{individual}{check}",
        f"{date}\u00a0{individual}\u00a0{check}",
    ]


def pasted_forms(number: str) -> list[str]:
    """Ways a number arrives in free text beyond the four written forms: a dash Word or a web
    page made (with or without spaces around it), full-width digits, an invisible soft hyphen
    or zero-width space inside it. The refusal of free text must catch these too."""
    date, rest = number[:6], number[6:]
    return [
        f"{date} - {rest}",
        f"{date}\u2013{rest}",
        f"{date} \u2013 {rest}",
        f"{date}\u2011{rest}",
        f"{date}\u2212{rest}",
        "".join(chr(0xFF10 + int(d)) for d in number),
        f"{date}\u00ad{rest}",
        f"{date}\u200b{rest}",
    ]


def every_form(number: str) -> list[str]:
    return written_forms(number) + pasted_forms(number)
