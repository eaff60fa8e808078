"""What the GUI and the command line do with the therapist's profile, the pilot set-up, the
language and other settings: who the therapist is, their absence days, the pilot they joined
and the language the windows speak."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from rehablogg.application.guarded_write import guarded_write
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.workdays import WorkCalendar, parse_weekdays
from rehablogg.storage import absence, pilot, profile, settings
from rehablogg.storage.database import Database
from rehablogg.storage.pilot import Change
from rehablogg.storage.profile import ProfileData

if TYPE_CHECKING:
    # Read only where a pilot is joined (the start does not load the pilot file's rules).
    from rehablogg.core.pilot import Pilot, RosterEntry

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Change", "ProfileData", "SettingsBook"]

# The languages of the user interface: bokmål (the source language), nynorsk and English.
LANGUAGES = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"
LANGUAGE_SETTING = "language"


class SettingsBook:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the profile ---------------------------------------------------------------------------
    def profile(self) -> ProfileData:
        return profile.get_profile(self._db.engine)

    def catalogue(self) -> Catalogue:
        """The catalogue the logbook works in, read from the profile each time (so a changed
        profile, a joined pilot or a restored backup is followed at once)."""
        return profile.logbook_catalogue(self._db.engine)

    def needs_profile(self) -> bool:
        """True while the profile lacks a therapist code or a municipality: the app then offers
        the first-start dialog."""
        found = self.profile()
        return not found.therapist_code.strip() or not found.municipality.strip()

    def change_profile(self, **changes: Any) -> ProfileData:
        """Store profile fields (validated with ``core.profile_rules`` by the caller); returns
        the profile as stored. IdentityNumberError when a text holds an identity number."""
        return guarded_write(self._db, lambda: profile.update_profile(self._db.engine, **changes))

    def absences(self) -> dict[date, str]:
        """The therapist's absence days and their kind (ferie, sykdom, kurs, annet)."""
        return absence.absences(self._db.engine)

    def set_absences(self, wanted: Mapping[date, str]) -> None:
        """Make the stored absence days exactly ``wanted``: days no longer there are cleared,
        new or changed ones stored."""

        def store() -> None:
            stored = self.absences()
            for day in sorted(set(stored) - set(wanted)):
                absence.set_absence(self._db.engine, day, None)
            for day, kind in sorted(wanted.items()):
                if stored.get(day) != kind:
                    absence.set_absence(self._db.engine, day, kind)

        guarded_write(self._db, store)

    def work_calendar(self) -> WorkCalendar:
        """Working days, public holidays and absence days from the profile and the absences."""
        return WorkCalendar(parse_weekdays(self.profile().working_days), self.absences())

    # -- the pilot -----------------------------------------------------------------------------
    def joined_pilot(self) -> dict[str, Any] | None:
        """The joined pilot's settings (name, months, age groups, required fields, linked
        pseudonyms and their key), or None when no pilot is joined."""
        return pilot.joined_pilot(self._db.engine)

    def join_pilot(self, chosen: Pilot, entry: RosterEntry) -> list[Change]:
        """Join ``chosen`` as ``entry`` (checked with ``core.pilot.check_joinable``); returns
        what changed in the profile, in the order a user reads it."""
        return guarded_write(self._db, lambda: pilot.join_pilot(self._db.engine, chosen, entry))

    # -- the language --------------------------------------------------------------------------
    def language(self) -> str | None:
        """The language chosen under Fil → Språk, None when none was (the system's decides)."""
        value = settings.get_setting(self._db.engine, LANGUAGE_SETTING)
        return value if value in LANGUAGES else None

    def set_language(self, language: str) -> None:
        """Keep ``language`` for the next start; ValueError for one rehablogg does not speak."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        guarded_write(
            self._db, lambda: settings.set_setting(self._db.engine, LANGUAGE_SETTING, language)
        )
