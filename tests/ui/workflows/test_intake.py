"""The intake workflow end to end: a scan, the source, the scale's weight, a camera photo and a flag, recorded
into store or quarantine; a refusal keeps what was typed; a crash mid-step brings the draft back."""

from __future__ import annotations

import json
import textwrap

from station import drafts, photos
from station.rules.verdict import Outcome
from station.store.queries import StoreHistory
from station.store.store import Store
from tests.conftest import make_code
from tests.ui.workflows.benches import crash_in, make_bench, settle
from ui.workflows.intake_page import IntakePage

USCC = "91350100M000100Y43"
CODE = make_code("P", serial=101)


def page_for(qtbot, bench) -> IntakePage:
    page = IntakePage(bench)
    qtbot.addWidget(page)
    page.show()
    return page


def received(store: Store) -> list[dict]:
    rows = store.db.execute_sql("SELECT payload FROM event WHERE type = 'battery.received' ORDER BY seq").fetchall()
    return [json.loads(r[0]) for r in rows]


def test_a_scanned_pack_weighed_and_photographed_is_recorded_and_the_source_stays(qtbot, store, camera, scale):
    feed = camera(CODE)
    bench = make_bench(store, feed=feed, scale=scale)
    page = page_for(qtbot, bench)
    page.take_scan(CODE.lower() + "\r")  # as a wedge scanner types it
    page.source_name.setText("某某报废汽车回收有限公司")
    page.source_uscc.setText(USCC)
    assert page.source_uscc.valid()
    page.document.setText("BF-2026-0042")
    page.vin.setText("1M8GDM9AXKP042788")
    scale.sim.set("412.6")
    qtbot.waitUntil(lambda: scale.last.weight is not None and scale.last.weight.stable, timeout=5000)
    page.mass.weigh.click()
    qtbot.waitUntil(lambda: page.mass.value() == 412.6, timeout=10000)
    page.photos.take.click()
    qtbot.waitUntil(lambda: len(page.photos.photos()) == 1, timeout=5000)
    page.record_button.click()
    qtbot.waitUntil(lambda: page.banner.outcome is not None, timeout=10000)
    settle(qtbot, bench)

    assert page.banner.outcome is Outcome.ACCEPT
    (payload,) = received(store)
    assert payload["code"] == CODE
    assert payload["source"] == {"name": "某某报废汽车回收有限公司", "uscc": USCC, "document": "BF-2026-0042"}
    assert payload["vin"] == "1M8GDM9AXKP042788" and payload["mass_kg"] == 412.6
    (digest,) = payload["photos"]
    assert photos.path(store.path, digest).read_bytes().startswith(photos.JPEG_MAGIC)
    assert payload["recycling_no"] in page.banner.detail.text()
    assert drafts.load(store, "intake") is None  # finished with the record, and the cleared form is no draft
    assert page.code.text() == "" and page.mass.value() is None and page.photos.photos() == ()
    assert page.source_uscc.text() == USCC  # the next battery of the delivery comes from the same company


def test_a_leaking_pack_goes_to_the_quarantine_queue(qtbot, store):
    bench = make_bench(store)
    page = page_for(qtbot, bench)
    page.take_scan(make_code("P", serial=102))
    page.flags["leakage"].setChecked(True)
    page.record_button.click()
    qtbot.waitUntil(lambda: page.banner.outcome is not None, timeout=10000)
    assert page.banner.outcome is Outcome.QUARANTINE
    assert "leakage" in page.banner.detail.text().lower()
    assert StoreHistory(store.db).battery(make_code("P", serial=102)).status == "quarantined"


def test_a_battery_without_a_code_is_received_under_its_recycling_number(qtbot, store):
    bench = make_bench(store)
    page = page_for(qtbot, bench)
    page.no_code.setChecked(True)
    page.kind.setCurrentIndex(page.kind.findData("M"))
    page.record_button.click()
    qtbot.waitUntil(lambda: page.banner.outcome is not None, timeout=10000)
    (payload,) = received(store)
    assert payload["code"].startswith("NOCODE-") and payload["kind"] == "M"
    assert page.banner.outcome is Outcome.QUARANTINE  # no code is a high-risk flag in the default rules


def test_a_wrong_credit_code_is_refused_in_words_and_the_typing_is_kept(qtbot, store):
    bench = make_bench(store)
    page = page_for(qtbot, bench)
    page.take_scan(CODE)
    page.source_uscc.setText("91350100M000100Y44")  # check character wrong
    assert not page.source_uscc.valid() and page.source_uscc.status.text()
    page.record_button.click()
    qtbot.waitUntil(lambda: page.banner.title.text() == "Not judged", timeout=10000)
    settle(qtbot, bench)
    assert "credit code" in page.banner.detail.text().lower()
    assert received(store) == []
    assert drafts.load(store, "intake").data["source"]["uscc"] == "91350100M000100Y44"
    assert page.code.text() == CODE


def test_an_empty_code_is_asked_for_not_recorded(qtbot, store):
    page = page_for(qtbot, make_bench(store))
    page.record_button.click()
    assert page.banner.title.text() == "Not judged" and "code" in page.banner.detail.text()
    assert received(store) == []


def test_a_vin_with_a_wrong_check_digit_needs_confirming(qtbot, store):
    bench = make_bench(store)
    page = page_for(qtbot, bench)
    page.take_scan(CODE)
    page.vin.setText("1M8GDM9A0KP042788")
    page.record_button.click()
    qtbot.waitUntil(page.vin_confirmed.isVisible, timeout=10000)
    assert received(store) == []
    page.vin_confirmed.setChecked(True)
    page.record_button.click()
    qtbot.waitUntil(lambda: page.banner.outcome is not None, timeout=10000)
    assert received(store)[0]["vin"] == "1M8GDM9A0KP042788"


CRASHING = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from station.store.store import Store
    from tests.ui.workflows.benches import make_bench
    from ui.workflows.intake_page import IntakePage

    app = QApplication([])
    store = Store.open(sys.argv[1], station_id="ST0001")
    bench = make_bench(store)
    page = IntakePage(bench)
    page.take_scan(sys.argv[2])
    page.source_name.setText("某某回收公司")
    page.flags["accident_vehicle"].setChecked(True)
    page.mass.set_value(398.5)
    page.draft.saved.connect(lambda: os._exit(9))  # the power goes the moment the draft is on disk
    app.exec()
    """
)


def test_a_crash_in_the_middle_of_an_intake_brings_the_draft_back(qtbot, tmp_path):
    db = tmp_path / "station.sqlite3"
    Store.open(db, station_id="ST0001").close()
    crash_in(CRASHING, str(db), CODE)

    store = Store.open(db, station_id="ST0001")
    try:
        page = page_for(qtbot, make_bench(store, name="Zhao Lei"))
        page.restore_draft()
        qtbot.waitUntil(lambda: page.code.text() == CODE, timeout=5000)
        assert page.source_name.text() == "某某回收公司"
        assert page.flags["accident_vehicle"].isChecked() and page.mass.value() == 398.5
        assert page.banner.title.text() == "Draft restored"
        assert "Last typed by Li Ming at" in page.banner.detail.text()  # the crashed bench's operator
        page.record_button.click()
        qtbot.waitUntil(lambda: page.banner.outcome is not None, timeout=10000)
        (payload,) = received(store)
        assert payload["flags"] == ["accident_vehicle"] and payload["mass_kg"] == 398.5
    finally:
        store.close()
