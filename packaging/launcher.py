"""Entry script of the frozen app (PyInstaller runs a script, not a console-script entry point).

It does exactly what the installed ``rehablogg`` command does, so the bundle and the package
share one command line (``--version``, ``--quit-after-startup``, every subcommand).
"""

import multiprocessing
import sys

from rehablogg.cli import main

if __name__ == "__main__":
    # aggregate verifies files in worker processes started with "spawn"
    # (rehablogg/aggregate/verify_pool.py): in the bundle each worker is this executable
    # again, and this call turns it into the worker instead of a second app.
    multiprocessing.freeze_support()
    sys.exit(main())
