"""CSV exports of the log and of current state, streamed so that millions of rows need no memory."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import peewee as pw

EXPORTS = {
    "events": "SELECT seq, id, station_id, type, schema, actor, wall_time, mono_ns, prev_hash, hash, payload "
    "FROM event ORDER BY seq",
    "batteries": "SELECT * FROM battery ORDER BY code",
}
# A spreadsheet runs a cell that starts with one of these as a formula; scanned text must stay text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def export_csv(db: pw.SqliteDatabase, what: str, path: Path) -> int:
    """Write to a temporary file and rename, so a half-written export never stands under the final name."""
    cursor = db.execute_sql(EXPORTS[what])
    header = [c[0] for c in cursor.description]
    tmp = path.with_name(path.name + ".part")
    count = 0
    with tmp.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        for row in cursor:
            writer.writerow([safe_cell(v) for v in row])
            count += 1
    os.replace(tmp, path)
    return count
