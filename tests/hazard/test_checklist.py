"""The handling checklist of a pack: item values, the fills they imply, and the certificate blockers."""

from __future__ import annotations

import copy

import pytest

from station.hazard import certificate_blockers
from station.hazard.checklist import CheckFill, read_item
from station.hazard.queries import PackOutput, container_state, pack_outputs
from station.operations.errors import OperationError
from station.operations.hazard_checklist import record_check
from station.operations.reference import install_ruleset
from station.rules.ruleset import RuleSet, builtin
from station.store.queries import StoreHistory
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.hazard.conftest import DAY, fill_, open_, seal_

RULES = builtin()


def findings(item: str, values: dict) -> set[tuple[str, str | None]]:
    return {(f.code, f.params.get("field")) for f in read_item(item, values, RULES).findings}


@pytest.mark.parametrize(
    ("item", "values", "fill"),
    [
        ("service_disconnect", {"removed": "yes", "wait_min": "15"}, None),
        ("service_disconnect", {"removed": True, "wait_min": 20}, None),
        ("coolant_drained", {"mass_kg": "0"}, None),
        ("coolant_drained", {"mass_kg": "8.2", "container": "abc"}, CheckFill("coolant", "ABC", 8200)),
        ("electrolyte_leakage", {"found": "no"}, None),
        (
            "electrolyte_leakage",
            {"found": "是", "method": "absorbent pads", "mass_kg": "0.4", "container": "c"},
            CheckFill("absorbents", "C", 400),
        ),
        ("bms_removed", {"count": "0"}, None),
        ("bms_removed", {"count": 3, "mass_kg": 1.25, "container": "c"}, CheckFill("bms_boards", "C", 1250)),
        ("lead_acid_removed", {"present": "n"}, None),
        ("lead_acid_removed", {"present": "y", "mass_kg": "11", "container": "c"}, CheckFill("lead_acid", "C", 11000)),
        ("ppe_extraction", {"ppe": "true", "extraction": "1"}, None),
    ],
)
def test_complete_items(item: str, values: dict, fill: CheckFill | None):
    checked = read_item(item, values, RULES)
    assert checked.findings == () and checked.fill == fill


@pytest.mark.parametrize(
    ("item", "values", "expected"),
    [
        ("service_disconnect", {"removed": "no", "wait_min": "15"}, {("service_disconnect_not_removed", None)}),
        ("service_disconnect", {"removed": "yes", "wait_min": "14.9"}, {("hv_wait_too_short", None)}),
        (
            "service_disconnect",
            {"removed": "maybe", "wait_min": "x"},
            {("check_value_invalid", "removed"), ("check_value_invalid", "wait_min")},
        ),
        ("service_disconnect", {}, {("check_value_missing", "removed"), ("check_value_missing", "wait_min")}),
        ("coolant_drained", {"mass_kg": "-1"}, {("check_value_invalid", "mass_kg")}),
        ("coolant_drained", {"mass_kg": "5"}, {("check_value_missing", "container")}),
        ("coolant_drained", {"mass_kg": "0", "container": "c"}, {("check_value_not_applicable", "container")}),
        (
            "electrolyte_leakage",
            {"found": "yes"},
            {
                ("check_value_missing", "method"),
                ("check_value_missing", "mass_kg"),
                ("check_value_missing", "container"),
            },
        ),
        ("electrolyte_leakage", {"found": "no", "method": "pads"}, {("check_value_not_applicable", "method")}),
        ("bms_removed", {"count": "-2"}, {("check_value_invalid", "count")}),
        ("bms_removed", {"count": "2", "mass_kg": "0", "container": "c"}, {("check_value_invalid", "mass_kg")}),
        ("ppe_extraction", {"ppe": "yes", "extraction": "no"}, {("ppe_not_confirmed", None)}),
        ("ppe_extraction", {"ppe": "yes", "extraction": "yes", "gloves": "yes"}, {("check_value_unknown", "gloves")}),
        ("teleport", {}, {("check_item_unknown", None)}),
    ],
)
def test_incomplete_or_wrong_items_name_their_fields(item: str, values: dict, expected: set):
    checked = read_item(item, values, RULES)
    assert findings(item, values) == expected and checked.fill is None


def test_hv_wait_follows_the_rule_set():
    content = copy.deepcopy(dict(RULES.content))
    content["thresholds"]["hv_isolation_wait_min"] = 5
    local = RuleSet.from_content(content | {"version": "x"})
    assert read_item("service_disconnect", {"removed": "yes", "wait_min": "5"}, local).findings == ()


def test_recording_an_item_with_a_quantity_records_its_fill_too(site: Store, pack: str):
    code = open_(site)
    events = record_check(site, ACTOR, pack, "bms_removed", {"count": "4", "mass_kg": "1.6", "container": code}, DAY)
    assert [e.type for e in events] == ["hazard.check_recorded", "hazard.filled"]
    assert events[1].payload["pack"] == pack and events[1].payload["item"] == "bms_removed"
    assert events[1].payload["source"] == "typed"
    assert container_state(site.db, code).filled_g == 1600
    row = site.db.execute_sql("SELECT item, vals FROM hazard_check WHERE pack_code = ?", (pack,)).fetchone()
    assert row[0] == "bms_removed" and '"count":4' in row[1]


