"""Which file a month's export is: a draft, the first submission, a correction, or the same
submission again (docs/DESIGN.md §3.5 and docs/DESIGN.md §6.4).

The decision is made on content, not only on the period's state: an export is the month's
latest submission exactly when it would get that submission's checksum, with the same
``innlevering`` and ``korrigerer``. So exporting an unchanged submitted month gives the same
file and the same ``eksport_id`` again (with or without ``--submit``: it *is* that
submission); a month changed after submission becomes a correction that names the id it
replaces when the user submits it, and is a draft until then. A change that was undone, or one
that never reaches the file (a note, when notes are not exported), needs no correction.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from rehablogg.storage.submissions import SubmissionRecord


class Kind(enum.Enum):
    DRAFT = "utkast"  # not a submission (innlevering = nei)
    FIRST = "ny"  # the month's first submission
    CORRECTION = "korreksjon"  # replaces the month's latest submission
    SAME = "uendret"  # exactly the month's latest submission, again


@dataclass(frozen=True)
class SubmissionPlan:
    kind: Kind
    replaces: str  # Metadata.korrigerer: the export id this file replaces, or ""
    correction: int  # 0 for a first submission, N for _korr<N>
    expected_checksum: str | None = None  # for SAME: the checksum the file must get

    @property
    def is_submission(self) -> bool:
        return self.kind is not Kind.DRAFT

    @property
    def records_new_submission(self) -> bool:
        return self.kind in (Kind.FIRST, Kind.CORRECTION)


DRAFT = SubmissionPlan(Kind.DRAFT, "", 0)

# checksum_as(innlevering, korrigerer) -> the checksum the file would get with those values.
ChecksumAs = Callable[[bool, str], str]


def plan_submission(
    latest: SubmissionRecord | None, submit: bool, checksum_as: ChecksumAs
) -> SubmissionPlan:
    if latest is not None:
        replaces = latest.replaces or ""
        if checksum_as(True, replaces) == latest.checksum:
            return SubmissionPlan(Kind.SAME, replaces, latest.correction_number, latest.checksum)
        if submit:
            return SubmissionPlan(Kind.CORRECTION, latest.export_id, latest.correction_number + 1)
        return DRAFT
    if submit:
        return SubmissionPlan(Kind.FIRST, "", 0)
    return DRAFT
