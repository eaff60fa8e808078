"""Write a file so it is either complete or not there at all.

The content goes to a temporary file in the target's folder (a rename is only atomic within
one file system), is flushed to disk with fsync, and only then renamed over the target with
``os.replace``; the folder is fsynced too so the rename itself survives a power cut. Until
:meth:`AtomicOutput.publish` is called nothing is visible under the target name, so a failed
export (full disk, a refused submission) never leaves half a file or replaces a good one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from types import TracebackType

from rehablogg.core.durable import sync_folder
from rehablogg.storage.temporaries import SUFFIX, sweep, temp_name


class AtomicOutput:
    """``with AtomicOutput(folder) as out: write(out.path); ...; out.publish(target)``.

    The target's name may be decided after writing (a submission's name depends on what the
    database says), so only the folder is needed up front.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.temp: Path | None = None
        self.published = False

    def __enter__(self) -> AtomicOutput:
        # What a killed export or summary left here (named with its process id) goes first.
        sweep(self.folder, old_names=True)
        # mkstemp creates the file readable by its owner only: exports are personal data. The
        # name says it is ours, and whose (temporaries.py), so a later run can tidy it.
        fd, name = tempfile.mkstemp(
            dir=self.folder, prefix=temp_name("")[: -len(SUFFIX)], suffix=SUFFIX
        )
        os.close(fd)
        self.temp = Path(name)
        return self

    @property
    def path(self) -> Path:
        if self.temp is None:
            raise RuntimeError("AtomicOutput used outside its with-block")
        return self.temp

    def publish(self, target: Path) -> None:
        """Make the written file appear as ``target`` (in the same folder), replacing it."""
        temp = self.path
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, target)
        self.published = True
        sync_folder(target.parent)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self.published and self.temp is not None:
            with contextlib.suppress(OSError):
                self.temp.unlink()
