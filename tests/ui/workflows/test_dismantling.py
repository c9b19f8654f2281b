"""The dismantling workflow end to end: a pack opened by its scan, modules scanned into it (each ticked, or refused
with the engine's reason), an echelon-use label per re-coded module on a real port-9100 printer, the count checked
when the pack is finished, and a crash mid-pack that brings the pack and its children back."""

from __future__ import annotations

import textwrap

import pytest

from hardware.printers.backends import RawSocketPrinter
from hardware.printers.labels import label_bytes
from hardware.printers.service import PrintService
from station import drafts
from station.documents.labels.echelon import EchelonLabel, echelon_label
from station.operations.dismantling import finish_dismantling, link_child
from station.operations.inspection import record_inspection
from station.operations.intake import IntakeForm, receive
from station.operations.reference import configure_station
from station.store.queries import StoreHistory
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.documents.listener import RawListener, free_port
from tests.ui.workflows.benches import crash_in, make_bench, settle
from ui.workflows.dismantling_page import DismantlingPage

PACK = make_code("P", serial=501)
MODULES = [make_code("M", serial=5010 + i) for i in range(3)]


def ready_pack(store: Store, pack: str = PACK, route: str = "echelon") -> None:
    """A pack in store, inspected and routed; the site re-codes echelon products as E01."""
    configure_station(store, ACTOR, echelon_maker="E01")
    assert receive(store, ACTOR, IntakeForm(pack)).received
    record_inspection(store, ACTOR, pack, "pass", route, {"voltage_v": 42.0}, {})


def page_for(qtbot, bench) -> DismantlingPage:
    page = DismantlingPage(bench)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    return page


def open_pack(qtbot, page: DismantlingPage, payload: str = PACK) -> None:
    with qtbot.waitSignal(page.opened, timeout=10000):
        page.take_scan(payload)


def scan(qtbot, page: DismantlingPage, payload: str):
    with qtbot.waitSignal(page.linked, timeout=10000) as answered:
        page.take_scan(payload)
    return answered.args[0]


@pytest.fixture
def printer(tmp_path):
    listener = RawListener()
    yield listener, PrintService({"label": RawSocketPrinter("127.0.0.1", listener.port)}, tmp_path / "spool")
    listener.close()


def test_a_pack_dismantled_with_an_echelon_label_per_module(qtbot, store, printer):
    listener, service = printer
    ready_pack(store)
    bench = make_bench(store, printers=service)
    page = page_for(qtbot, bench)
    open_pack(qtbot, page, PACK.lower() + "\r")  # as a wedge scanner types it
    assert PACK in page.pack_label.text() and "echelon" in page.route_label.text().lower()
    assert page.expected.value() == 0 and page.suggestion.text() == ""  # no earlier pack of this model
    page.expected.setValue(2)
    rows = [scan(qtbot, page, module) for module in MODULES[:2]]
    assert page.progress.text() == "2 of 2" and page.progress.value() == 2

    assert all(row.linked and row.echelon_code for row in rows)
    qtbot.waitUntil(lambda: len(listener.jobs) == 2, timeout=10000)  # one after the other, in scan order
    jobs = listener.wait_for(2)
    for job, row in zip(jobs, rows, strict=True):
        # decode-free: the job is exactly the echelon label of this module's new and original codes, as ZPL
        expected = label_bytes(service.printers["label"], echelon_label(EchelonLabel(row.echelon_code, row.code, "M")))
        assert job == expected and job.startswith(b"^XA")
    qtbot.waitUntil(lambda: all(r.label == "printed" for r in page.rows), timeout=5000)
    assert service.pending() == []
    for index, (row, module) in enumerate(zip(rows, MODULES, strict=False)):
        item = page.children_list.item(index).text()
        assert item.startswith("✔ " + module) and row.echelon_code in item and "label printed" in item
        assert row.echelon_code.startswith("E01MB24") and row.echelon_code.endswith("RM")

    page.finish_button.click()
    qtbot.waitUntil(lambda: page.banner.title.text() == "Pack dismantled", timeout=10000)
    settle(qtbot, bench)
    assert StoreHistory(store.db).battery(PACK).status == "dismantled"
    assert StoreHistory(store.db).children(PACK) == MODULES[:2]
    assert drafts.load(store, "dismantling") is None
    assert page.pack is None and page.children_list.count() == 0 and page.expected.value() == 0


