"""A serial scanner on a pseudo-terminal driving the real scan screen: a scan is judged and recorded, a broken
frame is shown as a problem (never judged), and the status bar follows the scanner being unplugged and back."""

from __future__ import annotations

import pytest

from hardware.camera.capture import Backoff
from hardware.serialport import LinkConfig, LinkState
from station.rules.verdict import Outcome
from station.store.store import Store
from tests.conftest import make_code
from tests.ptys import PtyDevice
from ui.scan_screen import ScanScreen
from ui.serial_scanner import SerialScannerFeed, SerialScannerStatus
from ui.tasks import TaskRunner


@pytest.fixture
def device(tmp_path):
    dev = PtyDevice(tmp_path, "ttyACM0")
    yield dev
    dev.close()


@pytest.fixture
def bench(qtbot, store: Store, device):
    tasks = TaskRunner()
    screen = ScanScreen(store, tasks, lambda: "operator-7")
    qtbot.addWidget(screen)
    feed = SerialScannerFeed(LinkConfig(str(device.path), line_timeout_s=0.3, backoff=Backoff(0.02, 0.1)))
    feed.scanned.connect(screen.scanner_input)
    feed.failed.connect(screen.show_failure)
    status = SerialScannerStatus(feed)
    qtbot.addWidget(status)
    feed.start()
    qtbot.waitUntil(lambda: feed.state is LinkState.CONNECTED, timeout=5000)
    yield screen, feed, status
    feed.stop()
    tasks.wait()


def test_a_serial_scan_is_judged_and_recorded_with_its_actor(qtbot, bench, device, store):
    screen, _, status = bench
    assert "connected" in status.text()
    code = make_code("P")
    with qtbot.waitSignal(screen.judged, timeout=10000) as got:
        device.send(b"\x02" + code.encode() + b"\x03\r\n")  # STX/ETX framing: stripped by the code reader
    assert got.args[0].outcome is Outcome.ACCEPT
    assert screen.banner.outcome is Outcome.ACCEPT
    row = store.db.execute_sql("SELECT actor FROM event WHERE type = 'battery.received'").fetchone()
    assert row == ("operator-7",)


def test_a_garbled_frame_is_shown_as_a_problem_and_records_nothing(qtbot, bench, device, store):
    screen, feed, _ = bench
    before = store.event_count()
    with qtbot.waitSignal(feed.failed, timeout=5000) as got:
        device.send(b"03U\x00\x00PE0100\r\n")
    assert got.args[0] == "serial_scan_garbled"
    qtbot.waitUntil(lambda: "garbled" in screen.banner.detail.text(), timeout=5000)
    assert store.event_count() == before


def test_the_status_bar_shows_an_unplugged_scanner_and_its_return(qtbot, bench, device):
    _, feed, status = bench
    device.unplug()
    qtbot.waitUntil(lambda: feed.state is LinkState.DISCONNECTED, timeout=5000)
    qtbot.waitUntil(lambda: "Reconnecting" in status.text() or "Retrying" in status.text(), timeout=5000)
    assert str(device.path) in status.text()
    device.plug()
    qtbot.waitUntil(lambda: status.text().endswith("connected") and feed.state is LinkState.CONNECTED, timeout=5000)
