"""Make one export: read the period, decide what kind of file it is, write it atomically and,
for a submission, lock the month — all from one database snapshot.

The order matters for "the file and the database never disagree": the file is written to a
temporary name, the submission is recorded, the transaction commits, and only then does the
file get its real name. If recording fails (someone changed the month meanwhile), the temporary
file is removed and an older file of the same name is left as it was.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rehablogg import __version__
from rehablogg.core.catalogue import (
    SHIPPED_VERSIONS,
    STANDARD_ID,
    Catalogue,
    shipped_catalogue,
    working_catalogue,
)
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.municipalities import municipalities
from rehablogg.core.periods import days_between, format_date
from rehablogg.core.submission_timing import Timing, timing, working_days_left
from rehablogg.core.workdays import WorkCalendar, parse_weekdays
from rehablogg.exchange.atomic import AtomicOutput
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.metadata import ExportMetadata
from rehablogg.exchange.naming import export_file_name
from rehablogg.exchange.privacy import catalogue_texts, check_notes, check_texts
from rehablogg.exchange.rows import PathwayData, RowBuilder, content_checksum
from rehablogg.exchange.submission import DRAFT, Kind, SubmissionPlan, plan_submission
from rehablogg.exchange.writer_csv import write_csv
from rehablogg.exchange.writer_xlsx import write_xlsx
from rehablogg.storage.absence import absences
from rehablogg.storage.clock import SYSTEM_CLOCK, Clock, now_iso
from rehablogg.storage.engine import writer
from rehablogg.storage.export_rows import (
    ExportChange,
    ExportEntry,
    read_export_changes,
    read_export_entries,
    read_export_episodes,
    read_export_needs,
)
from rehablogg.storage.faults import classify, fault_sentence
from rehablogg.storage.periods import SUBMITTED
from rehablogg.storage.profile import ProfileData, get_profile
from rehablogg.storage.submissions import (
    SubmissionRecord,
    export_transaction,
    latest_submission,
    month_state,
    record_submission,
)

if TYPE_CHECKING:
    # Only for annotations: storage owns the database; exchange just passes these through.
    from sqlalchemy import Connection, Engine

FORMATS = ("xlsx", "csv")

_NO_FOLDER = QT_TRANSLATE_NOOP(
    "exchange", "Mappen {folder} finnes ikke; opprett den eller velg en annen."
)
_CANNOT_WRITE = QT_TRANSLATE_NOOP("exchange", "Kunne ikke skrive eksporten i {folder}: {reason}.")
_WHAT = QT_TRANSLATE_NOOP("exchange", "eksporten")
_REASON = QT_TRANSLATE_NOOP("exchange", "begrunnelsen for en endring")
_SUBMIT_NEEDS_MONTH = QT_TRANSLATE_NOOP(
    "exchange", "En innlevering gjelder alltid en hel måned; velg en måned (--period ÅÅÅÅ-MM)."
)
_SUBMIT_NEEDS_XLSX = QT_TRANSLATE_NOOP(
    "exchange", "En innlevering er alltid en xlsx-fil; CSV er bare en visning."
)
_SUBMIT_NEEDS_PROFILE = QT_TRANSLATE_NOOP(
    "exchange",
    "En innlevering krever terapeutkode og kommunenummer i profilen; fyll dem ut først "
    "(rehablogg profile set --therapist KODE --municipality NNNN).",
)
_UNKNOWN_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "exchange",
    "Kommunenummeret {number} i profilen finnes ikke i kommunelisten for 2024, så filen "
    "ville blitt avvist; velg kommunen på nytt i profilen før du eksporterer.",
)
_SUBMIT_FUTURE = QT_TRANSLATE_NOOP(
    "exchange",
    "Måneden {month} har ikke begynt ennå, så den kan ikke leveres inn; eksporter den uten å "
    "levere, eller lever den når den er slutt.",
)
_SUBMIT_EARLY = QT_TRANSLATE_NOOP(
    "exchange",
    "Måneden {month} er ikke slutt før {last} ({left} av {total} arbeidsdager gjenstår); lever "
    "den når den er slutt, eller bekreft at den skal leveres nå (--before-month-end).",
)


@dataclass(frozen=True)
class ExportRequest:
    start: date
    end: date
    out: Path  # a folder (the file gets the docs/DESIGN.md §6.1 name) or a file
    whole_month: bool = False  # a --period export: only these can be submissions
    fmt: str = "xlsx"
    submit: bool = False
    include_notes: bool = False
    before_month_end: bool = False  # the therapist confirmed handing in a month not yet over
    # The pilot lead returned the month's latest submission (docs/receipts.md): handing it in
    # is a correction even when nothing changed since.
    resubmit: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    fmt: str
    entries: int
    participants: int
    kind: Kind  # DRAFT for csv and ranges
    export_id: str | None = None  # xlsx only
    checksum: str | None = None
    correction: int = 0
    replaces: str = ""


def export(
    engine: Engine,
    request: ExportRequest,
    *,
    catalogue: Catalogue | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> ExportResult:
    """Export ``request`` from the database behind ``engine``; ExportError tells the user why
    not (a StorageError when the database changed meanwhile). ``clock`` says what day it is:
    both whether the month may be handed in and the file's ``opprettet`` come from it."""
    profile = get_profile(engine)
    catalogue = catalogue or working_catalogue(profile.catalogue_version)
    check_request(request, profile)
    created = clock.now()
    if request.submit:
        calendar = WorkCalendar(parse_weekdays(profile.working_days), absences(engine))
        check_hand_in_day(request, calendar, created.date())
    folder, fixed_target = _destination(request.out)
    builder = RowBuilder(
        catalogue, request.include_notes, municipality=profile.municipality.strip()
    )
    base = base_metadata(profile, catalogue, request, created=created.isoformat(timespec="seconds"))
    check_texts([("enhet", base.unit), ("pilot", base.pilot), *catalogue_texts(catalogue)])
    try:
        with AtomicOutput(folder) as out:
            # A submission writes: it takes the write lock at the start, so it waits (up to the
            # busy timeout) for another save or submission instead of failing when it records.
            with export_transaction(writer(engine) if request.submit else engine) as conn:
                entries = read_export_entries(conn, request.start, request.end)
                if request.include_notes:
                    check_notes(entries)
                if request.fmt == "csv":
                    write_csv(out.path, entries, builder)
                    result = ExportResult(
                        _target(fixed_target, folder, base, "csv", DRAFT),
                        "csv",
                        len(entries),
                        sum(len(e.clients) for e in entries),
                        Kind.DRAFT,
                    )
                else:
                    pathway = read_pathway(conn, request, catalogue)
                    result = _export_xlsx(
                        conn,
                        request,
                        base,
                        entries,
                        builder,
                        catalogue,
                        out,
                        fixed_target,
                        folder,
                        pathway,
                    )
            out.publish(result.path)
    except OSError as exc:
        fault = classify(exc)
        if fault is not None:
            raise ExportError(fault_sentence(fault, what=_WHAT, folder=folder)) from exc
        reason = exc.strerror or type(exc).__name__
        raise ExportError(_CANNOT_WRITE.format(folder=folder, reason=reason)) from exc
    return result