def test_a_repeated_module_a_module_of_another_pack_and_a_pack_are_refused_with_the_reason(qtbot, store):
    ready_pack(store)
    other = make_code("P", serial=502)
    receive(store, ACTOR, IntakeForm(other))
    elsewhere = make_code("M", serial=5099)
    assert link_child(store, ACTOR, other, elsewhere).linked
    bench = make_bench(store)
    page = page_for(qtbot, bench)
    open_pack(qtbot, page)
    assert scan(qtbot, page, MODULES[0]).linked
    twice = scan(qtbot, page, MODULES[0])
    assert not twice.linked and [c for c, _ in twice.reasons] == ["child_duplicate"]
    assert page.children_list.item(1).text() == f"✖ {MODULES[0]}: Already scanned into this pack."
    assert page.banner.title.text() == "Reject"
    foreign = scan(qtbot, page, elsewhere)
    assert "child_linked_elsewhere" in [c for c, _ in foreign.reasons]
    assert f"Already belongs to {other}." in page.children_list.item(2).text()
    level = scan(qtbot, page, other)
    assert "child_wrong_level" in [c for c, _ in level.reasons]
    assert page.progress.text() == "1 scanned"  # refusals are listed, not counted
    assert StoreHistory(store.db).children(PACK) == [MODULES[0]]


def test_a_wrong_count_is_refused_in_words_and_the_pack_stays_open(qtbot, store):
    ready_pack(store, route="recycling")
    bench = make_bench(store)
    page = page_for(qtbot, bench)
    open_pack(qtbot, page)
    assert page.route_label.text() == ""
    row = scan(qtbot, page, MODULES[0])
    assert row.linked and row.echelon_code is None  # routed to recycling: no re-coding
    page.finish_button.click()
    assert page.banner.title.text() == "Not judged" and "Type how many" in page.banner.detail.text()
    page.expected.setValue(3)
    page.finish_button.click()
    qtbot.waitUntil(lambda: "expected" in page.banner.detail.text(), timeout=10000)
    settle(qtbot, bench)
    assert page.banner.detail.text() == "1 parts scanned, 3 expected."
    assert StoreHistory(store.db).battery(PACK).status == "dismantling"
    assert drafts.load(store, "dismantling").data == {"pack": PACK, "expected": 3}
    assert page.pack is not None and page.finish_button.isEnabled()


def test_the_expected_count_is_suggested_from_the_last_pack_of_the_model(qtbot, store):
    earlier = make_code("P", serial=400)  # same first 14 characters: the same model
    ready_pack(store, pack=earlier)
    for i in range(3):
        link_child(store, ACTOR, earlier, make_code("M", serial=4000 + i))
    finish_dismantling(store, ACTOR, earlier, expected_children=3)
    receive(store, ACTOR, IntakeForm(PACK))
    page = page_for(qtbot, make_bench(store))
    open_pack(qtbot, page)
    assert page.expected.value() == 3 and page.suggestion.text() == "The last pack of this model held 3."
    assert page.progress.text() == "0 of 3"


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        ("unknown", f"No battery {PACK} on record."),
        ("quarantined", "The pack is in quarantine and may not be dismantled."),
        ("dismantled", "This battery cannot be dismantled now (status: dismantled)."),
        ("cell", f"{make_code('C', serial=501)} is a cell: it holds no modules or cells."),
    ],
)
def test_a_pack_that_may_not_be_opened_is_refused_in_words(qtbot, store, setup, words):
    code = make_code("C", serial=501) if setup == "cell" else PACK
    if setup == "quarantined":
        receive(store, ACTOR, IntakeForm(PACK, measurements={"temperature_c": 75.0}))
    elif setup == "dismantled":
        receive(store, ACTOR, IntakeForm(PACK))
        finish_dismantling(store, ACTOR, PACK)
    elif setup == "cell":
        receive(store, ACTOR, IntakeForm(code))
    bench = make_bench(store)
    page = page_for(qtbot, bench)
    page.take_scan(code)
    qtbot.waitUntil(lambda: page.banner.title.text() == "Not judged", timeout=10000)
    assert page.banner.detail.text() == words
    assert page.pack is None and not page.finish_button.isEnabled()


