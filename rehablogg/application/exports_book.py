"""What the GUI and the command line do with exports: plan one (the dialog's preview, the
command's refusals), check the period for gaps, and write it, with a backup before a
submission locks a month."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from rehablogg.application.errors import machine_fault
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.completeness import Finding, check_month
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.workdays import WorkCalendar, parse_weekdays
from rehablogg.storage.absence import absences
from rehablogg.storage.audit import clients_without_birth_year, month_entries
from rehablogg.storage.backups import take_backup
from rehablogg.storage.clock import Clock
from rehablogg.storage.database import Database
from rehablogg.storage.errors import StorageError
from rehablogg.storage.paths import DataPaths
from rehablogg.storage.profile import get_profile, logbook_catalogue
from rehablogg.storage.receipts import latest_returned
from rehablogg.storage.timer import get_timer

if TYPE_CHECKING:
    # The export itself (and openpyxl behind it) is imported when it is first used: the main
    # window holds this book from start-up, long before anything is exported.
    from rehablogg.application.export_plan import ExportPlan, HandIn
    from rehablogg.exchange.export import ExportRequest, ExportResult

__all__ = ["DATABASE_ERRORS", "ExportsBook", "StorageError", "SubmissionBackupError"]

# What a failed read or write of the database raises: the windows catch these without
# importing the database library (gui/language.write_error_text gives their sentence).
DATABASE_ERRORS: tuple[type[Exception], ...] = (SQLAlchemyError, StorageError)
# What a fault sentence names as not written (the command line says the same).
_BACKUP = QT_TRANSLATE_NOOP("faults", "sikkerhetskopien som tas før innleveringen")


class SubmissionBackupError(Exception):
    """The copy taken before a submission could not be made, so nothing was handed in;
    ``cause`` is what failed (a full disk, a read-only folder …), ``fault`` the sentence for
    it when it is a fault of the machine (None otherwise)."""

    def __init__(self, cause: BaseException, folder: Path | None = None) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.fault: str | None = machine_fault(cause, _BACKUP, folder or Path.cwd())


class ExportsBook:
    def __init__(self, db: Database, *, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    def _clock(self) -> Clock:
        # The day is the logbook's (the window and the tests fix it); the time is the system's.
        return Clock(self._today())

    def calendar(self) -> WorkCalendar:
        """The therapist's working days and absences, as the hand-in rules count them."""
        profile = get_profile(self._db.engine)
        return WorkCalendar(parse_weekdays(profile.working_days), absences(self._db.engine))

    def hand_in(self, request: ExportRequest, calendar: WorkCalendar | None = None) -> HandIn:
        """May ``request`` be handed in today, and the sentence that stops it as asked."""
        from rehablogg.application.export_plan import hand_in

        return hand_in(
            request, get_profile(self._db.engine), calendar or self.calendar(), self._today()
        )

    def plan(
        self,
        request: ExportRequest,
        *,
        catalogue: Catalogue | None = None,
        calendar: WorkCalendar | None = None,
    ) -> ExportPlan:
        """Exactly what exporting ``request`` now would write (the dialog's preview)."""
        from rehablogg.application.export_plan import plan_export

        clock = self._clock()
        return plan_export(
            self._db.engine,
            self._again_if_returned(request),
            get_profile(self._db.engine),
            catalogue or logbook_catalogue(self._db.engine),
            calendar or self.calendar(),
            clock.today(),
            clock.now_iso(),
        )

    def check(
        self,
        start: date,
        end: date,
        *,
        catalogue: Catalogue | None = None,
        calendar: WorkCalendar | None = None,
    ) -> list[Finding]:
        """The completeness check of ``start``–``end``: days without entries, a running timer,
        clients without a birth year …"""
        engine = self._db.engine
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        return check_month(
            days,
            calendar or self.calendar(),
            month_entries(engine, start, end),
            catalogue or logbook_catalogue(self._db.engine),
            today=self._today(),
            timer_running=get_timer(engine) is not None,
            clients_without_birth_year=clients_without_birth_year(engine),
        )

    def export(self, request: ExportRequest, *, catalogue: Catalogue | None = None) -> ExportResult:
        """Write ``request``; a submission is refused by the plan's rules before anything is
        written, and takes a backup ("innlevering") before it locks the month.

        Raises ExportError (the request or the file), SubmissionBackupError, or one of
        DATABASE_ERRORS (the database is gone, changed meanwhile, or failed).
        """
        from rehablogg.exchange.export import export

        rules = self.hand_in(request)
        if rules.refusal is not None:
            raise rules.refusal
        self._db.require_present()
        if request.submit:
            paths = DataPaths.of_database(self._db.path)
            try:
                take_backup(paths, "innlevering")
            except (OSError, sqlite3.Error) as exc:
                raise SubmissionBackupError(exc, paths.backups) from exc
        return export(
            self._db.engine,
            self._again_if_returned(request),
            catalogue=catalogue,
            clock=self._clock(),
        )

    def _again_if_returned(self, request: ExportRequest) -> ExportRequest:
        """A submission of a month whose latest submission the pilot lead sent back is a
        correction even when nothing changed since: the return is the reason
        (docs/receipts.md)."""
        if not (request.submit and request.whole_month) or request.resubmit:
            return request
        if not latest_returned(self._db.engine, f"{request.start:%Y-%m}"):
            return request
        import dataclasses

        return dataclasses.replace(request, resubmit=True)
