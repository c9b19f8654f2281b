"""Opening the server database from a URL: PostgreSQL in production (pooled), SQLite for a one-site trial."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw
from playhouse import db_url
from playhouse.pool import PooledPostgresqlDatabase

ENV_DB = "TRACE_SERVER_DB"
POOL_SIZE = 32  # above uvicorn's worker threadpool (40 by default is shared with other sync work)


class DatabaseUrlError(ValueError):
    pass


def open_database(url: str) -> pw.Database:
    """``postgresql://user[:password]@host[:port]/name`` (``?host=/socket/dir`` for a unix socket) or
    ``sqlite:///path/to/file``. Connections open lazily, one per worker thread."""
    scheme = url.split(":", 1)[0].lower()
    params = db_url.parse(url)
    if scheme in ("postgres", "postgresql"):
        # stale_timeout: a connection idle past it is closed rather than handed to a request that finds it dead.
        return PooledPostgresqlDatabase(max_connections=POOL_SIZE, stale_timeout=300, timeout=30, **params)
    if scheme == "sqlite":
        return pw.SqliteDatabase(
            params["database"],
            pragmas={"journal_mode": "wal", "synchronous": "full", "foreign_keys": 1, "busy_timeout": 10000},
        )
    raise DatabaseUrlError(f"unsupported database URL scheme {scheme!r}: use postgresql:// or sqlite:///")


def default_url() -> str:
    url = os.environ.get(ENV_DB)
    if not url:
        raise DatabaseUrlError(f"no database: pass --db URL or set ${ENV_DB}")
    return url


@contextmanager
def write_transaction(db: pw.Database) -> Iterator[None]:
    """A transaction that takes the write lock at once on SQLite (a deferred one could fail to upgrade under a
    concurrent writer); PostgreSQL's row locks (``FOR UPDATE``) do the serialising there."""
    if isinstance(db, pw.SqliteDatabase):
        with db.atomic(lock_type="IMMEDIATE"):
            yield
    else:
        with db.atomic():
            yield
