"""Reference data and exports: makers, lists, station configuration, deadlines, CSV exports."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from station.exports import FORMATS, LISTINGS, Period, export_listing
from station.operations.errors import OperationError
from station.operations.reference import configure_station, import_makers, set_list_entry
from station.operations.reporting import deadlines
from station.rules.ruleset import LIST_KINDS
from station.store.export import EXPORTS, export_csv
from station.store.store import ROLES, Store


def register(commands: argparse._SubParsersAction) -> None:
    makers = commands.add_parser("makers", help="the maker registry").add_subparsers(dest="m", required=True)
    imp = makers.add_parser("import", help="merge makers from a CSV (maker_code,name_zh,name_en)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=run_makers_import)

    lists = commands.add_parser("list", help="blocked / recall / quarantine lists").add_subparsers(
        dest="l", required=True
    )
    add = lists.add_parser("add", help="put a code on a list")
    add.add_argument("code")
    add.add_argument("--kind", choices=LIST_KINDS, required=True)
    add.add_argument("--reason", default="")
    add.add_argument("--reference", default="")
    add.set_defaults(handler=run_list_add)
    rm = lists.add_parser("remove", help="take a code off its list")
    rm.add_argument("code")
    rm.set_defaults(handler=run_list_remove)

    cfg = commands.add_parser("configure", help="the site's name, credit code and traceability role")
    cfg.add_argument("--role", choices=ROLES)
    cfg.add_argument("--site-name")
    cfg.add_argument("--site-uscc")
    cfg.add_argument("--site-address")
    cfg.add_argument("--site-contact", help="person and phone, printed on hazardous-waste labels")
    cfg.add_argument("--echelon-maker", help="the site's own 3-character maker code for echelon-use re-coding")
    cfg.add_argument(
        "--scanner-prefix",
        action="append",
        dest="scanner_prefixes",
        metavar="TEXT",
        help="text the handheld scanner sends before each code (repeatable)",
    )
    cfg.add_argument(
        "--scanner-suffix",
        action="append",
        dest="scanner_suffixes",
        metavar="TEXT",
        help="text the handheld scanner sends after each code (repeatable)",
    )
    cfg.set_defaults(handler=run_configure)

    dl = commands.add_parser("deadlines", help="reporting duties: due, at risk, overdue")
    dl.add_argument("--all", action="store_true", help="include duties already reported")
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(handler=run_deadlines)

    exp = commands.add_parser(
        "export",
        help="export records: the event log, batteries now, batteries received / handed out in a period, "
        "the traceability upload list",
    )
    exp.add_argument("what", choices=sorted({*EXPORTS, *LISTINGS}))
    exp.add_argument("--format", choices=list(FORMATS), default="csv")
    exp.add_argument("--from", dest="start", type=date.fromisoformat, help="first day (YYYY-MM-DD, local time)")
    exp.add_argument("--to", dest="end", type=date.fromisoformat, help="last day, inclusive")
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=run_export)


def _refused(err: OperationError) -> int:
    print(f"refused: {err.reason} {json.dumps(err.params, ensure_ascii=False)}", file=sys.stderr)
    return 2


def run_makers_import(store: Store, args: argparse.Namespace) -> int:
    try:
        result = import_makers(store, args.actor, args.file)
    except OperationError as err:
        return _refused(err)
    print(
        f"added {result.added}, updated {result.updated}, unchanged {result.unchanged}, rejected {len(result.rejected)}"
    )
    for line, reason in result.rejected:
        print(f"  line {line}: {reason}")
    if result.event is not None:
        print(f"rule set now {store.ruleset().version}")
    return 1 if result.rejected else 0


def run_list_add(store: Store, args: argparse.Namespace) -> int:
    try:
        set_list_entry(store, args.actor, args.code, args.kind, args.reason, args.reference)
    except OperationError as err:
        return _refused(err)
    print(f"{args.code.upper()} on the {args.kind} list; rule set now {store.ruleset().version}")
    return 0


def run_list_remove(store: Store, args: argparse.Namespace) -> int:
    try:
        set_list_entry(store, args.actor, args.code, None)
    except OperationError as err:
        return _refused(err)
    print(f"{args.code.upper()} removed; rule set now {store.ruleset().version}")
    return 0


def run_configure(store: Store, args: argparse.Namespace) -> int:
    keys = (
        "role",
        "site_name",
        "site_uscc",
        "site_address",
        "site_contact",
        "echelon_maker",
        "scanner_prefixes",
        "scanner_suffixes",
    )
    changes = {k: getattr(args, k) for k in keys if getattr(args, k) is not None}
    try:
        configure_station(store, args.actor, **changes)
    except OperationError as err:
        return _refused(err)
    config = store.config() or {}
    print(f"station {store.station_id}: " + ", ".join(f"{k} {config.get(k)!r}" for k in keys))
    return 0


def run_deadlines(store: Store, args: argparse.Namespace) -> int:
    for d in deadlines(store, include_reported=args.all):
        row = {
            "subject": d.duty.subject,
            "event_type": d.duty.event_type,
            "event_seq": d.duty.event_seq,
            "occurred_on": d.duty.occurred_on.isoformat(),
            "due": d.due.isoformat(),
            "state": d.state.value,
            "workdays_left": d.workdays_left,
            "assumed_calendar": d.assumed_calendar,
        }
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{row['state']:<9} due {row['due']}  {row['event_type']:<20} {row['subject']}")
    return 0


def run_export(store: Store, args: argparse.Namespace) -> int:
    if (args.start is None) != (args.end is None) or (args.start and args.end and args.start > args.end):
        print("refused: give --from and --to together, --from not after --to", file=sys.stderr)
        return 2
    period = Period(args.start, args.end) if args.start else None
    if args.what in EXPORTS:
        if args.format != "csv" or period is not None:
            print(f"refused: {args.what} is exported whole, as CSV", file=sys.stderr)
            return 2
        count = export_csv(store.db, args.what, args.file)
    else:
        try:
            count = export_listing(store, args.what, args.file, args.format, period)
        except ValueError as exc:
            print(f"refused: {exc}", file=sys.stderr)
            return 2
    print(f"{count} {args.what} written to {args.file}")
    return 0
