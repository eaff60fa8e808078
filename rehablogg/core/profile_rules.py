"""Rules for the therapist's profile fields."""

from __future__ import annotations

import re

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

PROFESSIONS = ("fysioterapeut", "ergoterapeut")
# The therapist code goes into export file names, so it is limited to file-name-safe characters.
_THERAPIST_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")


def validate_therapist_code(code: str) -> str:
    if not _THERAPIST_RE.match(code):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "profile",
                "Terapeutkoden «{code}» kan bare ha bokstaver, sifre og bindestrek "
                "(høyst 20 tegn).",
            ).format(code=code)
        )
    return code


def validate_position(percent: int) -> int:
    if not 1 <= percent <= 100:
        raise ValueError(
            QT_TRANSLATE_NOOP("profile", "Stillingsprosenten må være mellom 1 og 100.")
        )
    return percent


def validate_profession(profession: str) -> str:
    if profession not in PROFESSIONS:
        raise ValueError(
            QT_TRANSLATE_NOOP("profile", "Profesjonen må være fysioterapeut eller ergoterapeut.")
        )
    return profession