def _export_xlsx(
    conn: Connection,
    request: ExportRequest,
    base: ExportMetadata,
    entries: list[ExportEntry],
    builder: RowBuilder,
    catalogue: Catalogue,
    out: AtomicOutput,
    fixed_target: Path | None,
    folder: Path,
    pathway: MonthPathway,
) -> ExportResult:
    meta = dataclasses.replace(base, entry_count=len(entries))
    month = f"{request.start:%Y-%m}"
    plan = submission_plan(conn, request, meta, entries, builder, pathway)
    planned = as_planned(builder, meta, plan.catalogue_version)
    if planned is None:  # the plan only names a shipped catalogue
        raise RuntimeError(f"catalogue version {plan.catalogue_version} is not shipped")
    builder, meta, catalogue = planned
    meta = dataclasses.replace(
        meta, submission=plan.is_submission, replaces=plan.replaces, minor=plan.minor
    )
    builder = builder.as_minor(plan.minor)
    data = pathway.as_file(plan.replaces)
    # Reasons are refused where they are typed; one typed before that rule must not leave.
    check_texts((_REASON, reason) for c in data.changes for reason in c.reasons)
    written = write_xlsx(out.path, meta, entries, catalogue, builder, data)
    if plan.expected_checksum is not None and written.checksum != plan.expected_checksum:
        # Same rows, same metadata, same code: this would be a bug in the writer.
        raise RuntimeError("the rewritten submission does not reproduce its checksum")
    path = _target(fixed_target, folder, meta, "xlsx", plan)
    if request.submit and (plan.records_new_submission or month_state(conn, month) != SUBMITTED):
        record = SubmissionRecord(
            export_id=written.export_id,
            month=month,
            created_at=meta.created,
            checksum=written.checksum,
            replaces=plan.replaces or None,
            correction_number=plan.correction,
            file_name=path.name,
        )
        record_submission(conn, record, new=plan.records_new_submission)
    return ExportResult(
        path,
        "xlsx",
        written.entries,
        written.participants,
        plan.kind,
        written.export_id,
        written.checksum,
        plan.correction,
        plan.replaces,
    )


