"""Fixtures for the battery-code tests.

Every call into the package goes through a fixture that checks each finding's reason code against REASONS,
so a code emitted anywhere in this suite without a description fails the test that provoked it.
Dates are fixed: nothing here may depend on the wall clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

import pytest

from station.codes import (
    REASONS,
    CodeResult,
    CodeTables,
    NormaliseOptions,
    decode_date,
    parse_gb_code,
    read_code,
    validate_uscc,
    validate_vin,
)
from station.findings import Finding

from .samples import TABLES, TODAY


def checked(findings: Iterable[Finding]) -> list[Finding]:
    findings = list(findings)
    missing = sorted({f.code for f in findings} - set(REASONS))
    assert not missing, f"reason codes emitted without a REASONS entry: {missing}"
    return findings


@pytest.fixture(scope="session")
def today() -> date:
    return TODAY


@pytest.fixture(scope="session")
def tables() -> CodeTables:
    return TABLES


@pytest.fixture(scope="session")
def read() -> Callable[..., CodeResult]:
    def _read(
        payload: str | bytes,
        *,
        today: date = TODAY,
        tables: CodeTables = TABLES,
        options: NormaliseOptions | None = None,
    ) -> CodeResult:
        result = read_code(payload, tables, today, options or NormaliseOptions())
        checked(result.findings)
        return result

    return _read


@pytest.fixture(scope="session")
def parse() -> Callable[..., tuple]:
    def _parse(code: str, *, today: date = TODAY, tables: CodeTables = TABLES) -> tuple:
        fields, findings = parse_gb_code(code, tables, today)
        return fields, checked(findings)

    return _parse


@pytest.fixture(scope="session")
def decode() -> Callable[..., tuple]:
    def _decode(chars: str, today: date = TODAY) -> tuple:
        value, findings = decode_date(chars, today)
        return value, checked(findings)

    return _decode


@pytest.fixture(scope="session")
def uscc() -> Callable[[str], list[Finding]]:
    return lambda text: checked(validate_uscc(text))


@pytest.fixture(scope="session")
def vin() -> Callable[[str], list[Finding]]:
    return lambda text: checked(validate_vin(text))
