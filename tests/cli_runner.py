"""Running the real command line in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Makes PySide6 unimportable in the child: the CLI's non-GUI commands must work without Qt.
BLOCK_QT = "import sys; sys.modules['PySide6'] = None; "


def run_cli(
    *args: str, data_dir: Path | None = None, block_qt: bool = False, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if data_dir is not None:
        env["REHABLOGG_DATA_DIR"] = str(data_dir)
    code = f"from rehablogg.cli import main; sys.exit(main({list(args)!r}))"
    prefix = BLOCK_QT if block_qt else "import sys; "
    return subprocess.run(
        [sys.executable, "-c", prefix + code],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
