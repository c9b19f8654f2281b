from __future__ import annotations

import json
from dataclasses import FrozenInstanceError
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.codes import DATE_ALPHABET, CodeFields, CodeTables
from station.findings import Severity, has_errors

from .samples import ALNUM, CATL_CELL, EVE_CELL, MAKERS, PACK_SAMPLE, TODAY, Generated, codes_of, generated_codes

EXAMPLES = {
    CATL_CELL: {
        "maker": "001", "product_type": "C", "chemistry": "B", "chemistry_name": "LFP", "spec": "24",
        "trace": "0000003", "date_code": "B3C", "production_date": "2021-03-12", "serial": "0221953",
        "echelon": False, "echelon_suffix": None, "maker_name_zh": "宁德时代", "maker_name_en": "CATL",
    },
    EVE_CELL: {
        "maker": "04Q", "product_type": "C", "chemistry": "B", "chemistry_name": "LFP", "spec": "76",
        "trace": "836300J", "date_code": "BC4", "production_date": "2021-12-04", "serial": "0000903",
        "echelon": False, "echelon_suffix": None, "maker_name_zh": "亿纬锂能", "maker_name_en": "EVE Energy",
    },
    PACK_SAMPLE: {
        "maker": "03U", "product_type": "P", "chemistry": "E", "chemistry_name": "NCM", "spec": "01",
        "trace": "000011C", "date_code": "85A", "production_date": "2018-05-10", "serial": "00FTY45",
        "echelon": False, "echelon_suffix": None, "maker_name_zh": "正力蔚来",
        "maker_name_en": "Zhengli NIO (NIO joint venture)",
    },
}  # fmt: skip


@pytest.mark.parametrize("code", list(EXAMPLES))
def test_public_examples_decode_to_the_documented_fields(parse, code: str) -> None:
    fields, findings = parse(code)
    assert fields.as_dict() == EXAMPLES[code]
    json.dumps(fields.as_dict())  # JSON-friendly as promised
    expected_warnings = ["serial_not_numeric"] if code == PACK_SAMPLE else []
    assert codes_of(findings) == expected_warnings
    assert all(f.severity is Severity.WARNING for f in findings)


def test_pack_sample_serial_warning_names_the_serial(parse) -> None:
    _, findings = parse(PACK_SAMPLE)
    assert findings[0].params == {"serial": "00FTY45"}


def test_unknown_maker_is_a_warning_with_no_names(parse) -> None:
    fields, findings = parse("ZZZ" + CATL_CELL[3:])
    assert codes_of(findings) == ["maker_unknown"]
    assert findings[0].severity is Severity.WARNING
    assert findings[0].params == {"maker": "ZZZ"}
    assert fields.maker_name_zh is None and fields.maker_name_en is None


def test_empty_maker_name_reads_as_none(parse) -> None:
    fields, _ = parse("071" + CATL_CELL[3:])
    assert (fields.maker_name_zh, fields.maker_name_en) == (None, "XPT")


def test_echelon_code(parse) -> None:
    code = "001MB24" + "B3C" + "0221953" + "R" + "P"
    fields, findings = parse(code)
    assert findings == []
    assert fields.echelon and fields.trace is None
    assert (fields.product_type, fields.echelon_suffix, fields.production_date) == ("M", "P", date(2021, 3, 12))
    assert fields.serial == "0221953" and fields.spec == "24"


@pytest.mark.parametrize(
    ("code", "reason", "params"),
    [
        ("001XB240000003B3C0221953", "product_type_invalid", {"position": 4, "char": "X"}),
        ("001CH240000003B3C0221953", "chemistry_unknown", {"position": 5, "char": "H"}),
        ("001CB240000003I3C0221953", "date_year_bad_char", {"position": 15, "char": "I"}),
        ("001CB240000003BDC0221953", "date_month_bad_char", {"position": 16, "char": "D"}),
        ("001CB240000003B3U0221953", "date_day_bad_char", {"position": 17, "char": "U"}),
        ("001CB240000003B2Y0221953", "date_impossible", {"month": 2, "day": 30}),
        ("001CB240000003GC10221953", "date_in_future", {"date": "2026-12-01", "today": "2026-11-24"}),
        ("001CB240000003HC10221953", "date_in_future", {"date": "2027-12-01", "today": "2026-11-24"}),
        ("001CB24B3C0221953XP", "echelon_marker_invalid", {"position": 18, "char": "X"}),
        ("001CB24B3C0221953RX", "echelon_suffix_invalid", {"position": 19, "char": "X"}),
        ("001CB24I3C0221953RP", "date_year_bad_char", {"position": 8, "char": "I"}),
    ],
)
def test_each_rule_has_its_own_error(parse, code: str, reason: str, params: dict) -> None:
    fields, findings = parse(code)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    assert codes_of(errors) == [reason]
    assert errors[0].params == params
    assert fields is not None  # the shape is right, so a screen can show the segments