def test_a_label_printer_that_does_not_answer_keeps_the_job_in_the_spool(qtbot, store, tmp_path):
    ready_pack(store)
    service = PrintService({"label": RawSocketPrinter("127.0.0.1", free_port(), timeout_s=1.0)}, tmp_path / "spool")
    bench = make_bench(store, printers=service)
    page = page_for(qtbot, bench)
    open_pack(qtbot, page)
    row = scan(qtbot, page, MODULES[0])
    qtbot.waitUntil(lambda: page.rows[0].label == "waiting", timeout=10000)
    assert page.rows[0].label_reason == "printer_refused"
    assert "label waits in the print queue" in page.children_list.item(0).text()
    assert row.echelon_code in page.banner.detail.text() and "print queue" in page.banner.detail.text()
    (job,) = service.pending("label")
    assert job.title == row.echelon_code
    assert StoreHistory(store.db).children(PACK) == [MODULES[0]]  # the link is recorded whatever the printer


def test_the_page_fits_the_bench_screen_and_retranslates(qtbot, store):
    page = page_for(qtbot, make_bench(store))
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 340 and hint.height() <= 768 - 120  # beside the step list, under the tabs
    assert page.finish_button.minimumHeight() >= 40 and page.aside_button.minimumHeight() >= 40
    page.retranslate()
    assert page.finish_button.text() == "Finish dismantling"


CRASHING = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from station.store.store import Store
    from tests.ui.workflows.benches import make_bench
    from ui.workflows.dismantling_page import DismantlingPage

    app = QApplication([])
    store = Store.open(sys.argv[1], station_id="ST0001")
    bench = make_bench(store)
    page = DismantlingPage(bench)
    answered = []

    def opened(_code):
        page.expected.setValue(3)
        page.take_scan(sys.argv[3])
        page.take_scan(sys.argv[4])

    def linked(row):
        answered.append(row)
        if len(answered) == 2:
            page.draft.saved.connect(lambda: os._exit(9))  # the power goes the moment the draft is on disk
            page.draft.save_now()

    page.opened.connect(opened)
    page.linked.connect(linked)
    page.take_scan(sys.argv[2])
    app.exec()
    """
)


def test_a_crash_in_the_middle_of_a_pack_reopens_it_with_its_children(qtbot, tmp_path):
    db = tmp_path / "station.sqlite3"
    store = Store.open(db, station_id="ST0001")
    ready_pack(store)
    store.close()
    crash_in(CRASHING, str(db), PACK, MODULES[0], MODULES[1])

    store = Store.open(db, station_id="ST0001")
    try:
        bench = make_bench(store, name="Zhao Lei")
        page = page_for(qtbot, bench)
        with qtbot.waitSignal(page.opened, timeout=10000):
            page.restore_draft()
        assert page.pack.code == PACK and page.expected.value() == 3
        assert [r.code for r in page.rows] == MODULES[:2] and all(r.linked and r.echelon_code for r in page.rows)
        assert page.banner.title.text() == "Draft restored" and page.progress.text() == "2 of 3"
        assert page.rows[0].echelon_code in page.children_list.item(0).text()
        assert scan(qtbot, page, MODULES[2]).echelon_code[10:17] == "0000003"
        page.finish_button.click()
        qtbot.waitUntil(lambda: page.banner.title.text() == "Pack dismantled", timeout=10000)
        assert StoreHistory(store.db).battery(PACK).status == "dismantled"
    finally:
        store.close()