class MonthPathway:
    """The care pathway of an export's period (format 1.1's sheets): episodes and needs read
    once, and a correction's changes read for the submission it would replace (Endringer says
    what changed since *that* submission, so each candidate of the plan gets its own)."""

    def __init__(self, conn: Connection | None, request: ExportRequest, data: PathwayData) -> None:
        self._conn = conn
        self._month = f"{request.start:%Y-%m}"
        self._data = data
        self._changes: dict[str, list[ExportChange]] = {"": []}

    def as_file(self, replaces: str) -> PathwayData:
        """The sheets' data of a file whose korrigerer is ``replaces``."""
        found = self._changes.get(replaces)
        if found is None:
            found = []
            if self._conn is not None:
                found = read_export_changes(self._conn, self._month, replaces)
            self._changes[replaces] = found
        return dataclasses.replace(self._data, changes=found)


def read_pathway(conn: Connection, request: ExportRequest, catalogue: Catalogue) -> MonthPathway:
    """The period's episodes (first direct contact by the catalogue's ``direkte`` codes) and
    the needs of the clients on the file, inside the export's transaction."""
    direct = {c.code for c in catalogue.codes if c.category == "direkte"}
    data = PathwayData(
        episodes=read_export_episodes(conn, request.start, request.end, direct),
        needs=read_export_needs(conn, request.start, request.end),
    )
    return MonthPathway(conn, request, data)


def submission_plan(
    conn: Connection,
    request: ExportRequest,
    meta: ExportMetadata,
    entries: list[ExportEntry],
    builder: RowBuilder,
    pathway: MonthPathway,
) -> SubmissionPlan:
    """Which file an xlsx export of ``entries`` is (docs/DESIGN.md §3.5): only a whole month
    can be a submission; the preview asks the same question the export does."""
    if not request.whole_month:
        return DRAFT

    def checksum_as(
        submission: bool, replaces: str, minor: int, catalogue_version: int | None
    ) -> str | None:
        as_file = as_planned(builder, meta, catalogue_version)
        if as_file is None:
            return None
        as_minor = as_file[0].as_minor(minor)
        data = pathway.as_file(replaces)
        try:
            if as_minor.leaves_out_values(entries, data) or meta.leaves_out_values(minor):
                return None
            candidate = dataclasses.replace(
                as_file[1], submission=submission, replaces=replaces, minor=minor
            )
            return content_checksum(candidate, entries, as_minor, pathway=data)
        except ExportError:  # a code or party that catalogue does not have
            return None

    return plan_submission(
        latest_submission(conn, f"{request.start:%Y-%m}"),
        request.submit,
        checksum_as,
        again=request.resubmit,
        catalogues=_older_catalogues(builder.catalogue),
    )


def _older_catalogues(catalogue: Catalogue) -> tuple[int | None, ...]:
    """The export's own catalogue (None), then the other shipped versions of the standard
    catalogue, newest first, when the export uses the standard catalogue."""
    if catalogue.id != STANDARD_ID:
        return (None,)
    older = sorted((v for v in SHIPPED_VERSIONS if v != catalogue.version), reverse=True)
    return (None, *older)


