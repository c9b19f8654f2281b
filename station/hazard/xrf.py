"""China RoHS (GB/T 26572) screening by XRF: per-element verdicts from the rule set's screening bands.

XRF measures elements, not substances: total Cr stands for Cr(VI), total Br for PBB and PBDE. Each band gives a pass
ceiling and a fail floor per element and material class; the reading's uncertainty, times the configured sigma
factor, widens the grey zone between them (IEC 62321-3-1). Inconclusive or fail sends the sample to a laboratory.
Arithmetic is decimal so a reading exactly on a band edge gets the same verdict on every machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from station.rules.ruleset import RuleSet, builtin


class XrfVerdict(StrEnum):
    PASS = "pass"
    INCONCLUSIVE = "inconclusive"
    FAIL = "fail"

    @property
    def rank(self) -> int:
        return list(XrfVerdict).index(self)


NEEDS_LAB = frozenset({XrfVerdict.INCONCLUSIVE, XrfVerdict.FAIL})


@dataclass(frozen=True)
class Band:
    pass_max: Decimal | None  # None: only a reading below the detection limit passes
    fail_min: Decimal | None  # None: XRF alone never fails it


@dataclass(frozen=True)
class Reading:
    element: str
    mg_kg: Decimal | None  # None: below the detection limit
    uncertainty: Decimal  # one sigma as the instrument reports it; the detection limit when below it

    def as_dict(self) -> dict[str, Any]:
        return {
            "mg_kg": None if self.mg_kg is None else float(self.mg_kg),
            "uncertainty": float(self.uncertainty),
        }


@dataclass(frozen=True)
class Screening:
    verdict: XrfVerdict  # the worst element, inconclusive when a banded element was not measured
    elements: Mapping[str, XrfVerdict | None]  # None: no band for this element in this material
    not_measured: tuple[str, ...]
    lab_only: tuple[str, ...] = ()  # limited substances of this material that only a laboratory can measure


@dataclass(frozen=True)
class XrfRules:
    sigma_factor: Decimal
    limits: Mapping[str, Decimal]
    screens: Mapping[str, tuple[str, ...]]
    bands: Mapping[str, Mapping[str, Band]]
    lab_only: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def elements(self) -> tuple[str, ...]:
        return tuple(self.screens)

    @staticmethod
    def from_rules(rules: RuleSet) -> XrfRules:
        section = (rules.content.get("hazard") or builtin().content["hazard"])["rohs"]
        xrf = section["xrf"]
        return XrfRules(
            sigma_factor=_dec(xrf["sigma_factor"]),
            limits=MappingProxyType({k: _dec(v) for k, v in section["limits_mg_kg"].items()}),
            screens=MappingProxyType({k: tuple(v) for k, v in xrf["screens"].items()}),
            bands=MappingProxyType(
                {
                    material: MappingProxyType(
                        {el: Band(_opt(b.get("pass_max")), _opt(b.get("fail_min"))) for el, b in bands.items()}
                    )
                    for material, bands in xrf["bands"].items()
                }
            ),
            lab_only=MappingProxyType({k: tuple(v) for k, v in _lab_only(xrf).items()}),
        )


def element_verdict(band: Band, reading: Reading, sigma_factor: Decimal) -> XrfVerdict:
    if reading.mg_kg is None:
        # Not detected: a pass when the detection limit itself is under the pass ceiling.
        if band.pass_max is None or reading.uncertainty <= band.pass_max:
            return XrfVerdict.PASS
        return XrfVerdict.INCONCLUSIVE
    margin = sigma_factor * reading.uncertainty
    if band.pass_max is not None and reading.mg_kg <= band.pass_max - margin:
        return XrfVerdict.PASS
    if band.fail_min is not None and reading.mg_kg >= band.fail_min + margin:
        return XrfVerdict.FAIL
    return XrfVerdict.INCONCLUSIVE


def screen(rules: XrfRules, material: str, readings: Iterable[Reading]) -> Screening:
    """``material`` must be one of the rule set's classes (callers check it: ``KeyError`` otherwise)."""
    bands = rules.bands[material]
    verdicts: dict[str, XrfVerdict | None] = {}
    for reading in readings:
        band = bands.get(reading.element)
        verdicts[reading.element] = None if band is None else element_verdict(band, reading, rules.sigma_factor)
    missing = tuple(sorted(set(bands) - set(verdicts)))
    judged = [v for v in verdicts.values() if v is not None]
    lab_only = rules.lab_only.get(material, ())
    if missing or lab_only:
        judged.append(XrfVerdict.INCONCLUSIVE)
    worst = max(judged, key=lambda v: v.rank, default=XrfVerdict.INCONCLUSIVE)
    return Screening(worst, verdicts, missing, lab_only)


def _lab_only(xrf: Mapping[str, Any]) -> Mapping[str, list[str]]:
    """Rule sets from before ``lab_only`` existed (installed, or published by a server) get the built-in one:
    without it a polymer would pass with its phthalates never measured."""
    if "lab_only" in xrf:
        return xrf["lab_only"]
    return builtin().content["hazard"]["rohs"]["xrf"]["lab_only"]


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def _opt(value: Any) -> Decimal | None:
    return None if value is None else _dec(value)
