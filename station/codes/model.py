"""The values that cross the package boundary: the tables the rules feed in and the results that come out.

All frozen: a scan result is evidence that gets recorded, so nothing downstream may edit it in place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from station.findings import Finding, has_errors


@dataclass(frozen=True)
class MakerInfo:
    code: str
    name_zh: str = ""
    name_en: str = ""


@dataclass(frozen=True)
class CodeTables:
    """Editable code tables, built by the rule set from data (a site or the central server changes them).

    ``chemistry`` maps a battery-type letter to a name key ("B" -> "LFP"); its keys are the letters accepted.
    ``makers`` maps a registered maker code to its names; an unregistered maker is a warning, not an error.
    """

    chemistry: Mapping[str, str]
    makers: Mapping[str, MakerInfo]


@dataclass(frozen=True)
class NormaliseOptions:
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    max_length: int = 4096


DEFAULT_OPTIONS = NormaliseOptions()


class Scheme(StrEnum):
    GBT34014 = "gbt34014"
    GBT34014_ECHELON = "gbt34014_echelon"
    GBT45565 = "gbt45565"
    EU_PASSPORT = "eu_passport"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CodeFields:
    maker: str
    product_type: str
    chemistry: str
    chemistry_name: str | None
    spec: str
    trace: str | None
    date_code: str
    production_date: date | None
    serial: str
    echelon: bool
    echelon_suffix: str | None
    maker_name_zh: str | None
    maker_name_en: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "maker": self.maker,
            "product_type": self.product_type,
            "chemistry": self.chemistry,
            "chemistry_name": self.chemistry_name,
            "spec": self.spec,
            "trace": self.trace,
            "date_code": self.date_code,
            "production_date": None if self.production_date is None else self.production_date.isoformat(),
            "serial": self.serial,
            "echelon": self.echelon,
            "echelon_suffix": self.echelon_suffix,
            "maker_name_zh": self.maker_name_zh,
            "maker_name_en": self.maker_name_en,
        }


@dataclass(frozen=True)
class CodeResult:
    """What one scan says.

    ``raw`` is the payload exactly as delivered (bytes decoded as UTF-8, undecodable bytes as U+FFFD), so the
    record keeps what the scanner sent even when the station read something else out of it.
    """

    raw: str
    code: str | None
    scheme: Scheme
    fields: CodeFields | None
    findings: tuple[Finding, ...]
    valid: bool
    extra: Mapping[str, str] = field(default_factory=dict)

    @staticmethod
    def build(
        raw: str,
        code: str | None,
        scheme: Scheme,
        fields: CodeFields | None,
        findings: list[Finding] | tuple[Finding, ...],
        extra: Mapping[str, str] | None = None,
    ) -> CodeResult:
        # valid is derived here, in one place, so no caller can disagree with the findings it reports.
        found = tuple(findings)
        return CodeResult(
            raw=raw,
            code=code,
            scheme=scheme,
            fields=fields,
            findings=found,
            valid=code is not None and not has_errors(found),
            extra=dict(extra or {}),
        )
