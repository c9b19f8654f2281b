"""Rebuilding the projections from the event log, into this database or into a fresh one for comparison."""

from __future__ import annotations

from collections.abc import Callable

import peewee as pw

from station.store.events import iter_events
from station.store.projections import Projector
from station.store.schema import PROJECTIONS

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
COMMIT_EVERY = 20000


class RebuildCancelled(Exception):
    pass


def rebuild(
    db: pw.SqliteDatabase, progress: Progress | None = None, target: pw.SqliteDatabase | None = None
) -> int:
    """Replay every event into ``target`` (default: ``db`` itself); returns the number of events applied.

    While it runs the projections are marked dirty, so a crash or a cancel half-way is repaired by rebuilding
    again at the next start rather than trusted. Commits come in large batches with ``synchronous=NORMAL``: in
    WAL mode that may lose the last batches to a power cut (the dirty flag covers them) but never corrupts the
    file, whose event log is the original data. ``OFF`` could.
    """
    target = target or db
    total = db.execute_sql("SELECT COUNT(*) FROM event").fetchone()[0]
    _set_dirty(target, True)
    target.execute_sql("PRAGMA synchronous=NORMAL")
    try:
        with target.atomic():
            for model in PROJECTIONS:
                target.execute_sql(f"DELETE FROM {model._meta.table_name}")
        projector = Projector(target, source=db)
        done = 0
        target.execute_sql("BEGIN")
        for event in iter_events(db):
            projector.apply(event)
            done += 1
            if done % COMMIT_EVERY == 0:
                target.execute_sql("COMMIT")
                if progress is not None and not progress(done, total):
                    raise RebuildCancelled
                target.execute_sql("BEGIN")
        target.execute_sql("COMMIT")
    finally:
        if target.connection().in_transaction:
            target.execute_sql("ROLLBACK")
        target.execute_sql("PRAGMA synchronous=FULL")
    _set_dirty(target, False)
    if progress is not None:
        progress(done, total)
    return done


def _set_dirty(db: pw.SqliteDatabase, dirty: bool) -> None:
    db.execute_sql(
        "INSERT INTO meta(key, value) VALUES ('projections_dirty', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        ("1" if dirty else "0",),
    )
