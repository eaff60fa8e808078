"""What became of every file offered to a collection: a pure function of the offers.

A valid submission's fate depends on the others: the same eksport_id offered again is a
duplicate; in a correction chain (``korrigerer`` names the id replaced) the newest wins and the
rest are superseded; two submissions for the same therapist and month that are not a chain are
a conflict, and neither wins.

A chain with a gap (``docs/export-format.md``, "Submissions and correction chains"): when a
link is missing — the original and ``korr2`` are here, ``korr1`` is not — the pieces of the
chain are put in order and the newest correction counts, provided they can only be one chain:
no two submissions of the month correct the same id, at most one is an original, and the order
is known. The piece that starts with the original is the oldest (a correction always comes after
the original); other pieces are ordered by ``opprettet``, and none may be older than the
original. Otherwise the pieces are in conflict, as before. Either way every missing link is
named, in the reasons and in ``Outcome.missing``.
"""

from __future__ import annotations

import enum
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

DUPLICATE_REASON = QT_TRANSLATE_NOOP("aggregate", "Samme innlevering (eksport_id {id}) som {path}.")
SUPERSEDED_REASON = QT_TRANSLATE_NOOP("aggregate", "Erstattet av korreksjonen {id} ({path}).")
CONFLICT_REASON = QT_TRANSLATE_NOOP(
    "aggregate",
    "{therapist} {month} har flere innleveringer som ikke er korreksjoner av hverandre "
    "({ids}); ingen av dem er tatt med før terapeuten sender en korreksjon.",
)
GAP_ACCEPTED = QT_TRANSLATE_NOOP(
    "aggregate",
    "Tatt med som den nyeste korreksjonen for {therapist} {month}, men korreksjonskjeden mangler "
    "{missing}; be terapeuten sende den filen også (tallene endres ikke av den).",
)
GAP_SUPERSEDED = QT_TRANSLATE_NOOP(
    "aggregate",
    "Erstattet av den nyere korreksjonen {id} ({path}); korreksjonskjeden mellom dem mangler "
    "{missing}.",
)
GAP_CONFLICT = QT_TRANSLATE_NOOP("aggregate", "Korreksjonskjeden mangler {missing}.")
MISSING_LINK = QT_TRANSLATE_NOOP("aggregate", "eksport_id {id}")


def name_links(ids: Sequence[str]) -> str:
    return ", ".join(MISSING_LINK.format(id=i) for i in ids)


class Status(enum.Enum):
    ACCEPTED = "godtatt"
    DUPLICATE = "duplikat"
    SUPERSEDED = "erstattet"
    CONFLICT = "konflikt"
    REJECTED = "avvist"


@dataclass(frozen=True, slots=True)
class Offer:
    """One file offered, in the order offered; ``reason`` set when it was rejected."""

    path: str
    export_id: str = ""
    therapist: str = ""
    month: str = ""
    replaces: str = ""
    reason: str = ""
    created: str = ""  # Metadata opprettet of the submission, "" when not known


@dataclass(frozen=True, slots=True)
class Outcome:
    status: Status
    reason: str = ""
    # eksport_ids that the month's correction chain names but the collection does not hold
    missing: tuple[str, ...] = ()


def resolve(offers: Sequence[Offer]) -> list[Outcome]:
    """The status of every offer, in the same order."""
    first_path: dict[str, str] = {}
    submissions: dict[str, Offer] = {}
    for offer in offers:
        if not offer.reason and offer.export_id not in submissions:
            submissions[offer.export_id] = offer
            first_path[offer.export_id] = offer.path

    by_slot: dict[tuple[str, str], list[Offer]] = defaultdict(list)
    for sub in submissions.values():
        by_slot[(sub.therapist, sub.month)].append(sub)
    fate: dict[str, Outcome] = {}
    for (therapist, month), subs in by_slot.items():
        fate.update(_resolve_month(therapist, month, subs))

    out: list[Outcome] = []
    for offer in offers:
        if offer.reason:
            out.append(Outcome(Status.REJECTED, offer.reason))
        elif first_path[offer.export_id] != offer.path or submissions[offer.export_id] is not offer:
            out.append(
                Outcome(
                    Status.DUPLICATE,
                    DUPLICATE_REASON.format(id=offer.export_id, path=first_path[offer.export_id]),
                )
            )
        else:
            out.append(fate[offer.export_id])
    return out


def _moment(created: str) -> datetime | None:
    """``opprettet`` as a moment that can be compared, None when it cannot (no UTC offset)."""
    try:
        moment = datetime.fromisoformat(created)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


@dataclass
class _Piece:
    """A run of a chain whose links are all present: ``head`` is its newest submission, and
    ``missing`` the id its oldest one corrects when that one is not here ("" for none)."""

    head: Offer
    members: list[Offer]
    missing: str


def _pieces(subs: Sequence[Offer], heads: Sequence[Offer]) -> list[_Piece]:
    by_id = {s.export_id: s for s in subs}
    pieces = []
    for head in heads:
        members, seen, at = [head], {head.export_id}, head
        while at.replaces in by_id and at.replaces not in seen:
            at = by_id[at.replaces]
            members.append(at)
            seen.add(at.export_id)
        missing = at.replaces if at.replaces and at.replaces not in by_id else ""
        pieces.append(_Piece(head, members, missing))
    return pieces


