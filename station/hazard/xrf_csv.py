"""Reading the CSV an XRF analyser exports: one reading per line, each line judged on its own.

Columns (names are matched without case; more columns are ignored): ``sample``, ``parent`` (the battery the part
came from), ``component``, ``material`` (a material class of the rule set: polymer, metal, electronic...), optional
``instrument``, ``date`` and ``reading``; then one column per element in mg/kg (ppm) named by its symbol (``Pb``),
each with its uncertainty in a column named ``Pb +/-``, ``Pb ±``, ``Pb err`` or ``Pb unc``. A value ``<LOD``
(or ``ND``) means not detected; its uncertainty column then holds the detection limit. An empty cell: not measured.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from station.hazard.xrf import Reading, XrfRules

REQUIRED = ("sample", "parent", "component", "material")
OPTIONAL = ("instrument", "date", "reading")
NOT_DETECTED = frozenset({"<lod", "< lod", "nd", "n.d.", "<dl"})
MAX_MG_KG = Decimal(1_000_000)  # all of it: anything above is a unit or typing error
_UNCERTAINTY = re.compile(r"^(?P<el>[a-z]{1,2})\s*[_ ]?\s*(?:\+/-|±|err|error|unc)$")
_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")


class XrfFileError(ValueError):
    """The file as a whole cannot be read; ``reason`` is a stable code."""

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


@dataclass(frozen=True)
class XrfRow:
    line: int
    sample: str
    parent: str
    component: str
    material: str
    instrument: str
    measured_on: date | None
    reading_no: str
    readings: tuple[Reading, ...]


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)


def parse_xrf_csv(text: str, rules: XrfRules) -> tuple[list[XrfRow], list[RowProblem]]:
    if "\x00" in text:
        # A NUL byte is a binary or UTF-16 file read as UTF-8, never an analyser's text: refuse the whole file.
        raise XrfFileError("csv_malformed", line=text.count("\n", 0, text.index("\x00")) + 1, error="NUL byte")
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader, None)
        if header is None:
            raise XrfFileError("csv_columns_missing", expected=list(REQUIRED))
        columns = _columns(header, rules)
        rows: list[XrfRow] = []
        problems: list[RowProblem] = []
        seen: set[str] = set()
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue  # analysers end files with empty lines
            if len(cells) != len(header):
                problems.append(RowProblem(line, "csv_row_ragged", {"fields": len(cells), "expected": len(header)}))
                continue
            parsed = _row(line, cells, columns, rules)
            if isinstance(parsed, RowProblem):
                problems.append(parsed)
            elif parsed.sample in seen:
                problems.append(RowProblem(line, "xrf_sample_duplicate", {"sample": parsed.sample}))
            else:
                seen.add(parsed.sample)
                rows.append(parsed)
    except csv.Error as exc:
        raise XrfFileError("csv_malformed", line=reader.line_num, error=str(exc)) from exc
    return rows, problems


@dataclass(frozen=True)
class _Columns:
    named: Mapping[str, int]  # sample, parent... -> index
    values: Mapping[str, int]  # element -> index of its value
    errors: Mapping[str, int]  # element -> index of its uncertainty


def _columns(header: list[str], rules: XrfRules) -> _Columns:
    by_lower = {el.lower(): el for el in rules.elements}
    named: dict[str, int] = {}
    values: dict[str, int] = {}
    errors: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = raw.strip().lstrip("\ufeff").lower()
        match = _UNCERTAINTY.match(name)
        if name in REQUIRED + OPTIONAL:
            named.setdefault(name, index)
        elif name in by_lower:
            values.setdefault(by_lower[name], index)
        elif match and match["el"] in by_lower:
            errors.setdefault(by_lower[match["el"]], index)
    missing = [c for c in REQUIRED if c not in named]
    if missing or not values:
        raise XrfFileError("csv_columns_missing", expected=list(REQUIRED), missing=missing or ["<element>"])
    return _Columns(named, values, errors)


def _row(line: int, cells: list[str], cols: _Columns, rules: XrfRules) -> XrfRow | RowProblem:
    def cell(name: str) -> str:
        index = cols.named.get(name)
        return cells[index].strip() if index is not None else ""

    for name in REQUIRED:
        if not cell(name):
            return RowProblem(line, f"xrf_{name}_missing")
    material = cell("material").lower()
    if material not in rules.bands:
        return RowProblem(line, "xrf_material_unknown", {"material": cell("material")})
    measured_on = None
    if cell("date"):
        measured_on = _date(cell("date"))
        if measured_on is None:
            return RowProblem(line, "xrf_date_invalid", {"date": cell("date")})
    readings: list[Reading] = []
    for element, index in cols.values.items():
        raw = cells[index].strip()
        if not raw:
            continue
        error_index = cols.errors.get(element)
        uncertainty = _decimal(cells[error_index]) if error_index is not None else None
        if uncertainty is None:
            return RowProblem(line, "xrf_uncertainty_invalid", {"element": element})
        if raw.lower() in NOT_DETECTED:
            readings.append(Reading(element, None, uncertainty))
            continue
        value = _decimal(raw)
        if value is None:
            return RowProblem(line, "xrf_value_invalid", {"element": element, "value": raw})
        readings.append(Reading(element, value, uncertainty))
    if not readings:
        return RowProblem(line, "xrf_no_readings")
    return XrfRow(
        line,
        cell("sample"),
        cell("parent").upper(),
        cell("component"),
        material,
        cell("instrument"),
        measured_on,
        cell("reading"),
        tuple(readings),
    )


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and 0 <= value <= MAX_MG_KG else None


def _date(text: str) -> date | None:
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
