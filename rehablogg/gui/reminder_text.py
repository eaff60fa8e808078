"""How a transition reminder is said: a client turning 6, 16 or 18 within two years with no
transition planning (I12) and no needs assessment recorded."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from rehablogg.application.pathway_book import Reminder


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def turning_text(reminders: Iterable[Reminder]) -> str:
    """ "fyller 16 år i 2027 og 18 år i 2029" for one client's reminders."""
    parts = [
        _tr("{age} år i {year}").format(age=r.age, year=r.year)
        for r in sorted(reminders, key=lambda r: r.year)
    ]
    return _tr("fyller {ages}").format(ages=_tr(" og ").join(parts))


def reminder_sentence(name: str, reminders: Iterable[Reminder]) -> str:
    """The client page's sentence: who turns what, and what to do about it."""
    return _tr(
        "{name} {turning}: registrer overgangsplanlegging (I12) eller en behovsvurdering."
    ).format(name=name, turning=turning_text(reminders))


def by_client(reminders: Iterable[Reminder]) -> dict[int, list[Reminder]]:
    grouped: dict[int, list[Reminder]] = {}
    for reminder in reminders:
        grouped.setdefault(reminder.client_id, []).append(reminder)
    return grouped
