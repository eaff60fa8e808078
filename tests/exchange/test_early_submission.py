"""A month can never be handed in before it begins, and before it ends only when the therapist
says so (issue 17, item 1): the export refuses, verify and aggregate refuse what slipped past."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl.workbook import Workbook

from rehablogg.aggregate.run import Options, aggregate
from rehablogg.core.entry import EntryDraft
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.export import ExportRequest, ExportResult, export
from rehablogg.exchange.submission import Kind
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.absence import set_absence
from rehablogg.storage.clock import Clock
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.periods import period_state
from rehablogg.storage.profile import update_profile
from tests.exchange.helpers import CATALOGUE, edited, new_db, set_metadata

DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))
MARCH_2027 = (date(2027, 3, 1), date(2027, 3, 31))
ON_4_DECEMBER = Clock(date(2026, 12, 4))


@pytest.fixture
def therapist(tmp_path: Path) -> Database:
    db = new_db(tmp_path / "db")
    update_profile(db.engine, therapist_code="FYS01", municipality="0301")
    for day in (1, 2, 3, 4):
        add_entry(db.engine, EntryDraft(date(2026, 12, day), 60, "A02", time(9, 0)), *CATALOGUE)
    return db


def _submit(
    db: Database,
    out: Path,
    month: tuple[date, date],
    clock: Clock,
    *,
    before_month_end: bool = False,
) -> ExportResult:
    out.mkdir(exist_ok=True)
    return export(
        db.engine,
        ExportRequest(
            month[0],
            month[1],
            out,
            whole_month=True,
            submit=True,
            before_month_end=before_month_end,
        ),
        clock=clock,
    )


def _state(db: Database, month: str) -> str:
    with db.engine.connect() as conn:
        return period_state(conn, month)


def test_a_future_month_is_never_handed_in(therapist: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for confirmed in (False, True):
        with pytest.raises(ExportError) as refused:
            _submit(therapist, out, MARCH_2027, ON_4_DECEMBER, before_month_end=confirmed)
        assert "03.2027 har ikke begynt" in str(refused.value)
    assert list(out.iterdir()) == []
    assert _state(therapist, "2027-03") == "open"
    # As a draft it may still be exported (it is the therapist's own view).
    draft = export(
        therapist.engine, ExportRequest(*MARCH_2027, out, whole_month=True), clock=ON_4_DECEMBER
    )
    assert draft.kind is Kind.DRAFT


def test_an_unfinished_month_needs_the_named_confirmation(
    therapist: Database, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with pytest.raises(ExportError) as refused:
        _submit(therapist, out, DECEMBER, ON_4_DECEMBER)
    sentence = str(refused.value)
    assert "12.2026 er ikke slutt" in sentence and "18 av 22 arbeidsdager" in sentence
    assert "--before-month-end" in sentence and "\n" not in sentence
    assert list(out.iterdir()) == []
    assert _state(therapist, "2026-12") == "open"

    result = _submit(therapist, out, DECEMBER, ON_4_DECEMBER, before_month_end=True)
    assert result.kind is Kind.FIRST
    assert _state(therapist, "2026-12") == "submitted"
    report = verify_file(result.path, keep_content=True)
    assert report.ok, report.sentence()
    assert report.content is not None
    assert str(report.content.metadata["opprettet"]).startswith("2026-12-04T")


def test_absence_days_are_not_counted_as_to_come(therapist: Database, tmp_path: Path) -> None:
    for day in range(21, 32):
        set_absence(therapist.engine, date(2026, 12, day), "ferie")
    with pytest.raises(ExportError, match="10 av 14 arbeidsdager"):
        _submit(therapist, tmp_path / "out", DECEMBER, ON_4_DECEMBER)


def test_an_ended_month_needs_no_confirmation(therapist: Database, tmp_path: Path) -> None:
    result = _submit(therapist, tmp_path / "out", DECEMBER, Clock(date(2027, 1, 1)))
    assert result.kind is Kind.FIRST


@pytest.fixture
def future_submission(therapist: Database, tmp_path: Path) -> Path:
    """A submission of December whose ``opprettet`` says it was made in November: what an older
    rehablogg (or a clock set wrong) could write. ``opprettet`` is not hashed, so the file
    still has a good checksum."""
    made = _submit(therapist, tmp_path / "made", DECEMBER, ON_4_DECEMBER, before_month_end=True)

    def backdate(wb: Workbook) -> None:
        set_metadata(wb, "opprettet", "2026-11-30T23:59:00+01:00")

    return edited(made.path, tmp_path / made.path.name, backdate)


def test_verify_refuses_a_submission_made_before_its_month_began(future_submission: Path) -> None:
    report = verify_file(future_submission)
    assert not report.ok
    sentence = report.sentence()
    assert "periode_fra" in sentence and "30.11.2026" in sentence
    assert report.problem_count == 1


def test_verify_accepts_an_early_submission_made_on_its_first_day(
    therapist: Database, tmp_path: Path
) -> None:
    result = _submit(
        therapist, tmp_path / "out", DECEMBER, Clock(date(2026, 12, 1)), before_month_end=True
    )
    assert verify_file(result.path).ok


def test_a_draft_of_a_future_month_is_still_a_valid_file(
    therapist: Database, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    draft = export(
        therapist.engine, ExportRequest(*MARCH_2027, out, whole_month=True), clock=ON_4_DECEMBER
    )
    assert verify_file(draft.path).ok


def test_aggregate_refuses_a_submission_made_before_its_month_began(
    future_submission: Path, tmp_path: Path
) -> None:
    result = aggregate(Options((future_submission,), tmp_path / "samlet.xlsx"), progress=None)
    [(_offer, outcome)] = result.outcomes
    assert outcome.status.value == "avvist"
    assert "periode_fra" in outcome.reason


def test_clock_on_a_fixed_day_keeps_the_time_and_offset() -> None:
    moment = ON_4_DECEMBER.now()
    assert moment.date() == date(2026, 12, 4) and moment.tzinfo is not None
    assert ON_4_DECEMBER.today() == date(2026, 12, 4)
    assert datetime.fromisoformat(ON_4_DECEMBER.now_iso()).date() == date(2026, 12, 4)
