"""CSV exports of the log and of current state, streamed so that millions of rows need no memory."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
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
    count = write_csv(tmp, header, cursor)
    os.replace(tmp, path)
    return count


def write_csv(target: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """UTF-8 with a BOM (spreadsheets read it as UTF-8), every cell through the formula guard; returns the rows."""
    count = 0
    with target.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
            count += 1
    return count
