"""The uploads-due and containers views in the window: read on a worker, coloured by urgency, worded in the
operator's language."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from station.store.localtime import today as local_today
from station.store.store import Store
from tests.hazard.conftest import fill_, open_, seal_
from tests.operations.scenario import run_day
from tests.ui.people import logged_in
from ui.duty_views import SOON, URGENT, ContainersView, DeadlinesView
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def test_uploads_due_soonest_first_worded_and_marked_by_urgency(qtbot, store: Store):
    run_day(store, local_today())
    tasks = TaskRunner()
    view = DeadlinesView(store, tasks)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10000)
    dues = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
    assert dues == sorted(dues)
    states = [row.cells[0] for row in view.rows]
    assert set(states) <= {"due", "at_risk"} and "at_risk" not in {
        view.table.item(r, 0).text() for r in range(len(states))
    }
    for r, row in enumerate(view.rows):  # worded, and coloured by the code behind the word
        assert view.table.item(r, 0).text() == {"due": "due", "at_risk": "at risk"}[row.cells[0]]
        assert (row.urgency == SOON) == (row.cells[0] == "at_risk") and row.urgency != URGENT
    assert view.summary.text().startswith(f"{len(states)} uploads waiting: 0 overdue")
    assert len(states) == len([d for d in view.rows if d.cells[4]])  # each names its battery
    tasks.wait()


def test_containers_on_site_with_their_storage_deadline(qtbot, store: Store):
    from station.operations.reference import configure_station
    from tests.conftest import ACTOR
    from tests.hazard.conftest import SITE_USCC

    configure_station(store, ACTOR, role="dismantler", site_name="站", site_uscc=SITE_USCC)
    old = open_(store, day=local_today() - timedelta(days=350))
    fill_(store, old, 12.5, day=local_today() - timedelta(days=350))
    seal_(store, old, day=local_today() - timedelta(days=349))
    fresh = open_(store)
    fill_(store, fresh, 3)
    empty = open_(store)
    tasks = TaskRunner()
    view = ContainersView(store, tasks)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.table.rowCount() == 3, timeout=10000)
    by_code = {view.table.item(r, 1).text(): r for r in range(3)}
    row = by_code[old]
    assert view.table.item(row, 0).text() == "sealed" and view.table.item(row, 3).text() == "12.500"
    assert int(view.table.item(row, 6).text()) < 30 and view.table.item(row, 0).background().color() == SOON
    assert view.table.item(by_code[fresh], 0).text() == "open" and view.table.item(by_code[empty], 4).text() == ""
    assert view.summary.text() == "3 containers on site: 0 past the storage limit, 1 nearing it."
    tasks.wait()


def test_the_window_has_them_as_tabs_in_both_languages(qtbot, store: Store):
    tasks = TaskRunner()
    translations = Translations(QCoreApplication.instance())
    window = MainWindow(store, tasks, translations, logged_in(store))
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Scan", "Work", "Records", "Shift", "Uploads due", "Containers"]
    try:
        assert translations.switch("zh_CN")
        qtbot.waitUntil(lambda: window.tabs.tabText(4) != "Uploads due")
        chinese = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert chinese == ["扫码", "作业", "记录", "本班", "待上报", "危废容器"]
        assert window.deadlines.refresh_button.text() != "Refresh"
    finally:
        translations.switch("en")
    tasks.wait()
