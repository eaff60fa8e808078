"""Draft entries proposed to the therapist, who confirms, changes or skips each before saving.

Both the calendar import and "copy last week" give a list of these; nothing is saved until the
therapist has seen the list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft, errors, validate_entry
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.imported_events import add_imported_entry


@dataclass(frozen=True)
class Proposal:
    draft: EntryDraft
    title: str  # what the proposal came from: the event's title, or the copied entry's code
    guessed_from: str = ""  # the word of the title the code was guessed from ("" = no guess)
    event_key: str = ""  # a calendar occurrence's digest ("" for a copied entry)
    done_before: bool = False  # imported (or copied) already: shown, not proposed again

    @property
    def has_code(self) -> bool:
        return bool(self.draft.code)


def problems(draft: EntryDraft, catalogue: Catalogue, today: date) -> list[str]:
    """The sentences that would stop this draft from being saved as it stands."""
    return [p.message for p in errors(validate_entry(draft, catalogue, today))]


def save_proposal(
    db: Database,
    proposal: Proposal,
    catalogue: Catalogue,
    draft: EntryDraft | None = None,
    *,
    reason: str | None = None,
) -> str:
    """Saves ``draft`` (the therapist's changed version, or the proposal's own) and, for a
    calendar event, the mark that it was imported, in one transaction."""
    db.require_present()
    chosen = draft if draft is not None else proposal.draft
    if proposal.event_key:
        return add_imported_entry(
            db.engine, chosen, proposal.event_key, catalogue.id, catalogue.version, reason=reason
        )
    return add_entry(db.engine, chosen, catalogue.id, catalogue.version, reason=reason)


def with_code(proposal: Proposal, code: str) -> Proposal:
    return replace(proposal, draft=replace(proposal.draft, code=code), guessed_from="")
