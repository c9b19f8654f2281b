"""The bench scale in the window: a streaming indicator on a pseudo-terminal drives the real status-bar button, its
menu zeroes and tares off the GUI thread, and a problem replaces the weight instead of leaving a stale number."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication

import main
from hardware.camera.capture import Backoff
from hardware.scale import ScaleConfig
from hardware.serialport import LinkConfig, LinkState
from station.settings import Settings
from tests.scale.sim import StreamingScale
from ui.i18n import Translations
from ui.scale_status import ScaleFeed, ScaleStatusButton, show_kg
from ui.tasks import TaskRunner


@pytest.fixture
def bench(qtbot, tmp_path):
    sim = StreamingScale(tmp_path)
    tasks = TaskRunner()
    feed = ScaleFeed(ScaleConfig(LinkConfig(str(sim.path), backoff=Backoff(0.02, 0.1))), tasks)
    button = ScaleStatusButton(feed)
    qtbot.addWidget(button)
    feed.start()
    qtbot.waitUntil(lambda: feed.state is LinkState.CONNECTED, timeout=5000)
    yield sim, feed, button
    feed.stop()
    tasks.wait()
    sim.close()


def test_the_live_weight_shows_settling_then_settled(qtbot, bench):
    sim, _, button = bench
    sim.set("451.2", steady=False)
    qtbot.waitUntil(lambda: button.text() == "Scale: 451.20 kg · settling…", timeout=5000)
    sim.set("451.2")
    qtbot.waitUntil(lambda: button.text() == "Scale: 451.20 kg · settled", timeout=5000)
    assert button.styleSheet() == ""


def test_tare_and_zero_from_the_menu(qtbot, bench):
    sim, feed, button = bench
    sim.set("0.4")
    qtbot.waitUntil(lambda: "settled" in button.text(), timeout=5000)
    button.zero_action.trigger()
    qtbot.waitUntil(lambda: button.text() == "Scale: 0.00 kg · settled", timeout=5000)
    sim.set("25.4")  # an empty container on the platform
    with qtbot.waitSignal(feed.weighed, timeout=10000) as got:
        button.tare_action.trigger()
    assert got.args[0].shown_kg == Decimal("25.40")
    qtbot.waitUntil(lambda: button.text() == "Scale: 0.00 kg net · settled", timeout=5000)
    sim.set("125.9")
    qtbot.waitUntil(lambda: button.text() == "Scale: 100.50 kg net · settled", timeout=5000)
    button.clear_tare_action.trigger()
    qtbot.waitUntil(lambda: button.text() == "Scale: 125.50 kg · settled", timeout=5000)


def test_a_refused_zero_is_explained_and_problems_replace_the_weight(qtbot, bench):
    sim, feed, button = bench
    sim.set("125.9")
    qtbot.waitUntil(lambda: "settled" in button.text(), timeout=5000)
    with qtbot.waitSignal(feed.failed, timeout=10000) as got:
        button.zero_action.trigger()
    assert got.args[0] == "scale_zero_out_of_range"
    assert "more than the 2 kg that may be zeroed" in button.toolTip()
    sim.line = b"OL,GS,+9999999kg"
    qtbot.waitUntil(lambda: button.text() == "Scale: The load is beyond the scale's range.", timeout=5000)
    assert "b71c1c" in button.styleSheet()
    sim.line = None
    qtbot.waitUntil(lambda: "125.90 kg" in button.text(), timeout=5000)
    sim.unplug()
    qtbot.waitUntil(lambda: button.text() == "Scale: The scale is not connected.", timeout=5000)
    sim.plug()
    qtbot.waitUntil(lambda: "125.90 kg" in button.text(), timeout=10000)


def test_the_button_speaks_chinese(qtbot, bench):
    sim, _, button = bench
    translations = Translations(QCoreApplication.instance())
    assert translations.switch("zh_CN")
    try:
        button.retranslate()
        sim.set("12.5")
        qtbot.waitUntil(lambda: button.text() == "秤：12.50 千克 · 已稳定", timeout=5000)
        assert button.zero_action.text() == "秤清零"
    finally:
        translations.switch("en")


def test_pounds_show_in_kilograms_to_the_gram():
    assert show_kg(Decimal("5.5973298458"), "lb") == "5.597"
    assert show_kg(Decimal("450.50"), "kg") == "450.50"


def test_the_scale_comes_from_the_settings(tmp_path):
    settings = Settings(None)
    assert main.scale(settings) is None
    settings.update({"scale.port": "/dev/ttyUSB0", "scale.protocol": "sics", "scale.stable_tolerance_kg": 0.2})
    config = main.scale(settings)
    assert config.link.url == "/dev/ttyUSB0" and config.link.baudrate == 9600
    assert config.protocol == "sics"
    assert config.stable_tolerance_kg == Decimal("0.2")  # not 0.2000000000000000111...
    assert config.zero_range_kg == Decimal("2.0")
