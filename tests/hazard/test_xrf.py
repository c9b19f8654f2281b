"""XRF screening bands at their edges, decimal-exact, for every kind of band the rule set has."""

from __future__ import annotations

from decimal import Decimal

import pytest

from station.hazard.xrf import Band, Reading, XrfRules, XrfVerdict, element_verdict, screen
from station.rules.ruleset import builtin

RULES = XrfRules.from_rules(builtin())
P, INC, F = XrfVerdict.PASS, XrfVerdict.INCONCLUSIVE, XrfVerdict.FAIL


def verdict(material: str, element: str, value: str | None, uncertainty: str) -> XrfVerdict:
    reading = Reading(element, None if value is None else Decimal(value), Decimal(uncertainty))
    return element_verdict(RULES.bands[material][element], reading, RULES.sigma_factor)


@pytest.mark.parametrize(
    ("value", "uncertainty", "expected"),
    [
        ("0", "0", P),
        ("700", "0", P),  # on the pass ceiling
        ("700.001", "0", INC),
        ("670", "10", P),  # 700 - 3 x 10
        ("670.01", "10", INC),
        ("699.7", "0.1", P),  # 700 - 0.3: decimal, not 699.69999...
        ("699.71", "0.1", INC),
        ("1299.999", "0", INC),
        ("1300", "0", F),  # on the fail floor
        ("1329.99", "10", INC),
        ("1330", "10", F),  # 1300 + 3 x 10
        ("2499.99", "400", INC),  # a wide uncertainty widens the grey zone: 1300 + 1200
        ("2500", "400", F),
    ],
)
def test_polymer_lead_band_edges(value: str, uncertainty: str, expected: XrfVerdict):
    assert verdict("polymer", "Pb", value, uncertainty) is expected


@pytest.mark.parametrize(
    ("value", "uncertainty", "expected"),
    [("70", "0", P), ("64", "2", P), ("64.01", "2", INC), ("129.99", "0", INC), ("130", "0", F), ("136", "2", F)],
)
def test_polymer_cadmium_band_edges(value: str, uncertainty: str, expected: XrfVerdict):
    assert verdict("polymer", "Cd", value, uncertainty) is expected


def test_total_bromine_and_chromium_never_fail_by_xrf():
    assert verdict("polymer", "Br", "300", "0") is P
    assert verdict("polymer", "Br", "300.01", "0") is INC
    assert verdict("polymer", "Br", "250000", "100") is INC
    assert verdict("metal", "Cr", "90000", "10") is INC


def test_cadmium_in_electronics_passes_only_when_not_detected():
    assert verdict("electronic", "Cd", None, "20") is P
    assert verdict("electronic", "Cd", "1", "0.5") is INC
    assert verdict("electronic", "Cd", "151.5", "0.5") is F  # 150 + 1.5
    assert verdict("electronic", "Cd", "151.49", "0.5") is INC


@pytest.mark.parametrize(("lod", "expected"), [("700", P), ("699", P), ("701", INC)])
def test_not_detected_passes_when_the_detection_limit_is_under_the_ceiling(lod: str, expected: XrfVerdict):
    assert verdict("polymer", "Pb", None, lod) is expected


def test_a_band_without_ceiling_or_floor_is_inconclusive_when_detected():
    assert element_verdict(Band(None, None), Reading("Pb", Decimal(1), Decimal(0)), Decimal(3)) is INC


def _readings(**values: str) -> list[Reading]:
    return [Reading(el, Decimal(v), Decimal(0)) for el, v in values.items()]


def test_the_sample_verdict_is_the_worst_element():
    result = screen(RULES, "metal", _readings(Pb="10", Cd="10", Hg="10", Cr="10"))
    assert result.verdict is P and result.not_measured == () and result.lab_only == ()
    result = screen(RULES, "polymer", _readings(Pb="1400", Cd="100", Hg="10", Br="10", Cr="10"))
    assert result.verdict is F and result.elements["Cd"] is INC and result.elements["Pb"] is F


def test_an_element_with_a_band_that_was_not_measured_makes_the_sample_inconclusive():
    result = screen(RULES, "polymer", _readings(Pb="10", Cd="10"))
    assert result.verdict is INC and result.not_measured == ("Br", "Cr", "Hg")


def test_an_element_without_a_band_for_the_material_is_kept_but_not_judged():
    result = screen(RULES, "metal", _readings(Pb="10", Cd="10", Hg="10", Cr="10", Br="99999"))
    assert result.verdict is P and result.elements["Br"] is None


def test_a_polymer_waits_for_the_laboratory_on_phthalates_however_clean_its_elements():
    # XRF sees elements; DBP, DIBP, BBP and DEHP are plasticiser molecules only a laboratory can measure.
    result = screen(RULES, "polymer", _readings(Pb="10", Cd="10", Hg="10", Br="10", Cr="10"))
    assert result.verdict is INC
    assert set(result.elements.values()) == {P}
    assert result.lab_only == ("DBP", "DIBP", "BBP", "DEHP")


def test_a_rule_set_from_before_lab_only_still_loads_and_waits_for_the_laboratory():
    import copy

    from station.rules.ruleset import RuleSet, builtin

    content = copy.deepcopy(builtin().content)
    del content["hazard"]["rohs"]["xrf"]["lab_only"]
    older = XrfRules.from_rules(RuleSet.from_content(content))  # installed stations keep starting
    result = screen(older, "polymer", _readings(Pb="10", Cd="10", Hg="10", Br="10", Cr="10"))
    assert result.verdict is INC and result.lab_only == ("DBP", "DIBP", "BBP", "DEHP")
