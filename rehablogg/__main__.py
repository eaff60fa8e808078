import sys

from rehablogg.cli import main

sys.exit(main())
