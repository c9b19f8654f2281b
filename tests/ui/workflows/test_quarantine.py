"""The quarantine queue: batteries in quarantine oldest first with since-when and why (intake or inspection), read
again when shown; a scan selects one; a supervisor releases it with a reason, a technician may not (the button is
off and the core refuses too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from station.operations.inspection_check import inspect
from station.operations.intake import IntakeForm, Source, receive
from station.store.quarantine import queue
from station.store.queries import StoreHistory
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.ui.workflows.benches import make_bench, settle
from ui.workflows.quarantine_page import QuarantinePage

SOURCE = Source("某某报废汽车回收有限公司", "91350100M000100Y43", "BF-2026-0001")
LEAKING = make_code("P", serial=301)
HOT = make_code("P", serial=302)
FINE = make_code("P", serial=303)


def stock(store: Store) -> None:
    receive(store, ACTOR, IntakeForm(LEAKING, SOURCE, flags=frozenset({"leakage"})))
    receive(store, ACTOR, IntakeForm(HOT, SOURCE, mass_kg=400.0))
    receive(store, ACTOR, IntakeForm(FINE, SOURCE, mass_kg=400.0))
    measured = {"total_voltage_v": 40.0, "insulation_ohm": 1e6, "temperature_c": 70.0, "mass_kg": 400.0}
    inspect(store, ACTOR, HOT, "quarantine", None, measured, {})


def shown_page(qtbot, bench) -> QuarantinePage:
    page = QuarantinePage(bench)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.shown()
    return page


def status(store: Store, code: str) -> str:
    return StoreHistory(store.db).battery(code).status


def test_the_queue_lists_each_quarantined_battery_with_since_when_and_why(qtbot, store):
    stock(store)
    (first, second) = queue(store.db)
    assert (first.code, first.by) == (LEAKING, "intake") and (second.code, second.by) == (HOT, "inspection")
    assert [r.code for r in first.reasons] == ["high_risk_leakage"]
    assert [r.code for r in second.reasons] == ["inspection_temperature_abnormal"]

    page = shown_page(qtbot, make_bench(store))
    assert page.table.rowCount() == 2
    assert LEAKING in page.table.item(0, 0).text() and "leakage" in page.table.item(0, 3).text().lower()
    assert page.table.item(1, 2).text() == "inspection" and "70" in page.table.item(1, 3).text()
    assert first.since.strftime("%Y-%m-%d %H:%M") == page.table.item(0, 1).text()
    assert page.count.text() == "Batteries in quarantine: 2"


def test_a_scan_selects_the_battery_and_the_keyboard_moves_through_the_queue(qtbot, store):
    stock(store)
    bench = make_bench(store)
    page = shown_page(qtbot, bench)
    page.take_scan(HOT.lower() + "\r")  # as a wedge scanner types it: read like any scan
    qtbot.waitUntil(lambda: page.selected() is not None, timeout=10000)
    assert page.selected().code == HOT and page.selected_label.text() == HOT
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.selected().code == LEAKING
    page.take_scan(FINE)
    qtbot.waitUntil(lambda: page.banner.title.text() == "Not judged", timeout=10000)
    assert "not in quarantine" in page.banner.detail.text()
    settle(qtbot, bench)


def test_a_supervisor_releases_with_a_reason_and_the_queue_is_read_again(qtbot, store):
    stock(store)
    bench = make_bench(store, role="supervisor", name="Zhao Lei")
    page = shown_page(qtbot, bench)
    page.select(LEAKING)
    assert not page.release_button.isEnabled()  # no reason typed yet
    page.release()
    assert "reason" in page.banner.detail.text().lower()
    page.reason.setText("Coolant, not electrolyte: dried and re-checked")
    assert page.release_button.isEnabled()
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.release_button.click()
    assert page.banner.title.text() == "Released from quarantine"
    assert status(store, LEAKING) == "in_store" and [e.code for e in page.entries] == [HOT]
    assert page.reason.text() == ""
    settle(qtbot, bench)


def test_a_technician_cannot_release_and_the_core_refuses_too(qtbot, store):
    stock(store)
    bench = make_bench(store)
    page = shown_page(qtbot, bench)
    page.select(HOT)
    page.reason.setText("looks fine to me")
    assert not page.release_button.isEnabled() and "supervisor" in page.release_button.toolTip()
    page.release()  # as if the button were pressed anyway
    qtbot.waitUntil(lambda: page.banner.title.text() == "Not judged", timeout=10000)
    assert "supervisor" in page.banner.detail.text()
    assert status(store, HOT) == "quarantined"
    settle(qtbot, bench)


def test_the_queue_follows_records_made_elsewhere_when_shown_again(qtbot, store):
    page = shown_page(qtbot, make_bench(store))
    assert page.table.rowCount() == 0
    stock(store)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.shown()
    assert page.table.rowCount() == 2


def test_texts_come_back_on_retranslate_and_buttons_are_touch_targets(qtbot, store):
    stock(store)
    bench = make_bench(store, role="supervisor")
    page = shown_page(qtbot, bench)
    page.resize(1366 - 340, 620)
    page.release_button.setText("")
    page.retranslate()
    assert page.release_button.text() == "Release from quarantine"
    assert page.table.horizontalHeaderItem(3).text() == "Why"
    assert page.minimumSizeHint().height() <= 600 and page.minimumSizeHint().width() <= 1366 - 340
    qtbot.wait(10)
    small = [b.text() for b in page.findChildren(QPushButton) if b.isVisible() and b.height() < 40]
    assert not small
    settle(qtbot, bench)
