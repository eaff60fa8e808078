"""The 2024 municipality structure (357 municipalities), shipped as data."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.resources_dir import resource_path

_NUMBER_RE = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Municipality:
    number: str  # four digits, kept as text: 0301 must keep its leading zero
    name: str
    county_number: str
    county_name: str


@lru_cache(maxsize=1)
def municipalities() -> dict[str, Municipality]:
    path = resource_path("municipalities", "kommuner-2024.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter=";")
        return {
            r["kommunenummer"]: Municipality(
                r["kommunenummer"], r["kommunenavn"], r["fylkesnummer"], r["fylkesnavn"]
            )
            for r in rows
        }


def validate_municipality(number: str) -> Municipality:
    """The municipality for ``number``, or ValueError with one bokmål sentence."""
    if not _NUMBER_RE.match(number):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "profile", "Kommunenummeret «{number}» må ha fire sifre, for eksempel 0301."
            ).format(number=number)
        )
    found = municipalities().get(number)
    if found is None:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "profile", "Kommunenummeret {number} finnes ikke i kommunelisten for 2024."
            ).format(number=number)
        )
    return found