def test_a_weighed_quantity_is_recorded_as_weighed(site: Store, pack: str):
    code = open_(site)
    values = {"count": "4", "mass_kg": "1.6", "container": code}
    events = record_check(site, ACTOR, pack, "bms_removed", values, DAY, mass_source="scale")
    assert events[1].payload["source"] == "scale"
    with pytest.raises(OperationError) as refused:
        record_check(site, ACTOR, pack, "coolant_drained", values, DAY, mass_source="guess")
    assert refused.value.reason == "fill_source_unknown"


def test_an_item_whose_fill_is_refused_is_not_recorded(site: Store, pack: str):
    code = open_(site)
    fill_(site, code, 1)
    seal_(site, code)
    before = site.event_count()
    with pytest.raises(OperationError) as refused:
        record_check(site, ACTOR, pack, "bms_removed", {"count": "4", "mass_kg": "1.6", "container": code}, DAY)
    assert refused.value.reason == "container_sealed" and site.event_count() == before
    with pytest.raises(OperationError) as refused:
        record_check(site, ACTOR, pack, "coolant_drained", {"mass_kg": "3", "container": open_(site)}, DAY)
    assert refused.value.reason == "waste_code_mismatch" and site.event_count() == before + 1  # the opening


@pytest.mark.parametrize(
    ("pack_code", "item", "values", "reason"),
    [
        (None, "teleport", {}, "check_item_unknown"),
        (None, "ppe_extraction", {"ppe": "no", "extraction": "yes"}, "check_item_invalid"),
        ("001PB240000003E560009999", "ppe_extraction", {"ppe": "yes", "extraction": "yes"}, "battery_unknown"),
    ],
)
def test_recording_refusals(site: Store, pack: str, pack_code, item: str, values: dict, reason: str):
    with pytest.raises(OperationError) as refused:
        record_check(site, ACTOR, pack_code or pack, item, values, DAY)
    assert refused.value.reason == reason


def test_an_item_is_recorded_once(site: Store, pack: str):
    record_check(site, ACTOR, pack, "ppe_extraction", {"ppe": "yes", "extraction": "yes"}, DAY)
    with pytest.raises(OperationError) as refused:
        record_check(site, ACTOR, pack, "ppe_extraction", {"ppe": "yes", "extraction": "yes"}, DAY)
    assert refused.value.reason == "check_item_already_recorded"


COMPLETE = {
    "service_disconnect": {"removed": "yes", "wait_min": "15"},
    "coolant_drained": {"mass_kg": "0"},
    "electrolyte_leakage": {"found": "no"},
    "bms_removed": {"count": "0"},
    "ppe_extraction": {"ppe": "yes", "extraction": "yes"},
}


def test_missing_mandatory_items_block_the_certificate(site: Store, pack: str):
    missing = {f.params["item"] for f in certificate_blockers(site, pack)}
    assert missing == set(COMPLETE)
    assert all(
        f.code == "hazard_check_missing" and f.severity.value == "error" for f in certificate_blockers(site, pack)
    )
    for item, values in COMPLETE.items():
        record_check(site, ACTOR, pack, item, values, DAY)
    assert certificate_blockers(site, pack) == []
    # a site that makes the lead-acid item mandatory blocks the certificate again
    content = copy.deepcopy(dict(site.ruleset().content))
    content["hazard"]["checklist"]["lead_acid_removed"]["mandatory"] = True
    install_ruleset(site, ACTOR, RuleSet.from_content(content | {"version": "builtin-1+local1"}), "local")
    assert [(f.code, f.params["item"]) for f in certificate_blockers(site, pack)] == [
        ("hazard_check_missing", "lead_acid_removed")
    ]


def test_an_unknown_pack_is_blocked(site: Store):
    code = make_code("P", serial=4040)
    assert [(f.code, f.params) for f in certificate_blockers(site, code)] == [("battery_unknown", {"pack": code})]


def test_checklist_items_are_on_the_packs_timeline(site: Store, pack: str):
    record_check(site, ACTOR, pack, "ppe_extraction", {"ppe": "yes", "extraction": "yes"}, DAY)
    assert "hazard.check_recorded" in [e.type for e in StoreHistory(site.db).timeline(pack)]


def test_a_packs_outputs_per_fraction_and_code(site: Store, pack: str):
    boards, solvents = open_(site), open_(site, "900-404-06")
    record_check(site, ACTOR, pack, "bms_removed", {"count": 2, "mass_kg": "1.2", "container": boards}, DAY)
    fill_(site, boards, "0.3", pack=pack)
    record_check(site, ACTOR, pack, "coolant_drained", {"mass_kg": "7", "container": solvents}, DAY)
    fill_(site, boards, "9", pack=None)  # another source: not this pack's
    assert pack_outputs(site.db, pack) == [
        PackOutput("bms_boards", "900-045-49", "HW49", 1500, 2),
        PackOutput("coolant", "900-404-06", "HW06", 7000, 1),
    ]
    assert pack_outputs(site.db, "NO-SUCH-PACK") == []
