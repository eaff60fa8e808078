"""What an export will be, before it is written: the one plan both the export dialog and
`rehablogg export` follow.

The rules (a submission is a whole month in xlsx with a therapist code and a municipality; never
a month that has not begun; one not yet over only when the therapist confirms it by name) and
the file (which kind, which metadata, which rows, which name) come from the same functions in
``exchange/export.py`` that the export itself runs inside its transaction, so the preview cannot
promise something the export then does differently.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.periods import days_between
from rehablogg.core.submission_timing import Timing, WorkingDaysLeft, timing, working_days_left
from rehablogg.core.workdays import WorkCalendar
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.export import (
    ExportRequest,
    as_planned,
    base_metadata,
    check_hand_in_day,
    check_request,
    file_name,
    read_pathway,
    submission_plan,
)
from rehablogg.exchange.metadata import ExportMetadata
from rehablogg.exchange.rows import RowBuilder
from rehablogg.exchange.submission import DRAFT, SubmissionPlan
from rehablogg.storage.export_rows import read_export_entries
from rehablogg.storage.profile import ProfileData
from rehablogg.storage.submissions import export_transaction

if TYPE_CHECKING:  # annotations only: the engine stays below the application layer
    from sqlalchemy import Engine

Cell = object


@dataclass(frozen=True)
class HandIn:
    """May the request's period be handed in, and what would stop the export as asked."""

    timing: Timing
    may_submit: bool  # a whole month, as xlsx, that has begun
    submitting: bool  # asked for, and allowed
    early: bool  # submitting a month that is not over: it needs the named confirmation
    confirmed: bool  # not early, or the therapist confirmed handing it in now
    days_left: WorkingDaysLeft  # working days after today, of those in the period
    refusal: ExportError | None  # the one sentence that stops the request as asked

    def run(self, request: ExportRequest) -> ExportRequest:
        """``request`` as the export button runs it: a submission only where one is allowed,
        and the early confirmation only for a month that needs it."""
        return dataclasses.replace(
            request, submit=self.submitting, before_month_end=self.early and self.confirmed
        )


@dataclass(frozen=True)
class ExportPlan:
    """The request, its hand-in rules and exactly what would be written."""

    request: ExportRequest  # as asked
    hand_in: HandIn
    submission: SubmissionPlan = DRAFT
    metadata: ExportMetadata | None = None  # None for a preview that could not be built
    file_name: str = ""
    entry_columns: tuple[str, ...] = ()
    entry_rows: list[list[Cell]] = field(default_factory=list)
    participant_columns: tuple[str, ...] = ()
    participant_rows: list[list[Cell]] = field(default_factory=list)
    # The sheets after Metadata (format 1.1: Forløp, Opphold, Behov, Forankring, Endringer):
    # (sheet, columns, rows) as the export would write them.
    added_sheets: list[tuple[str, tuple[str, ...], list[list[Cell]]]] = field(default_factory=list)
    preview_error: ExportError | None = None  # a row that cannot be written (unknown party …)

    @property
    def to_run(self) -> ExportRequest:
        return self.hand_in.run(self.request)


def hand_in(
    request: ExportRequest, profile: ProfileData, calendar: WorkCalendar, today: date
) -> HandIn:
    """The hand-in rules for ``request`` on ``today`` (no database read)."""
    when = timing(request.start, request.end, today)
    may = request.whole_month and request.fmt == "xlsx" and when is not Timing.FUTURE
    submitting = request.submit and may
    early = submitting and when is Timing.RUNNING
    refusal: ExportError | None = None
    try:
        check_request(request, profile)
        if request.submit:
            check_hand_in_day(request, calendar, today)
    except ExportError as exc:
        refusal = exc
    left = working_days_left(days_between(request.start, request.end), calendar, today)
    return HandIn(
        when, may, submitting, early, not early or request.before_month_end, left, refusal
    )


def plan_export(
    engine: Engine,
    request: ExportRequest,
    profile: ProfileData,
    catalogue: Catalogue,
    calendar: WorkCalendar,
    today: date,
    created: str,
) -> ExportPlan:
    """The plan of ``request`` from one read of the database: the file's kind, metadata, name
    and rows as the export would write them now (export id and checksum are set when it is
    written)."""
    rules = hand_in(request, profile, calendar, today)
    planned = dataclasses.replace(request, submit=rules.submitting)
    builder = RowBuilder(
        catalogue, request.include_notes, municipality=profile.municipality.strip()
    )
    try:
        with export_transaction(engine) as conn:
            entries = read_export_entries(conn, request.start, request.end)
            meta = dataclasses.replace(
                base_metadata(profile, catalogue, planned, created=created),
                entry_count=len(entries),
            )
            submission = DRAFT
            added: list[tuple[str, tuple[str, ...], list[list[Cell]]]] = []
            if request.fmt == "xlsx":
                pathway = read_pathway(conn, planned, catalogue)
                submission = submission_plan(conn, planned, meta, entries, builder, pathway)
                as_file = as_planned(builder, meta, submission.catalogue_version)
                if as_file is not None:  # the catalogue the submission was made with
                    builder, meta, _catalogue = as_file
                builder = builder.as_minor(submission.minor)
                added = [
                    (sheet, tuple(c.name for c in columns), [list(r) for r in rows])
                    for sheet, columns, rows in builder.added_rows(
                        pathway.as_file(submission.replaces), request.end
                    )
                ]
        entry_rows = [list(builder.entry_row(e)) for e in entries]
        participant_rows = [list(row) for e in entries for row in builder.participant_rows(e)]
    except ExportError as exc:
        return ExportPlan(request, rules, preview_error=exc)
    meta = dataclasses.replace(
        meta,
        submission=submission.is_submission,
        replaces=submission.replaces,
        minor=submission.minor,
    )
    return ExportPlan(
        request,
        rules,
        submission,
        meta,
        file_name(meta, request.fmt, submission),
        tuple(builder.entry_columns),
        entry_rows,
        tuple(builder.participant_columns),
        participant_rows,
        added,
    )
