"""Each traceability rule with its positive and negative case, through the real store."""

from __future__ import annotations

from datetime import date

import pytest

from station.operations.dismantling import finish_dismantling, link_child
from station.operations.inspection import record_inspection, release_quarantine
from station.operations.intake import IntakeForm, receive
from station.operations.outbound import Receiver, hand_out
from station.operations.reference import configure_station, set_list_entry
from station.operations.scanning import check
from station.rules.verdict import Context, Outcome, ScanRequest
from station.store.events import NewEvent
from station.store.store import Store
from tests.conftest import ACTOR, make_code

USCC = "91350100M000100Y43"


def codes_of(verdict) -> set[str]:
    return {f.code for f in verdict.findings}


def intake(store: Store, today: date, payload, **kw):
    return receive(store, ACTOR, IntakeForm(payload, **kw), today)


def test_valid_new_pack_is_accepted(store: Store, today: date):
    v = check(store, ScanRequest(make_code("P")), today)
    assert v.outcome is Outcome.ACCEPT, v.findings
    assert v.ruleset_version == "builtin-4" and len(v.ruleset_sha256) == 64


def test_invalid_code_is_rejected(store: Store, today: date):
    assert check(store, ScanRequest("NOT-A-CODE"), today).outcome is Outcome.REJECT
    future = make_code("P", made=date(2027, 1, 5))
    assert check(store, ScanRequest(future), today).outcome is Outcome.REJECT


def test_unknown_maker_is_a_warning(store: Store, today: date):
    v = check(store, ScanRequest(make_code("P", maker="9ZZ")), today)
    assert v.outcome is Outcome.ACCEPT_WARNINGS
    assert "maker_unknown" in codes_of(v)


def test_duplicate_intake_rejected_until_handed_out(store: Store, today: date):
    pack = make_code("P")
    assert intake(store, today, pack).received
    dup = intake(store, today, pack)
    assert not dup.received and "duplicate_intake" in codes_of(dup.verdict)
    hand_out(store, ACTOR, [pack], Receiver("R", USCC), "recycling", today=today)
    again = check(store, ScanRequest(pack), today)
    assert again.outcome is Outcome.ACCEPT_WARNINGS and "received_again" in codes_of(again)


def test_dismantled_pack_cannot_be_received_again(store: Store, today: date):
    pack = make_code("P")
    intake(store, today, pack)
    link_child(store, ACTOR, pack, make_code("M", serial=2), today)
    finish_dismantling(store, ACTOR, pack)
    v = check(store, ScanRequest(pack), today)
    assert v.outcome is Outcome.REJECT and "already_dismantled" in codes_of(v)


def test_certified_pack_cannot_be_received_again(store: Store, today: date):
    pack = make_code("P")
    intake(store, today, pack)
    store.record(ACTOR, [NewEvent("battery.certified", {"code": pack, "certificate_no": "C-1"})])
    v = check(store, ScanRequest(pack), today)
    assert v.outcome is Outcome.REJECT and "already_certified" in codes_of(v)


def test_child_rules(store: Store, today: date):
    pack, module, cell = make_code("P"), make_code("M", serial=2), make_code("C", serial=3)
    intake(store, today, pack)
    early = check(store, ScanRequest(module, Context.CHILD, parent_code=pack), today)
    assert early.outcome is Outcome.ACCEPT_WARNINGS and codes_of(early) == {"parent_not_inspected"}
    record_inspection(store, ACTOR, pack, "pass", "recycling", {}, {})
    ok = check(store, ScanRequest(module, Context.CHILD, parent_code=pack), today)
    assert ok.outcome is Outcome.ACCEPT
    assert link_child(store, ACTOR, pack, module, today).linked
    # the same module again under the same pack, and under another pack
    again = link_child(store, ACTOR, pack, module, today)
    assert not again.linked and "child_duplicate" in codes_of(again.verdict)
    other = make_code("P", serial=50)
    intake(store, today, other)
    elsewhere = check(store, ScanRequest(module, Context.CHILD, parent_code=other), today)
    assert "child_linked_elsewhere" in codes_of(elsewhere)
    # wrong order: a pack under a module, a module under a cell
    assert "child_wrong_level" in codes_of(
        check(store, ScanRequest(other, Context.CHILD, parent_code=module), today)
    )
    assert link_child(store, ACTOR, module, cell, today).linked
    upward = check(store, ScanRequest(make_code("M", serial=9), Context.CHILD, parent_code=cell), today)
    assert "child_wrong_level" in codes_of(upward)
    # unknown parent
    assert "parent_unknown" in codes_of(
        check(store, ScanRequest(cell, Context.CHILD, parent_code="X"), today)
    )


def test_chemistry_mismatch_is_a_warning(store: Store, today: date):
    pack = make_code("P", chem="B")
    intake(store, today, pack)
    v = check(store, ScanRequest(make_code("M", chem="E", serial=7), Context.CHILD, parent_code=pack), today)
    assert v.outcome is Outcome.ACCEPT_WARNINGS and "chemistry_mismatch" in codes_of(v)
    same = check(
        store, ScanRequest(make_code("M", chem="B", serial=8), Context.CHILD, parent_code=pack), today
    )
    assert "chemistry_mismatch" not in codes_of(same)


