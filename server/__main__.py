"""``python -m server``: the same as ``trace-server``."""

import sys

from server.cli import main

sys.exit(main())
