"""The hand-over workflow end to end: the receiver, the destination and the manifest, batteries scanned into the
list (each checked off the GUI thread; refusals in words; a repeat not added twice), one removed, all handed out in
one record; a crash while loading brings the receiver and the list back."""

from __future__ import annotations

import json
import textwrap

import pytest

from station import drafts
from station.operations.dismantling import link_child
from station.operations.inspection import record_inspection
from station.operations.intake import IntakeForm, receive
from station.operations.reference import configure_station
from station.store.queries import StoreHistory
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.ui.workflows.benches import crash_in, make_bench, settle
from ui.workflows.outbound_page import OutboundPage

USCC = "91350100M000100Y43"
PACK = make_code("P", serial=601)
MODULES = [make_code("M", serial=6010 + i) for i in range(3)]


def stock(store: Store) -> None:
    """A pack in store with three modules linked out of it, the family routed to echelon use and re-coded."""
    configure_station(store, ACTOR, echelon_maker="E01")
    receive(store, ACTOR, IntakeForm(PACK))
    record_inspection(store, ACTOR, PACK, "pass", "echelon", {}, {})
    for module in MODULES:
        assert link_child(store, ACTOR, PACK, module).linked


def page_for(qtbot, bench) -> OutboundPage:
    page = OutboundPage(bench)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    return page


def scan(qtbot, page: OutboundPage, payload: str):
    with qtbot.waitSignal(page.checked, timeout=10000) as answered:
        page.take_scan(payload)
    return answered.args[0]


def handed_out(store: Store) -> list[dict]:
    rows = store.db.execute_sql("SELECT payload FROM event WHERE type = 'battery.handed_out' ORDER BY seq").fetchall()
    return [json.loads(r[0]) for r in rows]


def fill_receiver(page: OutboundPage) -> None:
    page.receiver_name.setText("某某梯次利用有限公司")
    page.receiver_uscc.setText(USCC)
    page.licence.setText("HW-3501-009")
    page.destination.setCurrentIndex(page.destination.findData("echelon"))
    page.document.setText("LD-2026-0815")


def test_modules_scanned_checked_one_removed_and_the_rest_handed_out(qtbot, store):
    stock(store)
    echelon_label = store.db.execute_sql("SELECT echelon_code FROM battery WHERE code = ?", (MODULES[2],)).fetchone()[0]
    bench = make_bench(store)
    page = page_for(qtbot, bench)
    fill_receiver(page)
    assert scan(qtbot, page, MODULES[0].lower() + "\r").code == MODULES[0]
    assert scan(qtbot, page, MODULES[1]).code == MODULES[1]
    by_label = scan(qtbot, page, echelon_label)  # the echelon-use label printed at dismantling names the module
    assert by_label.code == MODULES[2] and by_label.scanned == echelon_label
    assert f"(echelon label {echelon_label})" in page.items_list.item(2).text()
    assert scan(qtbot, page, MODULES[1]) is None  # a repeated scan is not added twice
    assert page.banner.detail.text() == f"{MODULES[1]} is already in the list."
    assert scan(qtbot, page, echelon_label) is None
    assert [item.code for item in page.items] == MODULES and page.count_label.text() == "3 batteries in the list"

    page.items_list.setCurrentRow(1)
    page.remove_button.click()
    assert [item.code for item in page.items] == [MODULES[0], MODULES[2]]
    page.hand_out_button.click()
    qtbot.waitUntil(lambda: page.banner.title.text() == "Handed out", timeout=10000)
    settle(qtbot, bench)

    (payload,) = handed_out(store)
    assert payload["codes"] == [MODULES[0], MODULES[2]]
    assert payload["receiver"] == {"name": "某某梯次利用有限公司", "uscc": USCC, "licence": "HW-3501-009"}
    assert payload["destination"] == "echelon" and payload["document"] == "LD-2026-0815"
    history = StoreHistory(store.db)
    assert [history.battery(m).status for m in MODULES] == ["handed_out", "in_store", "handed_out"]
    assert page.banner.detail.text() == "2 batteries handed to 某某梯次利用有限公司."
    assert page.items == [] and page.items_list.count() == 0 and page.document.text() == ""
    assert drafts.load(store, "outbound") is None


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        ("unknown", "This battery is not on record here."),
        ("quarantined", "A battery in quarantine cannot be handed out."),
        ("gone", "This battery was already handed out."),
        ("garbled", "The code has 5 characters; a battery code has 24 (19 for echelon use)."),
    ],
)
def test_a_battery_that_may_not_leave_is_refused_in_words(qtbot, store, setup, words):
    code = make_code("P", serial=602)
    if setup == "quarantined":
        receive(store, ACTOR, IntakeForm(code, flags=frozenset({"leakage"})))
    elif setup == "gone":
        stock(store)
        code = MODULES[0]
        page = page_for(qtbot, make_bench(store))
        fill_receiver(page)
        scan(qtbot, page, code)
        page.hand_out_button.click()
        qtbot.waitUntil(lambda: page.banner.title.text() == "Handed out", timeout=10000)
    elif setup == "garbled":
        code = "ABC12"
    bench = make_bench(store, name="Zhao Lei")
    page = page_for(qtbot, bench)
    assert scan(qtbot, page, code) is None
    assert words in page.banner.detail.text()
    assert page.items == [] and not page.hand_out_button.isEnabled()


