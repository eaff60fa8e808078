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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rehablogg.exchange.columns import FORMAT_MINOR
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
    # The file is format 1.<minor>: for SAME the version the submission was made in, which may
    # be older than this one (docs/export-format.md, "Versions").
    minor: int = FORMAT_MINOR
    # For SAME: the version of the shipped catalogue the submission was made with, when it is
    # not the export's own (None): a month handed in under catalogue version 1 stays that
    # submission after version 2 became the default.
    catalogue_version: int | None = None

    @property
    def is_submission(self) -> bool:
        return self.kind is not Kind.DRAFT

    @property
    def records_new_submission(self) -> bool:
        return self.kind in (Kind.FIRST, Kind.CORRECTION)


DRAFT = SubmissionPlan(Kind.DRAFT, "", 0)

# checksum_as(innlevering, korrigerer, minor, catalogue version) -> the checksum the file would
# get with those values as format 1.<minor> with that shipped catalogue (None: the export's
# own), or None when that version cannot hold the month (a column added later has a value, a
# code or party the catalogue lacks).
ChecksumAs = Callable[[bool, str, int, int | None], str | None]


def plan_submission(
    latest: SubmissionRecord | None,
    submit: bool,
    checksum_as: ChecksumAs,
    *,
    again: bool = False,
    catalogues: Sequence[int | None] = (None,),
) -> SubmissionPlan:
    """``again``: the latest submission was sent back by the pilot lead, so submitting the
    month makes a correction even when its content is unchanged (docs/receipts.md).
    ``catalogues``: the catalogue versions an unchanged month may have been handed in with,
    the export's own (None) first."""
    if latest is not None and submit and again:
        return SubmissionPlan(Kind.CORRECTION, latest.export_id, latest.correction_number + 1)
    if latest is not None:
        replaces = latest.replaces or ""
        same = _same_as(latest, replaces, checksum_as, catalogues)
        if same is not None:
            minor, catalogue = same
            return SubmissionPlan(
                Kind.SAME, replaces, latest.correction_number, latest.checksum, minor, catalogue
            )
        if submit:
            return SubmissionPlan(Kind.CORRECTION, latest.export_id, latest.correction_number + 1)
        return DRAFT
    if submit:
        return SubmissionPlan(Kind.FIRST, "", 0)
    return DRAFT


def _same_as(
    latest: SubmissionRecord,
    replaces: str,
    checksum_as: ChecksumAs,
    catalogues: Sequence[int | None],
) -> tuple[int, int | None] | None:
    """The minor version and catalogue in which the month, as it is now, has the latest
    submission's checksum (None when it has it in none): the submission may have been made by
    an older 1.x, or with an older catalogue. The checksum hashes ``format_versjon`` and
    ``katalog_versjon``, so at most one pair matches; this version's, with the export's own
    catalogue, is tried first."""
    for catalogue in catalogues:
        for minor in range(FORMAT_MINOR, -1, -1):
            if checksum_as(True, replaces, minor, catalogue) == latest.checksum:
                return minor, catalogue
    return None
