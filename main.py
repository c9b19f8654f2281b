"""Trace Station's entry point: builds the services and hands them to the command line (and, with the UI issue,
to the window)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from station.cli import run


def main(argv: Sequence[str] | None = None) -> int:
    return run(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
