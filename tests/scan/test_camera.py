"""Camera sources and capture: replays feeding the real pipeline, the latest-frame slot, a source that fails
mid-stream and comes back, and the demo camera."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest

from hardware.camera import (
    Backoff,
    CameraInfo,
    Capture,
    CaptureState,
    DemoSource,
    Frame,
    LatestFrame,
    ReplaySource,
    SourceError,
    WebcamSource,
    pick_source,
    record_mjpg,
)
from hardware.camera.live import LiveScanner
from hardware.camera.symbol_art import SymbolSpec
from hardware.decode import Symbology
from hardware.decode.tracker import ScanTracker
from tests.conftest import make_code

FIRST, SECOND = make_code("P", serial=101), make_code("P", serial=102)


def frame(seq: int) -> Frame:
    return Frame(np.zeros((2, 2, 3), np.uint8), seq, float(seq), "test")


def test_the_slot_keeps_only_the_latest_frame_and_counts_the_dropped():
    slot = LatestFrame()
    for seq in range(3):
        slot.put(frame(seq))
    assert slot.take().seq == 2 and slot.dropped == 2
    assert slot.take(after_seq=2, timeout=0) is None  # nothing newer
    slot.put(frame(3))
    assert slot.take(after_seq=2).seq == 3 and slot.dropped == 2
    slot.close()
    assert slot.take(after_seq=3) is None  # closed: no wait


def scans_from(capture: Capture, pipeline, wanted: set[str], limit: int = 400) -> list[str]:
    """Decode the latest frames as a consumer would, until the wanted codes were scanned (or ``limit`` frames)."""
    tracker, seen, seq = ScanTracker(), [], -1
    for _ in range(limit):
        latest = capture.latest(after_seq=seq, timeout=10)
        if latest is None:
            break
        seq = latest.seq
        seen += [s.key for s in tracker.feed(pipeline.decode(latest.image), now=latest.at)]
        if wanted <= set(seen):
            break
    return seen


def test_a_replayed_folder_feeds_the_pipeline_end_to_end(tmp_path, render, pipeline):
    for i in range(8):
        text = FIRST if i < 4 else SECOND  # one label held for four frames, then the next
        image = render([SymbolSpec(text, Symbology.QR_CODE if i < 4 else Symbology.DATA_MATRIX)], seed=i).image
        cv2.imwrite(str(tmp_path / f"frame{i:03d}.png"), image)
    capture = Capture(ReplaySource(tmp_path, fps=15, loop=True)).start()
    try:
        assert sorted(scans_from(capture, pipeline, {FIRST, SECOND})[:2]) == sorted([FIRST, SECOND])
    finally:
        capture.stop()
    assert capture.state is CaptureState.STOPPED


def test_an_mjpg_recording_replays_every_frame_then_ends(tmp_path, render, pipeline):
    images = [render([SymbolSpec(FIRST, Symbology.CODE_128)], seed=s).image for s in (1, 2, 3)]
    video = tmp_path / "bench.avi"
    record_mjpg(video, images, fps=10)
    source = ReplaySource(video, fps=None)
    source.open()
    try:
        replayed = [source.read() for _ in range(3)]
        assert source.read() is None
    finally:
        source.close()
    assert all(r is not None and r.shape == images[0].shape for r in replayed)
    assert pipeline.decode(replayed[0]).texts == [FIRST]  # JPEG in the recording, still read
    capture = Capture(ReplaySource(video, fps=None)).start()
    assert capture.join(10)
    assert capture.state is CaptureState.ENDED and capture.captured == 3


class Unplugged:
    """A real demo camera whose cable is pulled after every few frames, the first ``failures`` times it opens."""

    demo, pace_fps, name = True, None, "flaky"

    def __init__(self, failures: int, after: int = 5) -> None:
        self.inner = DemoSource(labels=1, fps=0, swap_s=0)
        self.opened, self.failures, self.after, self.read_since_open = 0, failures, after, 0

    def open(self) -> None:
        self.opened += 1
        self.read_since_open = 0
        self.inner.open()

    def read(self):
        self.read_since_open += 1
        if self.opened <= self.failures and self.read_since_open > self.after:
            raise SourceError("camera_lost", "cable pulled")
        return self.inner.read()

    def close(self) -> None:
        self.inner.close()


def test_a_source_failing_mid_stream_is_reopened_and_frames_continue():
    states: list[CaptureState] = []
    source = Unplugged(failures=2)
    capture = Capture(source, Backoff(first_s=0.01, max_s=0.02), on_state=lambda s, _r: states.append(s)).start()
    try:
        late = capture.latest(after_seq=20, timeout=30)
    finally:
        capture.stop()
    assert late is not None and late.seq > 20 and late.demo
    assert source.opened == 3 and capture.failures == 2
    assert states[:5] == [
        CaptureState.RUNNING,
        CaptureState.RECONNECTING,
        CaptureState.RUNNING,
        CaptureState.RECONNECTING,
        CaptureState.RUNNING,
    ]
    assert states[-1] is CaptureState.STOPPED


def test_a_slow_consumer_drops_frames_instead_of_queueing():
    capture = Capture(DemoSource(labels=1, fps=0, swap_s=0)).start()
    try:
        first = capture.latest(timeout=30)
        # Take nothing while at least five more frames are captured: they are replaced, not queued.
        later = capture.latest(after_seq=first.seq + 5, timeout=30)
    finally:
        capture.stop()
    assert later.seq >= first.seq + 6 and capture.frames.dropped >= 5


def test_the_demo_camera_is_marked_and_readable(pipeline):
    source = DemoSource(seed=3)
    source.open()
    image = source.read()
    assert source.demo and len(source.texts) == 3
    found = set(pipeline.decode(image).texts)
    assert found <= set(source.texts) and len(found) >= 2
    red = (image[..., 2] > 200) & (image[..., 1] < 60) & (image[..., 0] < 60)
    assert red[:70, :200].sum() > 200  # the DEMO mark in the corner


def test_a_missing_webcam_is_a_source_error_and_choosing_falls_back_to_the_demo(tmp_path):
    with pytest.raises(SourceError) as err:
        WebcamSource(CameraInfo(-1, "none", str(tmp_path / "video99"))).open()
    assert err.value.reason == "camera_unavailable"
    assert isinstance(pick_source(None, cameras=list), DemoSource)
    assert isinstance(pick_source("demo"), DemoSource)
    assert isinstance(pick_source(str(tmp_path)), ReplaySource)
    assert isinstance(pick_source("camera:0", cameras=lambda: [CameraInfo(0, "USB cam")]), WebcamSource)


def test_stopping_is_prompt_even_when_paced():
    capture = Capture(DemoSource(labels=1, fps=1, swap_s=0)).start()
    assert capture.latest(timeout=30) is not None
    done = threading.Event()
    threading.Thread(target=lambda: (capture.stop(), done.set())).start()
    assert done.wait(10)


def test_the_live_scanner_turns_a_replay_into_scans(tmp_path, render, pipeline):
    for i in range(6):
        text, kind = (FIRST, Symbology.CODE_128) if i < 3 else (SECOND, Symbology.QR_CODE)
        cv2.imwrite(str(tmp_path / f"f{i}.png"), render([SymbolSpec(text, kind)], seed=10 + i).image)
    scans, both = [], threading.Event()

    def on_scan(scan, frame):
        scans.append((scan.key, frame.seq))
        if {FIRST, SECOND} <= {key for key, _ in scans}:
            both.set()

    decoded = []
    capture = Capture(ReplaySource(tmp_path, fps=10, loop=True)).start()
    live = LiveScanner(capture, pipeline, ScanTracker(), on_scan, on_frame=lambda f, d: decoded.append(d)).start()
    try:
        assert both.wait(60)
    finally:
        live.stop()
        capture.stop()
    # Each label once, in whichever order the consumer first met them (it may start mid-loop).
    assert sorted(key for key, _ in scans[:2]) == sorted([FIRST, SECOND])
    assert live.decoded == len(decoded) and len(live.latency_ms) == live.decoded
    assert all(ms >= 0 for ms in live.latency_ms)
