"""Numbered schema migrations. Each runs in one transaction, after a backup of the file it changes.

Add a migration by appending a function to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from station.store import certificate_models, draft_models, hazard_models, models, operator_models

log = logging.getLogger(__name__)


def _m001_initial(db: pw.Database) -> None:
    with db.bind_ctx(models.ALL_MODELS):
        db.create_tables(models.ALL_MODELS)
    db.execute_sql("CREATE INDEX IF NOT EXISTS event_type_idx ON event(type)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS event_subject_seq_idx ON event_subject(seq)")
    # History is append-only: the database itself refuses to change or delete a stored event.
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS event_no_update BEFORE UPDATE ON event "
        "BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END"
    )
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS event_no_delete BEFORE DELETE ON event "
        "BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END"
    )


def _m002_hazard(db: pw.Database) -> None:
    with db.bind_ctx(hazard_models.PROJECTIONS):
        db.create_tables(hazard_models.PROJECTIONS)


def _m003_certificates(db: pw.Database) -> None:
    with db.bind_ctx(certificate_models.PROJECTIONS):
        db.create_tables(certificate_models.PROJECTIONS)


def _m004_operators(db: pw.Database) -> None:
    tables = (*operator_models.PROJECTIONS, *operator_models.LOCAL_TABLES)
    with db.bind_ctx(tables):
        db.create_tables(tables)
    # The key badges are hashed under (station.operators): made once, kept in this database only.
    db.execute_sql("INSERT OR IGNORE INTO meta(key, value) VALUES ('operator_badge_key', ?)", (secrets.token_hex(32),))


def _m005_drafts(db: pw.Database) -> None:
    with db.bind_ctx(draft_models.LOCAL_TABLES):
        db.create_tables(draft_models.LOCAL_TABLES)


def _m006_echelon_codes(db: pw.Database) -> None:
    """The echelon-use code a child got when it was re-coded (``battery.child_linked``'s ``echelon_code``).

    ALTER TABLE puts the column last, in an old file and in a new one alike (the model does not declare it, so m001
    never creates it): the integrity check compares rebuilt tables with ``SELECT *``, column order included."""
    columns = {row[1] for row in db.execute_sql("PRAGMA table_info(battery)").fetchall()}
    if "echelon_code" not in columns:
        db.execute_sql("ALTER TABLE battery ADD COLUMN echelon_code TEXT")
    db.execute_sql("CREATE INDEX IF NOT EXISTS battery_echelon_code_idx ON battery(echelon_code)")


MIGRATIONS: list[Callable[[pw.Database], None]] = [
    _m001_initial,
    _m002_hazard,
    _m003_certificates,
    _m004_operators,
    _m005_drafts,
    _m006_echelon_codes,
]


def schema_version(db: pw.Database) -> int:
    if not db.table_exists("meta"):
        return 0
    row = db.execute_sql("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: pw.Database, path: Path | None) -> int:
    """Bring the schema up to date; returns the number of migrations applied."""
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise RuntimeError(f"database schema {current} is newer than this program ({len(MIGRATIONS)})")
    pending = MIGRATIONS[current:]
    if pending and current > 0 and path is not None:
        backup(db, path.with_name(f"{path.name}.schema{current}.bak"))
    for number, step in enumerate(pending, start=current + 1):
        with db.atomic():
            step(db)
            db.execute_sql(
                "INSERT INTO meta(key, value) VALUES('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(number),),
            )
        log.info("database migrated to schema %d", number)
    return len(pending)


def backup(db: pw.Database, target: Path) -> None:
    """A consistent copy through SQLite's backup API, safe while the WAL holds uncheckpointed pages."""
    dest = sqlite3.connect(target)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    log.info("database backed up to %s", target)
