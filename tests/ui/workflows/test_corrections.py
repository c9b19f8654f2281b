"""Corrections: a battery's records listed in words, one voided or amended with a reason by a supervisor; the
correction is a new record and the original stays; technicians cannot (the button is off, the core refuses)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QPushButton

from station.operations.intake import IntakeForm, Source, receive
from station.store.queries import StoreHistory
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.ui.workflows.benches import make_bench, settle
from ui.workflows.corrections_page import CorrectionsPage

SOURCE = Source("某某报废汽车回收有限公司", "91350100M000100Y43", "BF-2026-0001")
CODE = make_code("P", serial=401)


def stocked(store: Store) -> dict:
    receive(store, ACTOR, IntakeForm(CODE, SOURCE, mass_kg=410.0))
    return events(store)[0]


def events(store: Store) -> list[dict]:
    rows = store.db.execute_sql(
        "SELECT id, type, payload FROM event WHERE type LIKE 'battery.%' OR type LIKE 'correction.%' ORDER BY seq"
    )
    return [{"id": r[0], "type": r[1], "payload": json.loads(r[2])} for r in rows]


def shown_page(qtbot, bench) -> CorrectionsPage:
    page = CorrectionsPage(bench)
    qtbot.addWidget(page)
    page.show()
    return page


def scanned(qtbot, page: CorrectionsPage, payload: str) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.take_scan(payload)


def row_of(page: CorrectionsPage, field: str) -> int:
    return next(r for r in range(page.values.rowCount()) if page.values.item(r, 0).text() == field)


def test_the_records_are_listed_in_words(qtbot, store):
    stocked(store)
    page = shown_page(qtbot, make_bench(store, role="supervisor"))
    scanned(qtbot, page, CODE.lower())
    assert page.history.code == CODE and page.entry.text() == CODE
    assert page.events.count() == 1
    text = page.events.item(0).text()
    assert "received" in text and "某某报废汽车回收有限公司" in text and "tester" in text


def test_an_amendment_is_a_new_record_and_the_original_stays(qtbot, store):
    original = stocked(store)
    bench = make_bench(store, role="supervisor", name="Zhao Lei")
    page = shown_page(qtbot, bench)
    scanned(qtbot, page, CODE)
    page.events.setCurrentRow(0)
    page.amend_button.click()
    assert page.values.isEnabled()
    page.values.item(row_of(page, "mass_kg"), 1).setText("401.5")
    assert not page.record_button.isEnabled()  # the reason is required
    page.reason.setText("Mass typed wrong: the scale read 401.5 kg")
    assert page.record_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.record_button.click()
    settle(qtbot, bench)

    assert page.banner.title.text() == "Correction recorded"
    first, fix = events(store)
    assert first == original  # the original record is untouched
    assert fix["type"] == "correction.amend" and fix["payload"]["corrects"] == original["id"]
    assert fix["payload"]["payload"]["mass_kg"] == 401.5
    assert fix["payload"]["payload"]["source"] == original["payload"]["source"]  # the rest kept as it was
    assert fix["payload"]["reason"] == "Mass typed wrong: the scale read 401.5 kg"
    assert store.db.execute_sql("SELECT mass_kg FROM battery WHERE code = ?", (CODE,)).fetchone()[0] == 401.5
    assert page.events.count() == 2
    assert "(amended)" in page.events.item(0).text() and "record amended" in page.events.item(1).text()
    assert page.reason.text() == ""


def test_a_void_leaves_the_original_in_the_log(qtbot, store):
    original = stocked(store)
    bench = make_bench(store, role="supervisor")
    page = shown_page(qtbot, bench)
    scanned(qtbot, page, CODE)
    page.events.setCurrentRow(0)
    page.reason.setText("Scanned at the wrong site")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.record()
    settle(qtbot, bench)
    first, fix = events(store)
    assert first == original and fix["type"] == "correction.void"
    assert StoreHistory(store.db).battery(CODE) is None  # the intake no longer counts
    assert "(voided)" in page.events.item(0).text()


def test_a_technician_may_not_correct_and_the_core_refuses_too(qtbot, store):
    stocked(store)
    bench = make_bench(store)
    page = shown_page(qtbot, bench)
    scanned(qtbot, page, CODE)
    page.events.setCurrentRow(0)
    page.reason.setText("I think it was wrong")
    assert not page.record_button.isEnabled()
    assert "supervisor" in page.record_button.toolTip()
    page.record()  # as if pressed anyway
    qtbot.waitUntil(lambda: page.banner.title.text() == "Not judged", timeout=10000)
    assert "supervisor" in page.banner.detail.text()
    settle(qtbot, bench)
    assert len(events(store)) == 1


def test_a_wrong_number_or_nothing_changed_is_asked_again(qtbot, store):
    stocked(store)
    bench = make_bench(store, role="supervisor")
    page = shown_page(qtbot, bench)
    scanned(qtbot, page, CODE)
    page.events.setCurrentRow(0)
    page.amend_button.click()
    page.reason.setText("fix")
    page.record()
    assert "No value was changed" in page.banner.detail.text()
    page.values.item(row_of(page, "mass_kg"), 1).setText("four hundred")
    page.record()
    assert "mass_kg" in page.banner.detail.text() and "number" in page.banner.detail.text()
    settle(qtbot, bench)
    assert len(events(store)) == 1


def test_an_unknown_battery_is_refused_in_words(qtbot, store):
    bench = make_bench(store, role="supervisor")
    page = shown_page(qtbot, bench)
    page.take_scan(make_code("P", serial=499))
    qtbot.waitUntil(lambda: page.banner.title.text() == "Not judged", timeout=10000)
    assert page.history is None and page.events.count() == 0
    settle(qtbot, bench)


def test_the_draft_brings_back_the_chosen_record_and_the_reason(qtbot, store):
    stocked(store)
    bench = make_bench(store, role="supervisor")
    page = shown_page(qtbot, bench)
    scanned(qtbot, page, CODE)
    page.events.setCurrentRow(0)
    page.amend_button.click()
    page.values.item(row_of(page, "mass_kg"), 1).setText("399")
    page.reason.setText("re-weighed")
    with qtbot.waitSignal(page.draft.saved, timeout=5000):
        page.draft.save_now()
    settle(qtbot, bench)

    again = shown_page(qtbot, make_bench(store, role="supervisor", name="Sun Li"))
    with qtbot.waitSignal(again.loaded, timeout=10000):
        again.restore_draft()
    assert again.picked() is not None and again.amend_button.isChecked()
    assert again.values.item(row_of(again, "mass_kg"), 1).text() == "399"
    assert again.reason.text() == "re-weighed" and again.banner.title.text() == "Draft restored"
    settle(qtbot, bench)


def test_texts_come_back_on_retranslate_and_the_page_fits(qtbot, store):
    stocked(store)
    bench = make_bench(store, role="supervisor")
    page = shown_page(qtbot, bench)
    scanned(qtbot, page, CODE)
    page.resize(1366 - 340, 620)
    page.record_button.setText("")
    page.retranslate()
    assert page.record_button.text() == "Record the correction" and page.events.count() == 1
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 340 and hint.height() <= 600, hint
    qtbot.wait(10)
    small = [b.text() for b in page.findChildren(QPushButton) if b.isVisible() and b.height() < 40]
    assert not small
    settle(qtbot, bench)
