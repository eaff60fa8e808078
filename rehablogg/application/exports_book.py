"""What the GUI and the command line do with the export plan, reports, the audit log and backups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from rehablogg.storage.database import Database


class ExportsBook:
    def __init__(self, db: Database, *, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] | None = None) -> None:
        self._db = db
        self._today = today
        self._now = now
