"""Forgiving parsing of durations as therapists type them:
``90``, ``1:30``, ``1,5t``, ``1t 30m``. The clock form is written by
``core.numbers.format_hours_minutes``."""

from __future__ import annotations

import re

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_HOURS_UNIT = r"(?:t|timer|time|h|hrs?|hours?)"
_MINUTES_UNIT = r"(?:m|min|minutt(?:er)?|minutes?)"
_PLAIN = re.compile(rf"^{_NUMBER}$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_UNITS = re.compile(
    rf"^(?:{_NUMBER}\s*{_HOURS_UNIT})?\s*(?:(\d+)\s*{_MINUTES_UNIT})?$", re.IGNORECASE
)


def parse_duration(text: str) -> int:
    """Minutes for ``text``; a plain number is minutes. ValueError with a bokmål sentence."""
    cleaned = " ".join(text.strip().lower().split())
    minutes = _parse(cleaned) if cleaned else None
    if minutes is None:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "durations",
                "«{text}» er ikke en varighet; skriv minutter (90), timer og minutter (1:30) "
                "eller timer (1,5t).",
            ).format(text=text.strip())
        )
    return minutes


def _parse(text: str) -> int | None:
    if m := _PLAIN.match(text):
        return _round(float(m.group(1).replace(",", ".")))
    if m := _CLOCK.match(text):
        hours, minutes = int(m.group(1)), int(m.group(2))
        return hours * 60 + minutes if minutes < 60 else None
    m = _UNITS.match(text)
    if not m or (m.group(1) is None and m.group(2) is None):
        return None
    fractional_hours = float(m.group(1).replace(",", ".")) if m.group(1) else 0.0
    return _round(fractional_hours * 60 + int(m.group(2) or 0))


def _round(minutes: float) -> int:
    return int(minutes + 0.5)
