"""Client pseudonyms such as ``K-7Q2M9X``.

The fixed letter prefix ``K-`` guarantees a spreadsheet can never read a pseudonym as a number,
a date or a formula, whatever the six characters after it happen to be. Those six are Crockford
base32, which leaves out I, L, O and U so that people copying a pseudonym by hand do not mix up
look-alike characters.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import re
import secrets

from rehablogg.core import identity
from rehablogg.core.i18n import QT_TRANSLATE_NOOP

CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "K-"
_LENGTH = 6
_BITS_PER_CHAR = 5
_PILOT_KEY_BYTES = 32

_INVALID_NUMBER = QT_TRANSLATE_NOOP(
    "pseudonym", "Fødselsnummeret er ikke gyldig; sjekk at alle 11 sifrene er riktige."
)
_INVALID_KEY = QT_TRANSLATE_NOOP(
    "pseudonym", "Pilotnøkkelen må være 64 tegn, bare sifre og a til f; lim den inn på nytt."
)

# Anchored so that ``PSEUDONYM_RE.match`` on a whole cell cannot accept trailing text.
PSEUDONYM_RE = re.compile(rf"\A{re.escape(PREFIX)}[{CROCKFORD_ALPHABET}]{{{_LENGTH}}}\Z")


def is_pseudonym(s: str) -> bool:
    """True for the canonical form only: upper case, no Crockford look-alike substitutions."""
    return PSEUDONYM_RE.match(s) is not None


def random_pseudonym(rng: random.Random | None = None) -> str:
    """Return a fresh pseudonym; ``rng`` is only for reproducible tests."""
    choose = secrets.choice if rng is None else rng.choice
    return PREFIX + "".join(choose(CROCKFORD_ALPHABET) for _ in range(_LENGTH))


def linked_pseudonym(identity_number: str, pilot_key: bytes) -> str:
    """Return the pseudonym that every therapist sharing ``pilot_key`` derives for one person.

    The pseudonym is a keyed hash (HMAC-SHA256) of the 11 digits, so the same person gets the
    same pseudonym across therapists and months without the number being kept anywhere. It is
    not anonymous: whoever holds the key and knows a birth year can recover the number by
    trying every candidate number for that year, which is why the key stays with therapists.
    """
    digits = identity.normalise(identity_number)
    if digits is None or identity.identify(digits) is None:
        raise ValueError(_INVALID_NUMBER)
    digest = hmac.new(pilot_key, digits.encode("ascii"), hashlib.sha256).digest()
    return PREFIX + _crockford(digest)


def new_pilot_key() -> str:
    return secrets.token_hex(_PILOT_KEY_BYTES)


def parse_pilot_key(s: str) -> bytes:
    """Turn the hex text of a pilot key (as made by :func:`new_pilot_key`) back into bytes."""
    text = s.strip()
    if len(text) != 2 * _PILOT_KEY_BYTES or not _is_hex(text):
        raise ValueError(_INVALID_KEY)
    return bytes.fromhex(text)


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)


def _crockford(digest: bytes) -> str:
    # The first 30 bits of the digest, read big-endian, five bits per character.
    bits = _LENGTH * _BITS_PER_CHAR
    value = int.from_bytes(digest, "big") >> (8 * len(digest) - bits)
    shifts = range(bits - _BITS_PER_CHAR, -1, -_BITS_PER_CHAR)
    return "".join(CROCKFORD_ALPHABET[(value >> shift) & 0b11111] for shift in shifts)