def as_planned(
    builder: RowBuilder, meta: ExportMetadata, catalogue_version: int | None
) -> tuple[RowBuilder, ExportMetadata, Catalogue] | None:
    """The rows' builder, the Metadata and the catalogue of a file written with the shipped
    catalogue of ``catalogue_version`` (None: the export's own); None when none is shipped."""
    if catalogue_version is None:
        return builder, meta, builder.catalogue
    catalogue = shipped_catalogue(catalogue_version)
    if catalogue is None:
        return None
    return (
        builder.with_catalogue(catalogue),
        dataclasses.replace(meta, catalogue_id=catalogue.id, catalogue_version=catalogue.version),
        catalogue,
    )


def check_request(request: ExportRequest, profile: ProfileData) -> None:
    """ExportError when ``request`` can never be run as asked (a submission that is not a
    whole month in xlsx, or without therapist code and municipality), or would write a file
    verify refuses (an xlsx with the profile's municipality not on the 2024 list)."""
    if request.fmt not in FORMATS:
        raise ValueError(request.fmt)
    municipality = profile.municipality.strip()
    # The home municipality of a client without their own (format 1.1), which verify checks
    # against the list: a number not on it would make the whole file refused.
    if request.fmt == "xlsx" and municipality and municipality not in municipalities():
        raise ExportError(_UNKNOWN_MUNICIPALITY.format(number=municipality))
    if not request.submit:
        return
    if request.fmt != "xlsx":
        raise ExportError(_SUBMIT_NEEDS_XLSX)
    if not request.whole_month:
        raise ExportError(_SUBMIT_NEEDS_MONTH)
    if not (profile.therapist_code.strip() and profile.municipality.strip()):
        raise ExportError(_SUBMIT_NEEDS_PROFILE)


def check_hand_in_day(request: ExportRequest, calendar: WorkCalendar, today: date) -> None:
    """Never a month that has not begun; one not yet over only when the therapist confirmed it
    (a submission locks the month, and the days still to come would be locked empty)."""
    when = timing(request.start, request.end, today)
    if when is Timing.ENDED:
        return
    left = working_days_left(days_between(request.start, request.end), calendar, today)
    month = f"{request.start:%m.%Y}"
    if when is Timing.FUTURE:
        raise ExportError(_SUBMIT_FUTURE.format(month=month))
    if not request.before_month_end:
        raise ExportError(
            _SUBMIT_EARLY.format(
                month=month, left=left.left, total=left.total, last=format_date(request.end)
            )
        )


def _destination(out: Path) -> tuple[Path, Path | None]:
    """``(folder, file)``: a folder gets the docs/DESIGN.md §6.1 name; anything else is the file."""
    if out.is_dir():
        return out, None
    folder = out.parent
    if not folder.is_dir():
        raise ExportError(_NO_FOLDER.format(folder=folder))
    return folder, out


def _target(
    fixed: Path | None, folder: Path, meta: ExportMetadata, fmt: str, plan: SubmissionPlan
) -> Path:
    if fixed is not None:
        return fixed
    return folder / file_name(meta, fmt, plan)


def file_name(meta: ExportMetadata, fmt: str, plan: SubmissionPlan) -> str:
    """The docs/DESIGN.md §6.1 name of the file ``meta`` describes."""
    return export_file_name(
        pilot=meta.pilot,
        municipality=meta.municipality,
        therapist=meta.therapist,
        start=meta.start,
        end=meta.end,
        extension=fmt,
        submission=plan.is_submission,
        correction=plan.correction,
    )


def base_metadata(
    profile: ProfileData,
    catalogue: Catalogue,
    request: ExportRequest,
    *,
    created: str | None = None,
) -> ExportMetadata:
    """The metadata of an export before its rows are known (the preview shows it too)."""
    kommune = municipalities().get(profile.municipality)
    return ExportMetadata(
        app_version=__version__,
        created=created or now_iso(),
        start=request.start,
        end=request.end,
        submission=False,
        therapist=profile.therapist_code.strip(),
        profession=profile.profession,
        municipality=profile.municipality.strip(),
        municipality_name=kommune.name if kommune else "",
        unit=profile.unit.strip(),
        position_percent=profile.position_percent,
        pilot=profile.pilot_id.strip(),
        catalogue_id=catalogue.id,
        catalogue_version=catalogue.version,
        entry_count=0,
        replaces="",
        kostra_function=profile.kostra_function.strip(),
    )
