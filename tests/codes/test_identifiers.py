"""Unified social credit codes (GB 32100) and VINs (GB 16735 / ISO 3779)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.codes import uscc_check_char, vin_check_digit
from station.codes.uscc import USCC_ALPHABET
from station.codes.vin import VIN_CHARS
from station.findings import Severity, has_errors

from .samples import codes_of

PUBLIC_USCC = "91350100M000100Y43"


def make_uscc(first17: str) -> str:
    return first17 + uscc_check_char(first17)


# Built with our own check function from plausible bodies (registration 9/1, region, organisation code).
OWN_USCC = [make_uscc("91110108" + "MA01ABCD" + "X"), make_uscc("91440300" + "708461136"), make_uscc("1" * 17)]


def test_public_uscc_is_valid(uscc) -> None:
    assert uscc(PUBLIC_USCC) == []
    assert uscc_check_char(PUBLIC_USCC[:17]) == "3"


@pytest.mark.parametrize("code", OWN_USCC)
def test_computed_uscc_examples_are_valid(uscc, code: str) -> None:
    assert len(code) == 18
    assert uscc(code) == []


def test_wrong_uscc_check_character_names_the_expected_one(uscc) -> None:
    findings = uscc(PUBLIC_USCC[:17] + "4")
    assert [(f.code, f.severity, f.params) for f in findings] == [
        ("uscc_check_char_mismatch", Severity.ERROR, {"expected": "3", "found": "4"})
    ]


@pytest.mark.parametrize("text", ["", PUBLIC_USCC[:17], PUBLIC_USCC + "0", "91350100M000100Y43 "])
def test_uscc_wrong_length(uscc, text: str) -> None:
    assert [(f.code, f.params) for f in uscc(text)] == [("uscc_wrong_length", {"length": len(text)})]


@pytest.mark.parametrize("bad", ["I", "O", "S", "V", "Z", "m", "-", " "])
def test_uscc_bad_characters(uscc, bad: str) -> None:
    text = PUBLIC_USCC[:8] + bad + PUBLIC_USCC[9:]
    assert [(f.code, f.params) for f in uscc(text)] == [("uscc_bad_character", {"position": 9, "char": bad})]


def test_uscc_lookalike(uscc) -> None:
    text = PUBLIC_USCC[:8] + "М" + PUBLIC_USCC[9:]  # Cyrillic Em
    [finding] = uscc(text)
    assert (finding.code, finding.params["position"], finding.params["looks_like"]) == ("lookalike_character", 9, "M")


def test_uscc_check_char_refuses_bad_input() -> None:
    for bad in ("", "9135010", "91350100I000100Y4"):
        with pytest.raises(ValueError):
            uscc_check_char(bad)


@given(st.text(alphabet=USCC_ALPHABET, min_size=17, max_size=17), st.data())
def test_every_single_substitution_in_a_uscc_is_caught(uscc, body: str, data: st.DataObject) -> None:
    code = make_uscc(body)
    assert uscc(code) == []
    position = data.draw(st.integers(0, 17))
    char = data.draw(st.sampled_from(USCC_ALPHABET).filter(lambda c: c != code[position]))
    mutated = code[:position] + char + code[position + 1 :]
    assert codes_of(uscc(mutated)) == ["uscc_check_char_mismatch"]


# VINs ---------------------------------------------------------------------------------------------------

NORTH_AMERICAN_VIN = "1M8GDM9AXKP042788"  # the textbook example: check digit X
SAIC_VW_BODY = "LSVAU2180N2183294"


def test_textbook_vin_is_valid(vin) -> None:
    assert vin(NORTH_AMERICAN_VIN) == []
    assert vin_check_digit(NORTH_AMERICAN_VIN) == "X"


def test_chinese_vin_with_the_computed_check_digit(vin) -> None:
    assert vin_check_digit(SAIC_VW_BODY) == "X"
    assert vin("LSVAU218XN2183294") == []
    assert [(f.code, f.params) for f in vin(SAIC_VW_BODY)] == [
        ("vin_check_digit_mismatch", {"expected": "X", "found": "0"})
    ]


def test_wrong_check_digit_is_a_warning_not_an_error(vin) -> None:
    findings = vin(NORTH_AMERICAN_VIN[:8] + "5" + NORTH_AMERICAN_VIN[9:])
    assert codes_of(findings) == ["vin_check_digit_mismatch"]
    assert findings[0].severity is Severity.WARNING and not has_errors(findings)
    assert findings[0].params == {"expected": "X", "found": "5"}


def test_european_vin_with_a_letter_in_position_nine_only_warns(vin) -> None:
    findings = vin("WVWZZZ1KZAW000001")
    assert codes_of(findings) == ["vin_check_digit_mismatch"] and not has_errors(findings)


@pytest.mark.parametrize("bad", ["I", "O", "Q", "a", "*", " "])
def test_vin_bad_characters(vin, bad: str) -> None:
    text = NORTH_AMERICAN_VIN[:3] + bad + NORTH_AMERICAN_VIN[4:]
    assert [(f.code, f.params) for f in vin(text)] == [("vin_bad_character", {"position": 4, "char": bad})]


def test_vin_lookalike(vin) -> None:
    [finding] = vin(NORTH_AMERICAN_VIN.replace("M", "Μ", 1))  # Greek capital Mu
    assert finding.code == "lookalike_character"
    assert finding.params == {"position": 2, "char": "Μ", "codepoint": "U+039C", "looks_like": "M"}


@pytest.mark.parametrize("text", ["", NORTH_AMERICAN_VIN[:16], NORTH_AMERICAN_VIN + "1"])
def test_vin_wrong_length(vin, text: str) -> None:
    assert [(f.code, f.params) for f in vin(text)] == [("vin_wrong_length", {"length": len(text)})]


def test_vin_check_digit_refuses_bad_input() -> None:
    for bad in ("", "1M8GDM9AXKP04278", "1M8GDM9AXKP04278O"):
        with pytest.raises(ValueError):
            vin_check_digit(bad)


@given(st.text(alphabet=sorted(VIN_CHARS), min_size=17, max_size=17))
def test_a_vin_carrying_its_computed_check_digit_is_valid(vin, text: str) -> None:
    digit = vin_check_digit(text)
    assert digit in "0123456789X"
    assert vin(text[:8] + digit + text[9:]) == []


@given(st.text(max_size=40))
def test_validators_never_raise(uscc, vin, text: str) -> None:
    assert isinstance(uscc(text), list) and isinstance(vin(text), list)
