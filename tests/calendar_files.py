"""Synthetic iCalendar files for the calendar-import tests (made-up names only)."""

from __future__ import annotations

from pathlib import Path

HEADER = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rehablogg tests//NO\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\n"
)


def event(uid: str, start: str, end: str, summary: str, *extra: str) -> str:
    """A VEVENT in Outlook's Windows time zone; ``start``/``end`` as 20260112T090000."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SUMMARY:{summary}",
        f"DTSTART;TZID=W. Europe Standard Time:{start}",
        f"DTEND;TZID=W. Europe Standard Time:{end}",
        *extra,
        "END:VEVENT",
    ]
    return "\r\n".join(lines) + "\r\n"


def calendar(path: Path, *events: str) -> Path:
    path.write_text(HEADER + "".join(events) + "END:VCALENDAR\r\n", encoding="utf-8", newline="")
    return path


def typical_week(path: Path) -> Path:
    """A therapist's week in January 2026, with what must never reach the database."""
    return calendar(
        path,
        event(
            "ag-1@kommune.example",
            "20260112T090000",
            "20260112T100000",
            "Ansvarsgruppemøte",
            "ATTENDEE;CN=Kari Nordmann:mailto:kari@example.com",
            "DESCRIPTION:Foreldre Ola og Kari Testesen\\, fnr 01012012345",
            "LOCATION:Testveien 1",
        ),
        event("ip-2", "20260113T130000", "20260113T134500", "IP-møte skole"),
        event("kurs-3", "20260114T080000", "20260114T153000", "Fagdag barnefysioterapi"),
        event("lunsj-4", "20260115T113000", "20260115T120000", "Lunsj"),
        event(
            "veil-5",
            "20260116T100000",
            "20260116T110000",
            "Veiledning barnehage",
            "RRULE:FREQ=WEEKLY;COUNT=3",
        ),
        event(
            "avlyst-6", "20260116T140000", "20260116T150000", "Samarbeidsmøte", "STATUS:CANCELLED"
        ),
        "BEGIN:VEVENT\r\nUID:heldag-7\r\nSUMMARY:Planleggingsdag\r\n"
        "DTSTART;VALUE=DATE:20260114\r\nDTEND;VALUE=DATE:20260115\r\nEND:VEVENT\r\n",
    )
