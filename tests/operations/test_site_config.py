"""The site's identity in the station configuration: address and licences beside name, credit code and role."""

from __future__ import annotations

import pytest

from station import operators as ops
from station.operations.errors import OperationError
from station.operations.reference import CONFIG_KEYS, LICENCE_KINDS, configure_station, site_findings
from station.store.rebuild import rebuild
from station.store.store import Store
from tests.conftest import ACTOR

SITE_USCC = "91350100M000100Y43"
LICENCES = [
    {"kind": "hazardous_waste", "number": "FJ-HW-3501-0042"},
    {"kind": "whitelist", "number": "工信部白名单 第三批"},
]


def test_address_and_licences_are_kept_and_survive_a_rebuild(store: Store):
    configure_station(
        store,
        ACTOR,
        role="dismantler",
        site_name=" 演示拆解站 ",
        site_address="  福州市 某某路 1 号 ",
        site_uscc=SITE_USCC.lower(),
        licences=[*LICENCES, {"kind": "other", "number": "  排污许可证   91350100 "}],
    )
    config = store.config()
    assert config["site_name"] == "演示拆解站"
    assert config["site_address"] == "福州市 某某路 1 号"
    assert config["site_uscc"] == SITE_USCC
    assert config["licences"][:2] == LICENCES
    assert config["licences"][2] == {"kind": "other", "number": "排污许可证 91350100"}
    rebuild(store.db)
    assert store.config() == config


def test_what_is_not_named_keeps_its_value(store: Store):
    configure_station(store, ACTOR, site_name="站", site_address="路 1 号", licences=LICENCES)
    configure_station(store, ACTOR, role="echelon")
    config = store.config()
    assert (config["site_address"], config["licences"], config["role"]) == ("路 1 号", LICENCES, "echelon")
    configure_station(store, ACTOR, licences=[])
    assert store.config()["licences"] == []


def test_an_old_configuration_without_the_new_keys_reads_as_empty(store: Store):
    configure_station(store, ACTOR, site_name="站")
    config = store.config()
    assert config["site_address"] == "" and config["licences"] == []
    assert {"site_address", "licences"} <= set(CONFIG_KEYS)


@pytest.mark.parametrize(
    ("licences", "code", "params"),
    [
        ("FJ-HW-3501-0042", "licences_invalid", {}),
        (["FJ-HW-3501-0042"], "licences_invalid", {"position": 1}),
        ([{"kind": "hazardous_waste"}], "licences_invalid", {"position": 1}),
        ([{"kind": "hazardous_waste", "number": "1", "extra": "x"}], "licences_invalid", {"position": 1}),
        ([LICENCES[0], {"kind": "fishing", "number": "7"}], "licence_kind_unknown", {"position": 2, "kind": "fishing"}),
        ([{"kind": "other", "number": "   "}], "licence_number_missing", {"position": 1}),
        ([{"kind": "other", "number": 42}], "licence_number_missing", {"position": 1}),
    ],
)
def test_malformed_licences_are_refused_and_nothing_is_recorded(store: Store, licences, code, params):
    before = store.event_count()
    with pytest.raises(OperationError) as exc:
        configure_station(store, ACTOR, licences=licences)
    assert (exc.value.reason, exc.value.params) == (code, params)
    assert store.event_count() == before


def test_licence_kinds_are_a_small_fixed_set():
    assert LICENCE_KINDS == ("hazardous_waste", "whitelist", "dismantling", "other")


def test_only_an_administrator_changes_the_configuration(store: Store):
    admin = ops.add_operator(store, ACTOR, "Wang Fang", "administrator", "2580")
    tech = ops.add_operator(store, admin.actor, "Li Lei", "technician", "7391")
    with pytest.raises(OperationError) as exc:
        configure_station(store, tech.actor, site_name="站")
    assert (exc.value.reason, exc.value.params) == (
        "not_permitted",
        {"action": "configure_station", "needs": "administrator"},
    )
    configure_station(store, admin.actor, site_name="站")
    assert store.config()["site_name"] == "站"


def test_site_findings_name_every_gap_before_anything_is_saved():
    found = site_findings(" ", "91350100m000100y44", [("hazardous_waste", "FJ-1"), ("fishing", " ")])
    assert [(f.code, f.params) for f in found] == [
        ("site_name_missing", {}),
        ("uscc_check_char_mismatch", {"expected": "3", "found": "4"}),
        ("licence_kind_unknown", {"position": 2, "kind": "fishing"}),
        ("licence_number_missing", {"position": 2}),
    ]
    assert [f.code for f in site_findings("站", "", [])] == ["site_uscc_required"]
    assert site_findings("站", SITE_USCC.lower(), [("other", "7")]) == []
