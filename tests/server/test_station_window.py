"""The window of an enrolled station against the real server: intake asks the server about the pack on a reader
(a pack dismantled at another station is refused), the record nudges sync, and the status bar follows sync from
"waiting" to "up to date", or says the server is unreachable."""

from __future__ import annotations

import main
from station.rules.verdict import Outcome
from station.sync import state
from station.sync.history import LOOKUP_TIMEOUTS, ServerHistory
from station.sync.service import SyncService, SyncSettings
from tests.conftest import make_code
from tests.server.helpers import service
from tests.server.live import free_port
from tests.server.test_history import dismantled
from ui.scan_screen import ScanScreen
from ui.sync_status import SyncStatusLabel
from ui.tasks import TaskRunner


def test_an_enrolled_station_checks_the_server_records_and_syncs(qtbot, live_server, make_station):
    here = make_station("STA", live_server.url)
    there = make_station("STB", live_server.url)
    gone = make_code("P", 4700)
    dismantled(there, gone)
    service(there).run_once()

    sync, remote = main.network(here.store)
    assert isinstance(sync, SyncService) and isinstance(remote, ServerHistory)
    tasks = TaskRunner()
    screen = ScanScreen(here.store, tasks, lambda: "operator-3", remote=remote, recorded=sync.wake)
    label = SyncStatusLabel(sync, tasks, interval_ms=100)
    qtbot.addWidget(screen)
    qtbot.addWidget(label)
    sync.start()
    try:
        with qtbot.waitSignal(screen.judged, timeout=15000) as refused:
            screen.handle_scan(gone)
        verdict = refused.args[0]
        assert verdict.outcome is Outcome.REJECT
        assert "dismantled_elsewhere" in {f.code for f in verdict.findings}

        fresh = make_code("P", 4800)
        with qtbot.waitSignal(screen.judged, timeout=15000) as taken:
            screen.handle_scan(fresh)
        assert taken.args[0].outcome is not Outcome.REJECT
        assert "history_unavailable" not in {f.code for f in taken.args[0].findings}
        qtbot.waitUntil(lambda: label.text() == "Sync: up to date", timeout=15000)
        assert "Last synchronised" in label.toolTip()
        assert label.status.pending == 0 and label.status.acknowledged >= 2
    finally:
        sync.stop()
        tasks.wait()
        remote.close()


def test_an_unreachable_server_makes_the_intake_provisional_and_says_so(qtbot, make_station, tmp_path):
    here = make_station("STA")
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens here
    state.put(here.store.db, state.SERVER, dead)
    state.save_token(here.path, "a-token")
    remote = ServerHistory(dead, "a-token", "STA", timeouts=LOOKUP_TIMEOUTS)
    sync = SyncService(here.store, SyncSettings(idle_interval=0.2))
    tasks = TaskRunner()
    screen = ScanScreen(here.store, tasks, lambda: "operator-3", remote=remote, recorded=sync.wake)
    label = SyncStatusLabel(sync, tasks, interval_ms=100)
    qtbot.addWidget(screen)
    qtbot.addWidget(label)
    sync.start()
    try:
        with qtbot.waitSignal(screen.judged, timeout=15000) as taken:
            screen.handle_scan(make_code("P", 4900))
        verdict = taken.args[0]
        assert verdict.outcome is not Outcome.REJECT  # the bench never stands still for the network
        assert "history_unavailable" in {f.code for f in verdict.findings}
        qtbot.waitUntil(lambda: label.text().startswith("Sync: server unreachable"), timeout=15000)
        assert label.status.pending >= 1 and "b71c1c" in label.styleSheet()
    finally:
        sync.stop()
        tasks.wait()
        remote.close()


def test_a_station_that_is_not_enrolled_asks_nobody(make_station):
    assert main.network(make_station("STA").store) == (None, None)


def test_the_waiting_count_is_worded_with_plurals(qtbot):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import Translations

    translations = Translations(QCoreApplication.instance())
    try:
        assert translations.switch("en")
        one = QCoreApplication.translate("SyncStatusLabel", "Sync: %n event(s) waiting", "", 1)
        many = QCoreApplication.translate("SyncStatusLabel", "Sync: %n event(s) waiting", "", 12)
        assert (one, many) == ("Sync: 1 event waiting", "Sync: 12 events waiting")
        assert translations.switch("zh_CN")
        chinese = QCoreApplication.translate("SyncStatusLabel", "Sync: %n event(s) waiting", "", 12)
        assert chinese == "同步：12 条事件待上传"
    finally:
        translations.switch("en")
