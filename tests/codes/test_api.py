"""The public surface others code against, and the reason-code registry behind it."""

from __future__ import annotations

import ast
import re
from dataclasses import FrozenInstanceError, fields
from pathlib import Path

import pytest

import station.codes as codes
from station.codes import REASONS, CodeResult, CodeTables, MakerInfo, NormaliseOptions, Scheme

PACKAGE = Path(codes.__file__).resolve().parent
EMITTERS = {"error", "warning", "info"}

PUBLIC = {
    "MakerInfo", "CodeTables", "NormaliseOptions", "Scheme", "CodeFields", "CodeResult", "read_code",
    "parse_gb_code", "decode_date", "encode_date", "DATE_ALPHABET", "validate_uscc", "uscc_check_char",
    "validate_vin", "vin_check_digit", "REASONS",
}  # fmt: skip


def _emitted_in_source() -> dict[str, set[str]]:
    """Reason codes passed as literals to error()/warning()/info(), by the file that emits them."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in EMITTERS
                and node.args
            ):
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path.name}:{node.lineno}: reason code must be a literal so it can be checked"
                )
                found.setdefault(first.value, set()).add(path.name)
    return found


def test_public_names_are_exported() -> None:
    assert set(codes.__all__) == PUBLIC
    for name in PUBLIC:
        assert getattr(codes, name) is not None


def test_every_emitted_reason_is_described_and_every_description_is_emitted() -> None:
    emitted = _emitted_in_source()
    assert len(emitted) > 30, "the source scan found too little: the pattern is broken"
    assert set(emitted) - set(REASONS) == set()
    assert set(REASONS) - set(emitted) == set()


@pytest.mark.parametrize("code", sorted(REASONS))
def test_reason_descriptions_are_one_line_english(code: str) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9_]*", code)
    text = REASONS[code]
    assert text and "\n" not in text and text.isascii() and len(text) <= 110


def test_reasons_cannot_be_edited() -> None:
    with pytest.raises(TypeError):
        REASONS["new_code"] = "x"  # type: ignore[index]


def test_value_types_are_frozen() -> None:
    tables = CodeTables(chemistry={"B": "LFP"}, makers={"001": MakerInfo("001", "宁德时代", "CATL")})
    for value, name in ((tables, "chemistry"), (NormaliseOptions(), "max_length"), (MakerInfo("001"), "code")):
        with pytest.raises(FrozenInstanceError):
            setattr(value, name, None)
    assert [f.name for f in fields(CodeResult)] == ["raw", "code", "scheme", "fields", "findings", "valid", "extra"]


def test_defaults() -> None:
    assert NormaliseOptions() == NormaliseOptions(prefixes=(), suffixes=(), max_length=4096)
    assert MakerInfo("001") == MakerInfo("001", "", "")
    assert [s.value for s in Scheme] == ["gbt34014", "gbt34014_echelon", "gbt45565", "eu_passport", "unknown"]


def test_no_qt_no_database_no_clock_in_the_package() -> None:
    forbidden = re.compile(r"^\s*(?:from|import)\s+(PySide6|peewee|sqlite3|hardware|ui)\b", re.MULTILINE)
    for path in PACKAGE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not forbidden.search(source), path.name
        assert "date.today(" not in source and "datetime.now(" not in source, path.name
