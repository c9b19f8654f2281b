"""The hazardous-waste catalogue and the site's policies, read from the rule set's ``hazard`` section.

Codes follow the National Hazardous Waste List (``900-045-49``: industry, sequence, category HW49). Which dismantling
output goes under which code is site policy (some codes are decided with the local authority), so the fraction
mapping lives in the rule set too. Rule sets installed before the section existed get the built-in one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from station.rules.ruleset import RuleSet, builtin

GENERAL = "general"  # a fraction that is general industrial solid waste, not hazardous


@dataclass(frozen=True)
class WasteCode:
    code: str  # 900-045-49
    category: str  # HW49
    name_zh: str
    name_en: str
    hazards: tuple[str, ...]  # T, C, I, R, In
    form: str
    containers: tuple[str, ...]  # default container types, most usual first
    confirmed: bool

    @property
    def digits(self) -> str:
        """The 8 digits an HJ 1276 identification code carries."""
        return self.code.replace("-", "")


@dataclass(frozen=True)
class Fraction:
    name: str
    code: str | None  # None: general industrial solid waste
    group: str  # incompatibility group
    confirmed: bool

    @property
    def hazardous(self) -> bool:
        return self.code is not None


@dataclass(frozen=True)
class ContainerType:
    name: str
    volume_l: float
    capacity_kg: float

    @property
    def label_size_mm(self) -> int:
        """HJ 1276 label edge: up to 50 L 100 mm, up to 450 L 150 mm, larger 200 mm."""
        if self.volume_l <= 50:
            return 100
        return 150 if self.volume_l < 450 else 200


@dataclass(frozen=True)
class Catalogue:
    version: str
    codes: Mapping[str, WasteCode]
    fractions: Mapping[str, Fraction]
    container_types: Mapping[str, ContainerType]
    incompatible: frozenset[frozenset[str]]
    storage_limit_days: int
    warn_days_before: tuple[int, ...]  # descending
    seal_tolerance_pct: float
    manifest_pattern: re.Pattern[str]
    mandatory_checks: tuple[str, ...]
    checks: tuple[str, ...]

    def clashes(self, group: str, present: set[str]) -> list[str]:
        """The groups already in a container that ``group`` must never meet."""
        return sorted(g for g in present if frozenset((group, g)) in self.incompatible)

    @staticmethod
    def from_rules(rules: RuleSet) -> Catalogue:
        found = _CACHE.get(rules.sha256)
        if found is None:
            section = rules.content.get("hazard") or builtin().content["hazard"]
            found = _CACHE[rules.sha256] = _build(rules.version, section)
        return found


_CACHE: dict[str, Catalogue] = {}


def _build(version: str, section: Mapping[str, Any]) -> Catalogue:
    codes = {
        code: WasteCode(
            code,
            v["category"],
            v.get("name_zh", ""),
            v.get("name_en", ""),
            tuple(v["hazards"]),
            v["form"],
            tuple(v["containers"]),
            bool(v.get("confirmed", False)),
        )
        for code, v in section["catalogue"].items()
    }
    fractions = {
        name: Fraction(name, v.get("code"), v["group"], bool(v.get("confirmed", False)))
        for name, v in section["fractions"].items()
    }
    types = {
        name: ContainerType(name, float(v["volume_l"]), float(v["capacity_kg"]))
        for name, v in section["container_types"].items()
    }
    checklist = section["checklist"]
    return Catalogue(
        version=version,
        codes=MappingProxyType(codes),
        fractions=MappingProxyType(fractions),
        container_types=MappingProxyType(types),
        incompatible=frozenset(frozenset(pair) for pair in section.get("incompatible", ())),
        storage_limit_days=int(section["storage"]["limit_days"]),
        warn_days_before=tuple(sorted(section["storage"]["warn_days_before"], reverse=True)),
        seal_tolerance_pct=float(section["seal_weight_tolerance_pct"]),
        manifest_pattern=re.compile(section["manifest"]["pattern"]),
        mandatory_checks=tuple(item for item, v in checklist.items() if v["mandatory"]),
        checks=tuple(checklist),
    )
