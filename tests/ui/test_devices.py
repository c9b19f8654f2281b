"""Devices changed in Settings are used at once: a scale and a serial scanner set up where there were none, a
label printer added, and the camera swapped, all while the window runs."""

from __future__ import annotations

import pytest

from hardware.camera.capture import Backoff
from hardware.printers.labels import print_label
from hardware.printers.service import PrintService
from hardware.scale import ScaleConfig
from hardware.serialport import LinkConfig, LinkState
from station.documents.labels.echelon import EchelonLabel, echelon_label
from station.settings import Settings
from tests.documents.listener import RawListener
from tests.ptys import PtyDevice
from tests.scale.sim import StreamingScale
from tests.ui.workflows.conftest import replay_rig
from ui.camera_view import CameraFeed
from ui.devices import BenchDevices, DeviceBuilders
from ui.scale_status import ScaleFeed, ScaleStatusButton
from ui.serial_scanner import SerialScannerFeed
from ui.tasks import TaskRunner
from ui.workflows.fields import WeightField

FIRST, SECOND = "001PB240000003B3C0221953", "001PB240000003B3C0221954"


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def test_devices_set_up_in_settings_are_used_without_a_restart(qtbot, tmp_path, tasks):
    sim = StreamingScale(tmp_path)
    scanner_port = PtyDevice(tmp_path, "ttyACM0")
    printer = RawListener()
    try:
        settings = Settings(tmp_path / "settings.json")
        rigs = {FIRST: replay_rig(tmp_path / "a", FIRST), SECOND: replay_rig(tmp_path / "b", SECOND)}
        builders = DeviceBuilders(
            camera=lambda s: rigs[SECOND],
            scanner=lambda s: LinkConfig(s.get("scanner.serial.port"), backoff=Backoff(0.02, 0.1)),
            scale=lambda s: ScaleConfig(LinkConfig(s.get("scale.port"), backoff=Backoff(0.02, 0.1))),
        )
        feed = CameraFeed(rigs[FIRST])
        serial = SerialScannerFeed(None)
        scale = ScaleFeed(None, tasks)
        printers = PrintService({}, tmp_path / "spool")
        devices = BenchDevices(builders, tasks, feed, serial, scale, printers)
        weight = WeightField(scale)
        button = ScaleStatusButton(scale)
        qtbot.addWidget(weight)
        qtbot.addWidget(button)
        seen: list[str] = []
        feed.scanned.connect(lambda scan, _at: seen.append(scan.symbol.text))
        for each in (feed, serial, scale):
            each.start()
        assert not weight.weigh.isEnabled() and not scale.configured and button.isHidden()
        qtbot.waitUntil(lambda: FIRST in seen, timeout=10000)

        settings.update(
            {
                "scale.port": str(sim.path),
                "scanner.serial.port": str(scanner_port.path),
                "printer.label": f"socket://127.0.0.1:{printer.port}",
                "camera.source": "replay",
            }
        )
        applied = devices.apply(settings, ["scale.port", "scanner.serial.port", "printer.label", "camera.source"])
        assert applied == ["camera", "scanner", "scale", "printers"]

        qtbot.waitUntil(lambda: scale.state is LinkState.CONNECTED, timeout=5000)
        qtbot.waitUntil(weight.weigh.isEnabled, timeout=5000)
        sim.set("12.5")
        weight.weigh.click()
        qtbot.waitUntil(lambda: weight.value() == 12.5, timeout=10000)

        qtbot.waitUntil(lambda: serial.state is LinkState.CONNECTED, timeout=5000)
        with qtbot.waitSignal(serial.scanned, timeout=5000) as scanned:
            scanner_port.send(FIRST.encode() + b"\r\n")
        assert scanned.args[0].strip() == FIRST.encode()

        qtbot.waitUntil(lambda: SECOND in seen, timeout=10000)
        assert seen[-1] == SECOND and not rigs[FIRST].running  # the old camera was let go

        outcome = print_label(printers, echelon_label(EchelonLabel("0ABMB24B3C0221953RM", SECOND, "M")), "x")
        assert outcome.printed and printer.wait_for(1)
    finally:
        for each in (feed, serial, scale):
            each.stop()
        tasks.wait()
        sim.close()
        scanner_port.close()
        printer.close()
