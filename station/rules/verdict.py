"""What the rule engine answers: an outcome and every reason behind it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from station.codes import CodeResult
from station.findings import Finding
from station.rules.deadlines import Duty


class Context(StrEnum):
    """Where the scan happened: the same code means different things at intake and at the dismantling bench."""

    INTAKE = "intake"
    CHILD = "child"  # a module or cell scanned into its parent during dismantling
    OUTBOUND = "outbound"
    LOOKUP = "lookup"


class Outcome(StrEnum):
    ACCEPT = "accept"
    ACCEPT_WARNINGS = "accept_warnings"
    QUARANTINE = "quarantine"
    REJECT = "reject"

    @property
    def rank(self) -> int:
        return list(Outcome).index(self)


INTAKE_FLAGS = frozenset(
    {"no_code", "accident_vehicle", "abnormal_voltage", "abnormal_temperature", "abnormal_soc", "leakage"}
)


@dataclass(frozen=True)
class Sighting:
    """Another station finished with the battery: ``status`` dismantled / treated / certified, at its clock's
    time."""

    station_id: str
    status: str
    at: str


@dataclass(frozen=True)
class RemoteView:
    """What the central server said about a code, or that it could not be asked in time (``reachable`` False)."""

    reachable: bool
    sightings: tuple[Sighting, ...] = ()


class RemoteHistory(Protocol):
    """The battery's history at the other stations (``station.sync.history`` asks the central server). A lookup
    never raises: an unreachable server is an answer too."""

    def lookup(self, code: str) -> RemoteView: ...


@dataclass(frozen=True)
class ScanRequest:
    payload: str | bytes
    context: Context = Context.INTAKE
    parent_code: str | None = None
    flags: frozenset[str] = frozenset()
    measurements: Mapping[str, float] = field(default_factory=dict)
    remote: RemoteView | None = None  # None: nobody asked the central server (none configured, or not needed)


@dataclass(frozen=True)
class BatteryRecord:
    code: str
    kind: str
    chemistry: str | None
    status: str
    parent_code: str | None
    received_at: str | None
    inspection_result: str | None = None  # the latest pre-dismantling inspection's result, None: not inspected


class History(Protocol):
    """What the rules need to know about batteries already recorded (the store answers)."""

    def battery(self, code: str) -> BatteryRecord | None: ...

    def ancestors(self, code: str) -> list[str]: ...

    def open_duties(self, subject: str) -> list[Duty]: ...


@dataclass(frozen=True)
class Hit:
    finding: Finding
    outcome: Outcome


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    context: Context
    read: CodeResult
    hits: tuple[Hit, ...]
    ruleset_version: str
    ruleset_sha256: str
    judged_on: date

    @property
    def code(self) -> str | None:
        return self.read.code

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(h.finding for h in self.hits)

    @property
    def quarantine_reasons(self) -> tuple[str, ...]:
        return tuple(h.finding.code for h in self.hits if h.outcome is Outcome.QUARANTINE)

    def as_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "context": self.context.value,
            "findings": [h.finding.as_dict() | {"outcome": h.outcome.value} for h in self.hits],
            "ruleset": {"version": self.ruleset_version, "sha256": self.ruleset_sha256},
            "judged_on": self.judged_on.isoformat(),
        }
