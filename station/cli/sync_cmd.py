"""``trace-station enroll`` and ``trace-station sync``: join a central server, push the event log to it."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from dataclasses import asdict

from station.store.store import Store
from station.sync.client import ServerRefused, ServerUnavailable
from station.sync.enrolment import enrol
from station.sync.pusher import DEFAULT_BATCH, SyncBlocked
from station.sync.service import SyncService, SyncSettings, SyncStatus

STATUS_EVERY = 5.0  # seconds between status lines of a foreground `sync`


def register(commands: argparse._SubParsersAction) -> None:
    e = commands.add_parser("enroll", help="join a central server with a one-time enrolment code")
    e.add_argument("--server", required=True, metavar="URL", help="the server's base URL, https://...")
    e.add_argument("--code", required=True, help="the one-time code from the server's operator")
    e.add_argument("--ca-bundle", metavar="PEM", help="trust these CA certificates instead of the system's")
    e.set_defaults(handler=run_enroll)

    s = commands.add_parser("sync", help="push the event log to the central server (forever, or --once)")
    s.add_argument("--once", action="store_true", help="one round: push what is pending, then exit")
    s.add_argument("--status", action="store_true", help="show the sync status without contacting the server")
    s.add_argument("--json", action="store_true", help="with --status: one JSON object")
    s.add_argument("--batch", type=int, default=DEFAULT_BATCH, help="events per request")
    s.set_defaults(handler=run_sync)


def run_enroll(store: Store, args: argparse.Namespace) -> int:
    if store.path is None:
        print("refused: enrolment needs a database file", file=sys.stderr)
        return 2
    try:
        done = enrol(store.db, store.path, store.station_id, args.server, args.code, args.ca_bundle)
    except ServerRefused as exc:
        print(f"refused: {exc.reason}", file=sys.stderr)
        return 2
    except ServerUnavailable as exc:
        print(f"server unavailable: {exc}", file=sys.stderr)
        return 1
    print(f"station {done.station_id} enrolled at site {done.site_id} on {done.server_url}")
    print(f"public key {done.public_key}")
    return 0


def run_sync(store: Store, args: argparse.Namespace) -> int:
    if store.path is None:
        print("refused: sync needs a database file", file=sys.stderr)
        return 2
    service = SyncService(store, SyncSettings(batch_size=max(1, args.batch)))
    if args.status:
        status = service.status()
        print(json.dumps(_as_dict(status), ensure_ascii=False) if args.json else _status_text(status))
        return 0
    if args.once:
        return _once(service)
    return _forever(service)


def _once(service: SyncService) -> int:
    try:
        report = service.run_once()
    except ServerUnavailable as exc:
        print(f"server unavailable: {exc}", file=sys.stderr)
        return 1
    except SyncBlocked as exc:
        p = exc.problem
        print(f"blocked: {p.reason} at event {p.seq} ({p.event_id}); resolve: {p.resolution}", file=sys.stderr)
        return 1
    print(
        f"sent {report.sent} (stored {report.stored}, duplicates {report.duplicates}, flagged {report.flagged}); "
        f"acknowledged {report.acknowledged}; pending {report.pending}"
    )
    return 0


def _forever(service: SyncService) -> int:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    service.start()
    last = ""
    try:
        while not stop.wait(STATUS_EVERY):
            line = _status_text(service.status()).splitlines()[0]
            if line != last:
                print(line, flush=True)
                last = line
    except KeyboardInterrupt:
        pass
    finally:
        service.stop()
    return 0


def _as_dict(status: SyncStatus) -> dict:
    return {**asdict(status), "problems": [asdict(p) for p in status.problems]}


def _status_text(status: SyncStatus) -> str:
    reach = {None: "not tried", True: "reachable", False: "unreachable"}[status.reachable]
    lines = [
        f"pending {status.pending}, acknowledged {status.acknowledged}, last success {status.last_success or '-'}, "
        f"server {reach}" + (f" ({status.last_error})" if status.last_error else "")
    ]
    if not status.enrolled:
        lines.append("not enrolled: run `trace-station enroll --server URL --code CODE`")
    lines += [
        f"problem: {p.reason} at event {p.seq} ({p.event_id}) since {p.since}; resolve: {p.resolution}"
        for p in status.problems
    ]
    return "\n".join(lines)
