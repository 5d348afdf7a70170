"""``python -m streams``: the ``smishwall`` command line."""

import sys

from streams.cli import main

sys.exit(main())
