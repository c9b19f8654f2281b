"""The camera in the window: real frames through the real rig to a verdict on screen, the demo marked as such,
a lost camera shown, and repeated scans asking first (camera and handheld sharing one memory)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt

from hardware.camera import DemoSource, ReplaySource, SourceError
from hardware.camera.rig import CameraRig, build_rig
from hardware.camera.symbol_art import SymbolSpec
from hardware.camera.synthetic import HD, synth_frame
from hardware.camera.webcam import CameraSettings
from hardware.decode import DecodePipeline, PipelineConfig, Symbology
from hardware.decode.tracker import DuplicatePolicy, DuplicateScope, Scan, ScanTracker
from station.rules.ruleset import builtin
from station.rules.verdict import Outcome
from station.shifts import parse_shift_starts
from station.store.store import Store
from tests.conftest import make_code
from tests.ui.people import logged_in
from ui.camera_view import CameraFeed
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.scan_screen import ScanScreen
from ui.tasks import TaskRunner

CODE = make_code("P", serial=555)


def rig_for(source, scope: DuplicateScope = DuplicateScope.ADJACENT) -> CameraRig:
    pipeline = DecodePipeline(PipelineConfig(budget_ms=5_000), builtin().code_tables)
    return CameraRig(source, pipeline, ScanTracker(policy=DuplicatePolicy(scope)))


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def screen_with(qtbot, store: Store, tasks: TaskRunner, rig: CameraRig | None) -> ScanScreen:
    feed = CameraFeed(rig) if rig is not None else None
    screen = ScanScreen(store, tasks, lambda: "operator-1", feed)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    return screen


def events(store: Store, kind: str) -> int:
    return store.db.execute_sql("SELECT count(*) FROM event WHERE type = ?", (kind,)).fetchone()[0]


def label_folder(tmp_path, render, text: str = CODE):
    for i in range(3):
        cv2.imwrite(str(tmp_path / f"f{i}.png"), render([SymbolSpec(text, Symbology.QR_CODE)], seed=40 + i).image)
    return tmp_path


@pytest.fixture
def render():
    return lambda specs, seed=1: synth_frame(specs, HD, seed=seed)


def test_a_label_in_front_of_the_camera_is_judged_recorded_and_timed(qtbot, store, tasks, tmp_path, render):
    rig = rig_for(ReplaySource(label_folder(tmp_path, render), fps=10, loop=True))
    screen = screen_with(qtbot, store, tasks, rig)
    with qtbot.waitSignal(screen.judged, timeout=60000) as got:
        screen.camera.feed.start()
    try:
        assert got.args[0].outcome is Outcome.ACCEPT and got.args[0].code == CODE
        assert events(store, "battery.received") == 1
        assert len(screen.verdict_latency_ms) == 1 and screen.verdict_latency_ms[0] > 0
        qtbot.waitUntil(lambda: screen.camera.shown_seq >= 0, timeout=10000)
        # The label stays in view: it was one scan, not one per frame.
        qtbot.wait(500)
        assert events(store, "battery.received") == 1
    finally:
        screen.camera.feed.stop()


def test_the_demo_camera_says_demo_on_screen_and_in_the_status_bar(qtbot, qapp, store, tasks):
    rig = rig_for(DemoSource(labels=1, fps=15, swap_s=0))
    feed = CameraFeed(rig)
    window = MainWindow(store, tasks, Translations(qapp), logged_in(store), feed)
    qtbot.addWidget(window)
    window.show()
    feed.start()
    try:
        assert "DEMO" in window.identity.text()
        qtbot.waitUntil(lambda: window.scan.camera.shown_seq >= 0, timeout=20000)
        image = window.scan.camera.grab().toImage()
        red = image.pixelColor(9, 41)  # a corner of the badge, clear of its words
        assert (red.red(), red.green(), red.blue()) == (0xB7, 0x1C, 0x1C)  # the badge, painted by the screen
    finally:
        feed.stop()


class LostCamera:
    """A camera that gives a few frames, then fails on every reopen: the screen must say it is reconnecting."""

    name, demo, pace_fps = "usb", False, 20.0

    def __init__(self) -> None:
        self.reads = 0

    def open(self) -> None:
        if self.reads > 3:
            raise SourceError("camera_unavailable", "unplugged")

    def read(self):
        self.reads += 1
        if self.reads > 3:
            raise SourceError("camera_lost", "cable pulled")
        return np.full((120, 160, 3), 90, np.uint8)

    def close(self) -> None:
        pass


def test_a_lost_camera_is_shown_as_reconnecting(qtbot, store, tasks):
    screen = screen_with(qtbot, store, tasks, rig_for(LostCamera()))
    screen.camera.feed.start()
    try:
        qtbot.waitUntil(lambda: "Reconnecting" in screen.camera.status_text(), timeout=10000)
        text = screen.camera.status_text()
        assert "camera_" not in text  # worded, never the bare reason code
        assert "The camera usb" in text
    finally:
        screen.camera.feed.stop()


def camera_scan_of(text: str, render, duplicate: bool) -> Scan:
    image = render([SymbolSpec(text, Symbology.DATA_MATRIX)], seed=3).image
    (symbol,) = DecodePipeline(PipelineConfig(budget_ms=5_000), builtin().code_tables).decode(image).symbols
    return Scan(symbol.gb_code or symbol.text, symbol, time.monotonic(), 2, duplicate)


def test_a_repeated_camera_scan_asks_and_enter_judges_it_again(qtbot, store, tasks, render):
    screen = screen_with(qtbot, store, tasks, None)
    with qtbot.waitSignal(screen.judged, timeout=10000):
        screen.camera_scan(camera_scan_of(CODE, render, duplicate=False), time.monotonic())
    screen.camera_scan(camera_scan_of(CODE, render, duplicate=True), time.monotonic())
    assert screen.prompt.isVisible() and screen.prompt.pending == CODE
    assert CODE in screen.prompt.text.text()
    with qtbot.waitSignal(screen.judged, timeout=10000) as got:
        qtbot.keyClick(screen.prompt.judge_button, Qt.Key.Key_Return)
    # Judged again: at intake a second receipt of one battery is refused, with its reason, and recorded as such.
    assert got.args[0].outcome is Outcome.REJECT and not screen.prompt.isVisible()
    assert events(store, "battery.received") == 1 and events(store, "scan.refused") == 1


def test_a_repeated_handheld_scan_asks_and_escape_leaves_it(qtbot, store, tasks):
    screen = screen_with(qtbot, store, tasks, None)
    with qtbot.waitSignal(screen.judged, timeout=10000):
        screen.scanner_input(CODE)
    # The scanner's envelope differs, the code is the same: still a repeat.
    screen.scanner_input(f"  {CODE.lower()}\r")
    assert screen.prompt.isVisible() and screen.prompt.pending == CODE
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.prompt.isVisible()
    tasks.wait()
    assert events(store, "battery.received") == 1 and events(store, "scan.refused") == 0
    # Another code is no repeat: judged at once.
    with qtbot.waitSignal(screen.judged, timeout=10000):
        screen.scanner_input(make_code("P", serial=556))


def test_a_new_scan_answers_a_pending_question_with_leave_it(qtbot, store, tasks):
    screen = screen_with(qtbot, store, tasks, None)
    with qtbot.waitSignal(screen.judged, timeout=10000):
        screen.scanner_input(CODE)
    screen.scanner_input(CODE)
    assert screen.prompt.isVisible()
    with qtbot.waitSignal(screen.judged, timeout=10000):
        screen.scanner_input(make_code("P", serial=557))
    assert not screen.prompt.isVisible() and screen.prompt.pending is None


def test_the_camera_and_the_handheld_share_one_memory_of_scans(qtbot, store, tasks, render):
    rig = rig_for(DemoSource(labels=1, fps=0, swap_s=0), DuplicateScope.SHIFT)
    screen = screen_with(qtbot, store, tasks, rig)
    scan = camera_scan_of(CODE, render, duplicate=False)
    rig.policy.record(scan.key, datetime.now(UTC))  # as the camera's tracker does
    screen.scanner_input(CODE)
    assert screen.prompt.pending == CODE


def test_the_rig_is_built_from_the_settings():
    rig = build_rig("demo", CameraSettings(), builtin().code_tables, "all_time", "07:30, bad ,19:30")
    assert rig.demo and rig.policy.scope is DuplicateScope.ALL_TIME
    assert [t.strftime("%H:%M") for t in parse_shift_starts("07:30, bad ,19:30")] == ["07:30", "19:30"]
    assert parse_shift_starts("") and not rig.running
