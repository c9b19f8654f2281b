"""The ``trace-station`` command line: argument parsing and dispatch to one module per command group."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from station.cli import check_code, data_cmd, documents_cmd, events_cmd, hazard_cmd, report_cmd, sync_cmd
from station.store.db import ENV_DB, default_path
from station.store.store import Store, default_actor

ENV_ACTOR = "TRACE_STATION_ACTOR"


def build_parser(extra: Sequence[ModuleType] = ()) -> argparse.ArgumentParser:
    """``extra``: command modules from the outer layers (devices), handed in by ``main.py`` because the core may
    not import them. Each has ``register(commands)``; its handlers take ``(store, args)``."""
    parser = argparse.ArgumentParser(
        prog="trace-station",
        description="Trace Station: GB/T 34014 battery traceability at the dismantling bench.",
    )
    parser.add_argument(
        "--db", type=Path, help=f"station database (default: ${ENV_DB} or the user data directory)"
    )
    parser.add_argument("--actor", help=f"who is acting (default: ${ENV_ACTOR} or cli:<login>)")
    parser.add_argument("--verbose", "-v", action="store_true", help="log to standard error")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the window (default: the desktop's)")
    parser.add_argument(
        "--demo", action="store_true", help="the window with the built-in demo camera (moving synthetic labels)"
    )
    parser.add_argument(
        "--camera",
        metavar="SOURCE",
        help="the window's camera for this run: camera:N, a device path, a video file or an image folder "
        "(default: the settings', else the first camera found, else the demo)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (check_code, events_cmd, data_cmd, hazard_cmd, sync_cmd, documents_cmd, report_cmd, *extra):
        module.register(commands)
    return parser


Handler = Callable[[Store, argparse.Namespace], int]


def run(argv: Sequence[str] | None = None, extra: Sequence[ModuleType] = (), default: Handler | None = None) -> int:
    """Parse and dispatch. ``default`` runs when no command is given (``main.py`` hands in the window)."""
    parser = build_parser(extra)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr)
    if args.command is None:
        if default is None:
            parser.print_help()
            return 0
        args.handler = default
    store = Store.open(args.db or default_path())
    try:
        args.actor = args.actor or os.environ.get(ENV_ACTOR) or default_actor()
        return int(args.handler(store, args))
    finally:
        store.close()
