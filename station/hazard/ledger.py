"""The hazardous-waste ledger (危险废物管理台账, HJ 1259-2022): generation, storage-in and storage-out records.

Rows come from the ``hazard_ledger`` projection, one per container and event, and are exported as CSV (UTF-8 with
BOM) or XLSX. Column names are stable English keys; ``COLUMNS`` maps each to the ledger's field. Text that a
spreadsheet would run as a formula stays text.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import peewee as pw

from station.hazard.mass import kg_text
from station.store.export import safe_cell, write_csv
from station.store.localtime import CHINA
from station.xlsx import write_sheet

# key -> HJ 1259 field, in the order of the export
COLUMNS: dict[str, str] = {
    "record": "记录类型 record type (generation / storage_in / storage_out)",
    "batch_no": "批次编码 batch number",
    "date": "日期 date",
    "time": "时间 time (China time)",
    "waste_name": "废物名称 waste name",
    "category": "废物类别 category",
    "waste_code": "废物代码 waste code",
    "quantity": "数量 quantity",
    "unit": "计量单位 unit",
    "container_code": "容器编码 container identification code (HJ 1276)",
    "container_type": "容器类型 container type",
    "container_count": "容器数量 number of containers",
    "facility": "设施编码 generation or storage facility",
    "handler": "经办人 handler",
    "destination": "去向 destination (storage / contracted)",
    "receiver": "接收单位 receiver",
    "receiver_licence": "许可证编号 receiver's licence number",
    "manifest_no": "转移联单编号 manifest number",
    "pack_code": "来源电池包 source pack",
    "fraction": "拆解产物 dismantling output",
}
FORMATS = ("csv", "xlsx")

_SELECT = (
    "SELECT kind, batch_no, on_date, at_time, waste_name, category, waste_code, mass_g, id_code, container_type, "
    "facility, handler, destination, receiver_name, receiver_licence, manifest_no, pack_code, fraction "
    "FROM hazard_ledger WHERE on_date BETWEEN ? AND ?"
)
_ORDER = " ORDER BY on_date, seq, id_code"


def ledger_rows(db: pw.SqliteDatabase, start: date, end: date, container: str | None = None) -> Iterator[list[Any]]:
    """Records dated ``start`` to ``end`` inclusive, in the order they happened; quantity in kg (exact text).
    ``container``: only that container's records (its own ledger page: generated, stored in, handed out)."""
    if container is None:
        cursor = db.execute_sql(_SELECT + _ORDER, (start.isoformat(), end.isoformat()))
    else:
        cursor = db.execute_sql(_SELECT + " AND id_code = ?" + _ORDER, (start.isoformat(), end.isoformat(), container))
    for kind, batch, on, at, name, cat, code, mass_g, id_code, ctype, facility, handler, dest, *rest in cursor:
        yield [
            kind,
            batch,
            on,
            _local_time(at),
            name,
            cat,
            code,
            kg_text(mass_g),
            "kg",
            id_code,
            ctype,
            1,
            facility,
            handler,
            dest,
            *rest,
        ]


def export_ledger(
    db: pw.SqliteDatabase, start: date, end: date, path: Path, fmt: str, container: str | None = None
) -> int:
    """Write to ``path`` (through a temporary file, renamed when complete); returns the number of records."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown ledger format {fmt!r}")
    tmp = path.with_name(path.name + ".part")
    count = (_write_csv if fmt == "csv" else _write_xlsx)(ledger_rows(db, start, end, container), tmp)
    os.replace(tmp, path)
    return count


def _write_csv(rows: Iterator[list[Any]], target: Path) -> int:
    return write_csv(target, COLUMNS, rows)


def _write_xlsx(rows: Iterator[list[Any]], target: Path) -> int:
    quantity = list(COLUMNS).index("quantity")

    def numbered(row: list[Any]) -> list[Any]:
        row[quantity] = float(row[quantity])
        return row

    # A number in the spreadsheet, so totals work; three decimals, as the ledger keeps grams. Text gets the CSV's
    # formula guard, so both exports hold the same values.
    formats = {quantity: "0.000"}
    return write_sheet(target, "ledger", list(COLUMNS), map(numbered, rows), formats, text=safe_cell)


def _local_time(wall_time: str) -> str:
    return datetime.fromisoformat(wall_time).astimezone(CHINA).strftime("%H:%M:%S")
