"""The rule set's hazard section: what the built-in one holds, what validation refuses, how the catalogue reads it."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from station.hazard.catalogue import Catalogue, ContainerType
from station.rules.ruleset import CHECK_ITEMS, RuleSet, RuleSetError, builtin


def _content() -> dict[str, Any]:
    return copy.deepcopy(dict(builtin().content))


def test_builtin_catalogue_holds_the_battery_relevant_codes():
    cat = Catalogue.from_rules(builtin())
    assert {"900-052-31", "900-045-49", "900-041-49", "900-214-08", "900-044-49"} <= set(cat.codes)
    bms = cat.codes["900-045-49"]
    assert bms.category == "HW49" and bms.digits == "90004549" and bms.confirmed
    assert set(cat.codes["900-052-31"].hazards) == {"T", "C"}
    # the two mappings the domain notes leave to the local authority are marked so in data
    assert not cat.fractions["electrolyte"].confirmed and not cat.fractions["coolant"].confirmed
    assert cat.fractions["bms_boards"].code == "900-045-49" and cat.fractions["bms_boards"].hazardous
    assert {name for name, f in cat.fractions.items() if not f.hazardous} == {"cells_modules", "metals", "plastics"}
    assert cat.clashes("aqueous", {"water_reactive", "electronic"}) == ["water_reactive"]
    assert cat.clashes("water_reactive", {"water_reactive"}) == []
    assert set(cat.checks) == set(CHECK_ITEMS)
    assert "lead_acid_removed" not in cat.mandatory_checks and "service_disconnect" in cat.mandatory_checks
    assert cat.storage_limit_days == 365 and cat.warn_days_before == (60, 30, 7)


@pytest.mark.parametrize(("volume", "edge"), [(50, 100), (50.5, 150), (449, 150), (450, 200), (1000, 200)])
def test_label_size_follows_the_container_volume(volume: float, edge: int):
    assert ContainerType("x", volume, 10).label_size_mm == edge


def test_a_rule_set_without_the_section_gets_the_builtin_one():
    content = _content()
    del content["hazard"]
    older = RuleSet.from_content(content | {"version": "old-1"})
    assert Catalogue.from_rules(older).codes == Catalogue.from_rules(builtin()).codes


def test_a_site_can_remap_a_fraction_in_a_new_version():
    content = _content()
    content["hazard"]["fractions"]["coolant"] = {"code": "900-214-08", "group": "aqueous", "confirmed": True}
    local = RuleSet.from_content(content | {"version": "builtin-1+local1"})
    assert Catalogue.from_rules(local).fractions["coolant"].code == "900-214-08"
    assert local.sha256 != builtin().sha256


def _set(path: str, value: Any) -> dict[str, Any]:
    content = _content()
    node = content["hazard"]
    *parents, last = path.split("/")
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is _DELETE:
        del node[last]
    else:
        node[last] = value
    return content


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("catalogue", _DELETE),
        ("catalogue/900-45-49", {"category": "HW49"}),
        ("catalogue/900-045-49/category", "HW48"),
        ("catalogue/900-045-49/hazards", ["T", "X"]),
        ("catalogue/900-045-49/form", "powder"),
        ("catalogue/900-045-49/containers", ["no_such_type"]),
        ("catalogue/900-045-49", {"category": "HW49", "hazards": ["T"], "form": "solid", "containers": []}),
        ("fractions/bms_boards/code", "900-999-49"),
        ("fractions/bms_boards/group", "Has Space"),
        ("incompatible", [["acid", "acid"]]),
        ("incompatible", [["acid"]]),
        ("container_types/steel_drum_200l/capacity_kg", 0),
        ("container_types/steel_drum_200l", 5),
        ("storage/limit_days", 0),
        ("storage/warn_days_before", [400]),
        ("seal_weight_tolerance_pct", -1),
        ("manifest/pattern", "(["),
        ("checklist/unknown_item", {"mandatory": True}),
        ("checklist/ppe_extraction", {"mandatory": "yes"}),
        ("rohs/limits_mg_kg/Pb", -5),
        ("rohs/xrf/sigma_factor", -1),
        ("rohs/xrf/screens/Br", ["PBX"]),
        ("rohs/xrf/bands/polymer/Zn", {"pass_max": 1, "fail_min": 2}),
        ("rohs/xrf/bands/polymer/Pb", {"pass_max": 1100, "fail_min": 1300}),
        ("rohs/xrf/bands/polymer/Pb", {"pass_max": 700, "fail_min": 900}),
        ("rohs/xrf/bands/polymer/Cd", {"pass_max": 90, "fail_min": 90}),
        ("rohs/xrf/bands/metal", []),
    ],
)
def test_a_broken_hazard_section_is_refused(path: str, value: Any):
    with pytest.raises(RuleSetError) as caught:
        RuleSet.from_content(_set(path, value))
    assert caught.value.reason == "ruleset_bad_hazard"


def test_the_section_survives_a_json_round_trip_unchanged():
    assert RuleSet.from_json(json.dumps(_content())).sha256 == builtin().sha256
