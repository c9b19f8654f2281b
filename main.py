"""Trace Station's entry point: builds the services and hands them in. With a command, the command line runs it;
without one, the station's window opens."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from hardware import decode_cli
from station.cli import run
from station.store.store import Store


def open_window(store: Store, args: argparse.Namespace) -> int:
    # Imported here so that command-line use never loads Qt: the CLI runs on servers with no display libraries.
    from ui.app import run_window

    return run_window(store, args.actor, args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    return run(list(sys.argv[1:] if argv is None else argv), extra=[decode_cli], default=open_window)


if __name__ == "__main__":
    sys.exit(main())
