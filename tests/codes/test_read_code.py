"""read_code on what scanners really deliver."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.codes import CodeTables, NormaliseOptions, Scheme
from station.findings import Severity

from .samples import ALNUM, CATL_CELL, EVE_CELL, MAKERS, PACK_SAMPLE, Generated, codes_of, generated_codes

OEM_36 = "8D0915105AB" + "X" * 14 + "4711000000A"


def params_of(result, code: str) -> dict:
    [finding] = [f for f in result.findings if f.code == code]
    return finding.params


@pytest.mark.parametrize("code", [CATL_CELL, EVE_CELL, PACK_SAMPLE])
def test_clean_codes_read_as_themselves(read, code: str) -> None:
    result = read(code)
    assert (result.code, result.scheme, result.valid, result.raw) == (code, Scheme.GBT34014, True, code)
    assert result.fields.as_dict()["production_date"] is not None
    assert result.extra == {}


def test_lower_case_is_folded_and_noted(read) -> None:
    raw = CATL_CELL.lower()
    result = read(raw)
    assert (result.code, result.valid, result.raw) == (CATL_CELL, True, raw)
    assert codes_of(result.findings) == ["lower_case_converted"]
    assert result.findings[0].severity is Severity.INFO


def test_surrounding_spaces_are_trimmed_silently(read) -> None:
    result = read("   " + CATL_CELL + "  ")
    assert (result.code, result.valid, result.findings) == (CATL_CELL, True, ())


CONTROLS = ["\r", "\n", "\t", "\x1d", "\x1e", "\x04", "\x00", "\x02", "\x03", "\x1b", "\x7f", "\u200b", "\ufeff"]


@pytest.mark.parametrize("control", CONTROLS)
@pytest.mark.parametrize("where", ["start", "end", "middle"])
def test_each_control_character_is_removed_and_noted(read, control: str, where: str) -> None:
    raw = {
        "start": control + CATL_CELL,
        "end": CATL_CELL + control,
        "middle": CATL_CELL[:10] + control + CATL_CELL[10:],
    }[where]
    result = read(raw)
    assert (result.code, result.valid, result.raw) == (CATL_CELL, True, raw)
    params = params_of(result, "control_characters_removed")
    assert params == {"count": 1, "chars": [f"U+{ord(control):04X}"]}
    assert "code_extracted" not in codes_of(result.findings)


def test_keyboard_wedge_crlf_and_tab(read) -> None:
    result = read("\t" + EVE_CELL + "\r\n")
    assert result.code == EVE_CELL and result.valid
    assert params_of(result, "control_characters_removed") == {"count": 3, "chars": ["U+0009", "U+000D", "U+000A"]}


def test_configured_prefix_and_suffix_are_stripped(read) -> None:
    options = NormaliseOptions(prefixes=("SCAN:", "S:"), suffixes=("#END",))
    result = read("SCAN:" + CATL_CELL + "#END\r\n", options=options)
    assert (result.code, result.valid) == (CATL_CELL, True)
    assert params_of(result, "prefix_removed") == {"prefix": "SCAN:"}
    assert params_of(result, "suffix_removed") == {"suffix": "#END"}
    assert "code_extracted" not in codes_of(result.findings)


def test_prefix_made_of_control_characters(read) -> None:
    options = NormaliseOptions(prefixes=("\x02",), suffixes=("\x03",))
    result = read("\x02" + CATL_CELL + "\x03", options=options)
    assert result.valid and codes_of(result.findings) == ["prefix_removed", "suffix_removed"]


def test_unconfigured_prefix_is_not_stripped_but_the_code_is_found(read) -> None:
    result = read("SCAN:" + CATL_CELL)
    assert result.code == CATL_CELL and result.valid
    assert params_of(result, "code_extracted") == {"offset": 5, "length": 24}


@pytest.mark.parametrize("split", [1, 10, 14, 19, 23])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_two_line_text_is_joined_in_order(read, split: int, newline: str) -> None:
    raw = CATL_CELL[:split] + newline + CATL_CELL[split:]
    result = read(raw)
    assert (result.code, result.valid) == (CATL_CELL, True)
    assert params_of(result, "lines_joined") == {"parts": 2}


def test_lines_in_the_wrong_order_are_not_a_code(read) -> None:
    result = read(CATL_CELL[14:] + "\n" + CATL_CELL[:14])
    assert result.code is None and not result.valid
    assert "code_not_recognised" in codes_of(result.findings)


def test_label_printed_in_groups(read) -> None:
    raw = " ".join(CATL_CELL[i : i + 4] for i in range(0, 24, 4))
    result = read(raw)
    assert (result.code, result.valid) == (CATL_CELL, True)
    assert params_of(result, "separators_removed") == {"chars": " "}


def test_oem_payload_with_gb_code_at_the_end(read) -> None:
    raw = "[>16" + OEM_36 + CATL_CELL
    assert len(OEM_36) == 36
    result = read(raw)
    assert (result.code, result.valid, result.raw) == (CATL_CELL, True, raw)
    assert params_of(result, "code_extracted") == {"offset": 40, "length": 24}


@pytest.mark.parametrize("trailer", ["X", "7", "01", "AB"])
def test_vendor_trailer_after_the_code(read, trailer: str) -> None:
    result = read(PACK_SAMPLE + trailer)
    assert (result.code, result.valid) == (PACK_SAMPLE, True)
    assert params_of(result, "code_extracted") == {"offset": 0, "length": 24}
    assert "serial_not_numeric" in codes_of(result.findings)


def test_iso_15434_envelope(read) -> None:
    raw = "[)>\x1e06\x1dP8D0915105AB\x1d25S" + CATL_CELL + "\x1dQ1\x1e\x04"
    result = read(raw)
    assert (result.code, result.valid) == (CATL_CELL, True)
    assert params_of(result, "code_extracted") == {"offset": 23, "length": 24, "envelope": "iso15434"}


def test_code_in_markup_or_sql_is_found_and_nothing_is_interpreted(read) -> None:
    for raw in (f"<code>{CATL_CELL}</code>", f"{CATL_CELL}'; DROP TABLE battery; --"):
        result = read(raw)
        assert (result.code, result.valid, result.raw) == (CATL_CELL, True, raw)


def test_two_different_valid_codes_are_refused(read) -> None:
    for raw in (CATL_CELL + " " + EVE_CELL, CATL_CELL + "\r\n" + EVE_CELL, CATL_CELL + EVE_CELL):
        result = read(raw)
        assert result.code is None and result.fields is None and not result.valid
        assert params_of(result, "payload_ambiguous") == {"candidates": sorted([CATL_CELL, EVE_CELL])}


def test_the_same_code_twice_is_not_ambiguous(read) -> None:
    result = read(CATL_CELL + "\n" + CATL_CELL)
    assert result.code == CATL_CELL and result.valid


def test_a_valid_code_beats_a_broken_one(read) -> None:
    broken = CATL_CELL[:14] + "GC1" + CATL_CELL[17:]  # 2026-12-01: tomorrow's month
    result = read(broken + " " + EVE_CELL)
    assert result.code == EVE_CELL and result.valid


def test_code_shaped_but_broken_is_returned_with_its_errors(read) -> None:
    broken = CATL_CELL[:14] + "GC1" + CATL_CELL[17:]
    result = read(broken)
    assert (result.code, result.scheme, result.valid) == (broken, Scheme.GBT34014, False)
    assert result.fields.production_date is None
    assert codes_of(result.findings, Severity.ERROR) == ["date_in_future"]


def test_broken_code_with_a_trailer_is_still_located(read) -> None:
    broken = CATL_CELL[:14] + "GC1" + CATL_CELL[17:]
    result = read(broken + "99")
    assert result.code == broken and not result.valid
    assert codes_of(result.findings) == ["code_extracted", "date_in_future"]


def test_echelon_code_is_read(read) -> None:
    code = "001MB24B3C0221953RP"
    result = read(code.lower() + "\r\n")
    assert (result.code, result.scheme, result.valid) == (code, Scheme.GBT34014_ECHELON, True)
    assert result.fields.echelon and result.fields.trace is None and result.fields.echelon_suffix == "P"


def test_a_window_of_a_24_character_field_is_never_read_as_an_echelon_code(read) -> None:
    # The first 19 characters form a valid echelon code; the field as a whole has a future date.
    echelon = "001MB24B3C0221GC1RP"
    assert read(echelon).valid
    code = echelon + "00000"
    result = read(code)
    assert result.code == code and not result.valid
    assert codes_of(result.findings, Severity.ERROR) == ["date_in_future"]


LOOKALIKES = [
    (4, "С", "U+0421", "C"),  # Cyrillic capital Es
    (5, "В", "U+0412", "B"),  # Cyrillic capital Ve
    (4, "с", "U+0441", "C"),  # Cyrillic small es
    (15, "Β", "U+0392", "B"),  # Greek capital Beta
    (17, "Ϲ", None, None),  # Greek lunate sigma: not in the table, not a compatibility form
    (5, "Ｂ", "U+FF22", "B"),  # full-width capital
    (5, "ｂ", "U+FF42", "B"),  # full-width small
    (1, "０", "U+FF10", "0"),  # full-width digit
]


@pytest.mark.parametrize(("position", "char", "codepoint", "looks_like"), LOOKALIKES)
def test_lookalikes_are_refused_with_their_position(read, position, char, codepoint, looks_like) -> None:
    raw = CATL_CELL[: position - 1] + char + CATL_CELL[position:]
    result = read(raw)
    assert result.code is None and result.fields is None and not result.valid
    assert result.raw == raw
    if codepoint is None:
        assert codes_of(result.findings) == ["code_bad_character"]
        assert params_of(result, "code_bad_character") == {"position": position, "char": char}
        return
    assert codes_of(result.findings) == ["lookalike_character"]
    assert params_of(result, "lookalike_character") == {
        "position": position, "char": char, "codepoint": codepoint, "looks_like": looks_like,
    }  # fmt: skip
    assert result.extra["resembles"] == CATL_CELL


def test_greek_and_cyrillic_o_in_a_maker_code(read) -> None:
    code = "0O1" + CATL_CELL[3:]  # maker "0O1" with a Latin O is well-formed (unregistered)
    assert read(code).valid
    for fake in ("Ο", "О", "ο", "о"):  # Greek and Cyrillic, capital and small
        result = read(code.replace("O", fake))
        assert not result.valid and params_of(result, "lookalike_character")["position"] == 2


def test_whole_code_in_full_width_characters(read) -> None:
    raw = "".join(chr(ord(c) + 0xFEE0) for c in CATL_CELL)
    result = read(raw)
    assert result.code is None and not result.valid
    assert [f.params["position"] for f in result.findings] == list(range(1, 25))


def test_lookalike_in_a_broken_code_is_still_reported(read) -> None:
    raw = CATL_CELL[:4] + "В" + CATL_CELL[5:14] + "GC1" + CATL_CELL[17:]
    result = read(raw)
    assert result.code is None and codes_of(result.findings) == ["lookalike_character"]


def test_lookalikes_in_unrecognised_text_are_reported_by_payload_position(read) -> None:
    result = read("АВС-12")
    assert [f.params["position"] for f in result.findings if f.code == "lookalike_character"] == [1, 2, 3]
    assert "code_not_recognised" in codes_of(result.findings)


def test_gbt45565_code_is_named_and_refused(read) -> None:
    result = read("A1B2C3Z45-20250301-000123")
    assert (result.scheme, result.code, result.valid) == (Scheme.GBT45565, None, False)
    assert codes_of(result.findings) == ["scheme_gbt45565"]
    assert result.extra == {"company": "A1B2", "reused": "false"}


def test_reused_gbt45565_code(read) -> None:
    result = read("a1b2c3z45-r-20250301000123\r\n")
    assert result.scheme is Scheme.GBT45565
    assert result.extra == {"company": "A1B2", "reused": "true"}
    assert params_of(result, "scheme_gbt45565") == {"company": "A1B2", "reused": True}


def test_eu_passport_link_is_named_and_kept(read) -> None:
    url = "https://passport.example.eu/id/urn:epc:id:sgtin:4012345.098765.12345"
    result = read(url + "\r\n")
    assert (result.scheme, result.code, result.valid) == (Scheme.EU_PASSPORT, None, False)
    assert codes_of(result.findings, Severity.WARNING) == ["scheme_eu_passport"]
    assert result.extra == {"url": url}


def test_gb_code_inside_a_passport_link_wins_and_the_link_is_kept(read) -> None:
    url = f"https://Passport.example.eu/battery/{CATL_CELL}?v=1"
    result = read(url)
    assert (result.scheme, result.code, result.valid) == (Scheme.GBT34014, CATL_CELL, True)
    assert result.extra == {"url": url}


def test_code_shaped_token_in_a_link_is_not_taken_for_a_broken_gb_code(read) -> None:
    url = "https://passport.example.eu/b/ABCDEFGHJKLMNPQRSTUVWXYZ"
    result = read(url)
    assert result.scheme is Scheme.EU_PASSPORT and result.code is None


@pytest.mark.parametrize(
    ("raw", "reason", "params"),
    [
        ("001CB24000", "code_wrong_length", {"length": 10}),
        ("1234567890" * 3 + "12345", "code_wrong_length", {"length": 35}),
        ("001CB24 000003B3C0221953", "code_bad_character", {"position": 8, "char": " "}),
        ("001CB24*000003B3C0221953", "code_bad_character", {"position": 8, "char": "*"}),
        ("hello, world", "code_not_recognised", {"length": 12}),
    ],
)
def test_precise_reasons_when_nothing_is_recognised(read, raw: str, reason: str, params: dict) -> None:
    result = read(raw)
    assert (result.scheme, result.code, result.valid) == (Scheme.UNKNOWN, None, False)
    assert [(f.code, f.params) for f in result.findings] == [(reason, params)]


def test_unregistered_maker_only_warns(read) -> None:
    result = read("ZZZ" + CATL_CELL[3:])
    assert result.valid and codes_of(result.findings) == ["maker_unknown"]


def test_chemistry_comes_from_the_table(read) -> None:
    tables = CodeTables(chemistry={"E": "NCM"}, makers=MAKERS)
    result = read(CATL_CELL, tables=tables)
    assert result.code == CATL_CELL and not result.valid
    assert codes_of(result.findings) == ["chemistry_unknown"]
    assert read(PACK_SAMPLE, tables=tables).valid


@given(generated_codes())
def test_every_generated_code_reads_back_through_a_scanner(read, generated: Generated) -> None:
    for raw in (generated.code, generated.code.lower() + "\r\n", "\x1d" + generated.code + "\x04"):
        result = read(raw)
        assert result.valid and result.code == generated.code
        assert result.fields.production_date == generated.production_date
        assert result.fields.serial == generated.serial


MUTATIONS = ALNUM + ALNUM.lower() + "СВЕКМНОРТХсвекмнорхΑΒΕΖΗΙΚΜΝΟΡΤΥΧ０１９ＡＺａｚ"


@given(generated_codes(), st.data())
def test_every_single_character_mutation_read_is_caught_or_reads_as_mutated(
    read, generated: Generated, data: st.DataObject
) -> None:
    code = generated.code
    position = data.draw(st.integers(0, len(code) - 1))
    char = data.draw(st.sampled_from(MUTATIONS).filter(lambda c: c.upper() != code[position]))
    mutated = code[:position] + char + code[position + 1 :]
    result = read(mutated)
    if result.valid:
        assert result.code == mutated.upper()
        assert result.fields.as_dict() == read(mutated.upper()).fields.as_dict()
    else:
        assert codes_of(result.findings, Severity.ERROR)
    if char not in ALNUM + ALNUM.lower():
        assert not result.valid
        assert params_of(result, "lookalike_character")["position"] == position + 1


def test_groups_of_three_join_but_single_spaced_characters_do_not(read) -> None:
    groups = " ".join(CATL_CELL[i : i + 3] for i in range(0, 24, 3))  # 8 parts
    assert read(groups).code == CATL_CELL
    # 24 one-character words are more likely a coincidence than a printed code.
    result = read(" ".join(CATL_CELL))
    assert result.code is None and codes_of(result.findings) == ["code_not_recognised"]


def test_controls_around_a_configured_prefix_are_still_reported(read) -> None:
    result = read("\r\nSCAN:" + CATL_CELL + "\r\n", options=NormaliseOptions(prefixes=("SCAN:",)))
    assert result.code == CATL_CELL and result.valid
    assert codes_of(result.findings) == ["prefix_removed", "control_characters_removed"]
    assert params_of(result, "control_characters_removed")["count"] == 4


def test_longest_configured_prefix_wins(read) -> None:
    result = read("]Q1" + CATL_CELL, options=NormaliseOptions(prefixes=("]Q", "]Q1")))
    assert params_of(result, "prefix_removed") == {"prefix": "]Q1"}
    assert result.valid and "code_extracted" not in codes_of(result.findings)
