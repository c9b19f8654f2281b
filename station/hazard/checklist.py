"""The hazardous-substance handling checklist of one pack: what each item records and when it is complete.

Which items are mandatory is site policy (the rule set's ``hazard.checklist``); what an item holds is defined here.
An item that removes a hazardous output (coolant, absorbent, BMS boards, a lead-acid battery) names the quantity and
the container it went into: recording it also records that fill, so the ledger and the checklist cannot disagree.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from station.findings import Finding, error
from station.hazard.mass import grams
from station.rules.ruleset import CHECK_ITEMS, RuleSet

TRUE_WORDS = frozenset({"true", "yes", "y", "1", "是"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "否"})


@dataclass(frozen=True)
class CheckFill:
    fraction: str
    container: str
    mass_g: int


@dataclass(frozen=True)
class CheckedItem:
    item: str
    values: Mapping[str, Any]  # normalised: what the event keeps
    fill: CheckFill | None
    findings: tuple[Finding, ...]


class _Values:
    """Reads an item's fields from operator input (typed text or native values), collecting findings."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw
        self.out: dict[str, Any] = {}
        self.findings: list[Finding] = []

    def _get(self, key: str) -> Any:
        value = self.raw.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            self.findings.append(error("check_value_missing", field=key))
            return None
        return value.strip() if isinstance(value, str) else value

    def _bad(self, key: str, value: Any) -> None:
        self.findings.append(error("check_value_invalid", field=key, value=str(value)))

    def flag(self, key: str) -> bool | None:
        value = self._get(key)
        if isinstance(value, bool):
            self.out[key] = value
        elif isinstance(value, str) and value.lower() in TRUE_WORDS | FALSE_WORDS:
            self.out[key] = value.lower() in TRUE_WORDS
        elif value is not None:
            self._bad(key, value)
        return self.out.get(key)

    def number(self, key: str, positive: bool = False) -> float | None:
        value = self._get(key)
        if value is None:
            return None
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        if isinstance(value, bool) or not math.isfinite(number) or number < 0 or (positive and number == 0):
            self._bad(key, value)
            return None
        self.out[key] = number
        return number

    def count(self, key: str) -> int | None:
        value = self._get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            self.out[key] = value
        elif isinstance(value, str) and value.isascii() and value.isdigit():
            self.out[key] = int(value)
        elif value is not None:
            self._bad(key, value)
        return self.out.get(key)

    def text(self, key: str) -> str | None:
        value = self._get(key)
        if value is not None:
            self.out[key] = str(value)
        return self.out.get(key)

    def fill(self, fraction: str) -> CheckFill | None:
        """The quantity (``mass_kg``, more than zero) and the ``container`` it went into."""
        mass = self.number("mass_kg", positive=True)
        container = self.text("container")
        if mass is None or container is None:
            return None
        self.out["container"] = container.upper()
        return CheckFill(fraction, container.upper(), grams(mass))


def _service_disconnect(v: _Values, rules: RuleSet) -> CheckFill | None:
    removed, wait = v.flag("removed"), v.number("wait_min")
    required = rules.threshold("hv_isolation_wait_min")
    if removed is False:
        v.findings.append(error("service_disconnect_not_removed"))
    if wait is not None and wait < required:
        v.findings.append(error("hv_wait_too_short", wait_min=wait, required_min=required))
    return None


def _coolant(v: _Values, _rules: RuleSet) -> CheckFill | None:
    # Zero kilograms: an air-cooled pack, or nothing came out; no container then.
    drained = v.number("mass_kg")
    if drained:
        container = v.text("container")
        return CheckFill("coolant", container.upper(), grams(drained)) if container else None
    return None


def _leakage(v: _Values, _rules: RuleSet) -> CheckFill | None:
    if v.flag("found"):
        v.text("method")
        return v.fill("absorbents")
    return None


def _bms(v: _Values, _rules: RuleSet) -> CheckFill | None:
    return v.fill("bms_boards") if v.count("count") else None


def _lead_acid(v: _Values, _rules: RuleSet) -> CheckFill | None:
    return v.fill("lead_acid") if v.flag("present") else None


def _ppe(v: _Values, _rules: RuleSet) -> CheckFill | None:
    missing = [key for key in ("ppe", "extraction") if v.flag(key) is False]
    if missing:
        v.findings.append(error("ppe_not_confirmed", missing=missing))
    return None


ItemReader = Callable[[_Values, RuleSet], CheckFill | None]

# Every field an item may carry; which are needed depends on the answers (a leak found needs its method).
ITEMS: Mapping[str, tuple[ItemReader, frozenset[str]]] = {
    "service_disconnect": (_service_disconnect, frozenset({"removed", "wait_min"})),
    "coolant_drained": (_coolant, frozenset({"mass_kg", "container"})),
    "electrolyte_leakage": (_leakage, frozenset({"found", "method", "mass_kg", "container"})),
    "bms_removed": (_bms, frozenset({"count", "mass_kg", "container"})),
    "lead_acid_removed": (_lead_acid, frozenset({"present", "mass_kg", "container"})),
    "ppe_extraction": (_ppe, frozenset({"ppe", "extraction"})),
}
assert set(ITEMS) == set(CHECK_ITEMS), "the rule set's vocabulary and the item definitions must agree"


def read_item(item: str, raw: Mapping[str, Any], rules: RuleSet) -> CheckedItem:
    """Normalise and judge one item's values; findings name every missing, invalid or out-of-place field."""
    if item not in ITEMS:
        return CheckedItem(item, {}, None, (error("check_item_unknown", item=item),))
    reader, known = ITEMS[item]
    values = _Values(raw)
    fill = reader(values, rules)
    findings = values.findings
    for key in sorted(set(raw) - known):
        findings.append(error("check_value_unknown", field=key))
    for key in sorted((set(raw) & known) - set(values.out)):
        if not any(f.params.get("field") == key for f in findings):
            findings.append(error("check_value_not_applicable", field=key))
    return CheckedItem(item, dict(values.out), fill if not findings else None, tuple(findings))
