"""What the GUI and the command line do with the therapist's profile, the pilot set-up, the
language and other settings."""

from __future__ import annotations

from rehablogg.storage.database import Database


class SettingsBook:
    def __init__(self, db: Database) -> None:
        self._db = db
