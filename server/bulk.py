"""Bulk writes and reads on the ingest path, as plain SQL: peewee's ``insert_many`` builds each value through its
query tree, which cost two thirds of a push's time (measured by ``bench/server_ingest.py``). PostgreSQL gets
``COPY`` (text format) where nothing can conflict and psycopg2's ``execute_values`` (one multi-row statement per
page) where something may; SQLite ``executemany``. Both speak ``INSERT ... ON CONFLICT``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import peewee as pw
from psycopg2.extras import execute_values

PAGE = 500  # rows per statement: far below PostgreSQL's bind-parameter limit at a dozen columns


def insert(
    db: pw.Database | pw.DatabaseProxy,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    on_conflict: str = "",
) -> None:
    """``INSERT INTO table (columns) VALUES ... [on_conflict]``; ``on_conflict`` e.g. ``ON CONFLICT DO NOTHING`` or
    ``ON CONFLICT (code) DO UPDATE SET seq = excluded.seq``. Runs in the caller's transaction."""
    if not rows:
        return
    if isinstance(db, pw.DatabaseProxy):
        db = db.obj  # the models' proxy: the database it stands for decides the dialect
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
    cursor = db.cursor()
    if isinstance(db, pw.PostgresqlDatabase):
        execute_values(cursor, f"{head} %s {on_conflict}", rows, page_size=PAGE)
    else:
        marks = ", ".join("?" * len(columns))
        cursor.executemany(f"{head} ({marks}) {on_conflict}", rows)


def copy(db: pw.Database | pw.DatabaseProxy, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Rows that cannot conflict (the caller checked): ``COPY`` on PostgreSQL, a fifth of the cost of building an
    INSERT's text value by value; a plain insert elsewhere. A unique violation still fails the transaction."""
    if isinstance(db, pw.DatabaseProxy):
        db = db.obj
    if not rows or not isinstance(db, pw.PostgresqlDatabase):
        insert(db, table, columns, rows)
        return
    text = "".join("\t".join(map(_copy_value, row)) + "\n" for row in rows)
    db.cursor().copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", io.StringIO(text))


def _copy_value(value: Any) -> str:
    """One value in COPY's text format: backslash escapes for the characters that delimit it, ``\\N`` for NULL."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return str(value)  # numbers; a datetime as ``str()`` gives it, which PostgreSQL reads


def select_in(
    db: pw.Database | pw.DatabaseProxy, sql: str, values: Sequence[Any], params: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """Rows of ``sql``, whose ``{in}`` is where ``values`` go: ``= ANY(%s)`` on PostgreSQL (one array parameter),
    ``IN (?, ...)`` in pages on SQLite. ``params`` fill the placeholders before ``{in}`` (``%s`` in ``sql``)."""
    if not values:
        return []
    if isinstance(db, pw.DatabaseProxy):
        db = db.obj
    if isinstance(db, pw.PostgresqlDatabase):
        return list(db.execute_sql(sql.format(**{"in": "= ANY(%s)"}), (*params, list(values))).fetchall())
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(values), PAGE):
        page = list(values[start : start + PAGE])
        marks = f"IN ({', '.join('?' * len(page))})"
        rows += db.execute_sql(sql.replace("%s", "?").format(**{"in": marks}), (*params, *page)).fetchall()
    return rows
