"""Entries and the rules they must satisfy before they are saved.

Each rule gives one bokmål sentence, marked for translation, tied to the field it is about so
the entry form can show it next to that field. Overlapping timed entries are a warning the user
may accept; everything else is an error.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.free_text import NOTE, identity_number_refusal
from rehablogg.core.i18n import QT_TRANSLATE_NOOP

MIN_MINUTES = 1
MAX_MINUTES = 720
MAX_TRAVEL_MINUTES = 600
MAX_DAYS_AHEAD = 7


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    severity: Severity = Severity.ERROR


@dataclass
class EntryDraft:
    """What the user typed for one entry, before it is saved."""

    date: date
    minutes: int
    code: str
    start_time: time | None = None
    client_ids: tuple[int, ...] = ()
    contact_mode: str | None = None
    arena: str | None = None
    parties: tuple[str, ...] = ()
    group_size: int | None = None
    travel_minutes: int = 0
    note: str = ""


@dataclass(frozen=True)
class TimedSpan:
    """Another entry's place in the day, for the overlap check."""

    entry_id: str
    start: time
    minutes: int


def _err(field_name: str, text: str, **values: object) -> Problem:
    return Problem(field_name, text.format(**values))


def validate_entry(
    draft: EntryDraft,
    catalogue: Catalogue,
    today: date,
    *,
    allow_retired: bool = False,
    required: Collection[str] = (),
) -> list[Problem]:
    """Every rule the draft breaks; an empty list means it may be saved. ``required`` names
    the fields a pilot has made compulsory (core/pilot.py REQUIRABLE_FIELDS)."""
    problems: list[Problem] = []
    problems += _check_minutes(draft)
    problems += _check_date(draft, today)
    problems += _check_code_and_clients(draft, catalogue, allow_retired)
    problems += _check_choices(draft, catalogue)
    problems += _check_required(draft, catalogue, required)
    problems += _check_note(draft)
    return problems


def _check_note(draft: EntryDraft) -> list[Problem]:
    refusal = identity_number_refusal(NOTE, draft.note)
    return [Problem("note", refusal)] if refusal else []


_REQUIRED_NAMES = {
    "start_time": QT_TRANSLATE_NOOP("entry", "starttid"),
    "arena": QT_TRANSLATE_NOOP("entry", "arena"),
    "contact_mode": QT_TRANSLATE_NOOP("entry", "kontaktform"),
    "parties": QT_TRANSLATE_NOOP("entry", "minst én samarbeidspart"),
    "clients": QT_TRANSLATE_NOOP("entry", "bruker"),
}


def _check_required(
    draft: EntryDraft, catalogue: Catalogue, required: Collection[str]
) -> list[Problem]:
    code = catalogue.code(draft.code)
    values = {
        "start_time": draft.start_time,
        "arena": draft.arena,
        "contact_mode": draft.contact_mode,
        "parties": draft.parties,
        # A code that takes no client (administration) cannot be made to need one.
        "clients": draft.client_ids if code is None or code.allows_client else True,
    }
    return [
        _err(
            name,
            QT_TRANSLATE_NOOP("entry", "Piloten krever {what} på hver registrering; fyll det ut."),
            what=_REQUIRED_NAMES[name],
        )
        for name in required
        if name in values and not values[name]
    ]


def _check_minutes(draft: EntryDraft) -> list[Problem]:
    out: list[Problem] = []
    if not MIN_MINUTES <= draft.minutes <= MAX_MINUTES:
        out.append(
            _err(
                "minutes",
                QT_TRANSLATE_NOOP("entry", "Minutter må være mellom {low} og {high} (12 timer)."),
                low=MIN_MINUTES,
                high=MAX_MINUTES,
            )
        )
    if not 0 <= draft.travel_minutes <= MAX_TRAVEL_MINUTES:
        out.append(
            _err(
                "travel_minutes",
                QT_TRANSLATE_NOOP("entry", "Reiseminutter må være mellom 0 og {high}."),
                high=MAX_TRAVEL_MINUTES,
            )
        )
    if draft.start_time is not None and MIN_MINUTES <= draft.minutes <= MAX_MINUTES:
        start = datetime.combine(draft.date, draft.start_time)
        if (start + timedelta(minutes=draft.minutes)).date() != draft.date:
            out.append(
                _err(
                    "minutes",
                    QT_TRANSLATE_NOOP(
                        "entry", "Registreringen går over midnatt; del den i to, én for hver dag."
                    ),
                )
            )
    return out


def _check_date(draft: EntryDraft, today: date) -> list[Problem]:
    if draft.date > today + timedelta(days=MAX_DAYS_AHEAD):
        return [
            _err(
                "date",
                QT_TRANSLATE_NOOP(
                    "entry",
                    "Datoen er mer enn {days} dager fram i tid; registrer arbeid når det er gjort.",
                ),
                days=MAX_DAYS_AHEAD,
            )
        ]
    return []


