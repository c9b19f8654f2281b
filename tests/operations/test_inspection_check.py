"""The pre-dismantling inspection: the checklist from the rule set (older rule sets get the built-in one), the
assessment of what was measured and seen, and the record, refused when the result is milder than suggested and no
reason is given."""

from __future__ import annotations

import json

import pytest

from station.findings import Severity
from station.operations.errors import OperationError
from station.operations.inspection_check import assess, inspect, intake_mass
from station.operations.intake import IntakeForm, Source, receive
from station.rules.ruleset import RuleSet, RuleSetError, builtin
from station.store.queries import StoreHistory
from tests.conftest import ACTOR, make_code

SOURCE = Source("某某报废汽车回收有限公司", "91350100M000100Y43", "BF-2026-0001")
GOOD = {"total_voltage_v": 350.0, "insulation_ohm": 50e6, "temperature_c": 22.0, "mass_kg": 410.0}
CLEAN = {
    "casing_damage": False, "swelling": False, "leakage": False, "corrosion": False,
    "smoke": False, "burn_marks": False, "opened_before": False,
}  # fmt: skip


def codes(assessment) -> set[str]:
    return {f.code for f in assessment.findings}


def test_the_built_in_checklist_asks_every_defect_and_value():
    checklist = builtin().inspection
    assert [item for item, _ in checklist.appearance] == list(CLEAN)
    assert checklist.measurements == ("total_voltage_v", "insulation_ohm", "temperature_c", "mass_kg")
    assert dict(checklist.appearance)["smoke"] == "quarantine"


def test_a_rule_set_without_the_section_still_loads_with_the_built_in_checklist():
    content = {k: v for k, v in builtin().content.items() if k != "inspection"}
    older = RuleSet.from_content(content)
    assert older.inspection == builtin().inspection


@pytest.mark.parametrize(
    "section",
    [
        [],
        {"appearance": [{"item": "swelling", "result": "reject"}], "measurements": []},
        {"appearance": [{"item": "Bad Item", "result": "pretreat"}], "measurements": []},
        {"appearance": [], "measurements": ["soc_pct"]},
        {"appearance": [{"item": "a", "result": "pretreat"}, {"item": "a", "result": "pretreat"}], "measurements": []},
    ],
)
def test_a_malformed_checklist_is_refused(section):
    with pytest.raises(RuleSetError) as caught:
        RuleSet.from_content({**builtin().content, "inspection": section})
    assert caught.value.reason == "ruleset_bad_inspection"


def test_a_clean_pack_with_every_value_in_range_passes():
    assessment = assess(builtin(), {**GOOD, "total_voltage_v": 48.0, "insulation_ohm": 1e6}, CLEAN, 410.0)
    assert assessment.result == "pass" and assessment.findings == ()


def test_a_defect_seen_fails_the_safety_judgement_with_its_result():
    rules = builtin()
    casing = assess(rules, GOOD, {**CLEAN, "casing_damage": True}, 410.0)
    assert casing.result == "pretreat"
    (finding,) = [f for f in casing.findings if f.code == "appearance_defect"]
    assert finding.severity is Severity.ERROR and finding.params["defect"] == "casing_damage"
    assert assess(rules, GOOD, {**CLEAN, "casing_damage": True, "smoke": True}, 410.0).result == "quarantine"


@pytest.mark.parametrize("temperature", [-25.0, 45.1, 80.0])
def test_a_temperature_outside_the_thresholds_quarantines(temperature):
    assessment = assess(builtin(), {**GOOD, "temperature_c": temperature}, CLEAN, 410.0)
    assert assessment.result == "quarantine"
    assert assessment.by_result("quarantine")[0].code == "inspection_temperature_abnormal"


def test_the_temperature_limits_themselves_are_in_range():
    assert assess(builtin(), {**GOOD, "temperature_c": 45.0}, CLEAN, 410.0).result == "pass"
    assert assess(builtin(), {**GOOD, "temperature_c": -20.0}, CLEAN, 410.0).result == "pass"


def test_a_voltage_above_touch_safe_warns_of_the_high_voltage_procedure():
    assessment = assess(builtin(), GOOD, CLEAN, 410.0)
    (finding,) = assessment.findings
    assert finding.code == "high_voltage_procedure" and finding.severity is Severity.WARNING
    assert finding.params == {"value": 350.0, "limit": 60.0}
    assert assessment.result == "pass"
    assert "high_voltage_procedure" not in codes(assess(builtin(), {**GOOD, "total_voltage_v": 60.0}, CLEAN, 410.0))


