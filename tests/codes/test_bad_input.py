"""Whatever arrives from a scanner, read_code answers with findings, never an exception."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.codes import NormaliseOptions, Scheme, read_code
from station.codes.gbt34014 import has_code_shape
from station.findings import Severity, has_errors

from .samples import CATL_CELL, codes_of

TEN_MB = 10 * 1024 * 1024


@pytest.mark.parametrize("raw", ["", b"", "   ", "\r\n", "\x00\x1d\x04", b"\t\t"])
def test_empty_payload(read, raw) -> None:
    result = read(raw)
    assert (result.code, result.scheme, result.valid) == (None, Scheme.UNKNOWN, False)
    assert codes_of(result.findings, Severity.ERROR) == ["payload_empty"]


def test_only_the_prefix(read) -> None:
    result = read("SCAN:", options=NormaliseOptions(prefixes=("SCAN:",)))
    assert "payload_empty" in codes_of(result.findings)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["str", "bytes"])
def test_ten_megabytes_are_refused_fast_without_search(read, kind: str) -> None:
    text = CATL_CELL * (TEN_MB // 24 + 1)
    raw = text if kind == "str" else text.encode()
    started = time.perf_counter()
    result = read(raw)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0
    assert (result.code, result.valid) == (None, False)
    assert [(f.code, f.params) for f in result.findings] == [
        ("payload_too_long", {"length": len(text), "max_length": 4096})
    ]
    assert len(result.raw) == len(text)


def test_max_length_is_configurable(read) -> None:
    assert read(CATL_CELL, options=NormaliseOptions(max_length=24)).valid
    result = read(CATL_CELL + " ", options=NormaliseOptions(max_length=24))
    assert codes_of(result.findings) == ["payload_too_long"]


def test_longest_allowed_payload_is_searched_quickly(read) -> None:
    filler = ("8D0915105AB47" * 400)[: 4096 - 24]
    started = time.perf_counter()
    result = read(filler + CATL_CELL)
    assert time.perf_counter() - started < 1.0
    assert result.code == CATL_CELL and result.valid


def test_invalid_utf8_is_an_error_not_an_exception(read) -> None:
    result = read(b"\xff\xfe" + CATL_CELL.encode())
    assert result.code == CATL_CELL and not result.valid
    assert [(f.code, f.params) for f in result.findings if f.code == "payload_not_utf8"] == [
        ("payload_not_utf8", {"offset": 0, "bytes": "ff"})
    ]
    assert result.raw == "\ufffd\ufffd" + CATL_CELL


def test_utf8_bytes_are_decoded_as_utf8(read) -> None:
    result = read(("编码:" + CATL_CELL).encode("utf-8"))
    assert result.code == CATL_CELL and result.valid
    assert result.raw == "编码:" + CATL_CELL


def test_binary_with_nuls(read) -> None:
    result = read(b"\x00\x01\x02\x00\xff\x00\x80abc\x00")
    assert not result.valid and has_errors(result.findings)


@pytest.mark.parametrize(
    "raw",
    [
        "'; DROP TABLE battery; --",
        "1' OR '1'='1",
        "<script>alert(1)</script>",
        "</para>",
        "<![CDATA[x]]>",
        "%s%s%n{0}${jndi:ldap://x}",
        "../../etc/passwd",
    ],
)
def test_sql_and_markup_are_just_characters(read, raw: str) -> None:
    result = read(raw)
    assert (result.code, result.scheme, result.valid, result.raw) == (None, Scheme.UNKNOWN, False, raw)
    assert codes_of(result.findings, Severity.ERROR) in (["code_not_recognised"], ["code_wrong_length"])


def _check_invariants(result, raw) -> None:
    assert isinstance(result.raw, str)
    if isinstance(raw, str):
        assert result.raw == raw
    assert result.valid == (result.code is not None and not has_errors(result.findings))
    if result.code is not None:
        assert has_code_shape(result.code)
        assert result.fields is not None
    if not result.findings:
        assert result.valid


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_read_code_never_raises_on_bytes(read, raw: bytes) -> None:
    _check_invariants(read(raw), raw)


@given(st.text(max_size=300))
def test_read_code_never_raises_on_text(read, raw: str) -> None:
    _check_invariants(read(raw), raw)


# Lone surrogates arrive when a caller decoded with surrogateescape; they are just more non-code characters.
@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=100))
def test_read_code_never_raises_on_any_code_point(read, raw: str) -> None:
    _check_invariants(read(raw), raw)


FRAGMENTS = [CATL_CELL, "\x00", "\x1d", "\r\n", " ", "-", "[)>", "ｂ", "В", "x", "R"]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12))
def test_read_code_never_raises_on_code_fragments(read, parts: list[str]) -> None:
    raw = "".join(parts)
    result = read(raw)
    _check_invariants(result, raw)
    if result.valid:
        assert result.code == CATL_CELL


def test_payload_that_is_neither_text_nor_bytes_is_a_programming_error(tables, today) -> None:
    for wrong in (10**9, None, ["001"]):
        with pytest.raises(TypeError):
            read_code(wrong, tables, today)  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_bytes(read) -> None:
    for raw in (bytearray(CATL_CELL.encode()), memoryview(CATL_CELL.encode())):
        assert read(raw).valid
