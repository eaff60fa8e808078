"""Reading an iCalendar file: what is kept, what is never read, and every limit."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

import pytest

from rehablogg.exchange import calendar_ics
from rehablogg.exchange.calendar_ics import CalendarFileError, read_calendar
from tests.calendar_files import calendar, event, typical_week

SECRET = b"k" * 32
JAN = (date(2026, 1, 1), date(2026, 1, 31))


def test_timed_events_are_read_with_recurrences_and_local_times(tmp_path: Path) -> None:
    read = read_calendar(typical_week(tmp_path / "uke.ics"), *JAN, SECRET)
    got = [(e.day, e.start, e.minutes, e.title) for e in read.events]
    assert got == [
        (date(2026, 1, 12), time(9, 0), 60, "Ansvarsgruppemøte"),
        (date(2026, 1, 13), time(13, 0), 45, "IP-møte skole"),
        (date(2026, 1, 14), time(8, 0), 450, "Fagdag barnefysioterapi"),
        (date(2026, 1, 15), time(11, 30), 30, "Lunsj"),
        (date(2026, 1, 16), time(10, 0), 60, "Veiledning barnehage"),
        (date(2026, 1, 23), time(10, 0), 60, "Veiledning barnehage"),
        (date(2026, 1, 30), time(10, 0), 60, "Veiledning barnehage"),
    ]
    assert (read.all_day, read.cancelled) == (1, 1)
    assert len({e.key for e in read.events}) == len(read.events)


def test_attendees_description_location_and_uid_are_not_kept(tmp_path: Path) -> None:
    read = read_calendar(typical_week(tmp_path / "uke.ics"), *JAN, SECRET)
    kept = repr(read)
    for secret in ("Kari", "kari@example.com", "01012012345", "Testveien", "ag-1@kommune"):
        assert secret not in kept


def test_the_range_bounds_the_events_and_the_key_depends_on_the_secret(tmp_path: Path) -> None:
    path = typical_week(tmp_path / "uke.ics")
    week = read_calendar(path, date(2026, 1, 12), date(2026, 1, 13), SECRET)
    assert [e.day for e in week.events] == [date(2026, 1, 12), date(2026, 1, 13)]
    other = read_calendar(path, date(2026, 1, 12), date(2026, 1, 13), b"x" * 32)
    assert {e.key for e in week.events}.isdisjoint({e.key for e in other.events})


def test_a_summer_time_event_is_in_local_time(tmp_path: Path) -> None:
    path = calendar(
        tmp_path / "s.ics",
        event("s", "20260615T090000", "20260615T093000", "Møte"),
        "BEGIN:VEVENT\r\nUID:utc\r\nSUMMARY:UTC\r\nDTSTART:20260615T120000Z\r\n"
        "DTEND:20260615T130000Z\r\nEND:VEVENT\r\n",
    )
    read = read_calendar(path, date(2026, 6, 1), date(2026, 6, 30), SECRET)
    assert [(e.start, e.minutes) for e in read.events] == [(time(9, 0), 30), (time(14, 0), 60)]


def _refused(path: Path, *words: str) -> None:
    with pytest.raises(CalendarFileError) as caught:
        read_calendar(path, *JAN, SECRET)
    sentence = str(caught.value)
    assert "\n" not in sentence and sentence.endswith(".")
    for word in words:
        assert word in sentence


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "kø.ics"
    os.mkfifo(fifo)
    _refused(fifo, "ikke en vanlig fil")


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    _refused(Path("/dev/zero"), "ikke en vanlig fil")
    _refused(tmp_path, "ikke en vanlig fil")
    _refused(tmp_path / "finnes-ikke.ics", "kan ikke leses")


def test_a_file_over_the_size_limit_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calendar_ics, "MAX_BYTES", 1000)
    big = calendar(
        tmp_path / "stor.ics",
        *(event(f"u{i}", "20260112T090000", "20260112T100000", "Møte") for i in range(20)),
    )
    _refused(big, "større enn")


def test_not_a_calendar_and_a_broken_calendar_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notat.ics"
    text.write_text("Hei\n", encoding="utf-8")
    _refused(text, "ikke en iCalendar-fil")
    broken = tmp_path / "skadet.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:ikke-en-dato\r\n")
    with pytest.raises(CalendarFileError):
        read_calendar(broken, *JAN, SECRET)


def test_too_many_events_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar_ics, "MAX_COMPONENTS", 5)
    many = calendar(
        tmp_path / "mange.ics",
        *(event(f"u{i}", "20260112T090000", "20260112T100000", "Møte") for i in range(6)),
    )
    _refused(many, "mer enn 5")


def test_a_series_finer_than_daily_is_skipped_not_expanded(tmp_path: Path) -> None:
    bomb = calendar(
        tmp_path / "bombe.ics",
        event("sec", "20260101T000000", "20260101T000001", "Hvert sekund", "RRULE:FREQ=SECONDLY"),
        event("ok", "20260112T090000", "20260112T100000", "Møte"),
    )
    read = read_calendar(bomb, *JAN, SECRET)
    assert read.too_frequent == 1 and [e.title for e in read.events] == ["Møte"]


def test_a_daily_series_with_many_hours_stops_at_the_occurrence_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calendar_ics, "MAX_OCCURRENCES", 50)
    dense = calendar(
        tmp_path / "tett.ics",
        event(
            "d",
            "20260101T000000",
            "20260101T003000",
            "Tett",
            "RRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,"
            "18,19,20,21,22,23;BYMINUTE=0,30",
        ),
    )
    read = read_calendar(dense, *JAN, SECRET)
    assert read.truncated and len(read.events) <= 50


def test_a_range_over_a_year_is_refused(tmp_path: Path) -> None:
    path = typical_week(tmp_path / "uke.ics")
    with pytest.raises(CalendarFileError, match="høyst ett år"):
        read_calendar(path, date(2025, 1, 1), date(2026, 6, 1), SECRET)


def test_an_event_without_end_or_over_sixteen_hours_is_left_out(tmp_path: Path) -> None:
    path = calendar(
        tmp_path / "l.ics",
        event("long", "20260112T000000", "20260113T000000", "Døgn"),
        "BEGIN:VEVENT\r\nUID:noend\r\nSUMMARY:Uten slutt\r\n"
        "DTSTART:20260112T090000\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:dur\r\nSUMMARY:Med varighet\r\n"
        "DTSTART:20260112T090000\r\nDURATION:PT45M\r\nEND:VEVENT\r\n",
    )
    read = read_calendar(path, *JAN, SECRET)
    assert [(e.title, e.minutes) for e in read.events] == [("Med varighet", 45)]
    assert read.too_long == 1