def test_quarantined_parent_cannot_be_dismantled(store: Store, today: date):
    pack = make_code("P")
    intake(store, today, pack, flags=frozenset({"leakage"}))
    v = check(store, ScanRequest(make_code("M", serial=2), Context.CHILD, parent_code=pack), today)
    assert "parent_quarantined" in codes_of(v)
    release_quarantine(store, ACTOR, pack, "leak sealed")
    v = check(store, ScanRequest(make_code("M", serial=2), Context.CHILD, parent_code=pack), today)
    assert v.outcome is Outcome.ACCEPT_WARNINGS and codes_of(v) == {"parent_not_inspected"}  # released, not judged


@pytest.mark.parametrize(
    ("kind", "outcome"),
    [("blocked", Outcome.REJECT), ("recall", Outcome.QUARANTINE), ("quarantine", Outcome.QUARANTINE)],
)
def test_lists(store: Store, today: date, kind: str, outcome: Outcome):
    pack = make_code("P")
    set_list_entry(store, ACTOR, pack, kind, "reason text", "REF-1")
    v = check(store, ScanRequest(pack), today)
    assert v.outcome is outcome and f"list_{kind}" in codes_of(v)
    assert v.ruleset_version == "builtin-4+local1"
    set_list_entry(store, ACTOR, pack, None)
    assert check(store, ScanRequest(pack), today).outcome is Outcome.ACCEPT


def test_a_listed_pack_taints_its_children(store: Store, today: date):
    pack, module = make_code("P"), make_code("M", serial=2)
    intake(store, today, pack)
    link_child(store, ACTOR, pack, module, today)
    set_list_entry(store, ACTOR, pack, "recall", "maker recall")
    v = check(store, ScanRequest(module, Context.LOOKUP), today)
    hit = next(f for f in v.findings if f.code == "list_recall")
    assert hit.params["via"] == pack


@pytest.mark.parametrize(
    "flag",
    ["no_code", "accident_vehicle", "abnormal_voltage", "abnormal_temperature", "abnormal_soc", "leakage"],
)
def test_high_risk_flags_send_to_quarantine(store: Store, today: date, flag: str):
    result = intake(store, today, make_code("P") if flag != "no_code" else "", flags=frozenset({flag}))
    assert result.received and result.verdict.outcome is Outcome.QUARANTINE
    assert f"high_risk_{flag}" in result.verdict.quarantine_reasons
    row = store.db.execute_sql("SELECT status FROM battery WHERE code = ?", (result.event.payload["code"],))
    assert row.fetchone()[0] == "quarantined"


def test_measurements_beyond_thresholds_raise_flags(store: Store, today: date):
    hot = check(store, ScanRequest(make_code("P"), measurements={"temperature_c": 61.0}), today)
    assert hot.outcome is Outcome.QUARANTINE and "high_risk_abnormal_temperature" in codes_of(hot)
    fine = check(
        store, ScanRequest(make_code("P"), measurements={"temperature_c": 25.0, "soc_pct": 40}), today
    )
    assert fine.outcome is Outcome.ACCEPT


def test_unknown_flag_is_refused(store: Store, today: date):
    v = check(store, ScanRequest(make_code("P"), flags=frozenset({"spooky"})), today)
    assert v.outcome is Outcome.REJECT and "intake_flag_unknown" in codes_of(v)


def test_outbound_rules(store: Store, today: date):
    pack = make_code("P")
    assert "not_in_store" in codes_of(check(store, ScanRequest(pack, Context.OUTBOUND), today))
    intake(store, today, pack, flags=frozenset({"leakage"}))
    assert "quarantined_cannot_leave" in codes_of(check(store, ScanRequest(pack, Context.OUTBOUND), today))
    release_quarantine(store, ACTOR, pack, "ok")
    assert check(store, ScanRequest(pack, Context.OUTBOUND), today).outcome is Outcome.ACCEPT
    hand_out(store, ACTOR, [pack], Receiver("R", USCC), "echelon", today=today)
    assert "already_handed_out" in codes_of(check(store, ScanRequest(pack, Context.OUTBOUND), today))


def test_deadlines_warn_when_overdue(store: Store, today: date):
    pack = make_code("P")
    intake(store, today, pack)
    # the intake's duty (recycler by default: 30 working days) is due long after today
    assert not {"upload_overdue", "upload_at_risk"} & codes_of(
        check(store, ScanRequest(pack, Context.LOOKUP), today)
    )
    late = check(store, ScanRequest(pack, Context.LOOKUP), date(2027, 6, 1))
    assert late.outcome is Outcome.ACCEPT_WARNINGS and "upload_overdue" in codes_of(late)


def test_eu_passport_only_goes_to_quarantine_at_intake(store: Store, today: date):
    v = check(store, ScanRequest("https://passport.example.eu/battery/0123456789"), today)
    assert v.outcome is Outcome.QUARANTINE and "scheme_eu_passport" in codes_of(v)


def test_gbt45565_is_named_and_refused(store: Store, today: date):
    v = check(store, ScanRequest("AB12-0123456789-R"), today)
    assert v.outcome is Outcome.REJECT and "scheme_gbt45565" in codes_of(v)


def test_configured_scanner_affixes_are_stripped(store: Store, today: date):
    payload = "<STX>" + make_code("P") + "#END"
    configure_station(store, ACTOR, scanner_prefixes=["<STX>"], scanner_suffixes=["#END"])
    v = check(store, ScanRequest(payload), today)
    assert v.code == make_code("P")
    assert {"prefix_removed", "suffix_removed"} <= codes_of(v)
    assert store.config()["role"] == "recycler"  # other settings kept
