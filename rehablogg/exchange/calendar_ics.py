"""Reading the events of an iCalendar (.ics) file, offline and within bounds.

Outlook, Google and most EPJ systems export a calendar as iCalendar. Only what an entry needs is
kept: when each occurrence starts, how long it lasts and its title (to guess a code from). The
event's attendees, organiser, location and description are never read into an event, so they
cannot end up in the database; the UID is kept only as a keyed digest, to recognise an
occurrence already imported.

Every limit is checked before the expensive step it protects: the file is a regular file no
larger than ``MAX_BYTES``; it holds at most ``MAX_COMPONENTS`` events; recurring series finer
than daily are skipped (no therapist's meeting repeats every minute, and a hostile rule would
expand to millions); the expansion stops after ``MAX_OCCURRENCES`` occurrences in the range.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.regular_file import FileTooLargeError, NotRegularFileError, read_regular_file

MAX_BYTES = 20 * 1024 * 1024  # a decade of a busy Outlook calendar is a few MB
MAX_COMPONENTS = 50_000
MAX_OCCURRENCES = 5_000
MAX_RANGE_DAYS = 366
MAX_EVENT_MINUTES = 16 * 60  # longer than a working day: not one piece of work
LOCAL_ZONE = ZoneInfo("Europe/Oslo")
_FINER_THAN_DAILY = {"SECONDLY", "MINUTELY", "HOURLY"}


class CalendarFileError(Exception):
    """The file cannot be read as a calendar; the message is one sentence for the user."""


@dataclass(frozen=True)
class CalendarEvent:
    key: str  # SHA-256 of UID and occurrence start: recognises a re-import, reveals nothing
    day: date
    start: time
    minutes: int
    title: str


@dataclass
class CalendarRead:
    events: list[CalendarEvent] = field(default_factory=list)
    all_day: int = 0  # skipped: all-day events are holidays, courses, reminders, not meetings
    cancelled: int = 0
    too_long: int = 0
    too_frequent: int = 0  # series repeating more often than daily
    truncated: bool = False  # stopped at MAX_OCCURRENCES


def _fail(text: str, **values: object) -> CalendarFileError:
    return CalendarFileError(text.format(**values))


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most ``MAX_BYTES`` (the project's bounded reader: a
    FIFO or device named by mistake is refused instead of hanging, the cap holds whatever
    size the file claims, and a file changed while read is reported)."""
    try:
        return read_regular_file(path, MAX_BYTES)
    except FileTooLargeError as exc:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "calendar",
                "Kalenderfilen {path} er større enn {mb} MB; "
                "eksporter bare de månedene du vil importere.",
            ),
            path=path,
            mb=MAX_BYTES // (1024 * 1024),
        ) from exc
    except NotRegularFileError as exc:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "calendar",
                "{path} er ikke en vanlig fil; velg kalenderfilen (.ics) du eksporterte.",
            ),
            path=path,
        ) from exc
    except OSError as exc:  # missing, no permission, changed while read
        raise _fail(
            QT_TRANSLATE_NOOP("calendar", "Kalenderfilen {path} kan ikke leses ({reason})."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc


def read_calendar(path: Path, first: date, last: date, secret: bytes) -> CalendarRead:
    """The timed events of ``path`` that start from ``first`` to ``last`` (both included),
    recurring series expanded, in order of start. ``secret`` keys the digest of each UID."""
    if last < first or (last - first).days >= MAX_RANGE_DAYS:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "calendar", "Velg en periode på høyst ett år der fra-datoen kommer før til-datoen."
            )
        )
    data = read_file_bytes(path)
    if not data.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCALENDAR"):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "calendar",
                "{path} er ikke en iCalendar-fil (.ics); "
                "eksporter kalenderen som iCalendar og prøv igjen.",
            ),
            path=path,
        )
    # Imported here: only this command needs the parser, and it is not small.
    import icalendar
    import recurring_ical_events

    if data.upper().count(b"BEGIN:VEVENT") > MAX_COMPONENTS:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "calendar",
                "Kalenderfilen {path} har mer enn {n} "
                "avtaler; eksporter bare de månedene du vil importere.",
            ),
            path=path,
            n=MAX_COMPONENTS,
        )
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "calendar",
                "Kalenderfilen {path} kan ikke leses: den er skadet eller ikke en kalender.",
            ),
            path=path,
        ) from exc
    result = CalendarRead()
    _drop_unusable_series(calendar, result)
    start = datetime.combine(first, time(0), LOCAL_ZONE)
    stop = datetime.combine(last + timedelta(days=1), time(0), LOCAL_ZONE)
    try:
        query = recurring_ical_events.of(calendar, skip_bad_series=True)
        for component in _bounded(query.after(start), stop, result):
            _take(component, secret, first, last, result)
    except (ValueError, TypeError, OverflowError, recurring_ical_events.InvalidCalendar) as exc:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "calendar", "Kalenderfilen {path} har en avtale som ikke kan leses: {reason}."
            ),
            path=path,
            reason=exc,
        ) from exc
    result.events.sort(key=lambda e: (e.day, e.start, e.title))
    return result


def _drop_unusable_series(calendar: Any, result: CalendarRead) -> None:
    """Removes cancelled events and series that repeat more often than daily, before expanding."""
    keep = []
    for component in calendar.subcomponents:
        if component.name == "VEVENT":
            if str(component.get("STATUS", "")).upper() == "CANCELLED":
                result.cancelled += 1
                continue
            rule = component.get("RRULE")
            freqs = rule.get("FREQ", []) if rule is not None else []
            if any(str(f).upper() in _FINER_THAN_DAILY for f in freqs):
                result.too_frequent += 1
                continue
        keep.append(component)
    calendar.subcomponents = keep


def _bounded(components: Iterator[Any], stop: datetime, result: CalendarRead) -> Iterator[Any]:
    for count, component in enumerate(components):
        begin = component.get("DTSTART")
        value = begin.dt if begin is not None else None
        if isinstance(value, datetime) and _local(value) >= stop:
            return
        if isinstance(value, date) and not isinstance(value, datetime) and value >= stop.date():
            return
        if count >= MAX_OCCURRENCES:
            result.truncated = True
            return
        yield component


def _local(value: datetime) -> datetime:
    # A time without a zone ("floating") is the therapist's own local time.
    return (
        value.replace(tzinfo=LOCAL_ZONE) if value.tzinfo is None else value.astimezone(LOCAL_ZONE)
    )


def _take(component: Any, secret: bytes, first: date, last: date, result: CalendarRead) -> None:
    begin = component.get("DTSTART")
    if begin is None:
        return
    if not isinstance(begin.dt, datetime):
        result.all_day += 1
        return
    start = _local(begin.dt)
    if not first <= start.date() <= last:
        return
    end_prop = component.get("DTEND")
    if end_prop is not None and isinstance(end_prop.dt, datetime):
        minutes = int((_local(end_prop.dt) - start).total_seconds() // 60)
    elif component.get("DURATION") is not None:
        minutes = int(component.get("DURATION").dt.total_seconds() // 60)
    else:
        minutes = 0
    if minutes <= 0 or minutes > MAX_EVENT_MINUTES:
        result.too_long += minutes > MAX_EVENT_MINUTES
        return
    uid = str(component.get("UID", ""))
    digest = hashlib.sha256(
        secret + uid.encode("utf-8", "replace") + b"\x1f" + start.isoformat().encode()
    ).hexdigest()
    title = " ".join(str(component.get("SUMMARY", "")).split())[:200]
    result.events.append(
        CalendarEvent(digest, start.date(), start.time().replace(tzinfo=None), minutes, title)
    )
