"""Read a submission for further use (aggregation): verified first, refused when not valid."""

from __future__ import annotations

from pathlib import Path

from rehablogg.exchange.verify import ExportFile, verify_file


class InvalidExportError(ValueError):
    """The file did not pass ``verify``; ``str(error)`` is the sentence ``verify`` would print."""


def read_export(path: Path) -> ExportFile:
    """The metadata, codes and rows of a valid export (as read, padded to the header width),
    and in ``tables`` the sheets format 1.1 added after Metadata (Forløp, Opphold, Behov,
    Forankring, Endringer), each with its columns and rows: a 1.0 file gives them empty."""
    report = verify_file(path, keep_content=True)
    if not report.ok or report.content is None:
        raise InvalidExportError(report.sentence())
    return report.content
