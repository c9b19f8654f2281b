"""The pre-dismantling inspection judged: the checklist of the rule set in force, the values measured, the defects
seen, and the pack's intake mass give findings and the result they suggest (pass, pretreat or quarantine).

``assess`` is pure and fast (the screen calls it on every key); ``inspect`` judges again in the core and records,
refusing a result milder than the one suggested unless a reason is given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from station import photos as kept_photos
from station import status
from station.findings import Finding, Severity, error, warning
from station.operations.bench_checks import read_code
from station.operations.errors import OperationError
from station.operations.inspection import INSPECTION_RESULTS, record_inspection
from station.rules.ruleset import RuleSet
from station.store.events import StoredEvent
from station.store.queries import StoreHistory
from station.store.store import Store

INSPECTABLE = (status.IN_STORE, status.QUARANTINED)


def severity(result: str) -> int:
    """pass < pretreat < quarantine."""
    return INSPECTION_RESULTS.index(result)


@dataclass(frozen=True)
class Check:
    finding: Finding
    result: str  # what the finding alone suggests

    def as_dict(self) -> dict[str, Any]:
        return self.finding.as_dict() | {"result": self.result}


@dataclass(frozen=True)
class Assessment:
    checks: tuple[Check, ...]
    result: str  # the strictest result any check suggests; "pass" with none

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(c.finding for c in self.checks)

    def by_result(self, result: str) -> tuple[Finding, ...]:
        return tuple(c.finding for c in self.checks if c.result == result)


def _round(value: float, places: int = 1) -> float:
    return round(float(value), places)


def assess(
    rules: RuleSet,
    measurements: Mapping[str, float | None],
    appearance: Mapping[str, bool],
    reference_mass_kg: float | None = None,
) -> Assessment:
    """``measurements``: values by name (``total_voltage_v``, ``insulation_ohm`` in Ω, ``temperature_c``,
    ``mass_kg``), None or absent when not measured; ``appearance``: item → defect seen; ``reference_mass_kg``: the
    mass recorded at intake (or the nameplate's), against which the measured mass is compared."""
    checklist = rules.inspection
    checks: list[Check] = []
    for item, result in checklist.appearance:
        if appearance.get(item):
            checks.append(Check(error("appearance_defect", defect=item, result=result), result))
    values = {name: measurements.get(name) for name in checklist.measurements}
    for name, value in values.items():
        if value is None:
            checks.append(Check(warning("not_measured", measurement=name), "pass"))

    temperature = values.get("temperature_c")
    if temperature is not None:
        low, high = rules.threshold("temperature_min_c"), rules.threshold("temperature_max_c")
        if not low <= temperature <= high:
            finding = error("inspection_temperature_abnormal", value=_round(temperature), low=low, high=high)
            checks.append(Check(finding, "quarantine"))

    voltage = values.get("total_voltage_v")
    touch_safe = rules.threshold("touch_safe_voltage_v")
    if voltage is not None and voltage > touch_safe:
        checks.append(Check(warning("high_voltage_procedure", value=_round(voltage), limit=touch_safe), "pass"))

    insulation = values.get("insulation_ohm")
    if insulation is not None:
        per_volt_min = rules.threshold("insulation_min_ohm_per_v")
        if voltage is None or voltage <= 0:
            checks.append(Check(warning("insulation_needs_voltage", minimum=per_volt_min), "pass"))
        else:
            per_volt = insulation / voltage
            if per_volt < per_volt_min:
                finding = error(
                    "insulation_too_low",
                    value=_round(per_volt),
                    minimum=per_volt_min,
                    required_mohm=_round(per_volt_min * voltage / 1e6, 3),
                )
                checks.append(Check(finding, "pretreat"))

    mass = values.get("mass_kg")
    if mass is not None and reference_mass_kg:
        limit = rules.threshold("mass_deviation_warn_pct")
        deviation = abs(mass - reference_mass_kg) / reference_mass_kg * 100
        if deviation > limit:
            finding = warning(
                "mass_deviation", mass=_round(mass, 2), reference=_round(reference_mass_kg, 2),
                deviation=_round(deviation), limit=limit,
            )  # fmt: skip
            checks.append(Check(finding, "pass"))

    result = max((c.result for c in checks), key=severity, default="pass")
    return Assessment(tuple(checks), result)


def intake_mass(store: Store, code: str) -> float | None:
    """The mass recorded when the battery was received (the latest intake), not a later inspection's."""
    row = store.db.execute_sql(
        "SELECT json_extract(e.payload, '$.mass_kg') FROM event e JOIN event_subject s ON s.seq = e.seq "
        "WHERE s.subject = ? AND e.type = 'battery.received' ORDER BY e.seq DESC LIMIT 1",
        (code,),
    ).fetchone()
    return None if row is None or row[0] is None else float(row[0])


def inspect(
    store: Store,
    actor: str,
    code: str,
    result: str,
    route: str | None,
    measurements: Mapping[str, float | None],
    appearance: Mapping[str, bool],
    photos: Sequence[str] = (),
    reason: str = "",
) -> StoredEvent:
    """Judge the inspection again with the rule set in force and record it: the values measured, the answers, the
    findings, the suggested and the chosen result, the photos. A result milder than the suggested one needs
    ``reason``; a battery not on record, or not in store or quarantine, is refused."""
    battery = StoreHistory(store.db).battery(code)
    if battery is None:
        raise OperationError("battery_unknown", code=code)
    if battery.status not in INSPECTABLE:
        raise OperationError("not_inspectable", code=code, status=battery.status)
    if result not in INSPECTION_RESULTS:
        raise OperationError("inspection_result_unknown", result=result)
    assessment = assess(store.ruleset(), measurements, appearance, intake_mass(store, code))
    if severity(result) < severity(assessment.result) and not reason.strip():
        raise OperationError("inspection_milder_needs_reason", result=result, suggested=assessment.result)
    for digest in photos:
        if store.path is not None and not kept_photos.path(store.path, digest).is_file():
            raise OperationError("photo_unknown", photo=digest)
    measured = {name: float(v) for name, v in measurements.items() if v is not None}
    items: dict[str, Any] = {
        "appearance": {item: bool(appearance.get(item)) for item, _ in store.ruleset().inspection.appearance},
        "findings": [c.as_dict() for c in assessment.checks if c.finding.severity is not Severity.INFO],
        "suggested": assessment.result,
        "photos": list(photos),
    }
    if reason.strip():
        items["reason"] = reason.strip()
    return record_inspection(store, actor, code, result, route, measured, items, mass_kg=measured.get("mass_kg"))


@dataclass(frozen=True)
class InspectionCard:
    """What the inspection bench shows of the scanned battery."""

    code: str
    kind: str
    status: str
    recycling_no: str | None
    intake_mass_kg: float | None


def card(store: Store, payload: str | bytes) -> InspectionCard:
    """The battery a scan (or a typed code or recycling number) names, if it may be inspected now."""
    text = (payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload).strip()
    row = store.db.execute_sql(
        "SELECT code, kind, status, recycling_no FROM battery WHERE code = ? OR recycling_no = ? LIMIT 1", (text, text)
    ).fetchone()
    if row is None:
        code = read_code(store, payload)
        row = store.db.execute_sql(
            "SELECT code, kind, status, recycling_no FROM battery WHERE code = ?", (code,)
        ).fetchone()
        if row is None:
            raise OperationError("battery_unknown", code=code)
    code, kind, state, recycling_no = row
    if state not in INSPECTABLE:
        raise OperationError("not_inspectable", code=code, status=state)
    return InspectionCard(code, kind, state, recycling_no, intake_mass(store, code))
