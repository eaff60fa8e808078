"""Working days: the profile's weekdays minus Norwegian public holidays and absence days."""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

ABSENCE_KINDS = ("ferie", "sykdom", "kurs", "annet")


@lru_cache(maxsize=1)
def _norway_class() -> Any:
    """The holidays package's Norway class, imported without the other 200 countries.

    ``holidays/countries/__init__.py`` imports every country's module, so even
    ``from holidays.countries.norway import Norway`` costs a quarter of a second and 250 modules
    at start-up. For the length of this one import the package is stood in for by an empty one
    with the same folder, so only ``norway.py`` (and what it imports itself) runs; the stand-in
    is removed afterwards, so a later ``import holidays.countries`` runs the real package (and
    reuses the already imported Norway module).
    """
    if "holidays.countries.norway" not in sys.modules and "holidays.countries" not in sys.modules:
        import holidays

        standin = types.ModuleType("holidays.countries")
        standin.__path__ = [str(Path(holidays.__file__).parent / "countries")]
        sys.modules["holidays.countries"] = standin
        try:
            importlib.import_module("holidays.countries.norway")
        finally:
            if sys.modules.get("holidays.countries") is standin:
                del sys.modules["holidays.countries"]
    # Found in sys.modules when imported above or earlier, without importing the package again.
    return importlib.import_module("holidays.countries.norway").Norway


def package_holidays(year: int) -> dict[date, str]:
    """The holidays package's Norwegian public holidays of ``year``, bokmål names."""
    # The package counts every Sunday as a Norwegian holiday by default; Sundays are handled by
    # the profile's working weekdays, so only the real public holidays are wanted here.
    return dict(_norway_class()(years=year, include_sundays=False, language="no"))


@lru_cache(maxsize=64)
def _norwegian_holidays(year: int) -> Mapping[date, str]:
    # The years most used come from the package's own answers, written down in holiday_table.py
    # (a start then imports nothing of the package); other years ask the package.
    from rehablogg.core import holiday_table

    days = holiday_table.DAYS.get(year)
    if days is None:
        return package_holidays(year)
    return {date(year, month, day): holiday_table.NAMES[name] for month, day, name in days}


# The package's bokmål names, marked so the GUI can show them in nynorsk and English as well.
_MARKED_NAMES: dict[str, str] = {
    name: name
    for name in (
        QT_TRANSLATE_NOOP("holidays", "Første nyttårsdag"),
        QT_TRANSLATE_NOOP("holidays", "Skjærtorsdag"),
        QT_TRANSLATE_NOOP("holidays", "Langfredag"),
        QT_TRANSLATE_NOOP("holidays", "Første påskedag"),
        QT_TRANSLATE_NOOP("holidays", "Andre påskedag"),
        QT_TRANSLATE_NOOP("holidays", "Arbeidernes dag"),
        QT_TRANSLATE_NOOP("holidays", "Grunnlovsdag"),
        QT_TRANSLATE_NOOP("holidays", "Kristi himmelfartsdag"),
        QT_TRANSLATE_NOOP("holidays", "Første pinsedag"),
        QT_TRANSLATE_NOOP("holidays", "Andre pinsedag"),
        QT_TRANSLATE_NOOP("holidays", "Første juledag"),
        QT_TRANSLATE_NOOP("holidays", "Andre juledag"),
    )
}


def public_holiday(d: date) -> str | None:
    """The public holiday's Norwegian (bokmål) name, marked for translation, or None."""
    name = _norwegian_holidays(d.year).get(d)
    return None if name is None else _MARKED_NAMES.get(name, name)


@dataclass(frozen=True)
class WorkCalendar:
    # ISO weekday numbers: 1 = Monday … 7 = Sunday.
    weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})
    absences: Mapping[date, str] = field(default_factory=dict)

    def day_kind(self, d: date) -> str:
        """One of ``arbeidsdag``, ``helligdag``, ``fravaer`` or ``fri``."""
        if d.isoweekday() not in self.weekdays:
            return "fri"
        if public_holiday(d) is not None:
            return "helligdag"
        if d in self.absences:
            return "fravaer"
        return "arbeidsdag"

    def is_working_day(self, d: date) -> bool:
        return self.day_kind(d) == "arbeidsdag"

    def working_days(self, days: Iterable[date]) -> list[date]:
        return [d for d in days if self.is_working_day(d)]


def parse_weekdays(text: str) -> frozenset[int]:
    """``"1,2,3,4,5"`` → {1..5}; the profile stores working weekdays as this text."""
    days = frozenset(int(p) for p in text.split(",") if p.strip())
    if not days or not days <= set(range(1, 8)):
        raise ValueError(f"invalid weekdays: {text!r}")
    return days
