"""The Sync tab: a real sync service that tried an unreachable server, with events waiting and a problem that
needs a person, shown in words with what to do."""

from __future__ import annotations

import pytest

from station.operations.intake import IntakeForm, receive
from station.sync import state
from station.sync.client import ServerUnavailable
from station.sync.pusher import problem
from station.sync.service import SyncService
from tests.conftest import make_code
from tests.documents.listener import free_port
from ui.sync_view import SyncView
from ui.tasks import TaskRunner


def test_the_sync_tab_lists_what_waits_why_and_what_to_do(qtbot, store):
    port = free_port()  # nothing listens there: the server is "down"
    state.put(store.db, state.SERVER, f"http://127.0.0.1:{port}")
    state.save_token(store.path, "station-token")
    for serial in (1, 2):
        receive(store, "cli:tester", IntakeForm(make_code("P", serial=serial)))
    service = SyncService(store)
    with pytest.raises(ServerUnavailable):
        service.run_once()
    state.add_problem(store.db, problem("event_too_large", seq=2, event_id="e2"))

    tasks = TaskRunner()
    view = SyncView(store, service, tasks)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.picture is not None, timeout=5000)

    assert view.headline.text().startswith("1 problem")
    assert view._values["server"].text() == f"http://127.0.0.1:{port}"
    assert view._values["last"].text() == "never yet"
    assert view._values["pending"].text() == str(state.local_head(store.db))
    assert "server" in view._values["connection"].text().lower()
    assert view.problems.rowCount() == 1
    assert view.problems.item(0, 1).text() == "event 2"
    assert view.problems.item(0, 3).text()  # what to do, in words
    codes = [view.waiting.item(row, 3).text() for row in range(view.waiting.rowCount())]
    assert make_code("P", serial=1) in codes and make_code("P", serial=2) in codes
    assert view.waiting.item(0, 0).text() == "1"  # oldest first
    assert view.sync_now.isEnabled()
    tasks.wait()