@pytest.mark.parametrize("code", ["", "001CB240000003B3C022195", "001CB240000003B3C02219531", "001CB24B3C0221953R"])
def test_wrong_length(parse, code: str) -> None:
    fields, findings = parse(code)
    assert fields is None
    assert [(f.code, f.params) for f in findings] == [("code_wrong_length", {"length": len(code)})]


def test_bad_characters_are_each_named(parse) -> None:
    fields, findings = parse("001cB240000003B3C02219-3")
    assert fields is None
    assert [(f.code, f.params) for f in findings] == [
        ("code_bad_character", {"position": 4, "char": "c"}),
        ("code_bad_character", {"position": 23, "char": "-"}),
    ]


def test_lookalike_in_a_clean_code_argument_is_named(parse) -> None:
    _, findings = parse("001CВ240000003B3C0221953")
    assert [(f.code, f.params) for f in findings] == [
        ("lookalike_character", {"position": 5, "char": "В", "codepoint": "U+0412", "looks_like": "B"}),
    ]


def test_an_empty_chemistry_table_refuses_every_letter(parse) -> None:
    _, findings = parse(CATL_CELL, tables=CodeTables(chemistry={}, makers=MAKERS))
    assert codes_of(findings) == ["chemistry_unknown"]


def test_fields_are_frozen(parse) -> None:
    fields, _ = parse(CATL_CELL)
    with pytest.raises(FrozenInstanceError):
        fields.maker = "002"  # type: ignore[misc]


def _expected_fields(code: str) -> dict:
    """An independent reading of a code the parser called valid (today is in the first date cycle)."""
    echelon = len(code) == 19
    date_code = code[7:10] if echelon else code[14:17]
    y, m, d = date_code
    day = 31 if d == "0" else DATE_ALPHABET.index(d) + 1
    return {
        "maker": code[:3],
        "product_type": code[3],
        "chemistry": code[4],
        "spec": code[5:7],
        "trace": None if echelon else code[7:14],
        "date_code": date_code,
        "production_date": date(2011 + DATE_ALPHABET.index(y), DATE_ALPHABET.index(m) + 1, day),
        "serial": code[10:17] if echelon else code[17:24],
        "echelon": echelon,
        "echelon_suffix": code[18] if echelon else None,
    }


def _subset(fields: CodeFields) -> dict:
    return {key: getattr(fields, key) for key in _expected_fields(CATL_CELL)}


@given(generated_codes())
def test_every_generated_code_parses_back_to_its_fields(parse, generated: Generated) -> None:
    fields, findings = parse(generated.code)
    assert not has_errors(findings), findings
    assert fields.maker == generated.maker
    assert fields.product_type == generated.product_type
    assert fields.chemistry == generated.chemistry
    assert fields.spec == generated.spec
    assert fields.trace == generated.trace
    assert fields.production_date == generated.production_date
    assert fields.serial == generated.serial
    assert fields.echelon == generated.echelon
    assert fields.echelon_suffix == generated.echelon_suffix
    assert ("maker_unknown" in codes_of(findings)) == (generated.maker not in MAKERS)
    assert ("serial_not_numeric" in codes_of(findings)) == (not generated.serial.isdigit())


@given(generated_codes(), st.data())
def test_every_single_character_mutation_is_caught_or_reads_as_mutated(
    parse, generated: Generated, data: st.DataObject
) -> None:
    code = generated.code
    position = data.draw(st.integers(0, len(code) - 1))
    char = data.draw(st.sampled_from(ALNUM).filter(lambda c: c != code[position]))
    mutated = code[:position] + char + code[position + 1 :]
    fields, findings = parse(mutated)
    if not has_errors(findings):
        assert _subset(fields) == _expected_fields(mutated)


@pytest.mark.parametrize("code", list(EXAMPLES))
def test_every_mutation_of_the_public_examples(parse, code: str) -> None:
    caught = 0
    for position in range(len(code)):
        for char in ALNUM:
            if char == code[position]:
                continue
            mutated = code[:position] + char + code[position + 1 :]
            fields, findings = parse(mutated)
            if has_errors(findings):
                caught += 1
            else:
                assert _subset(fields) == _expected_fields(mutated)
    # Type, chemistry and date characters catch most of their mutations; the free segments cannot.
    assert caught > 100


def test_today_is_passed_not_read_from_the_clock(parse) -> None:
    future_code = "001CB240000003HC10221953"  # 2027-12-01
    assert codes_of(parse(future_code)[1]) == ["date_in_future"]
    fields, findings = parse(future_code, today=date(2028, 1, 1))
    assert findings == [] and fields.production_date == date(2027, 12, 1)
    assert date(2026, 11, 24) == TODAY
