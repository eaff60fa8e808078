"""Making a rename durable: the one place that syncs a folder."""

from __future__ import annotations

import os
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries to disk, so a rename into it survives a power cut.

    POSIX only: Windows cannot open a folder for fsync, and NTFS journals the rename itself.
    """
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
