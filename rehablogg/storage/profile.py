"""The single profile row: who the therapist is and where they work."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from rehablogg.storage.clock import now_iso
from rehablogg.storage.schema import Profile

EDITABLE = frozenset(Profile.model_fields) - {"id", "updated_at"}


def get_profile(engine: Engine) -> Profile:
    with Session(engine) as session:
        profile = session.get(Profile, 1)
        if profile is None:  # the initial migration inserts it; this guards a hand-edited file
            profile = Profile(id=1)
        session.expunge_all()
        return profile


def update_profile(engine: Engine, **fields: Any) -> Profile:
    """Change profile fields; callers validate values with ``core.profile_rules`` first."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise TypeError(f"unknown profile fields: {sorted(unknown)}")
    with Session(engine) as session:
        profile = session.get(Profile, 1) or Profile(id=1)
        for name, value in fields.items():
            setattr(profile, name, value)
        profile.updated_at = now_iso()
        session.add(profile)
        session.commit()
        session.refresh(profile)
        session.expunge_all()
        return profile
