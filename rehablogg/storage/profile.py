"""The single profile row: who the therapist is and where they work.

Reads are plain SQL into a small dataclass, so the app can start without importing SQLModel
(and pydantic behind it, about a quarter of a second); the write goes through the SQLModel
table, imported when it is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Engine, text

from rehablogg.core.free_text import TEXT, UNIT
from rehablogg.storage.clock import now_iso
from rehablogg.storage.engine import writer
from rehablogg.storage.free_text import refuse_identity_numbers


@dataclass(frozen=True)
class ProfileData:
    id: int = 1
    therapist_code: str = ""
    profession: str = "fysioterapeut"
    municipality: str = ""
    unit: str = ""
    kostra_function: str = ""
    position_percent: int = 100
    working_days: str = "1,2,3,4,5"
    day_start: str = "08:00"
    day_end: str = "15:30"
    default_arena: str = ""
    default_contact_mode: str = "oppmote"
    pilot_id: str = ""
    catalogue_id: str = "rehablogg-standard"
    catalogue_version: int = 1
    updated_at: str = ""


COLUMNS = tuple(f.name for f in fields(ProfileData))
EDITABLE = frozenset(COLUMNS) - {"id", "updated_at"}
_SELECT = text(f"SELECT {', '.join(COLUMNS)} FROM profile WHERE id = 1")


def get_profile(engine: Engine) -> ProfileData:
    with engine.connect() as conn:
        row = conn.execute(_SELECT).first()
    # The initial migration inserts the row; the defaults guard a hand-edited file.
    return ProfileData(**row._mapping) if row is not None else ProfileData()


def refuse_profile_texts(changes: dict[str, Any]) -> None:
    """IdentityNumberError when any text of ``changes`` holds an identity number (the unit is
    the one free text; the other fields are checked too, as nothing there may hold one)."""
    for name, value in changes.items():
        if isinstance(value, str):
            refuse_identity_numbers(UNIT if name == "unit" else TEXT, value)


def update_profile(engine: Engine, **changes: Any) -> ProfileData:
    """Change profile fields; callers validate values with ``core.profile_rules`` first."""
    from sqlmodel import Session

    from rehablogg.storage.schema import Profile

    unknown = set(changes) - EDITABLE
    if unknown:
        raise TypeError(f"unknown profile fields: {sorted(unknown)}")
    refuse_profile_texts(changes)
    with Session(writer(engine)) as session:
        profile = session.get(Profile, 1) or Profile(id=1)
        for name, value in changes.items():
            setattr(profile, name, value)
        profile.updated_at = now_iso()
        session.add(profile)
        session.commit()
    return get_profile(engine)
