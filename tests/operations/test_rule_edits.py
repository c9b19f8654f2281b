"""Rule-set edits at the station are a supervisor's: thresholds, list entries and makers, each a new local
rule-set version recorded under its actor; a technician is refused by the core."""

from __future__ import annotations

import pytest

from station import operators as ops
from station.operations.errors import OperationError
from station.operations.reference import import_makers, set_list_entry, set_thresholds
from tests.conftest import make_code


@pytest.fixture
def people(store):
    admin = ops.add_operator(store, "cli:tester", "Admin", "administrator", "2580")
    supervisor = ops.add_operator(store, admin.actor, "Zhang Wei", "supervisor", "7391")
    technician = ops.add_operator(store, admin.actor, "Li Ming", "technician", "4826")
    return supervisor, technician


def test_a_supervisor_changes_thresholds_as_a_new_version(store, people):
    supervisor, _ = people
    before = store.ruleset().version
    event = set_thresholds(store, supervisor.actor, {"insulation_min_ohm_per_v": 500, "temperature_max_c": 40.5})
    rules = store.ruleset()
    assert rules.threshold("insulation_min_ohm_per_v") == 500.0 and rules.threshold("temperature_max_c") == 40.5
    assert rules.version == f"{before}+local1" and event.actor == supervisor.actor


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"no_such_limit": 1.0}, "threshold_unknown"),
        ({"temperature_max_c": "hot"}, "threshold_invalid"),
        ({"temperature_max_c": float("nan")}, "threshold_invalid"),
        ({"temperature_min_c": 50.0}, "threshold_range_inverted"),
        ({"touch_safe_voltage_v": 60.0}, "thresholds_unchanged"),
    ],
)
def test_bad_threshold_changes_are_refused_and_nothing_is_recorded(store, people, changes, reason):
    supervisor, _ = people
    version = store.ruleset().version
    with pytest.raises(OperationError) as refused:
        set_thresholds(store, supervisor.actor, changes)
    assert refused.value.reason == reason and store.ruleset().version == version


def test_a_technician_may_not_edit_the_rules(store, people, tmp_path):
    _, technician = people
    csv = tmp_path / "makers.csv"
    csv.write_text("maker_code,name_zh,name_en\n0AB,某电池,Some Battery\n", encoding="utf-8")
    for edit in (
        lambda: set_thresholds(store, technician.actor, {"touch_safe_voltage_v": 50.0}),
        lambda: set_list_entry(store, technician.actor, make_code("P"), "blocked", "stolen"),
        lambda: import_makers(store, technician.actor, csv),
    ):
        with pytest.raises(OperationError) as refused:
            edit()
        assert refused.value.reason == "not_permitted" and refused.value.params["needs"] == "supervisor"
