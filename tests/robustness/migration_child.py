"""Child of test_kill_during_migration: ``python migration_child.py heavy|fresh DB BACKUP_DIR``.

Prints ``started`` (one ``os.write``) right before it calls ``migrate`` and ``done`` after it
returned; the test kills it somewhere in between (or around).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rehablogg.storage.database import migrate
from rehablogg.storage.migrations import MIGRATIONS
from tests.robustness.synthetic_migration import CHAIN


def main(kind: str, db_path: Path, backup_dir: Path) -> None:
    chain = CHAIN if kind == "heavy" else MIGRATIONS
    os.write(1, b"started\n")
    migrate(db_path, backup_dir, chain)
    os.write(1, b"done\n")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
