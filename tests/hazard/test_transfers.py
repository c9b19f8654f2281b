"""Every transfer rule with its positive and negative case: manifest, receiver, carrier, containers, quantity."""

from __future__ import annotations

from datetime import date

import pytest

from station.hazard.queries import HANDED_OUT, container_state
from station.operations.errors import OperationError
from station.operations.hazard_transfers import Carrier, normalise_plate
from station.operations.outbound import Receiver
from station.store.store import Store
from tests.hazard.conftest import CARRIER, RECEIVER, fill_, open_, seal_, transfer_


def sealed(site: Store, kg: str = "10.5", waste: str = "900-045-49", fraction: str = "bms_boards") -> str:
    code = open_(site, waste)
    fill_(site, code, kg, fraction=fraction)
    seal_(site, code)
    return code


def refused(*args, **kw) -> OperationError:
    with pytest.raises(OperationError) as caught:
        transfer_(*args, **kw)
    return caught.value


def test_a_transfer_hands_out_its_containers_under_the_manifest(site: Store):
    a, b = sealed(site, "10.5"), sealed(site, "4.25")
    event = transfer_(site, [a, b], "14.750", manifest=" 202603020001 ")
    p = event.payload
    assert p["manifest_no"] == "202603020001" and p["quantity_g"] == 14_750 and p["waste_code"] == "900-045-49"
    assert p["receiver"] == {"name": RECEIVER.name, "uscc": RECEIVER.uscc, "licence": RECEIVER.licence}
    assert p["carrier"] == {"name": CARRIER.name, "plate": "闽AD1234", "driver": CARRIER.driver}
    assert [(c["id_code"], c["mass_g"]) for c in p["containers"]] == [(a, 10_500), (b, 4_250)]
    for code in (a, b):
        state = container_state(site.db, code)
        assert state.status == HANDED_OUT and state.manifest_no == "202603020001"


@pytest.mark.parametrize("manifest", ["", "12345", "2026-0302-0001", "A02603020001", "1" * 21])
def test_the_manifest_number_is_format_checked(site: Store, manifest: str):
    assert refused(site, [sealed(site)], "10.5", manifest=manifest).reason == "manifest_no_invalid"


def test_a_manifest_number_is_used_once(site: Store):
    transfer_(site, [sealed(site)], "10.5", manifest="202603020001")
    err = refused(site, [sealed(site)], "10.5", manifest="202603020001")
    assert err.reason == "manifest_duplicate"
    transfer_(site, [sealed(site)], "10.5", manifest="202603020002")


@pytest.mark.parametrize(
    ("receiver", "reason"),
    [
        (Receiver("", RECEIVER.uscc, RECEIVER.licence), "receiver_name_missing"),
        (Receiver(RECEIVER.name, "91350100M000100Y44", RECEIVER.licence), "receiver_uscc_invalid"),
        (Receiver(RECEIVER.name, "", RECEIVER.licence), "receiver_uscc_invalid"),
        (Receiver(RECEIVER.name, RECEIVER.uscc, " "), "receiver_licence_missing"),
    ],
)
def test_the_receiver_is_named_with_a_valid_credit_code_and_licence(site: Store, receiver: Receiver, reason: str):
    assert refused(site, [sealed(site)], "10.5", receiver=receiver).reason == reason


def test_a_lower_case_receiver_credit_code_is_accepted(site: Store):
    receiver = Receiver(RECEIVER.name, RECEIVER.uscc.lower(), RECEIVER.licence)
    assert transfer_(site, [sealed(site)], "10.5", receiver=receiver).payload["receiver"]["uscc"] == RECEIVER.uscc


@pytest.mark.parametrize(
    ("carrier", "reason"),
    [
        (Carrier("", "闽A12345", "张"), "carrier_missing"),
        (Carrier("运输", "", "张"), "plate_invalid"),
        (Carrier("运输", "AB12345", "张"), "plate_invalid"),
        (Carrier("运输", "闽12345", "张"), "plate_invalid"),
        (Carrier("运输", "闽A1234", "张"), "plate_invalid"),
        (Carrier("运输", "闽AO2345", "张"), "plate_invalid"),  # no letter O on plates
        (Carrier("运输", "闽A123挂", "张"), "plate_invalid"),  # a trailer has four characters before 挂
        (Carrier("运输", "闽A12345挂", "张"), "plate_invalid"),
        (Carrier("运输", "闽A12345", " "), "driver_missing"),
    ],
)
def test_carrier_plate_and_driver(site: Store, carrier: Carrier, reason: str):
    assert refused(site, [sealed(site)], "10.5", carrier=carrier).reason == reason


@pytest.mark.parametrize(
    ("plate", "normal"),
    [("闽A 12345", "闽A12345"), ("粤b·d12345", "粤BD12345"), ("沪A-1234F", "沪A1234F"), ("闽A·1234挂", "闽A1234挂")],
)
def test_plates_are_normalised(site: Store, plate: str, normal: str):
    assert normalise_plate(plate) == normal
    event = transfer_(site, [sealed(site)], "10.5", carrier=Carrier("运输", plate, "张"))
    assert event.payload["carrier"]["plate"] == normal


def test_containers_are_listed_once_and_at_least_one(site: Store):
    code = sealed(site)
    assert refused(site, [], "0").reason == "containers_empty_or_repeated"
    assert refused(site, [code, code.lower()], "21").reason == "containers_empty_or_repeated"


def test_only_sealed_containers_leave(site: Store):
    open_one = open_(site)
    fill_(site, open_one, "3")
    err = refused(site, [sealed(site), open_one], "13.5")
    assert err.reason == "container_not_sealed" and err.params == {"container": open_one}


def test_a_container_leaves_once(site: Store):
    code = sealed(site)
    transfer_(site, [code], "10.5", manifest="202603020001")
    assert refused(site, [code], "10.5", manifest="202603020002").reason == "container_handed_out"


def test_an_unknown_container_does_not_leave(site: Store):
    code = sealed(site)
    assert refused(site, [code[:-3] + "099"], "1").reason == "container_unknown"


def test_one_manifest_per_waste(site: Store):
    boards = sealed(site)
    rags = sealed(site, "2", "900-041-49", "absorbents")
    err = refused(site, [boards, rags], "12.5")
    assert err.reason == "manifest_mixed_codes" and err.params["waste_codes"] == ["900-041-49", "900-045-49"]


@pytest.mark.parametrize("quantity", ["10.499", "10.501", "0", "10"])
def test_the_quantity_handed_out_equals_the_manifests(site: Store, quantity: str):
    err = refused(site, [sealed(site, "10.5")], quantity)
    assert err.reason == "manifest_quantity_mismatch" and err.params["containers_g"] == 10_500


@pytest.mark.parametrize("quantity", ["10.5", "10.500", 10.5, "10.5000"])
def test_the_manifest_quantity_matches_to_the_gram(site: Store, quantity):
    transfer_(site, [sealed(site, "10.5")], quantity)


def test_a_manifest_quantity_must_be_a_number(site: Store):
    assert refused(site, [sealed(site)], "ten").reason == "manifest_quantity_invalid"


def test_a_refused_transfer_records_nothing_and_dated_transfers_follow_the_opening(site: Store):
    code = sealed(site)
    before = site.event_count()
    refused(site, [code], "1")
    assert site.event_count() == before
    assert refused(site, [code], "10.5", day=date(2026, 3, 1)).reason == "date_before_opening"
