"""Issuing, re-issuing and revoking certificates as events: numbers, projections, rebuild, verification."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from station import status
from station.documents.certificate.issuing import (
    IssuerDetails,
    IssueRequest,
    StoreRecords,
    issue,
    own_keys,
    records,
    reissue,
    reprint,
    revoke,
)
from station.documents.certificate.verify import verify_pdf
from station.operations.corrections import correct
from station.operations.errors import OperationError
from station.store.integrity import verify as verify_store
from station.store.queries import StoreHistory
from station.store.store import Store
from tests.conftest import ACTOR
from tests.documents.certificates import identity, ready_pack
from tests.documents.helpers import pdf_text
from tests.operations.scenario import run_day

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
REQUEST = IssuerDetails("福州市演示路 1 号", ("FJ-HW-3501-0042",), "福建省生态环境厅")


def request(pack: str) -> IssueRequest:
    return IssueRequest(pack, issuer=REQUEST, verify_url="https://trace.example.cn/verify")


def test_issue_records_signs_and_reprints_identically(store: Store, today: date):
    pack = ready_pack(store, today)
    key = identity(store)
    issued = issue(store, ACTOR, key, request(pack), NOW)
    c = issued.certificate
    assert re.fullmatch(r"91350100M000100Y43-ST0001-\d{8}", c.number)
    assert int(c.number.rsplit("-", 1)[1]) == issued.event.seq
    assert c.pack.code == pack and c.issuer.name == "演示拆解站 <Demo & Co>"
    assert [i.kind for i in c.items] == ["M", "M", "C", "C", "C", "C"]
    assert any(d.manifest_no == "OUT-1" for d in c.downstream)
    assert StoreHistory(store.db).battery(pack).status == status.CERTIFIED
    assert [(e.status, e.version) for e in records(store, pack=pack)] == [("issued", 1)]
    document = reprint(store, c.number)
    assert document == reprint(store, c.number)
    result = verify_pdf(document, own_keys(store, key), StoreRecords(store))
    assert result.ok and result.checks == ("signature", "data_hash", "text", "identical")
    report = verify_store(store.db, store.station_id)
    assert report.chain is None and not report.projections


def test_certificate_numbers_never_repeat(store: Store, today: date):
    pack = ready_pack(store, today)
    key = identity(store)
    first = issue(store, ACTOR, key, request(pack), NOW)
    with pytest.raises(OperationError) as twice:
        issue(store, ACTOR, key, request(pack), NOW)
    assert twice.value.reason == "certificate_exists"
    revoke(store, ACTOR, first.certificate.number, "wrong pack weighed", NOW)
    second = issue(store, ACTOR, key, request(pack), NOW)
    assert second.certificate.number != first.certificate.number


def test_revoked_certificate_verifies_as_revoked(store: Store, today: date):
    pack = ready_pack(store, today)
    key = identity(store)
    issued = issue(store, ACTOR, key, request(pack), NOW)
    document = reprint(store, issued.certificate.number)
    revoke(store, ACTOR, issued.certificate.number, "issued for the wrong source", NOW + timedelta(days=1))
    result = verify_pdf(document, own_keys(store, key), StoreRecords(store))
    assert not result.ok
    assert [(f.code, f.params["reason"]) for f in result.findings] == [
        ("certificate_revoked", "issued for the wrong source")
    ]
    assert "data_hash" in result.checks and "text" in result.checks  # genuine, but revoked
    with pytest.raises(OperationError) as again:
        revoke(store, ACTOR, issued.certificate.number, "again", NOW)
    assert again.value.reason == "certificate_already_revoked"
    assert not verify_store(store.db, store.station_id).projections


def test_reissue_supersedes_and_the_window_closes(store: Store, today: date):
    pack = ready_pack(store, today)
    key = identity(store)
    first = issue(store, ACTOR, key, request(pack), NOW)
    old_pdf = reprint(store, first.certificate.number)
    second = reissue(store, ACTOR, key, first.certificate.number, "address corrected", request(pack), NOW)
    assert (second.certificate.version, second.certificate.replaces_version) == (2, 1)
    assert [(e.version, e.status) for e in records(store, number=first.certificate.number)] == [
        (1, "superseded"),
        (2, "issued"),
    ]
    old = verify_pdf(old_pdf, own_keys(store, key), StoreRecords(store))
    assert old.ok and [f.code for f in old.findings] == ["certificate_superseded"]
    assert (
        verify_pdf(reprint(store, first.certificate.number), own_keys(store, key), StoreRecords(store)).findings == ()
    )
    assert reprint(store, first.certificate.number, version=1) == old_pdf
    with pytest.raises(OperationError) as late:
        revoke(store, ACTOR, first.certificate.number, "too late", NOW + timedelta(days=8))
    assert late.value.reason == "revocation_window_closed"
    with pytest.raises(OperationError) as blank:
        revoke(store, ACTOR, first.certificate.number, "  ", NOW)
    assert blank.value.reason == "reason_missing"


def test_a_pack_with_open_checklist_items_is_not_certified(store: Store, today: date):
    from tests.operations.scenario import run_day

    pack = run_day(store, today)["packs"][1]
    with pytest.raises(OperationError) as blocked:
        issue(store, ACTOR, identity(store), request(pack), NOW)
    assert blocked.value.reason == "certificate_blocked"
    assert {f["params"]["item"] for f in blocked.value.params["findings"]} >= {"service_disconnect"}


def test_certificates_survive_rebuild_and_a_correction_replay(store: Store, today: date):
    pack = ready_pack(store, today)
    key = identity(store)
    issued = issue(store, ACTOR, key, request(pack), NOW)
    revoke(store, ACTOR, issued.certificate.number, "test", NOW)
    received = next(e for e in StoreHistory(store.db).timeline(pack) if e.type == "battery.received")
    correct(store, ACTOR, received.id, "scale re-read", dict(received.payload) | {"mass_kg": 409.9})
    assert [(e.version, e.status) for e in records(store, pack=pack)] == [(1, "revoked")]
    report = verify_store(store.db, store.station_id)
    assert report.chain is None and not report.projections


def test_issuing_needs_the_site_configured(db_path):
    bare = Store.open(db_path, station_id="ST0009")
    try:
        with pytest.raises(OperationError) as missing:
            issue(bare, ACTOR, identity(bare), request("001PB240000003B3C0221953"), NOW)
        assert missing.value.reason == "issuer_incomplete"
    finally:
        bare.close()


def test_hazardous_fills_and_their_hand_over_reach_the_certificate(store: Store, today: date):
    from station.operations.hazard_checklist import record_check
    from tests.documents.certificates import CHECKS
    from tests.hazard.conftest import open_

    pack = run_day(store, today)["packs"][0]
    boards = open_(store, "900-045-49", today)
    for item, values in CHECKS.items():
        if item == "bms_removed":
            values = {"count": "3", "mass_kg": "1.25", "container": boards}
        record_check(store, ACTOR, pack, item, values, today)
    certificate = issue(store, ACTOR, identity(store), request(pack), NOW).certificate
    boards_out = [f for f in certificate.fractions if f.waste_code == "900-045-49"]
    assert [(f.name, f.mass_kg) for f in boards_out] == [
        ("废电路板 waste circuit boards (BMS and other boards) (bms_boards)", 1.25)
    ]
    assert "废电路板" in pdf_text(reprint(store, certificate.number))


def test_a_certificate_is_revoked_never_voided(store: Store, today: date):
    pack = ready_pack(store, today)
    issued = issue(store, ACTOR, identity(store), request(pack), NOW)
    certified = store.db.execute_sql("SELECT id FROM event WHERE type = 'battery.certified'").fetchone()[0]
    for event_id in (issued.event.id, certified):
        with pytest.raises(OperationError) as err:
            correct(store, ACTOR, event_id, "issued by mistake")
        assert err.value.reason == "event_not_correctable"
    assert StoreHistory(store.db).battery(pack).status == status.CERTIFIED


def test_a_reissue_is_blocked_like_a_first_issue(store: Store, today: date):
    pack = ready_pack(store, today)
    key = identity(store)
    first = issue(store, ACTOR, key, request(pack), NOW)
    (check_id,) = store.db.execute_sql(
        "SELECT id FROM event WHERE type = 'hazard.check_recorded' "
        "AND json_extract(payload, '$.pack') = ? AND json_extract(payload, '$.item') = 'service_disconnect'",
        (pack,),
    ).fetchone()
    correct(store, ACTOR, check_id, "recorded for the wrong pack")
    with pytest.raises(OperationError) as blocked:
        reissue(store, ACTOR, key, first.certificate.number, "address corrected", request(pack), NOW)
    assert blocked.value.reason == "certificate_blocked"
    assert [f["params"]["item"] for f in blocked.value.params["findings"]] == ["service_disconnect"]
    assert [e.version for e in records(store, number=first.certificate.number)] == [1]  # nothing recorded


def test_the_issuer_address_and_licences_come_from_the_configuration(store: Store, today: date):
    from station.operations.reference import configure_station

    pack = ready_pack(store, today)
    configure_station(
        store, ACTOR, site_address="福州市演示路 1 号", licences=[{"kind": "hazardous_waste", "number": "FJ-HW-0042"}]
    )
    issued = issue(store, ACTOR, identity(store), IssueRequest(pack), NOW)
    assert issued.certificate.issuer.address == "福州市演示路 1 号"
    assert issued.certificate.issuer.licences == ("危险废物经营许可证 FJ-HW-0042",)


def test_a_pack_still_in_store_is_not_certified(store: Store, today: date):
    from station.operations.hazard_checklist import record_check
    from tests.documents.certificates import CHECKS

    packs = run_day(store, today)["packs"]
    still_open = next(p for p in packs if StoreHistory(store.db).battery(p).status != status.DISMANTLED)
    for item, values in CHECKS.items():  # its checklist complete: the state alone refuses it
        record_check(store, ACTOR, still_open, item, values, today)
    with pytest.raises(OperationError) as refused:
        issue(store, ACTOR, identity(store), request(still_open), NOW)
    assert refused.value.reason == "certificate_pack_not_ready"
    assert refused.value.params["status"] == StoreHistory(store.db).battery(still_open).status
