"""The XLSX writer: payload text stays data, numbers stay numbers, and openpyxl reads back what the CSV holds."""

from __future__ import annotations

import csv
import re
import warnings
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape

from station import xlsx
from station.hazard.ledger import COLUMNS, export_ledger
from station.operations.hazard_containers import FillRequest, fill
from station.operations.outbound import Receiver
from station.store.store import Store
from station.xlsx import write_sheet
from tests.hazard.conftest import open_, seal_, transfer_

AWKWARD = [
    "A<B&C>\"quoted\" 'single' ]]> <![CDATA[x]]>",
    '=HYPERLINK("http://x","y")',
    "+1",
    "-1",
    "@SUM(A1)",
    "\tTAB first",
    "\rCR first",
    "line\r\nbreak\nand\rreturn",
    "  spaces at both ends  ",
    " ",
    "",
    "NUL\x00BEL\x07VT\x0bFF\x0cUS\x1f",
    "lone \ud800 surrogate \udfff",
    "not characters \ufffe\uffff",
    "Excel's escape _x0041_ and _X0041_ and _x00e9_ and _x41_",
    "already _x005F_x0041_",
    "废电路板 🧪 \u200b zero-width, \x7f DEL, \x85 NEL",
    "1.5",
    "0012",
]
# What XML 1.0 cannot hold: the writer puts U+FFFD in its place.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def read(path: Path) -> list[list]:
    """The sheet as openpyxl reads it in full (styles too), warnings being errors."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sheet = load_workbook(path)["ledger"]
    return [[c.value for c in row] for row in sheet.iter_rows()]


def as_excel_reads(path: Path) -> list[str]:
    """The shared strings as Excel reads them: it decodes _xHHHH_ to a character. (openpyxl only drops the
    underscore's own escape, so it cannot be the judge of a text that holds ``x005F_``.)"""
    with zipfile.ZipFile(path) as book:
        table = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    return [unescape("".join(si.itertext())) for si in table]


def test_text_stays_data(tmp_path: Path):
    target = tmp_path / "t.xlsx"
    assert write_sheet(target, "ledger", ["text", "n"], ([t, i] for i, t in enumerate(AWKWARD))) == len(AWKWARD)
    expected = [NOT_XML.sub("\ufffd", t) for t in AWKWARD]
    assert as_excel_reads(target) == ["text", "n", *expected]
    rows = read(target)
    assert rows[0] == ["text", "n"]
    # openpyxl reads an empty text as no value
    read_back = [(t, r[0] if r[0] is not None else "") for t, r in zip(expected, rows[1:], strict=True)]
    assert [got for t, got in read_back if "x005F_" not in t] == [t for t in expected if "x005F_" not in t]
    assert [r[1] for r in rows[1:]] == list(range(len(AWKWARD)))
    with zipfile.ZipFile(target) as book:
        sheet, strings = book.read("xl/worksheets/sheet1.xml"), book.read("xl/sharedStrings.xml")
    assert b"<f>" not in sheet and b"<f " not in sheet
    assert b"escape _x005F_x0041_ and _X0041_ and _x005F_x00e9_ and _x41_" in strings
    assert b"already _x005F_x005F_x005F_x0041_" in strings
    assert b'<t xml:space="preserve">  spaces at both ends  </t>' in strings


def test_every_part_is_well_formed_xml_and_declared(tmp_path: Path):
    target = tmp_path / "t.xlsx"
    write_sheet(target, "ledger", ["a"], [[t] for t in AWKWARD], {0: "0.000"})
    with zipfile.ZipFile(target) as book:
        names = book.namelist()
        assert names[0] == "[Content_Types].xml" and book.testzip() is None
        for name in names:
            ElementTree.fromstring(book.read(name))
        types = book.read("[Content_Types].xml").decode()
    for part in ("/xl/workbook.xml", "/xl/worksheets/sheet1.xml", "/xl/sharedStrings.xml", "/xl/styles.xml"):
        assert f'PartName="{part}"' in types


def test_numbers_with_their_format(tmp_path: Path):
    target = tmp_path / "n.xlsx"
    rows = [[12.345, 1, "x"], [Decimal("0.655"), 2**40, None], [13.0, True, "y"], [-0.5, 0, None], [None, None, "z"]]
    write_sheet(target, "ledger", ["kg", "count", "t"], rows, {0: "0.000"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sheet = load_workbook(target)["ledger"]
    cells = list(sheet.iter_rows(min_row=2))
    assert [c[0].value for c in cells] == [12.345, 0.655, 13.0, -0.5, None]
    assert [c[1].value for c in cells] == [1, 2**40, 1, 0, None]
    assert all(c[0].number_format == "0.000" and c[0].data_type == "n" for c in cells[:4])
    assert all(c[1].number_format == "General" for c in cells)
    assert [c[2].value for c in cells] == ["x", None, "y", None, "z"]


def test_the_text_rule_applies_once_per_distinct_payload_text_and_not_to_the_header(tmp_path: Path):
    seen: list[str] = []

    def rule(value: str) -> str:
        seen.append(value)
        return "'" + value if value.startswith("=") else value

    target = tmp_path / "r.xlsx"
    write_sheet(target, "ledger", ["=header"], [["=a"], ["b"], ["=a"], ["b"]], text=rule)
    assert sorted(seen) == ["=a", "b"]
    assert [r[0] for r in read(target)] == ["=header", "'=a", "b", "'=a", "b"]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), Decimal("-Infinity")])
