"""``trace-station events verify`` and ``trace-station db rebuild|info``."""

from __future__ import annotations

import argparse
import sys
import time

from station.store.integrity import verify
from station.store.rebuild import rebuild
from station.store.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    events = commands.add_parser("events", help="the event log").add_subparsers(
        dest="events_command", required=True
    )
    v = events.add_parser("verify", help="verify the hash chain and that the projections equal a rebuild")
    v.add_argument("--chain-only", action="store_true", help="skip the (slower) projection comparison")
    v.set_defaults(handler=run_verify)

    db = commands.add_parser("db", help="the station database").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("rebuild", help="rebuild every projection table from the event log").set_defaults(
        handler=run_rebuild
    )
    db.add_parser("info", help="where the database is and what it holds").set_defaults(handler=run_info)


def run_verify(store: Store, args: argparse.Namespace) -> int:
    report = verify(store.db, store.station_id, check_projections=not args.chain_only)
    print(f"events: {report.events}")
    if report.chain is not None:
        c = report.chain
        print(f"chain: BROKEN at event seq {c.seq} (id {c.event_id}): {c.reason}")
        return 1
    print("chain: ok")
    if args.chain_only:
        return 0
    if report.projections:
        print(f"projections: {len(report.projections)} difference(s)")
        for p in report.projections:
            print(f"  {p.table} {p.key}: {p.reason} (last event seq {p.last_event_seq})")
        return 1
    print("projections: ok (equal to a rebuild from the log)")
    return 0


def run_rebuild(store: Store, _args: argparse.Namespace) -> int:
    started = time.monotonic()

    def progress(done: int, total: int) -> bool:
        print(f"\r{done}/{total} events", end="", file=sys.stderr, flush=True)
        return True

    count = rebuild(store.db, progress)
    print(file=sys.stderr)
    print(f"rebuilt projections from {count} events in {time.monotonic() - started:.1f} s")
    return 0


def run_info(store: Store, _args: argparse.Namespace) -> int:
    config = store.config() or {}
    rules = store.ruleset()
    print(f"database: {store.path}")
    print(f"station: {store.station_id}")
    print(f"site: {config.get('site_name') or '-'} ({config.get('site_uscc') or '-'}), role {store.role()}")
    print(f"events: {store.event_count()}")
    print(f"rule set: {rules.version} ({rules.sha256[:12]})")
    return 0