def _newest(pieces: Sequence[_Piece], subs: Sequence[Offer]) -> _Piece | None:
    """The piece that ends the chain, when the pieces can only be one chain with gaps in a
    known order; None when they cannot (then they are in conflict)."""
    if not _one_history(subs):
        return None
    dangling = [p for p in pieces if p.missing]
    anchored = [p for p in pieces if not p.missing]
    if len(anchored) > 1 or not dangling:
        return None
    newest = _last_made(dangling)
    if newest is None or _newer_elsewhere(newest, pieces):
        return None
    return newest


def _one_history(subs: Sequence[Offer]) -> bool:
    """No two originals (two histories) and no two submissions correcting the same one (a
    fork, not a chain)."""
    if sum(1 for s in subs if not s.replaces) > 1:
        return False
    return not any(n > 1 for n in Counter(s.replaces for s in subs if s.replaces).values())


def _last_made(dangling: Sequence[_Piece]) -> _Piece | None:
    """The piece whose newest submission was made last; None when that is not known."""
    if len(dangling) == 1:
        return dangling[0]
    moments = [_moment(p.head.created) for p in dangling]
    if any(m is None for m in moments):
        return None
    order = sorted(zip(moments, range(len(dangling)), strict=True))
    if order[-1][0] == order[-2][0]:
        return None  # made in the same second: no order
    return dangling[order[-1][1]]


def _newer_elsewhere(newest: _Piece, pieces: Sequence[_Piece]) -> bool:
    """Whether anything in the other pieces is newer than the piece that would end the
    chain (then it cannot end it)."""
    start = _moment(newest.members[-1].created)
    others = [_moment(m.created) for p in pieces if p is not newest for m in p.members]
    return start is not None and any(m is not None and m > start for m in others)


def _resolve_month(therapist: str, month: str, subs: Sequence[Offer]) -> dict[str, Outcome]:
    """The fate of every submission of one therapist and month."""
    ids = {s.export_id for s in subs}
    replaced_by = {s.replaces: s for s in subs if s.replaces in ids}
    heads = [s for s in subs if s.export_id not in replaced_by]
    fate = _superseded(subs, replaced_by)
    pieces = _pieces(subs, heads)
    gaps = _gaps(pieces)
    if len(heads) == 1:
        fate[heads[0].export_id] = (
            Outcome(
                Status.ACCEPTED,
                GAP_ACCEPTED.format(therapist=therapist, month=month, missing=name_links(gaps)),
                gaps,
            )
            if gaps
            else Outcome(Status.ACCEPTED)
        )
        return fate
    newest = _newest(pieces, subs) if heads else None
    if newest is not None:
        fate.update(_chain_with_gaps(therapist, month, pieces, newest, gaps))
        return fate
    fate.update(_conflict(therapist, month, heads, gaps))
    return fate


def _superseded(subs: Sequence[Offer], replaced_by: dict[str, Offer]) -> dict[str, Outcome]:
    """The submissions a present correction replaces."""
    fate: dict[str, Outcome] = {}
    for sub in subs:
        if sub.export_id in replaced_by:
            newer = replaced_by[sub.export_id]
            fate[sub.export_id] = Outcome(
                Status.SUPERSEDED, SUPERSEDED_REASON.format(id=newer.export_id, path=newer.path)
            )
    return fate


def _gaps(pieces: Sequence[_Piece]) -> tuple[str, ...]:
    """Missing links in chain order: the pieces' oldest ends, oldest first where that is
    known."""
    return tuple(
        p.missing
        for p in sorted(
            (p for p in pieces if p.missing),
            key=lambda p: (
                _moment(p.members[-1].created) is None,
                _moment(p.members[-1].created) or datetime.min,
                p.missing,
            ),
        )
    )


def _chain_with_gaps(
    therapist: str, month: str, pieces: Sequence[_Piece], newest: _Piece, gaps: tuple[str, ...]
) -> dict[str, Outcome]:
    """The newest piece's head counts; the other pieces' heads are superseded by it."""
    head = newest.head
    fate = {
        head.export_id: Outcome(
            Status.ACCEPTED,
            GAP_ACCEPTED.format(therapist=therapist, month=month, missing=name_links(gaps)),
            gaps,
        )
    }
    for piece in pieces:
        if piece is not newest:
            fate[piece.head.export_id] = Outcome(
                Status.SUPERSEDED,
                GAP_SUPERSEDED.format(id=head.export_id, path=head.path, missing=name_links(gaps)),
                gaps,
            )
    return fate


def _conflict(
    therapist: str, month: str, heads: Sequence[Offer], gaps: tuple[str, ...]
) -> dict[str, Outcome]:
    listed = ", ".join(sorted(h.export_id for h in heads))
    reason = CONFLICT_REASON.format(therapist=therapist, month=month, ids=listed)
    if gaps:
        reason += " " + GAP_CONFLICT.format(missing=name_links(gaps))
    return {head.export_id: Outcome(Status.CONFLICT, reason, gaps) for head in heads}


def winners(offers: Sequence[Offer]) -> list[str]:
    """The eksport_ids whose content counts."""
    return [
        o.export_id
        for o, r in zip(offers, resolve(offers), strict=True)
        if r.status is Status.ACCEPTED
    ]
