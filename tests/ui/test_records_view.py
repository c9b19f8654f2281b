"""The records browser on the offscreen platform: a real store built with the real operations, the real widget,
every question answered on a worker."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt

from station import status
from station.operations.intake import IntakeForm, receive
from station.store import events
from station.store.events import NewEvent
from station.store.localtime import today as local_today
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.operations.scenario import SOURCE, run_day
from ui.i18n import Translations
from ui.records_view import RecordsView
from ui.tasks import TaskRunner

VIN = "1M8GDM9AXKP042788"
MARKUP = "<b>BOLD</b><i>x</i>"


@pytest.fixture
def made(store: Store, today: date) -> dict[str, list[str]]:
    found = run_day(store, today)
    receive(store, ACTOR, IntakeForm(make_code("P", serial=31), SOURCE, vin=VIN), today)
    return found


@pytest.fixture
def view(qtbot, store: Store, made):
    tasks = TaskRunner()
    widget = RecordsView(store, tasks)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.results.rowCount() > 0, timeout=10000)
    yield widget
    tasks.wait()


def column(table, c: int) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount())]


def search_for(qtbot, view: RecordsView, text: str) -> None:
    view.text.clear()
    qtbot.keyClicks(view.text, text)
    with qtbot.waitSignal(view.results_shown, timeout=10000):
        qtbot.keyClick(view.text, Qt.Key.Key_Return)  # Enter searches


def test_first_opening_lists_the_latest_intakes(view: RecordsView, store: Store):
    total = store.db.execute_sql("SELECT COUNT(*) FROM battery").fetchone()[0]
    assert view.results.rowCount() == min(total, 50)
    assert column(view.results, 0)[0] == make_code("P", serial=31)  # newest first
    assert view.summary.text() == f"Batteries found: {total}."


def test_search_by_code_then_timeline_and_tree(qtbot, view: RecordsView, made):
    pack = made["packs"][1]
    search_for(qtbot, view, pack[-8:].lower())
    qtbot.waitUntil(lambda: column(view.results, 0) == [pack], timeout=10000)
    assert column(view.results, 1) == ["Pack"] and column(view.results, 2) == ["being dismantled"]
    assert view.results.item(0, 4).text() == local_today().isoformat()
    view.results.selectRow(0)
    qtbot.waitUntil(lambda: view.timeline.rowCount() > 0, timeout=10000)
    words = column(view.timeline, 1)
    assert words[:2] == ["received", "inspected"] and "scan refused" in words
    assert set(column(view.timeline, 2)) == {ACTOR}
    details = column(view.timeline, 3)
    assert f"From: {SOURCE.name}" in details[0] and "Mass (kg): 411.5" in details[0]
    assert details[1] == "Result: passed · Route: recycling"
    refused = details[words.index("scan refused")]
    assert "Already received and still here (status: being dismantled)." in refused
    assert view.tree.topLevelItem(0).text(0) == pack and view.tree.topLevelItem(0).childCount() == 2


def test_search_by_vin(qtbot, view: RecordsView):
    search_for(qtbot, view, VIN[-6:].lower())
    qtbot.waitUntil(lambda: column(view.results, 5) == [VIN], timeout=10000)
    assert column(view.results, 0) == [make_code("P", serial=31)]


def test_search_by_status(qtbot, view: RecordsView, made):
    view.status.setCurrentIndex(view.status.findData(status.HANDED_OUT))
    assert view.status.currentText() == "handed out"
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: set(column(view.results, 0)) == set(made["modules"][:2]), timeout=10000)
    assert set(column(view.results, 2)) == {"handed out"} and set(column(view.results, 1)) == {"Module"}


def test_search_by_local_intake_date_with_enter_in_the_date(qtbot, store: Store, monkeypatch, today: date):
    late, early = make_code("P", serial=41), make_code("P", serial=42)
    monkeypatch.setattr(events, "utc_now", lambda: "2026-11-23T16:30:00.000000+00:00")  # 00:30 on the 24th, China
    receive(store, ACTOR, IntakeForm(late, SOURCE), today)
    monkeypatch.setattr(events, "utc_now", lambda: "2026-11-23T15:59:00.000000+00:00")  # 23:59 on the 23rd
    receive(store, ACTOR, IntakeForm(early, SOURCE), today)
    monkeypatch.undo()
    receive(store, ACTOR, IntakeForm(make_code("P", serial=43), SOURCE), today)  # today, really
    tasks = TaskRunner()
    view = RecordsView(store, tasks)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.results.rowCount() == 3, timeout=10000)
    view.date_from.setDate(QDate(2026, 11, 24))
    view.date_to.setDate(QDate(2026, 11, 24))
    qtbot.keyClick(view.date_to, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: column(view.results, 0) == [late], timeout=10000)
    assert column(view.results, 4) == ["2026-11-24"]
    view.date_from.clear_day()
    view.date_to.setDate(QDate(2026, 11, 23))
    view.search()
    qtbot.waitUntil(lambda: column(view.results, 0) == [early], timeout=10000)
    tasks.wait()


def test_tree_from_a_cell_shows_the_whole_pack_with_the_cell_marked(qtbot, view: RecordsView, made):
    cell = made["cells"][5]  # second pack, second module, second cell
    view.show_code(cell)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1 and view.shown.code == cell, timeout=10000)
    root = view.tree.topLevelItem(0)
    assert (root.text(0), root.text(1), root.text(2)) == (made["packs"][1], "Pack", "being dismantled")
    modules = [root.child(i) for i in range(root.childCount())]
    assert [m.text(0) for m in modules] == made["modules"][2:4]
    assert [modules[1].child(i).text(0) for i in range(2)] == made["cells"][6:8]
    current = view.tree.currentItem()
    assert current.text(0) == cell and current.text(1) == "Cell" and current.font(0).bold()
    assert current.parent().text(0) == made["modules"][2] and current.parent().isExpanded() and root.isExpanded()
    assert view.heading.text() == f"{cell} · Cell · in store"
    qtbot.waitUntil(lambda: column(view.results, 0)[:1] == [cell], timeout=10000)
    assert view.results.selectedItems()[0].text() == cell  # the search bar shows it too


def test_markup_in_a_code_is_shown_as_text(qtbot, view: RecordsView, store: Store):
    store.record(ACTOR, [NewEvent("battery.received", {"code": MARKUP, "kind": "P"})])
    search_for(qtbot, view, "<b>")
    qtbot.waitUntil(lambda: column(view.results, 0) == [MARKUP], timeout=10000)
    view.results.selectRow(0)
    qtbot.waitUntil(lambda: view.shown is not None and view.shown.code == MARKUP, timeout=10000)
    assert view.heading.textFormat() == Qt.TextFormat.PlainText and view.heading.text().startswith(MARKUP)
    assert view.tree.topLevelItem(0).text(0) == MARKUP


def test_an_unknown_code_is_said_so(qtbot, view: RecordsView):
    view.show_code("NO-SUCH-CODE")
    qtbot.waitUntil(lambda: view.shown is not None and view.shown.code == "NO-SUCH-CODE", timeout=10000)
    assert view.heading.text() == "No battery NO-SUCH-CODE on record."
    assert view.timeline.rowCount() == 0 and view.tree.topLevelItemCount() == 0
    qtbot.waitUntil(lambda: view.summary.text() == "Batteries found: 0.", timeout=10000)


def test_show_more_pages_on(qtbot, view: RecordsView, store: Store, today: date):
    for serial in range(60):
        receive(store, ACTOR, IntakeForm(make_code("P", serial=500 + serial), SOURCE), today)
    view.search()
    qtbot.waitUntil(lambda: view.more and view.results.rowCount() == 50, timeout=10000)
    assert view.summary.text() == "Batteries shown: 50. More match." and view.more_button.isEnabled()
    total = store.db.execute_sql("SELECT COUNT(*) FROM battery").fetchone()[0]
    view.more_button.click()
    qtbot.waitUntil(lambda: view.results.rowCount() == total, timeout=10000)
    assert not view.more_button.isEnabled() and len(set(column(view.results, 0))) == total


def test_retranslate_rewords_what_is_shown(qtbot, view: RecordsView, made):
    view.show_code(made["packs"][0])
    qtbot.waitUntil(lambda: view.timeline.rowCount() > 0, timeout=10000)
    translations = Translations(QCoreApplication.instance())
    try:
        assert translations.switch("zh_CN")
        view.retranslate()
        assert view.tree.topLevelItem(0).text(2) not in ("", "dismantled")
        assert view.status.itemText(view.status.findData(status.IN_STORE)) != "in store"
    finally:
        translations.switch("en")
    view.retranslate()
    assert view.tree.topLevelItem(0).text(2) == "dismantled" and view.search_button.text() == "&Search"


def test_keyboard_order_runs_through_the_search_bar_then_the_results(view: RecordsView):
    wanted = [view.text, view.status, view.date_from, view.date_to, view.search_button, view.results]
    wanted += [view.more_button, view.timeline, view.tree]
    chain, widget = [], view.text
    for _ in range(60):
        if widget in wanted and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == wanted


def test_the_timeline_names_the_operator_not_their_id(qtbot, store: Store):
    from station import operators as ops

    admin = ops.add_operator(store, ACTOR, "Wang Fang", "administrator", "2580")
    code = make_code("P", 77)
    receive(store, admin.actor, IntakeForm(code))
    tasks = TaskRunner()
    widget = RecordsView(store, tasks)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.dossier_shown, timeout=10000):
        widget.show_code(code)
    assert column(widget.timeline, 2) == ["Wang Fang"]
    tasks.wait()
