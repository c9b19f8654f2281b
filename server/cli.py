"""``trace-server``: run the API and administer sites, stations and tokens."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import peewee as pw
import uvicorn

from server import asgi, auth, cli_data, migrations, models, reference
from server.app import create_app
from server.db import ENV_DB, DatabaseUrlError, default_url, open_database
from server.limits import DEFAULT_BURST, DEFAULT_RATE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trace-server", description="Trace Station central server.")
    parser.add_argument("--db", help=f"database URL, postgresql://... or sqlite:///path (default: ${ENV_DB})")
    parser.add_argument("--verbose", "-v", action="store_true", help="log to standard error")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    commands.add_parser("migrate", help="create or update the database schema").set_defaults(handler=run_migrate)
    commands.add_parser("openapi", help="print the API's OpenAPI schema (JSON); needs no database")

    serve = commands.add_parser("serve", help="run the HTTP API (put a TLS proxy in front of it)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--max-body", type=int, default=8 * 1024 * 1024, metavar="BYTES", help="request size limit")
    serve.add_argument(
        "--rate", type=float, default=DEFAULT_RATE, help="requests per second per token or address (0: no limit)"
    )
    serve.add_argument("--burst", type=int, default=DEFAULT_BURST, help="requests a token may make at once")
    serve.add_argument(
        "--workers", type=int, default=1, help="server processes (each with its own pool and rate buckets)"
    )
    serve.set_defaults(handler=run_serve)

    site = commands.add_parser("site", help="sites (companies, premises)").add_subparsers(dest="s", required=True)
    create = site.add_parser("create", help="register a site")
    create.add_argument("site_id")
    create.add_argument("--name", required=True)
    create.set_defaults(handler=run_site_create)

    station = commands.add_parser("station", help="stations").add_subparsers(dest="st", required=True)
    enroll = station.add_parser("enroll", help="issue a one-time enrolment code for a new (or re-installed) station")
    enroll.add_argument("--site", required=True)
    enroll.add_argument("--station", help="bind the code to this station id (required to re-enrol one)")
    enroll.add_argument("--valid-hours", type=float, default=72.0)
    enroll.set_defaults(handler=run_station_enroll)
    station.add_parser("list", help="stations with their chain head").set_defaults(handler=run_station_list)

    ruleset = commands.add_parser("ruleset", help="the rule set stations pull").add_subparsers(dest="r", required=True)
    publish = ruleset.add_parser("publish", help="publish a rule-set document (JSON) to every station")
    publish.add_argument("file", type=Path)
    publish.set_defaults(handler=run_ruleset_publish)

    token = commands.add_parser("token", help="station tokens").add_subparsers(dest="t", required=True)
    revoke = token.add_parser("revoke", help="revoke a station's tokens (all, or the one with --prefix)")
    revoke.add_argument("station_id")
    revoke.add_argument("--prefix")
    revoke.set_defaults(handler=run_token_revoke)
    cli_data.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr)
    if args.command == "openapi":
        print(openapi_json())
        return 0
    try:
        db = open_database(args.db or default_url())
    except DatabaseUrlError as exc:
        print(f"trace-server: {exc}", file=sys.stderr)
        return 2
    models.database.initialize(db)
    try:
        return int(args.handler(db, args))
    except auth.AuthError as exc:
        print(f"refused: {exc.reason}", file=sys.stderr)
        return 2
    finally:
        if not db.is_closed():
            db.close()


def openapi_json() -> str:
    """The schema as committed in ``server/openapi-v1.json``; a test keeps the two equal, so that any change to the
    API shows up in review as a change to that file."""
    app = create_app(pw.SqliteDatabase(None), bind=False)  # the schema needs no database
    return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False)


def run_migrate(db: pw.Database, _args: argparse.Namespace) -> int:
    applied = migrations.migrate(db)
    print(f"schema {migrations.schema_version(db)} ({applied} migration(s) applied)")
    return 0


def run_serve(db: pw.Database, args: argparse.Namespace) -> int:
    version = migrations.schema_version(db)
    if version != migrations.latest():
        print(
            f"database schema is {version}, this server needs {migrations.latest()}: run `trace-server migrate`",
            file=sys.stderr,
        )
        return 2
    db.close()  # the pool hands each request its own connection from here on
    if args.workers > 1:
        # Each worker process builds the app itself, from the environment (an app object cannot cross processes).
        os.environ[ENV_DB] = args.db or default_url()
        os.environ[asgi.ENV_SETTINGS] = asgi.settings_env(args.max_body, args.rate, args.burst)
        uvicorn.run(
            "server.asgi:app", factory=True, workers=args.workers, host=args.host, port=args.port, log_level="info"
        )
        return 0
    app = create_app(db, max_body_bytes=args.max_body, rate=args.rate, burst=args.burst)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def run_site_create(db: pw.Database, args: argparse.Namespace) -> int:
    if models.Site.get_or_none(models.Site.id == args.site_id) is not None:
        print(f"refused: site {args.site_id} exists", file=sys.stderr)
        return 2
    models.Site.create(id=args.site_id, name=args.name)
    print(f"site {args.site_id} created")
    return 0


def run_station_enroll(db: pw.Database, args: argparse.Namespace) -> int:
    code = auth.issue_code(args.site, args.station, timedelta(hours=args.valid_hours))
    target = f"station {args.station}" if args.station else "a new station"
    print(code)
    print(f"one-time code for {target} at site {args.site}, valid {args.valid_hours:g} h", file=sys.stderr)
    return 0


def run_station_list(db: pw.Database, _args: argparse.Namespace) -> int:
    for s in models.Station.select().order_by(models.Station.id):
        live = s.tokens.where(models.Token.revoked_at.is_null()).count()
        print(f"{s.id:<16} site {s.site_id:<12} head {s.head_seq:>9}  tokens {live}  last push {s.last_push_at or '-'}")
    return 0


def run_ruleset_publish(db: pw.Database, args: argparse.Namespace) -> int:
    try:
        release = reference.publish(args.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 2
    print(f"rule set {release.version} published ({release.sha256[:12]})")
    return 0


def run_token_revoke(db: pw.Database, args: argparse.Namespace) -> int:
    count = auth.revoke(args.station_id, args.prefix)
    print(f"{count} token(s) revoked for station {args.station_id}")
    return 0 if count else 1
