"""The HJ 1259 ledger: one record per fill, seal and container transferred, with its fields; CSV and XLSX."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station.hazard.ledger import COLUMNS, export_ledger, ledger_rows
from station.operations.hazard_transfers import Carrier
from station.operations.outbound import Receiver
from station.store.store import Store
from tests.conftest import ACTOR
from tests.hazard.conftest import fill_, open_, seal_, transfer_

EVIL = '=HYPERLINK("http://x","y")'


@pytest.fixture
def year(site: Store, pack: str) -> dict[str, str]:
    boards = open_(site, day=date(2026, 1, 5))
    fill_(site, boards, "12.345", pack=pack, day=date(2026, 1, 5))
    fill_(site, boards, "0.655", day=date(2026, 2, 1), source="typed")
    seal_(site, boards, day=date(2026, 2, 2))
    receiver = Receiver(EVIL, "91350100M000100Y43", "+HW-001")
    transfer_(site, [boards], "13", manifest="202602100001", day=date(2026, 2, 10), receiver=receiver)
    rags = open_(site, "900-041-49", day=date(2026, 3, 1), location="-ROOM 2")
    fill_(site, rags, "1", fraction="absorbents", day=date(2026, 3, 1))
    return {"boards": boards, "rags": rags, "pack": pack}


def test_records_in_order_with_the_ledger_fields(site: Store, year: dict[str, str]):
    rows = [dict(zip(COLUMNS, r, strict=True)) for r in ledger_rows(site.db, date(2026, 1, 1), date(2026, 12, 31))]
    assert [(r["record"], r["date"], r["quantity"]) for r in rows] == [
        ("generation", "2026-01-05", "12.345"),
        ("generation", "2026-02-01", "0.655"),
        ("storage_in", "2026-02-02", "13.000"),
        ("storage_out", "2026-02-10", "13.000"),
        ("generation", "2026-03-01", "1.000"),
    ]
    first, stored, out, rag = rows[0], rows[2], rows[3], rows[4]
    assert first["waste_code"] == "900-045-49" and first["category"] == "HW49" and first["waste_name"] == "废电路板"
    assert first["container_code"] == year["boards"] and first["container_type"] == "steel_drum_200l"
    assert first["unit"] == "kg" and first["container_count"] == 1 and first["facility"] == "ST0001"
    assert first["handler"] == ACTOR and first["destination"] == "storage" and first["pack_code"] == year["pack"]
    assert first["fraction"] == "bms_boards" and first["batch_no"].startswith("ST0001-G")
    assert stored["facility"] == "HW-STORE-1" and stored["batch_no"].startswith("ST0001-I")
    assert out["destination"] == "contracted" and out["receiver"] == EVIL and out["manifest_no"] == "202602100001"
    assert out["receiver_licence"] == "+HW-001" and out["batch_no"].startswith("ST0001-O")
    assert rag["waste_code"] == "900-041-49" and rag["container_code"] == year["rags"]
    assert len({r["batch_no"] for r in rows}) == len(rows)


def test_the_period_is_inclusive(site: Store, year: dict[str, str]):
    assert [r[2] for r in ledger_rows(site.db, date(2026, 2, 1), date(2026, 2, 10))] == [
        "2026-02-01",
        "2026-02-02",
        "2026-02-10",
    ]
    assert list(ledger_rows(site.db, date(2025, 1, 1), date(2025, 12, 31))) == []


def test_csv_export_keeps_formulas_as_text(site: Store, year: dict[str, str], tmp_path: Path):
    target = tmp_path / "ledger.csv"
    assert export_ledger(site.db, date(2026, 1, 1), date(2026, 12, 31), target, "csv") == 5
    assert not (tmp_path / "ledger.csv.part").exists()
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert list(rows[0]) == list(COLUMNS)
    out = rows[3]
    assert out["receiver"] == "'" + EVIL and out["receiver_licence"] == "'+HW-001"
    assert rows[4]["facility"] == "ST0001" and rows[2]["quantity"] == "13.000"


def test_xlsx_export_keeps_formulas_as_text_and_quantities_as_numbers(site: Store, year: dict, tmp_path: Path):
    target = tmp_path / "ledger.xlsx"
    assert export_ledger(site.db, date(2026, 1, 1), date(2026, 12, 31), target, "xlsx") == 5
    sheet = load_workbook(target, read_only=True)["ledger"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == list(COLUMNS) and len(rows) == 6
    quantity, receiver = list(COLUMNS).index("quantity"), list(COLUMNS).index("receiver")
    assert [r[quantity] for r in rows[1:]] == [12.345, 0.655, 13.0, 13.0, 1.0]
    assert rows[4][receiver] == "'" + EVIL
    assert all(not (isinstance(v, str) and v.startswith("=")) for r in rows for v in r)


def test_control_characters_do_not_break_the_xlsx(site: Store, tmp_path: Path):
    code = open_(site, location="HW\x07STORE")
    fill_(site, code, 1)
    seal_(site, code)
    target = tmp_path / "ledger.xlsx"
    carrier = Carrier("运输", "闽A12345", "张")
    transfer_(site, [code], 1, carrier=carrier)
    export_ledger(site.db, date(2026, 1, 1), date(2026, 12, 31), target, "xlsx")
    facilities = [r[12] for r in load_workbook(target, read_only=True)["ledger"].iter_rows(min_row=2, values_only=True)]
    assert "HW\ufffdSTORE" in facilities


def test_an_unknown_format_is_refused(site: Store, tmp_path: Path):
    with pytest.raises(ValueError):
        export_ledger(site.db, date(2026, 1, 1), date(2026, 1, 2), tmp_path / "x.pdf", "pdf")