def test_insulation_is_judged_per_volt_of_the_measured_voltage():
    rules = builtin()
    low = assess(rules, {**GOOD, "insulation_ohm": 30_000.0}, CLEAN, 410.0)  # 85.7 Ω/V at 350 V
    (finding,) = [f for f in low.findings if f.code == "insulation_too_low"]
    assert finding.severity is Severity.ERROR and finding.params["value"] == 85.7
    assert finding.params["required_mohm"] == 0.035 and low.result == "pretreat"
    assert "insulation_too_low" not in codes(assess(rules, {**GOOD, "insulation_ohm": 35_000.0}, CLEAN, 410.0))
    unjudged = assess(rules, {**GOOD, "total_voltage_v": None}, CLEAN, 410.0)
    assert {"insulation_needs_voltage", "not_measured"} <= codes(unjudged)


def test_a_mass_far_from_the_intake_mass_is_a_warning():
    rules = builtin()
    heavy = assess(rules, {**GOOD, "mass_kg": 440.0}, CLEAN, 410.0)
    (finding,) = [f for f in heavy.findings if f.code == "mass_deviation"]
    assert finding.severity is Severity.WARNING and finding.params["deviation"] == 7.3
    assert heavy.result == "pass"
    assert "mass_deviation" not in codes(assess(rules, {**GOOD, "mass_kg": 420.0}, CLEAN, 410.0))
    assert "mass_deviation" not in codes(assess(rules, {**GOOD, "mass_kg": 440.0}, CLEAN, None))


def test_values_left_unmeasured_are_named_and_values_not_asked_are_not():
    assessment = assess(builtin(), {}, {}, None)
    missing = {f.params["measurement"] for f in assessment.findings if f.code == "not_measured"}
    assert missing == {"total_voltage_v", "insulation_ohm", "temperature_c", "mass_kg"}
    rules = RuleSet.from_content(
        {**builtin().content, "inspection": {"appearance": [], "measurements": ["temperature_c"]}}
    )
    assert assess(rules, {"mass_kg": 1.0, "temperature_c": 99.0}, {"smoke": True}, 500.0).result == "quarantine"
    assert codes(assess(rules, {"temperature_c": 20.0}, {"smoke": True}, None)) == set()


def _received(store, serial: int, mass: float | None = 410.0, **kwargs) -> str:
    code = make_code("P", serial=serial)
    receive(store, ACTOR, IntakeForm(code, SOURCE, mass_kg=mass, **kwargs))
    return code


def _inspected(store) -> dict:
    (row,) = store.db.execute_sql("SELECT payload FROM event WHERE type = 'battery.inspected'").fetchall()
    return json.loads(row[0])


def test_inspect_records_the_values_answers_findings_and_photos(store):
    code = _received(store, 501)
    inspect(store, ACTOR, code, "pass", "echelon", {**GOOD, "mass_kg": 440.0}, CLEAN)
    payload = _inspected(store)
    assert payload["result"] == "pass" and payload["route"] == "echelon" and payload["mass_kg"] == 440.0
    assert payload["measurements"] == {**GOOD, "mass_kg": 440.0}
    assert payload["items"]["appearance"] == CLEAN and payload["items"]["suggested"] == "pass"
    assert {f["code"] for f in payload["items"]["findings"]} == {"high_voltage_procedure", "mass_deviation"}
    assert intake_mass(store, code) == 410.0  # the intake's, not the inspection's


def test_a_milder_result_than_suggested_needs_a_reason(store):
    code = _received(store, 502)
    hot = {**GOOD, "temperature_c": 70.0}
    with pytest.raises(OperationError) as caught:
        inspect(store, ACTOR, code, "pretreat", "recycling", hot, CLEAN)
    assert caught.value.reason == "inspection_milder_needs_reason"
    assert caught.value.params == {"result": "pretreat", "suggested": "quarantine"}
    inspect(store, ACTOR, code, "pretreat", "recycling", hot, CLEAN, reason="  probe on the heater, re-measured 25 °C ")
    assert _inspected(store)["items"]["reason"] == "probe on the heater, re-measured 25 °C"


def test_a_stricter_result_is_recorded_and_quarantine_moves_the_pack(store):
    code = _received(store, 503)
    inspect(store, ACTOR, code, "quarantine", None, GOOD, CLEAN)
    assert StoreHistory(store.db).battery(code).status == "quarantined"


def test_an_unknown_or_departed_battery_is_refused(store):
    with pytest.raises(OperationError) as caught:
        inspect(store, ACTOR, make_code("P", serial=599), "pass", None, GOOD, CLEAN)
    assert caught.value.reason == "battery_unknown"
    code = _received(store, 504)
    store.db.execute_sql("UPDATE battery SET status = 'handed_out' WHERE code = ?", (code,))
    with pytest.raises(OperationError) as caught:
        inspect(store, ACTOR, code, "pass", None, GOOD, CLEAN)
    assert caught.value.reason == "not_inspectable" and caught.value.params["status"] == "handed_out"


def test_a_photo_not_kept_at_the_station_is_refused(store):
    code = _received(store, 505)
    with pytest.raises(OperationError) as caught:
        inspect(store, ACTOR, code, "pass", None, GOOD, CLEAN, photos=["ab" * 32])
    assert caught.value.reason == "photo_unknown"
