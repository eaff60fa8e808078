"""One open logbook: the object the GUI and the command line hold instead of a database engine.

Like Anki's ``Collection``, it owns everything a user does to the file (saving, changing and
deleting entries with undo and redo, locked-month reasons, the timer, presence checks, clients
and their care pathway, the profile, the export plan, reports and backups), so the windows only
show and ask. Each kind of work lives in its own module beside this one; this class only wires
them to one database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from rehablogg.application.audit_book import AuditBook
from rehablogg.application.backups_book import BackupsBook
from rehablogg.application.clients_book import ClientsBook
from rehablogg.application.entries_book import EntriesBook
from rehablogg.application.exports_book import ExportsBook
from rehablogg.application.pathway_book import PathwayBook
from rehablogg.application.receipts_book import ReceiptsBook
from rehablogg.application.reports_book import ReportsBook
from rehablogg.application.settings_book import SettingsBook
from rehablogg.core.catalogue import Catalogue
from rehablogg.storage.database import Database
from rehablogg.storage.paths import DataPaths


def _local_now() -> datetime:
    return datetime.now().astimezone()


class Logbook:
    def __init__(
        self,
        db: Database,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = _local_now,
    ) -> None:
        self._db = db
        self.today = today
        self.now = now
        self.entries = EntriesBook(db, today=today, now=now)
        self.clients = ClientsBook(db)
        self.pathway = PathwayBook(db, today=today)
        self.settings = SettingsBook(db)
        self.exports = ExportsBook(db, today=today)
        self.reports = ReportsBook(db, today=today)
        self.audit = AuditBook(db)
        self.backups = BackupsBook(DataPaths.of_database(db.path), db)
        self.receipts = ReceiptsBook(db, now=now)  # the pilot lead's receipts (docs/receipts.md)

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue this logbook works in: the shipped version its profile names. New
        entries, the code pickers, exports and checks use it; read again at each use, so it
        follows the profile (a joined pilot, the therapist's choice, a restored backup)."""
        return self.settings.catalogue()

    @property
    def path(self) -> str:
        """Where the file is, for titles and messages (never for opening it again)."""
        return str(self._db.path)

    def close(self) -> None:
        self._db.close()
