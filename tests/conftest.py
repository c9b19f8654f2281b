"""Shared fixtures: a fresh station database per test, a fixed 'today', and a maker of valid codes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from station.codes import encode_date
from station.store.store import Store

TODAY = date(2026, 11, 24)
ACTOR = "tester"


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "station.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path, station_id="ST0001")
    yield s
    s.close()


def make_code(
    kind: str = "P",
    serial: int | str = 1,
    maker: str = "001",
    chem: str = "B",
    spec: str = "24",
    trace: str = "0000003",
    made: date = date(2024, 5, 6),
) -> str:
    serial_text = serial if isinstance(serial, str) else f"{serial:07d}"
    return f"{maker}{kind}{chem}{spec}{trace}{encode_date(made)}{serial_text}"


@pytest.fixture
def code():
    return make_code
