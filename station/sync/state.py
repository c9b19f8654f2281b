"""Sync state in the station database's ``meta`` table, and the token in a file of its own.

The token is not in the database: database files get copied for support and backups, and a copied token would let
anyone push as this station. It sits beside the database, mode 0600, like the station's key.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import peewee as pw

from station.store.events import GENESIS_HASH

SERVER = "sync.server"
CA_BUNDLE = "sync.ca_bundle"
CURSOR = "sync.cursor"  # "seq hash": the last event the server acknowledged
LAST_SUCCESS = "sync.last_success"
PROBLEMS = "sync.problems"  # JSON list of Problem
TOKEN_SUFFIX = ".sync-token"


@dataclass(frozen=True)
class Problem:
    """Something the server refused, or a disagreement between station and server, for a person to resolve.

    ``reason`` is the server's reason code (or the client's, e.g. ``server_chain_differs``); ``resolution`` a code
    the UI words: ``verify_and_restore`` (the local log was altered: `events verify`, restore from backup or call
    support), ``update_software``, ``re_enrol``, ``split_event`` or ``contact_support``."""

    seq: int | None
    event_id: str | None
    reason: str
    resolution: str
    since: str


@dataclass(frozen=True)
class Cursor:
    seq: int
    hash: str


GENESIS = Cursor(0, GENESIS_HASH)


def get(db: pw.Database, key: str) -> str | None:
    row = db.execute_sql("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def put(db: pw.Database, key: str, value: str | None) -> None:
    if value is None:
        db.execute_sql("DELETE FROM meta WHERE key = ?", (key,))
    else:
        db.execute_sql(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def cursor(db: pw.Database) -> Cursor:
    value = get(db, CURSOR)
    if not value:
        return GENESIS
    seq, hash_ = value.split(" ", 1)
    return Cursor(int(seq), hash_)


def set_cursor(db: pw.Database, value: Cursor) -> None:
    put(db, CURSOR, f"{value.seq} {value.hash}")


def local_head(db: pw.Database) -> int:
    row = db.execute_sql("SELECT MAX(seq) FROM event").fetchone()
    return row[0] or 0


def problems(db: pw.Database) -> list[Problem]:
    value = get(db, PROBLEMS)
    return [Problem(**p) for p in json.loads(value)] if value else []


def set_problems(db: pw.Database, items: list[Problem]) -> None:
    put(db, PROBLEMS, json.dumps([asdict(p) for p in items], ensure_ascii=False) if items else None)


def add_problem(db: pw.Database, problem: Problem) -> None:
    """Kept once per (seq, reason): a retry that meets the same refusal does not grow the list."""
    current = problems(db)
    if not any((p.seq, p.reason) == (problem.seq, problem.reason) for p in current):
        set_problems(db, [*current, problem])


def resolve_problems(db: pw.Database, acknowledged: int) -> None:
    """After a push went through: drop the event problems the server has since acknowledged past, and the
    connection-level ones (no seq: a refused token, say), which that very push disproves."""
    current = problems(db)
    kept = [p for p in current if p.seq is not None and p.seq > acknowledged]
    if kept != current:
        set_problems(db, kept)


def token_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + TOKEN_SUFFIX)


def save_token(db_path: Path, token: str) -> None:
    path = token_path(db_path)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(token)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)  # a crash leaves the old token or the new one, never half of one


def load_token(db_path: Path) -> str | None:
    try:
        return token_path(db_path).read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


@dataclass(frozen=True)
class Waiting:
    """An event recorded here and not yet acknowledged by the server."""

    seq: int
    type: str
    wall_time: str
    actor: str
    code: str | None  # the battery (or container) it is about, when it names one


def waiting(db: pw.Database, limit: int = 100) -> list[Waiting]:
    """The oldest events still to send, oldest first: what a person checks when sync is stuck."""
    rows = db.execute_sql(
        "SELECT seq, type, wall_time, actor, COALESCE(json_extract(payload, '$.code'), "
        "json_extract(payload, '$.container')) FROM event WHERE seq > ? ORDER BY seq LIMIT ?",
        (cursor(db).seq, limit),
    ).fetchall()
    return [Waiting(*row) for row in rows]