def _check_code_and_clients(
    draft: EntryDraft, catalogue: Catalogue, allow_retired: bool
) -> list[Problem]:
    code = catalogue.code(draft.code)
    if code is None:
        return [
            _err(
                "code",
                QT_TRANSLATE_NOOP(
                    "entry", "Koden «{code}» finnes ikke i kodeverket; velg en kode fra listen."
                ),
                code=draft.code,
            )
        ]
    out: list[Problem] = []
    if catalogue.is_retired(draft.code) and not allow_retired:
        out.append(
            _err(
                "code",
                QT_TRANSLATE_NOOP("entry", "Koden {code} er utgått; velg en gjeldende kode."),
                code=draft.code,
            )
        )
    n_clients = len(draft.client_ids)
    if code.needs_client and n_clients == 0:
        out.append(
            _err(
                "clients",
                QT_TRANSLATE_NOOP("entry", "Koden {code} gjelder en bruker; velg minst én bruker."),
                code=code.code,
            )
        )
    if not code.allows_client and n_clients > 0:
        out.append(
            _err(
                "clients",
                QT_TRANSLATE_NOOP(
                    "entry",
                    "Koden {code} gjelder ikke en bestemt bruker; fjern brukeren eller velg en "
                    "annen kode.",
                ),
                code=code.code,
            )
        )
    if not code.group and n_clients > 1:
        out.append(
            _err(
                "clients",
                QT_TRANSLATE_NOOP(
                    "entry", "Koden {code} gjelder én bruker; velg én bruker eller en gruppekode."
                ),
                code=code.code,
            )
        )
    if len(set(draft.client_ids)) != n_clients:
        out.append(_err("clients", QT_TRANSLATE_NOOP("entry", "Samme bruker er valgt to ganger.")))
    out += _check_group_size(draft, code.code, code.group)
    return out


def _check_group_size(draft: EntryDraft, code: str, is_group: bool) -> list[Problem]:
    size = draft.group_size
    if is_group and (size is None or size < 2):
        return [
            _err(
                "group_size",
                QT_TRANSLATE_NOOP(
                    "entry", "Gruppekoden {code} krever en gruppestørrelse på minst 2."
                ),
                code=code,
            )
        ]
    if size is not None and size < len(draft.client_ids):
        return [
            _err(
                "group_size",
                QT_TRANSLATE_NOOP(
                    "entry", "Gruppestørrelsen ({size}) er mindre enn antall valgte brukere ({n})."
                ),
                size=size,
                n=len(draft.client_ids),
            )
        ]
    if size is not None and not is_group and size != 1:
        return [
            _err(
                "group_size",
                QT_TRANSLATE_NOOP(
                    "entry", "Gruppestørrelse brukes bare med gruppekoder; la feltet stå tomt."
                ),
            ),
        ]
    return []


def _check_choices(draft: EntryDraft, catalogue: Catalogue) -> list[Problem]:
    out: list[Problem] = []
    if draft.contact_mode and draft.contact_mode not in catalogue.contact_mode_keys:
        out.append(
            _err(
                "contact_mode",
                QT_TRANSLATE_NOOP("entry", "Kontaktformen «{key}» finnes ikke; velg fra listen."),
                key=draft.contact_mode,
            )
        )
    if draft.arena and draft.arena not in catalogue.arena_keys:
        out.append(
            _err(
                "arena",
                QT_TRANSLATE_NOOP("entry", "Arenaen «{key}» finnes ikke; velg fra listen."),
                key=draft.arena,
            )
        )
    unknown = [p for p in draft.parties if p not in catalogue.party_keys]
    if unknown:
        out.append(
            _err(
                "parties",
                QT_TRANSLATE_NOOP(
                    "entry", "Samarbeidsparten «{key}» finnes ikke; velg fra listen."
                ),
                key=unknown[0],
            )
        )
    return out


def find_overlaps(
    draft: EntryDraft, others: Iterable[TimedSpan], own_id: str | None = None
) -> list[Problem]:
    """A warning for each timed entry on the same day that overlaps the draft."""
    if draft.start_time is None:
        return []
    start = _minute_of_day(draft.start_time)
    end = start + draft.minutes
    out: list[Problem] = []
    for other in others:
        if other.entry_id == own_id:
            continue
        o_start = _minute_of_day(other.start)
        if start < o_start + other.minutes and o_start < end:
            out.append(
                Problem(
                    "start_time",
                    QT_TRANSLATE_NOOP(
                        "entry",
                        "Registreringen overlapper en annen fra {start} ({minutes} min); lagre "
                        "likevel hvis det er riktig.",
                    ).format(start=other.start.strftime("%H:%M"), minutes=other.minutes),
                    Severity.WARNING,
                )
            )
    return out


def _minute_of_day(t: time) -> int:
    return t.hour * 60 + t.minute


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]
