"""Every container rule with its positive and negative case: opening, filling, sealing."""

from __future__ import annotations

from datetime import date

import pytest

from station.hazard.queries import OPEN, SEALED, container_state
from station.operations.errors import OperationError
from station.store.store import Store
from tests.conftest import make_code
from tests.hazard.conftest import DAY, fill_, open_, seal_, transfer_


def refused(call, *args, **kw) -> OperationError:
    with pytest.raises(OperationError) as caught:
        call(*args, **kw)
    return caught.value


# ---- opening ----------------------------------------------------------------------------------------------


def test_opening_takes_the_defaults_of_the_code_and_its_container_type(site: Store):
    code = open_(site)
    state = container_state(site.db, code)
    assert state is not None and state.status == OPEN and state.fills == 0 and state.stored_since is None
    assert (state.waste_code, state.category, state.container_type) == ("900-045-49", "HW49", "steel_drum_200l")
    assert state.capacity_g == 250_000 and state.location == "HW-STORE-1" and state.opened_on == DAY


def test_opening_with_a_chosen_type_and_smaller_capacity(site: Store):
    state = container_state(site.db, open_(site, container_type="plastic_drum_60l", capacity_kg=40))
    assert state.container_type == "plastic_drum_60l" and state.capacity_g == 40_000


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"waste": "900-999-49"}, "waste_code_unknown"),
        ({"container_type": "bucket"}, "container_type_unknown"),
        ({"capacity_kg": 0}, "capacity_invalid"),
        ({"capacity_kg": 250.001}, "capacity_invalid"),
        ({"capacity_kg": float("nan")}, "capacity_invalid"),
        ({"location": "  "}, "location_missing"),
    ],
)
def test_opening_refusals(site: Store, kw: dict, reason: str):
    assert refused(open_, site, **kw).reason == reason


# ---- filling ----------------------------------------------------------------------------------------------


def test_a_fill_is_recorded_with_its_pack_and_source(site: Store, pack: str):
    code = open_(site)
    event = fill_(site, f"  {code.lower()} ", "12.345", pack=pack, source="typed")
    assert event.payload["id_code"] == code and event.payload["mass_g"] == 12_345
    assert event.payload["pack"] == pack and event.payload["source"] == "typed"
    state = container_state(site.db, code)
    assert state.filled_g == 12_345 and state.fills == 1 and state.stored_since == DAY
    assert state.groups == frozenset({"electronic"})


@pytest.mark.parametrize("text", ["12345", "91350100M000100Y439000454920260302O01", "x" * 37])
def test_a_malformed_code_is_refused_with_its_findings(site: Store, text: str):
    err = refused(fill_, site, text, 1)
    assert err.reason == "container_code_invalid" and err.params["findings"]


def test_a_well_formed_code_never_opened_is_unknown(site: Store):
    code = open_(site)
    assert refused(fill_, site, code[:-3] + "002", 1).reason == "container_unknown"


def test_no_fill_into_a_sealed_container(site: Store):
    code = open_(site)
    fill_(site, code, 1)
    fill_(site, code, 1)  # open: fills go in
    seal_(site, code)
    assert refused(fill_, site, code, 1).reason == "container_sealed"


def test_no_fill_into_a_handed_out_container(site: Store):
    code = open_(site)
    fill_(site, code, 1)
    seal_(site, code)
    transfer_(site, [code], 1)
    err = refused(fill_, site, code, 1)
    assert err.reason == "container_handed_out" and err.params["manifest_no"] == "202603020001"


@pytest.mark.parametrize("kg", [0, -1, "-0.5", "0.0004", 0.0])
def test_no_zero_or_negative_quantity(site: Store, kg):
    assert refused(fill_, site, open_(site), kg).reason == "fill_mass_not_positive"


@pytest.mark.parametrize("kg", ["abc", "nan", "inf", "", True])
def test_a_quantity_must_be_a_number(site: Store, kg):
    assert refused(fill_, site, open_(site), kg).reason == "fill_mass_invalid"


def test_the_smallest_positive_quantity_is_a_gram(site: Store):
    assert fill_(site, open_(site), "0.0005").payload["mass_g"] == 1


def test_an_unknown_output_is_refused(site: Store):
    assert refused(fill_, site, open_(site), 1, fraction="gold").reason == "fraction_unknown"


def test_general_industrial_waste_does_not_go_into_a_hazardous_container(site: Store):
    assert refused(fill_, site, open_(site), 1, fraction="metals").reason == "fraction_not_hazardous"


def test_one_waste_code_per_container(site: Store):
    code = open_(site, "900-045-49")
    err = refused(fill_, site, code, 1, fraction="absorbents")
    assert err.reason == "waste_code_mismatch" and err.params == {
        "fraction_code": "900-041-49",
        "container_code": "900-045-49",
    }
    fill_(site, open_(site, "900-041-49"), 1, fraction="absorbents")


