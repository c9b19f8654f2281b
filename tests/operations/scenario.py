"""A realistic day at the bench, used by the projection and rebuild tests."""

from __future__ import annotations

from datetime import date

from station.operations.corrections import correct
from station.operations.dismantling import finish_dismantling, link_child
from station.operations.inspection import record_inspection, release_quarantine
from station.operations.intake import IntakeForm, Source, receive
from station.operations.outbound import Receiver, hand_out
from station.operations.reference import configure_station, set_list_entry
from station.operations.reporting import mark_reported, vehicle_received
from station.store.store import Store
from tests.conftest import ACTOR, make_code

SOURCE = Source("某某报废汽车回收有限公司", "91350100M000100Y43", "BF-2026-0001")
RECEIVER = Receiver("某某再生资源有限公司", "91350100M000100Y43", "HW-3501-001")


def run_day(store: Store, today: date, packs: int = 3) -> dict[str, list[str]]:
    configure_station(
        store, ACTOR, role="dismantler", site_name="演示拆解站 <Demo & Co>", site_uscc="91350100M000100Y43"
    )
    vehicle_received(store, ACTOR, "1M8GDM9AXKP042788", "BF-2026-0001", "车主")
    made: dict[str, list[str]] = {"packs": [], "modules": [], "cells": []}
    for p in range(packs):
        pack = make_code("P", serial=100 + p)
        result = receive(store, ACTOR, IntakeForm(pack, SOURCE, mass_kg=410.5 + p), today)
        assert result.received
        made["packs"].append(pack)
        record_inspection(store, ACTOR, pack, "pass", "recycling", {"voltage_v": 355.0}, {"casing": "ok"})
        for m in range(2):
            module = make_code("M", serial=1000 + p * 10 + m)
            assert link_child(store, ACTOR, pack, module, today).linked
            made["modules"].append(module)
            for c in range(2):
                cell = make_code("C", serial=20000 + p * 100 + m * 10 + c)
                assert link_child(store, ACTOR, module, cell, today).linked
                made["cells"].append(cell)
    finish_dismantling(store, ACTOR, made["packs"][0], expected_children=2)
    hand_out(store, ACTOR, made["modules"][:2], RECEIVER, "echelon", "OUT-1", today)
    # a quarantined intake, then released
    hot = make_code("P", serial=9000)
    receive(store, ACTOR, IntakeForm(hot, SOURCE, measurements={"temperature_c": 70.0}), today)
    release_quarantine(store, ACTOR, hot, "cooled down, re-measured 24 °C")
    # a scan refused (duplicate intake), a correction of a mass, a void of a wrong link
    receive(store, ACTOR, IntakeForm(made["packs"][1], SOURCE), today)
    first = receive(store, ACTOR, IntakeForm(make_code("P", serial=777), SOURCE, mass_kg=999.0), today)
    amended = dict(first.event.payload) | {"mass_kg": 399.0}
    correct(store, ACTOR, first.event.id, "scale read before the pack settled", amended)
    wrong = link_child(store, ACTOR, made["packs"][2], make_code("M", serial=5555), today)
    correct(store, ACTOR, wrong.event.id, "module belongs to another pack")
    set_list_entry(store, ACTOR, make_code("P", serial=4242), "recall", "maker recall", "RC-2026-7")
    duty_event = store.db.execute_sql("SELECT e.id FROM duty d JOIN event e ON e.seq = d.event_seq LIMIT 1")
    mark_reported(store, ACTOR, duty_event.fetchone()[0], "PLATFORM-RECEIPT-1")
    return made
