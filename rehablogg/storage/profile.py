"""The single profile row: who the therapist is and where they work.

The row is read and written with SQLAlchemy Core on the ``profile`` table class (``schema.py``)
as compiled to ``tables_compiled.py``; the read model is the dataclass compiled from that class
(a start reads the profile, and imports no SQLModel for it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert, select, update

from rehablogg.core.catalogue import Catalogue, working_catalogue
from rehablogg.core.free_text import TEXT, UNIT
from rehablogg.storage.clock import now_iso
from rehablogg.storage.engine import writer
from rehablogg.storage.free_text import refuse_identity_numbers
from rehablogg.storage.tables_compiled import PROFILE, ProfileRow

ProfileData = ProfileRow  # the profile as read (a dataclass of the Profile table class)
COLUMNS = tuple(c.name for c in PROFILE.columns)
EDITABLE = frozenset(COLUMNS) - {"id", "updated_at"}
_SELECT = select(PROFILE).where(PROFILE.c.id == 1)


def get_profile(engine: Engine) -> ProfileData:
    with engine.connect() as conn:
        row = conn.execute(_SELECT).first()
    # The initial migration inserts the row; the defaults guard a hand-edited file.
    return ProfileData(**row._mapping) if row is not None else ProfileData()


def logbook_catalogue(engine: Engine) -> Catalogue:
    """The catalogue this logbook works in: the shipped version its profile names (new
    entries, pickers, exports and checks use it; stored entries keep their own version)."""
    return working_catalogue(get_profile(engine).catalogue_version)


def refuse_profile_texts(changes: dict[str, Any]) -> None:
    """IdentityNumberError when any text of ``changes`` holds an identity number (the unit is
    the one free text; the other fields are checked too, as nothing there may hold one)."""
    for name, value in changes.items():
        if isinstance(value, str):
            refuse_identity_numbers(UNIT if name == "unit" else TEXT, value)


def update_profile(engine: Engine, **changes: Any) -> ProfileData:
    """Change profile fields; callers validate values with ``core.profile_rules`` first."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise TypeError(f"unknown profile fields: {sorted(unknown)}")
    refuse_profile_texts(changes)
    values = changes | {"updated_at": now_iso()}
    with writer(engine).begin() as conn:
        changed = conn.execute(update(PROFILE).where(PROFILE.c.id == 1).values(values))
        if changed.rowcount == 0:  # a hand-edited file without the row
            conn.execute(insert(PROFILE).values(values | {"id": 1}))
    return get_profile(engine)
