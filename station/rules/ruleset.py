"""The rule set: every tunable the rules read, as one versioned document.

It is data, not code: the station ships ``data/default-ruleset.json``, a site edits a copy, the central server
replaces it. The store keeps each installed version as an event, so every verdict can name the version it was
judged by and an auditor can see who changed what.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from station.canonical import canonical_json
from station.codes import CodeTables, MakerInfo
from station.rules.workdays import WorkCalendar

LIST_KINDS = ("blocked", "recall", "quarantine")
FORMAT = 1

# The hazardous-waste vocabulary the optional ``hazard`` section is written in (station.hazard reads it).
HAZARD_CHARACTERISTICS = ("T", "C", "I", "R", "In")
PHYSICAL_FORMS = ("solid", "semi_solid", "liquid", "gas")
CHECK_ITEMS = (
    "service_disconnect",
    "coolant_drained",
    "electrolyte_leakage",
    "bms_removed",
    "lead_acid_removed",
    "ppe_extraction",
)
# The optional ``inspection`` section (station.operations.inspection_check reads it): what is measured, and the
# result a defect found by eye suggests.
INSPECTION_MEASUREMENTS = ("total_voltage_v", "insulation_ohm", "temperature_c", "mass_kg")
DEFECT_RESULTS = ("pretreat", "quarantine")
WASTE_CODE = re.compile(r"[0-9]{3}-[0-9]{3}-[0-9]{2}")
IDENTIFIER = re.compile(r"[a-z0-9_]+")


class RuleSetError(ValueError):
    """The document is not a usable rule set; ``reason`` is a stable code, ``detail`` names the place."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ListEntry:
    code: str
    kind: str  # one of LIST_KINDS
    reason: str = ""
    reference: str = ""


@dataclass(frozen=True)
class InspectionChecklist:
    appearance: tuple[tuple[str, str], ...]  # (item, the result a "yes" suggests), in the order asked
    measurements: tuple[str, ...]  # of INSPECTION_MEASUREMENTS, in the order asked


@dataclass(frozen=True)
class RuleSet:
    content: Mapping[str, Any]
    sha256: str
    code_tables: CodeTables
    calendar: WorkCalendar
    lists: Mapping[str, ListEntry]

    @property
    def version(self) -> str:
        return str(self.content["version"])

    def threshold(self, name: str) -> float:
        return float(self.content["thresholds"][name])

    @property
    def high_risk_flags(self) -> frozenset[str]:
        return frozenset(self.content["high_risk_flags"])

    @property
    def at_risk_workdays(self) -> int:
        return int(self.content["deadlines"]["at_risk_workdays"])

    def deadline_days(self, role: str, event_type: str) -> int | None:
        days = self.content["deadlines"]["roles"].get(role, {}).get(event_type)
        return None if days is None else int(days)

    @property
    def inspection(self) -> InspectionChecklist:
        """The pre-dismantling checklist; a rule set installed before it existed gets the built-in one."""
        section = self.content.get("inspection") or _builtin_inspection()
        return InspectionChecklist(
            tuple((str(a["item"]), str(a["result"])) for a in section["appearance"]),
            tuple(str(m) for m in section["measurements"]),
        )

    def with_changes(self, version: str, **sections: Any) -> RuleSet:
        """A new rule set with whole sections replaced (the caller builds the section)."""
        content = {**self.content, **sections, "version": version}
        return RuleSet.from_content(content)

    @staticmethod
    def from_content(content: Mapping[str, Any]) -> RuleSet:
        _check(content)
        canonical = canonical_json(content)
        chemistry = {letter: str(v["name"]) for letter, v in content["chemistry"].items()}
        makers = {
            code: MakerInfo(code, str(v.get("name_zh", "")), str(v.get("name_en", "")))
            for code, v in content["makers"].items()
        }
        cal = content["calendar"]
        lists = {
            code: ListEntry(code, v["list"], str(v.get("reason", "")), str(v.get("reference", "")))
            for code, v in content["lists"].items()
        }
        return RuleSet(
            content=json.loads(canonical),
            sha256=hashlib.sha256(canonical.encode()).hexdigest(),
            code_tables=CodeTables(chemistry=chemistry, makers=makers),
            calendar=WorkCalendar.from_iso(
                cal.get("holidays", ()), cal.get("workdays", ()), cal.get("years", ())
            ),
            lists=lists,
        )

    @staticmethod
    def from_json(text: str) -> RuleSet:
        try:
            content = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RuleSetError("ruleset_not_json", str(exc)) from exc
        return RuleSet.from_content(content)


