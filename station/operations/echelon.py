"""Echelon-use re-coding (梯次利用重新编码): a module or cell taken out of a pack routed to echelon use gets a
19-character code of the site's own, and its original code stays on record beside it (GB/T 34014).

The new code is the site's echelon maker code (``echelon_maker`` in the station configuration), the child's
product type, chemistry and spec from its original code, the re-coding date, a 7-digit serial and ``R`` plus the
product type. The serial counts up over every code this station ever gave, voided links included (their labels
may already be stuck on a module), and is taken under the write lock by ``link_child``'s builder.
"""

from __future__ import annotations

from datetime import date

import peewee as pw

from station.codes import CodeFields, encode_date, parse_gb_code
from station.codes.gbt34014 import ECHELON_LENGTH, ECHELON_MARKER
from station.findings import has_errors
from station.operations.errors import OperationError
from station.rules.verdict import Verdict
from station.store.queries import StoreHistory
from station.store.store import Store

ECHELON_ROUTE = "echelon"
SERIAL_DIGITS = 7
LAST_SERIAL = 10**SERIAL_DIGITS - 1
_SERIAL = slice(10, 17)  # where the serial sits in a 19-character code


def echelon_maker(store: Store) -> str | None:
    """The site's echelon maker code, or None when the site does not re-code."""
    return (store.config() or {}).get("echelon_maker") or None


def route_of(db: pw.SqliteDatabase, code: str) -> str | None:
    """The route the latest inspection gave ``code``, or the nearest ancestor's when it had none of its own (a
    module's cells follow the pack's route)."""
    for each in (code, *StoreHistory(db).ancestors(code)):
        row = db.execute_sql("SELECT route FROM battery WHERE code = ?", (each,)).fetchone()
        if row is not None and row[0]:
            return row[0]
    return None


def last_serial(db: pw.SqliteDatabase) -> int:
    """The highest serial this station gave; 0 before the first. Serials count up with the log, so the newest
    link that carries a code holds it (the type index is walked from the end)."""
    row = db.execute_sql(
        "SELECT json_extract(payload, '$.echelon_code') FROM event WHERE type = 'battery.child_linked' "
        "AND json_extract(payload, '$.echelon_code') IS NOT NULL ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return 0
    serial = str(row[0])[_SERIAL]
    return int(serial) if serial.isdigit() else 0


def compose(maker: str, fields: CodeFields, recoded_on: date, serial: int) -> str:
    """maker(3) type(1) chem(1) spec(2) date(3) serial(7) 'R' type(1)."""
    kind = fields.product_type
    serial_text = f"{serial:0{SERIAL_DIGITS}d}"
    return f"{maker}{kind}{fields.chemistry}{fields.spec}{encode_date(recoded_on)}{serial_text}{ECHELON_MARKER}{kind}"


def recode(store: Store, parent: str, verdict: Verdict) -> str | None:
    """The new code for the child ``verdict`` read, when the site re-codes and the family is routed to echelon use;
    None otherwise. Call it under the write lock (inside ``Store.record``'s builder): it takes the next serial."""
    maker = echelon_maker(store)
    fields = verdict.read.fields
    if maker is None or fields is None or fields.echelon or route_of(store.db, parent) != ECHELON_ROUTE:
        return None
    serial = last_serial(store.db) + 1
    if serial > LAST_SERIAL:
        raise OperationError("echelon_serials_exhausted", maker=maker)
    code = compose(maker, fields, verdict.judged_on, serial)
    parsed, findings = parse_gb_code(code, store.ruleset().code_tables, verdict.judged_on)
    if parsed is None or len(code) != ECHELON_LENGTH or not parsed.echelon or has_errors(findings):
        raise OperationError("echelon_code_invalid", code=code, reasons=[f.code for f in findings])
    return code


def original_of(db: pw.SqliteDatabase, echelon_code: str) -> str | None:
    """The original code of the battery that was re-coded ``echelon_code`` here, or None."""
    row = db.execute_sql("SELECT code FROM battery WHERE echelon_code = ?", (echelon_code,)).fetchone()
    return row[0] if row else None


def echelon_code_of(db: pw.SqliteDatabase, code: str) -> str | None:
    row = db.execute_sql("SELECT echelon_code FROM battery WHERE code = ?", (code,)).fetchone()
    return row[0] if row else None
