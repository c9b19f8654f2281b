"""Devices for workflow-page tests: a replay camera showing real label images, and a streaming scale on a pty."""

from __future__ import annotations

import cv2
import pytest

from hardware.camera import ReplaySource
from hardware.camera.capture import Backoff
from hardware.camera.rig import CameraRig
from hardware.camera.symbol_art import SymbolSpec
from hardware.camera.synthetic import HD, synth_frame
from hardware.decode import DecodePipeline, PipelineConfig, Symbology
from hardware.decode.tracker import DuplicatePolicy, ScanTracker
from hardware.scale import ScaleConfig
from hardware.serialport import LinkConfig, LinkState
from station.rules.ruleset import builtin
from tests.scale.sim import StreamingScale
from ui.camera_view import CameraFeed
from ui.scale_status import ScaleFeed
from ui.tasks import TaskRunner


def replay_rig(folder, text: str) -> CameraRig:
    """A replay camera looping over three real frames of a QR label saying ``text``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(3):
        image = synth_frame([SymbolSpec(text, Symbology.QR_CODE)], HD, seed=40 + i).image
        cv2.imwrite(str(folder / f"f{i}.png"), image)
    pipeline = DecodePipeline(PipelineConfig(budget_ms=5_000), builtin().code_tables)
    return CameraRig(ReplaySource(folder, fps=10, loop=True), pipeline, ScanTracker(policy=DuplicatePolicy()))


@pytest.fixture
def camera(qtbot, tmp_path):
    """Start a camera feed of a replay rig showing ``text``, with a first frame in."""

    def start(text: str) -> CameraFeed:
        feed = CameraFeed(replay_rig(tmp_path / f"frames{len(feeds)}", text))
        feeds.append(feed)
        feed.start()
        qtbot.waitUntil(lambda: feed.latest() is not None, timeout=10000)
        return feed

    feeds: list[CameraFeed] = []
    yield start
    for feed in feeds:
        feed.stop()


@pytest.fixture
def scale(qtbot, tmp_path):
    """A streaming scale on a pseudo-terminal and the window's feed of it, connected."""
    sim = StreamingScale(tmp_path)
    tasks = TaskRunner()
    feed = ScaleFeed(ScaleConfig(LinkConfig(str(sim.path), backoff=Backoff(0.02, 0.1))), tasks)
    feed.start()
    qtbot.waitUntil(lambda: feed.state is LinkState.CONNECTED, timeout=5000)
    feed.sim = sim
    yield feed
    feed.stop()
    tasks.wait()
    sim.close()
