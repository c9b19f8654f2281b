"""``trace-server`` commands on the data the server holds: re-verifying the chains, the maker registry and the
block list (each change a new published rule-set version), and the upload list for the national platform."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import peewee as pw

from server import chains, reference, uploads
from station.operations.errors import OperationError
from station.operations.reference import read_csv
from station.rules.ruleset import LIST_KINDS
from station.store.localtime import today as local_today


def register(commands: argparse._SubParsersAction) -> None:
    verify = commands.add_parser("verify", help="re-walk every stored chain from genesis; name the first bad event")
    verify.add_argument("--station", action="append", default=[], help="only this station (repeatable)")
    verify.add_argument("--json", action="store_true", help="one JSON object per station")
    verify.set_defaults(handler=run_verify)

    makers = commands.add_parser("makers", help="the maker registry").add_subparsers(dest="m", required=True)
    imported = makers.add_parser("import", help="merge a maker CSV (maker_code,name_zh,name_en) and publish it")
    imported.add_argument("file", type=Path)
    imported.set_defaults(handler=run_makers_import)

    blocklist = commands.add_parser("blocklist", help="codes every station refuses or quarantines")
    lists = blocklist.add_subparsers(dest="b", required=True)
    add = lists.add_parser("add", help="put a code on a list and publish it")
    add.add_argument("code")
    add.add_argument("--kind", choices=LIST_KINDS, default="blocked")
    add.add_argument("--reason", default="")
    add.add_argument("--reference", default="")
    add.set_defaults(handler=run_blocklist_add)
    remove = lists.add_parser("remove", help="take a code off its list and publish it")
    remove.add_argument("code")
    remove.set_defaults(handler=run_blocklist_remove)

    due = commands.add_parser("uploads", help="what each station must report to the national platform, by when")
    due.add_argument("--format", choices=("csv",), default="csv")
    due.add_argument("--out", type=Path, help="write to this file (UTF-8 with BOM) instead of standard output")
    due.add_argument("--station", action="append", default=[], help="only this station (repeatable)")
    due.add_argument("--all", action="store_true", help="also what was reported already")
    due.add_argument("--today", type=date.fromisoformat, help="judge as of this day (default: today in China)")
    due.set_defaults(handler=run_uploads)


def run_verify(_db: pw.Database, args: argparse.Namespace) -> int:
    reports = chains.verify_all(args.station or None)
    for r in reports:
        if args.json:
            print(chains.as_json(r))
        elif r.ok:
            print(f"{r.station_id:<16} ok   {r.events} events, head {r.head_seq}")
        else:
            where = f"event {r.bad_seq} ({r.bad_id})" if r.bad_id else f"event {r.bad_seq}"
            print(f"{r.station_id:<16} BAD  at {where}: {r.reason}; {r.events} events verified before it")
    bad = sum(not r.ok for r in reports)
    print(f"{len(reports)} station(s), {bad} with a broken chain", file=sys.stderr)
    return 1 if bad else 0


def run_makers_import(_db: pw.Database, args: argparse.Namespace) -> int:
    try:
        result, release = reference.import_makers(read_csv(args.file))
    except OperationError as err:
        print(f"refused: {err.reason}", file=sys.stderr)
        return 2
    except ValueError as exc:  # a merged registry the rule-set reader refuses, or a version taken meanwhile
        print(f"refused: {exc}", file=sys.stderr)
        return 2
    for line, reason in result.rejected:
        print(f"line {line}: {reason}", file=sys.stderr)
    print(
        f"{result.added} added, {result.updated} updated, {result.unchanged} unchanged, {len(result.rejected)} refused"
    )
    if release is not None:
        print(f"rule set {release.version} published ({release.sha256[:12]})")
    return 1 if result.rejected else 0


def run_blocklist_add(_db: pw.Database, args: argparse.Namespace) -> int:
    return _publish_list(args.code, args.kind, args.reason, args.reference)


def run_blocklist_remove(_db: pw.Database, args: argparse.Namespace) -> int:
    return _publish_list(args.code, None)


def _publish_list(code: str, kind: str | None, reason: str = "", ref: str = "") -> int:
    try:
        release = reference.set_list_entry(code, kind, reason, ref)
    except ValueError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 2
    print(f"rule set {release.version} published ({release.sha256[:12]})")
    return 0


def run_uploads(_db: pw.Database, args: argparse.Namespace) -> int:
    found = uploads.uploads(args.today or local_today(), args.station, include_reported=args.all)
    if args.out is None:
        uploads.write_csv(found, sys.stdout)
    else:
        tmp = args.out.with_name(args.out.name + ".part")
        with tmp.open("w", newline="", encoding="utf-8-sig") as out:  # a BOM: spreadsheets then read it as UTF-8
            uploads.write_csv(found, out)
        tmp.replace(args.out)
    print(f"{len(found)} upload(s)", file=sys.stderr)
    return 0