def test_incompatible_wastes_never_together(site: Store):
    # electrolyte (reacts with water) and coolant (water-glycol) share a code in the defaults, never a container
    solvents = open_(site, "900-404-06")
    fill_(site, solvents, 5, fraction="electrolyte")
    fill_(site, solvents, 5, fraction="electrolyte")  # the same group again is fine
    err = refused(fill_, site, solvents, 5, fraction="coolant")
    assert err.reason == "incompatible_waste" and err.params == {"group": "aqueous", "present": ["water_reactive"]}
    fill_(site, open_(site, "900-404-06"), 5, fraction="coolant")  # a container of its own


def test_no_fill_beyond_capacity(site: Store):
    code = open_(site, container_type="plastic_drum_60l", capacity_kg=10, waste="900-045-49")
    fill_(site, code, "9.999")
    fill_(site, code, "0.001")  # exactly full
    err = refused(fill_, site, code, "0.001")
    assert err.reason == "capacity_exceeded" and err.params == {"capacity_g": 10_000, "filled_g": 10_000, "mass_g": 1}


def test_the_source_pack_must_be_on_record(site: Store, pack: str):
    code = open_(site)
    assert refused(fill_, site, code, 1, pack=make_code("P", serial=999)).reason == "battery_unknown"
    fill_(site, code, 1, pack=pack)


def test_a_quantity_comes_from_the_scale_or_is_typed(site: Store):
    assert refused(fill_, site, open_(site), 1, source="guess").reason == "fill_source_unknown"


def test_no_fill_dated_before_the_opening(site: Store):
    code = open_(site, day=date(2026, 3, 5))
    assert refused(fill_, site, code, 1, day=date(2026, 3, 4)).reason == "date_before_opening"
    fill_(site, code, 1, day=date(2026, 3, 5))


def test_a_refused_fill_records_nothing(site: Store):
    code = open_(site)
    before = site.event_count()
    refused(fill_, site, code, 0)
    assert site.event_count() == before


# ---- sealing ----------------------------------------------------------------------------------------------


def test_sealing_records_the_fills_total_into_storage(site: Store):
    code = open_(site)
    fill_(site, code, "10.000")
    fill_(site, code, "2.500")
    event = seal_(site, code, weighed_kg="12.75")  # +2 %: at the tolerance, accepted
    assert event.payload["mass_g"] == 12_500 and event.payload["weighed_g"] == 12_750
    state = container_state(site.db, code)
    assert state.status == SEALED and state.stored_in_g == 12_500


def test_a_weighed_mass_beyond_the_tolerance_keeps_the_container_open(site: Store):
    code = open_(site)
    fill_(site, code, "10.000")
    err = refused(seal_, site, code, weighed_kg="10.201")
    assert err.reason == "seal_weight_mismatch" and err.params["tolerance_pct"] == 2.0
    assert refused(seal_, site, code, weighed_kg="9.799").reason == "seal_weight_mismatch"
    assert container_state(site.db, code).status == OPEN
    assert refused(seal_, site, code, weighed_kg="ten").reason == "seal_weight_invalid"
    seal_(site, code, weighed_kg="9.8")


def test_an_empty_container_is_not_sealed(site: Store):
    assert refused(seal_, site, open_(site)).reason == "container_empty"


def test_a_container_is_sealed_once(site: Store):
    code = open_(site)
    fill_(site, code, 1)
    seal_(site, code)
    assert refused(seal_, site, code).reason == "container_sealed"


def test_a_sites_own_incompatible_pair_from_its_rule_set(site: Store):
    import copy

    from station.operations.reference import install_ruleset
    from station.rules.ruleset import RuleSet, builtin

    content = copy.deepcopy(builtin().content)
    content["version"] = "site-1"
    hazard = content["hazard"]
    # This site's authority files boards that were flooded (salt water) under the boards' code, never with dry ones.
    hazard["fractions"]["flooded_boards"] = {"code": "900-045-49", "group": "wet_electronic", "confirmed": True}
    hazard["incompatible"] = [*hazard["incompatible"], ["electronic", "wet_electronic"]]
    install_ruleset(site, "site-manager", RuleSet.from_content(content), "site edit")
    boards = open_(site)
    fill_(site, boards, 2, fraction="bms_boards")
    err = refused(fill_, site, boards, 1, fraction="flooded_boards")
    assert err.reason == "incompatible_waste" and err.params == {"group": "wet_electronic", "present": ["electronic"]}
    fill_(site, open_(site), 1, fraction="flooded_boards")  # in a drum of their own
