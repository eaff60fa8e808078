"""What became of every file offered to a collection: a pure function of the offers.

A valid submission's fate depends on the others: the same eksport_id offered again is a
duplicate; in a correction chain (``korrigerer`` names the id replaced) the newest wins and the
rest are superseded; two submissions for the same therapist and month that are not a chain are
a conflict, and neither wins.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

DUPLICATE_REASON = QT_TRANSLATE_NOOP("aggregate", "Samme innlevering (eksport_id {id}) som {path}.")
SUPERSEDED_REASON = QT_TRANSLATE_NOOP("aggregate", "Erstattet av korreksjonen {id} ({path}).")
CONFLICT_REASON = QT_TRANSLATE_NOOP(
    "aggregate",
    "{therapist} {month} har flere innleveringer som ikke er korreksjoner av hverandre "
    "({ids}); ingen av dem er tatt med før terapeuten sender en korreksjon.",
)


class Status(enum.Enum):
    ACCEPTED = "godtatt"
    DUPLICATE = "duplikat"
    SUPERSEDED = "erstattet"
    CONFLICT = "konflikt"
    REJECTED = "avvist"


@dataclass(frozen=True)
class Offer:
    """One file offered, in the order offered; ``reason`` set when it was rejected."""

    path: str
    eksport_id: str = ""
    therapist: str = ""
    month: str = ""
    replaces: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Outcome:
    status: Status
    reason: str = ""


def resolve(offers: Sequence[Offer]) -> list[Outcome]:
    """The status of every offer, in the same order."""
    first_path: dict[str, str] = {}
    submissions: dict[str, Offer] = {}
    for offer in offers:
        if not offer.reason and offer.eksport_id not in submissions:
            submissions[offer.eksport_id] = offer
            first_path[offer.eksport_id] = offer.path

    by_slot: dict[tuple[str, str], list[Offer]] = defaultdict(list)
    for sub in submissions.values():
        by_slot[(sub.therapist, sub.month)].append(sub)
    fate: dict[str, Outcome] = {}
    for (therapist, month), subs in by_slot.items():
        ids = {s.eksport_id for s in subs}
        replaced_by = {s.replaces: s for s in subs if s.replaces in ids}
        heads = [s for s in subs if s.eksport_id not in replaced_by]
        for sub in subs:
            if sub.eksport_id in replaced_by:
                newer = replaced_by[sub.eksport_id]
                fate[sub.eksport_id] = Outcome(Status.SUPERSEDED, SUPERSEDED_REASON.format(
                    id=newer.eksport_id, path=newer.path))
        if len(heads) == 1:
            fate[heads[0].eksport_id] = Outcome(Status.ACCEPTED)
        else:
            listed = ", ".join(sorted(h.eksport_id for h in heads))
            for head in heads:
                fate[head.eksport_id] = Outcome(Status.CONFLICT, CONFLICT_REASON.format(
                    therapist=therapist, month=month, ids=listed))

    out: list[Outcome] = []
    for offer in offers:
        if offer.reason:
            out.append(Outcome(Status.REJECTED, offer.reason))
        elif first_path[offer.eksport_id] != offer.path or submissions[
                offer.eksport_id] is not offer:
            out.append(Outcome(Status.DUPLICATE, DUPLICATE_REASON.format(
                id=offer.eksport_id, path=first_path[offer.eksport_id])))
        else:
            out.append(fate[offer.eksport_id])
    return out


def winners(offers: Sequence[Offer]) -> list[str]:
    """The eksport_ids whose content counts."""
    return [o.eksport_id for o, r in zip(offers, resolve(offers), strict=True)
            if r.status is Status.ACCEPTED]
