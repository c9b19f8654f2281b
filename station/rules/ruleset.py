"""The rule set: every tunable the rules read, as one versioned document.

It is data, not code: the station ships ``data/default-ruleset.json``, a site edits a copy, the central server
replaces it. The store keeps each installed version as an event, so every verdict can name the version it was
judged by and an auditor can see who changed what.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from station.canonical import canonical_json
from station.codes import CodeTables, MakerInfo
from station.rules.workdays import WorkCalendar

LIST_KINDS = ("blocked", "recall", "quarantine")
FORMAT = 1


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