def builtin() -> RuleSet:
    text = resources.files("station.rules").joinpath("data/default-ruleset.json").read_text(encoding="utf-8")
    return RuleSet.from_json(text)


@functools.cache
def _builtin_inspection() -> Mapping[str, Any]:
    return builtin().content["inspection"]


_SECTIONS: dict[str, type] = {
    "format": int,
    "version": str,
    "chemistry": dict,
    "makers": dict,
    "thresholds": dict,
    "high_risk_flags": list,
    "deadlines": dict,
    "calendar": dict,
    "lists": dict,
}


def _check(content: Any) -> None:
    if not isinstance(content, Mapping):
        raise RuleSetError("ruleset_not_object")
    for name, kind in _SECTIONS.items():
        if not isinstance(content.get(name), kind):
            raise RuleSetError("ruleset_section_missing", name)
    if content["format"] != FORMAT:
        raise RuleSetError("ruleset_format_unsupported", str(content["format"]))
    for letter, value in content["chemistry"].items():
        if len(letter) != 1 or not letter.isascii() or not letter.isupper() or "name" not in value:
            raise RuleSetError("ruleset_bad_chemistry", letter)
    for code in content["makers"]:
        if len(code) != 3 or not code.isascii() or not code.isalnum() or code != code.upper():
            raise RuleSetError("ruleset_bad_maker", code)
    for code, value in content["lists"].items():
        if not isinstance(value, Mapping) or value.get("list") not in LIST_KINDS:
            raise RuleSetError("ruleset_bad_list_entry", code)
    deadlines = content["deadlines"]
    if not isinstance(deadlines.get("roles"), Mapping) or "at_risk_workdays" not in deadlines:
        raise RuleSetError("ruleset_bad_deadlines")
    for role, events in deadlines["roles"].items():
        for event_type, days in events.items():
            if not isinstance(days, int) or days <= 0:
                raise RuleSetError("ruleset_bad_deadlines", f"{role}.{event_type}")
    try:
        WorkCalendar.from_iso(*(content["calendar"].get(k, ()) for k in ("holidays", "workdays", "years")))
    except (TypeError, ValueError) as exc:
        raise RuleSetError("ruleset_bad_calendar", str(exc)) from exc
    # Optional: rule sets installed before the hazard section existed stay readable (station.hazard then uses
    # the built-in section).
    if "hazard" in content:
        _check_hazard(content["hazard"])
    if "inspection" in content:  # optional too: older rule sets get the built-in checklist
        _check_inspection(content["inspection"])


def _check_inspection(section: Any) -> None:
    def need(condition: bool, detail: str) -> None:
        if not condition:
            raise RuleSetError("ruleset_bad_inspection", detail)

    need(isinstance(section, Mapping), "inspection")
    appearance, measurements = section.get("appearance"), section.get("measurements")
    need(isinstance(appearance, list), "appearance")
    for index, entry in enumerate(appearance):
        need(isinstance(entry, Mapping), f"appearance[{index}]")
        item = entry.get("item")
        need(isinstance(item, str) and bool(IDENTIFIER.fullmatch(item)), f"appearance[{index}].item")
        need(entry.get("result") in DEFECT_RESULTS, f"appearance.{item}.result")
    items = [entry["item"] for entry in appearance]
    need(len(set(items)) == len(items), "appearance: an item listed twice")
    need(isinstance(measurements, list), "measurements")
    for name in measurements:
        need(name in INSPECTION_MEASUREMENTS, f"measurements.{name}")
    need(len(set(measurements)) == len(measurements), "measurements: a value listed twice")