def test_a_number_that_is_not_finite_is_refused(tmp_path: Path, value):
    with pytest.raises(ValueError):
        write_sheet(tmp_path / "x.xlsx", "ledger", ["a"], [[value]])


@pytest.mark.parametrize("value", [date(2026, 1, 5), b"bytes", object()])
def test_a_value_that_is_neither_text_nor_number_is_refused(tmp_path: Path, value):
    with pytest.raises(TypeError):
        write_sheet(tmp_path / "x.xlsx", "ledger", ["a"], [[value]])


def test_a_row_wider_than_the_header_is_refused(tmp_path: Path):
    with pytest.raises(ValueError):
        write_sheet(tmp_path / "x.xlsx", "ledger", ["a"], [["1", "2"]])


def test_rows_past_excels_limit_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(xlsx, "MAX_ROWS", 3)
    assert write_sheet(tmp_path / "ok.xlsx", "ledger", ["a"], [["1"], ["2"]]) == 2
    with pytest.raises(ValueError):
        write_sheet(tmp_path / "x.xlsx", "ledger", ["a"], [["1"], ["2"], ["3"]])


@pytest.mark.parametrize("name", ["", "x" * 32, "a/b", "a[1]", "a:b", "a*", "a?", "a\\b", "'quoted'", "a\x07"])
def test_a_sheet_name_excel_refuses_is_refused(tmp_path: Path, name: str):
    with pytest.raises(ValueError):
        write_sheet(tmp_path / "x.xlsx", name, ["a"], [])


def test_the_sheet_name_is_escaped(tmp_path: Path):
    target = tmp_path / "s.xlsx"
    write_sheet(target, 'A&B <"台账">', ["a"], [["1"]])
    assert load_workbook(target).sheetnames == ['A&B <"台账">']


def test_the_ledger_in_xlsx_holds_what_the_csv_holds(site: Store, pack: str, tmp_path: Path):
    boards = open_(site, day=date(2026, 1, 5), location='HW<&>"]]>\x07STORE_x0041_')
    awkward_actors = ["  spaced handler  ", "=cmd|' /C calc'!A0", "@SUM(A1)", "line\r\nbreak", "仓管员 🧪"]
    for n, actor in enumerate(awkward_actors):
        fill(site, actor, FillRequest(boards, "bms_boards", f"1.{n:03d}", pack), date(2026, 1, 5 + n))
    seal_(site, boards, day=date(2026, 2, 2))
    receiver = Receiver('=HYPERLINK("http://x","y")', "91350100M000100Y43", "+HW-001 <licence> & co")
    transfer_(site, [boards], "5.010", manifest="202602100001", day=date(2026, 2, 10), receiver=receiver)
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    assert export_ledger(site.db, start, end, tmp_path / "l.csv", "csv") == 7
    assert export_ledger(site.db, start, end, tmp_path / "l.xlsx", "xlsx") == 7
    with (tmp_path / "l.csv").open(encoding="utf-8-sig", newline="") as f:
        from_csv = list(csv.reader(f))
    from_xlsx = read(tmp_path / "l.xlsx")
    assert from_xlsx[0] == from_csv[0] == list(COLUMNS)
    assert len(from_xlsx) == len(from_csv) == 8
    for text_row, cell_row in zip(from_csv[1:], from_xlsx[1:], strict=True):
        for key, text, cell in zip(COLUMNS, text_row, cell_row, strict=True):
            if key == "quantity":
                assert cell == float(text), key
            elif key == "container_count":
                assert cell == int(text), key
            else:
                assert (cell if cell is not None else "") == NOT_XML.sub("\ufffd", text), key
    handlers = {r[list(COLUMNS).index("handler")] for r in from_xlsx[1:]}
    assert {"  spaced handler  ", "'=cmd|' /C calc'!A0", "'@SUM(A1)", "line\r\nbreak", "仓管员 🧪"} <= handlers
    assert 'HW<&>"]]>\ufffdSTORE_x0041_' in {r[list(COLUMNS).index("facility")] for r in from_xlsx[1:]}
