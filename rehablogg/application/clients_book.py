"""What the GUI and the command line do with clients and their pages."""

from __future__ import annotations

from rehablogg.storage.database import Database


class ClientsBook:
    def __init__(self, db: Database) -> None:
        self._db = db