def _need(condition: bool, detail: str) -> None:
    if not condition:
        raise RuleSetError("ruleset_bad_hazard", detail)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_hazard(section: Any) -> None:
    _need(isinstance(section, Mapping), "hazard")
    for name in ("catalogue", "fractions", "container_types", "storage", "manifest", "checklist", "rohs"):
        _need(isinstance(section.get(name), Mapping), name)
    types = section["container_types"]
    for name, value in types.items():
        _need(isinstance(value, Mapping), f"container_types.{name}")
        _need(_number(value.get("volume_l")) and value["volume_l"] > 0, f"container_types.{name}.volume_l")
        _need(_number(value.get("capacity_kg")) and value["capacity_kg"] > 0, f"container_types.{name}.capacity_kg")
    for code, value in section["catalogue"].items():
        where = f"catalogue.{code}"
        _need(isinstance(value, Mapping), where)
        _need(bool(WASTE_CODE.fullmatch(code)), where)
        _need(value.get("category") == f"HW{code[-2:]}", f"{where}.category")
        _need(bool(value.get("name_zh") or value.get("name_en")), f"{where}.name")
        hazards = value.get("hazards")
        _need(isinstance(hazards, list) and set(hazards) <= set(HAZARD_CHARACTERISTICS), f"{where}.hazards")
        _need(value.get("form") in PHYSICAL_FORMS, f"{where}.form")
        containers = value.get("containers")
        _need(isinstance(containers, list) and set(containers) <= set(types), f"{where}.containers")
    for name, value in section["fractions"].items():
        _need(isinstance(value, Mapping), f"fractions.{name}")
        _need(value.get("code") is None or value["code"] in section["catalogue"], f"fractions.{name}.code")
        _need(isinstance(value.get("group"), str) and bool(IDENTIFIER.fullmatch(value["group"])), f"fractions.{name}")
    pairs = section.get("incompatible")
    _need(isinstance(pairs, list), "incompatible")
    for pair in pairs:
        _need(isinstance(pair, list) and len(pair) == 2 and pair[0] != pair[1], f"incompatible {pair}")
    storage = section["storage"]
    limit, points = storage.get("limit_days"), storage.get("warn_days_before")
    _need(isinstance(limit, int) and limit > 0, "storage.limit_days")
    _need(isinstance(points, list) and all(isinstance(d, int) and 0 < d < limit for d in points), "storage.warn")
    tolerance = section.get("seal_weight_tolerance_pct")
    _need(_number(tolerance) and tolerance >= 0, "seal_weight_tolerance_pct")
    try:
        re.compile(section["manifest"].get("pattern", ""))
    except (TypeError, re.error) as exc:
        raise RuleSetError("ruleset_bad_hazard", f"manifest.pattern: {exc}") from exc
    for item, value in section["checklist"].items():
        _need(item in CHECK_ITEMS and isinstance(value, Mapping), f"checklist.{item}")
        _need(isinstance(value.get("mandatory"), bool), f"checklist.{item}.mandatory")
    _check_rohs(section["rohs"])


def _check_rohs(rohs: Mapping[str, Any]) -> None:
    """Each screening band must sit around the limits of what its element stands for: pass below, fail above."""
    limits, xrf = rohs.get("limits_mg_kg"), rohs.get("xrf")
    _need(isinstance(limits, Mapping) and all(_number(v) and v > 0 for v in limits.values()), "rohs.limits_mg_kg")
    _need(isinstance(xrf, Mapping) and _number(xrf.get("sigma_factor")) and xrf["sigma_factor"] >= 0, "rohs.xrf")
    screens = xrf.get("screens")
    _need(isinstance(screens, Mapping), "rohs.xrf.screens")
    for element, substances in screens.items():
        _need(isinstance(substances, list) and bool(substances), f"rohs.xrf.screens.{element}")
        _need(set(substances) <= set(limits), f"rohs.xrf.screens.{element}")
    _need(isinstance(xrf.get("bands"), Mapping), "rohs.xrf.bands")
    for material, bands in xrf["bands"].items():
        _need(isinstance(bands, Mapping), f"rohs.xrf.bands.{material}")
        for element, band in bands.items():
            where = f"rohs.xrf.bands.{material}.{element}"
            _need(element in screens and isinstance(band, Mapping), where)
            low, high = band.get("pass_max"), band.get("fail_min")
            _need(all(v is None or (_number(v) and v >= 0) for v in (low, high)), where)
            lowest = min(limits[s] for s in screens[element])
            highest = max(limits[s] for s in screens[element])
            _need(low is None or low <= lowest, f"{where}.pass_max")
            _need(high is None or high >= highest, f"{where}.fail_min")
            _need(low is None or high is None or low < high, where)
    lab_only = xrf.get("lab_only", {})
    _need(isinstance(lab_only, Mapping), "rohs.xrf.lab_only")
    for material, substances in lab_only.items():
        where = f"rohs.xrf.lab_only.{material}"
        _need(material in xrf["bands"] and isinstance(substances, list) and set(substances) <= set(limits), where)