def test_a_refused_hand_over_keeps_the_list_and_says_why(qtbot, store):
    stock(store)
    bench = make_bench(store)
    page = page_for(qtbot, bench)
    fill_receiver(page)
    page.receiver_uscc.setText("91350100M000100Y44")  # check character wrong
    scan(qtbot, page, MODULES[0])
    page.hand_out_button.click()
    qtbot.waitUntil(lambda: page.banner.title.text() == "Not judged", timeout=10000)
    settle(qtbot, bench)
    assert page.banner.detail.text() == "The receiving company's credit code is not valid."
    assert handed_out(store) == [] and [i.code for i in page.items] == [MODULES[0]]
    assert drafts.load(store, "outbound").data["items"][0]["code"] == MODULES[0]


def test_the_page_fits_the_bench_screen(qtbot, store):
    page = page_for(qtbot, make_bench(store))
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 340 and hint.height() <= 768 - 120
    assert page.hand_out_button.minimumHeight() >= 40 and page.remove_button.minimumHeight() >= 40
    page.retranslate()
    assert [page.destination.itemData(i) for i in range(page.destination.count())] == [None, "echelon", "recycling"]


CRASHING = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from station.store.store import Store
    from tests.ui.workflows.benches import make_bench
    from ui.workflows.outbound_page import OutboundPage

    app = QApplication([])
    store = Store.open(sys.argv[1], station_id="ST0001")
    page = OutboundPage(make_bench(store))
    page.receiver_name.setText("某某再生资源有限公司")
    page.receiver_uscc.setText(sys.argv[2])
    page.destination.setCurrentIndex(page.destination.findData("recycling"))
    added = []

    def checked(item):
        added.append(item)
        if len(added) == 2:
            page.draft.saved.connect(lambda: os._exit(9))  # the power goes the moment the draft is on disk
            page.draft.save_now()

    page.checked.connect(checked)
    page.take_scan(sys.argv[3])
    page.take_scan(sys.argv[4])
    app.exec()
    """
)


def test_a_crash_while_loading_brings_the_receiver_and_the_items_back(qtbot, tmp_path):
    db = tmp_path / "station.sqlite3"
    store = Store.open(db, station_id="ST0001")
    stock(store)
    store.close()
    crash_in(CRASHING, str(db), USCC, MODULES[0], MODULES[1])

    store = Store.open(db, station_id="ST0001")
    try:
        bench = make_bench(store, name="Zhao Lei")
        page = page_for(qtbot, bench)
        page.restore_draft()
        qtbot.waitUntil(lambda: len(page.items) == 2, timeout=5000)
        assert [i.code for i in page.items] == MODULES[:2] and page.items_list.count() == 2
        assert page.receiver_name.text() == "某某再生资源有限公司" and page.receiver_uscc.text() == USCC
        assert page.destination.currentData() == "recycling"
        assert page.banner.title.text() == "Draft restored"
        page.hand_out_button.click()
        qtbot.waitUntil(lambda: page.banner.title.text() == "Handed out", timeout=10000)
        assert handed_out(store)[0]["codes"] == MODULES[:2]
    finally:
        store.close()
