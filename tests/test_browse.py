"""The records browser's queries against a real station database built with the real operations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest

from station import status
from station.operations.intake import IntakeForm, receive
from station.store import events
from station.store.browse import BatteryQuery, Detail, dossier, family_tree, search, timeline
from station.store.events import NewEvent
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.operations.scenario import SOURCE, run_day

VIN = "1M8GDM9AXKP042788"


@contextmanager
def clock(monkeypatch: pytest.MonkeyPatch, instant: str) -> Iterator[None]:
    """Events recorded meanwhile carry ``instant`` (UTC) as their wall-clock time."""
    with monkeypatch.context() as patch:
        patch.setattr(events, "utc_now", lambda: instant)
        yield


@pytest.fixture
def day(store: Store, today: date) -> dict[str, list[str]]:
    made = run_day(store, today)
    receive(store, ACTOR, IntakeForm(make_code("P", serial=31), SOURCE, vin=VIN.lower()), today)
    return made


def codes(page) -> list[str]:
    return [r.code for r in page.rows]


def test_search_by_code_substring_in_any_case(store: Store, day):
    pack = day["packs"][1]
    page = search(store.db, BatteryQuery(text=pack[-9:].lower()))
    assert codes(page) == [pack] and not page.more
    assert page.rows[0].kind == "P" and page.rows[0].status == status.DISMANTLING
    assert page.rows[0].recycling_no and page.rows[0].source_document == SOURCE.document
    every_cell = search(store.db, BatteryQuery(code="001cb24"))
    assert set(codes(every_cell)) == set(day["cells"])


def test_search_by_vin_part_where_one_was_recorded(store: Store, day):
    (row,) = search(store.db, BatteryQuery(vin="kp042788")).rows
    assert row.vin == VIN and row.code == make_code("P", serial=31)
    assert codes(search(store.db, BatteryQuery(text=VIN[-6:]))) == [row.code]


def test_search_by_status_and_paging(store: Store, day):
    handed = search(store.db, BatteryQuery(status=status.HANDED_OUT))
    assert set(codes(handed)) == set(day["modules"][:2])
    first = search(store.db, BatteryQuery(limit=5))
    assert len(first.rows) == 5 and first.more
    rest = search(store.db, BatteryQuery(limit=500, offset=5))
    assert not rest.more and not set(codes(first)) & set(codes(rest))
    total = store.db.execute_sql("SELECT COUNT(*) FROM battery").fetchone()[0]
    assert len(first.rows) + len(rest.rows) == total


def test_an_exact_code_comes_first(store: Store, day):
    pack = day["packs"][0]
    assert codes(search(store.db, BatteryQuery(text=pack)))[0] == pack


def test_search_by_local_intake_date(store: Store, monkeypatch, today: date):
    late, early = make_code("P", serial=41), make_code("P", serial=42)
    with clock(monkeypatch, "2026-11-23T16:30:00.000000+00:00"):  # 00:30 on 24 November in China
        receive(store, ACTOR, IntakeForm(late, SOURCE), today)
    with clock(monkeypatch, "2026-11-23T15:59:00.000000+00:00"):  # 23:59 on the 23rd
        receive(store, ACTOR, IntakeForm(early, SOURCE), today)
    on_24 = search(store.db, BatteryQuery(received_from=date(2026, 11, 24), received_to=date(2026, 11, 24)))
    assert codes(on_24) == [late] and on_24.rows[0].received_on == date(2026, 11, 24)
    assert codes(search(store.db, BatteryQuery(received_to=date(2026, 11, 23)))) == [early]
    assert set(codes(search(store.db, BatteryQuery(received_from=date(2026, 11, 23))))) == {late, early}


def test_hostile_text_is_data(store: Store, day):
    hostile = "%' OR 1=1; DROP TABLE battery; --"
    store.record(ACTOR, [NewEvent("battery.received", {"code": "<b>X</b>" + hostile, "kind": "P"})])
    assert codes(search(store.db, BatteryQuery(text="%"))) == ["<b>X</b>" + hostile]
    assert codes(search(store.db, BatteryQuery(text="_"))) == []  # no LIKE wildcards either
    assert codes(search(store.db, BatteryQuery(text="<B>x"))) == ["<b>X</b>" + hostile]
    assert store.db.execute_sql("SELECT COUNT(*) FROM battery").fetchone()[0] > 10


def test_tree_from_a_cell_is_the_whole_pack(store: Store, day):
    pack = day["packs"][1]
    cell = day["cells"][5]  # second pack, second module, second cell
    tree = family_tree(store.db, cell)
    assert tree is not None and tree.code == pack and tree.kind == "P"
    assert [m.code for m in tree.children] == day["modules"][2:4]
    assert [[c.code for c in m.children] for m in tree.children] == [day["cells"][4:6], day["cells"][6:8]]
    assert tree.find(cell) is not None and tree.find(cell).status == status.IN_STORE
    assert tree.status == status.DISMANTLING
    assert family_tree(store.db, pack) == tree == family_tree(store.db, day["modules"][3])


def test_tree_of_a_lone_battery_and_of_nothing(store: Store, day):
    lone = make_code("P", serial=31)
    tree = family_tree(store.db, lone)
    assert tree is not None and tree.code == lone and tree.children == ()
    assert family_tree(store.db, "NOT-A-BATTERY") is None


def test_timeline_with_refusal_and_corrections(store: Store, day):
    pack = day["packs"][1]
    entries = timeline(store.db, pack)
    types = [e.type for e in entries]
    assert types[:2] == ["battery.received", "battery.inspected"] and "scan.refused" in types
    assert types.count("battery.child_linked") == 2
    received = entries[0]
    assert received.actor == ACTOR and received.at.utcoffset().total_seconds() == 8 * 3600
    assert Detail("source", SOURCE.name) in received.details and Detail("mass_kg", "411.5") in received.details
    refused = next(e for e in entries if e.type == "scan.refused")
    assert [r.code for r in refused.reasons] == ["duplicate_intake"]
    assert refused.reasons[0].params.get("status") == status.DISMANTLING
    inspected = entries[1]
    assert Detail("result", "pass") in inspected.details and Detail("route", "recycling") in inspected.details
    # an amended intake shows its amended mass and the correction beside it
    amended_code = make_code("P", serial=777)
    fixed = timeline(store.db, amended_code)
    assert [e.type for e in fixed] == ["battery.received", "correction.amend"]
    assert fixed[0].corrected == "amend" and Detail("mass_kg", "399") in fixed[0].details
    assert Detail("corrects", str(fixed[0].seq)) in fixed[1].details
    # a voided link is still on the pack's timeline, marked
    voided = [e for e in timeline(store.db, day["packs"][2]) if e.corrected == "void"]
    assert [e.type for e in voided] == ["battery.child_linked"]


def test_quarantine_reasons_and_dossier(store: Store, day, today: date):
    hot = make_code("P", serial=9000)
    entries = timeline(store.db, hot)
    assert entries[0].reasons and entries[0].reasons[0].code.startswith("high_risk")
    assert entries[-1].type == "battery.quarantine_released"
    found = dossier(store.db, day["cells"][0], store.ruleset().code_tables.makers)
    assert found.battery is not None and found.battery.parent_code == day["modules"][0]
    assert found.tree is not None and found.tree.code == day["packs"][0]
    assert [e.type for e in found.timeline] == ["battery.child_linked"]
    assert dossier(store.db, "NOPE").battery is None


def test_an_inspection_shows_what_its_checklist_found(store: Store, day):
    from station.operations.inspection_check import inspect

    pack = make_code("P", serial=61)
    receive(store, ACTOR, IntakeForm(pack))
    inspect(store, ACTOR, pack, "pretreat", "recycling", {"total_voltage_v": 350.0}, {"corrosion": True})
    (entry,) = [e for e in timeline(store.db, pack) if e.type == "battery.inspected"]
    found = {(r.code, r.params.get("defect") or r.params.get("measurement")) for r in entry.reasons}
    assert {("appearance_defect", "corrosion"), ("not_measured", "insulation_ohm")} <= found
    assert "high_voltage_procedure" in {r.code for r in entry.reasons}
