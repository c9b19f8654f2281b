"""Opening the station database: where it lives, the pragmas that make commits durable, migrations."""

from __future__ import annotations

import os
from pathlib import Path

import peewee as pw
import platformdirs

from station.store import migrations, models

ENV_DB = "TRACE_STATION_DB"

# WAL lets the GUI read while the writer commits; synchronous=FULL makes every commit survive a power cut.
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "cache_size": -32000,
}


def default_path() -> Path:
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("trace-station", appauthor=False)) / "station.sqlite3"


def open_database(path: Path | str, bind: bool = True) -> pw.SqliteDatabase:
    """Open (creating if needed) and migrate; ``bind`` points the models' proxy at it (scratch copies don't)."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS)
    db.connect(reuse_if_open=True)
    if bind:
        models.database.initialize(db)
    migrations.migrate(db, None if str(path) == ":memory:" else path)
    return db
