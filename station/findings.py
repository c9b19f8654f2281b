"""Findings: what the core says about an input, as stable reason codes for the UI to word.

The core never builds sentences. A finding is a reason code (``snake_case``, stable across releases because
translations and exported records key on it), a severity and the parameters a translation needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity.value, "params": dict(self.params)}

    # dict params make the dataclass unhashable by default; findings are compared and collected in sets.
    def __hash__(self) -> int:
        return hash((self.code, self.severity, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))


def error(code: str, /, **params: Any) -> Finding:
    return Finding(code, Severity.ERROR, params)


def warning(code: str, /, **params: Any) -> Finding:
    return Finding(code, Severity.WARNING, params)


def info(code: str, /, **params: Any) -> Finding:
    return Finding(code, Severity.INFO, params)


def has_errors(findings: list[Finding] | tuple[Finding, ...]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
