"""Entry script of the frozen app (PyInstaller runs a script, not a console-script entry point).

It does exactly what the installed ``rehablogg`` command does, so the bundle and the package
share one command line (``--version``, ``--quit-after-startup``, every subcommand).
"""

import sys

from rehablogg.cli import main

if __name__ == "__main__":
    sys.exit(main())
