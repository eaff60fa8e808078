"""The rows of accepted submissions, read from the collection once for every figure.

The summary's totals, its follow-up sheets and its care-pathway sheets all go through every
row of every accepted submission. Each used to read and JSON-parse the rows on its own (three
passes over ~300 000 rows for a thousand files, most of the summary's time after the sheets
were written); now ``write_summary`` reads a submission's rows once into a
:class:`SubmissionRows` and hands it to each gatherer in turn. One submission's rows (a month:
a few hundred) are held at a time, so memory does not grow with the number of files.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rehablogg.aggregate.collection import Collection, SubmissionInfo


@dataclass(frozen=True)
class SubmissionRows:
    """One submission and its rows, each in the column order of ``info``'s columns."""

    info: SubmissionInfo
    entries: Sequence[list[object]]
    participants: Sequence[list[object]]


def submission_rows(
    collection: Collection, winners: Sequence[SubmissionInfo]
) -> Iterator[SubmissionRows]:
    """Each submission of ``winners`` with its rows, in that order."""
    for info in winners:
        yield SubmissionRows(
            info,
            list(collection.entries(info.export_id)),
            list(collection.participants(info.export_id)),
        )
