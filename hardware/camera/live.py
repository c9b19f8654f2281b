"""The camera as a scanner: latest frames through the decode pipeline and the scan tracker, on one thread.

The glue between capture (hardware.camera) and the station: it never queues (each round takes the newest frame
there is), reports every decoded frame for the preview to draw and every completed scan for the operation to
judge, and keeps how long a frame took from capture to decoded, for the 150 ms budget from capture to verdict.
Callbacks run on this thread: a UI hands in functions that post to its own thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable

from hardware.camera.capture import Capture, CaptureState
from hardware.camera.source import Frame
from hardware.decode.pipeline import DecodePipeline
from hardware.decode.symbols import FrameDecode
from hardware.decode.tracker import Scan, ScanTracker

log = logging.getLogger(__name__)


class LiveScanner:
    def __init__(
        self,
        capture: Capture,
        pipeline: DecodePipeline,
        tracker: ScanTracker,
        on_scan: Callable[[Scan, Frame], None],
        on_frame: Callable[[Frame, FrameDecode], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``clock`` must be the capture's clock: a frame's age is measured against its capture time."""
        self.capture = capture
        self.pipeline = pipeline
        self.tracker = tracker
        self.on_scan = on_scan
        self.on_frame = on_frame
        self.clock = clock
        self.latency_ms: deque[float] = deque(maxlen=1000)  # capture to decoded, the last thousand frames
        self.decoded = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="live-scanner", daemon=True)

    def start(self) -> LiveScanner:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        seq = -1
        while not self._stop.is_set():
            frame = self.capture.latest(after_seq=seq, timeout=0.25)
            if frame is None:
                if self.capture.state in (CaptureState.ENDED, CaptureState.STOPPED):
                    break
                continue
            seq = frame.seq
            try:
                decoded = self.pipeline.decode(frame.image)
            except Exception:  # a decoder crash on one odd frame must not end scanning
                log.exception("decoding frame %d failed", frame.seq)
                continue
            self.decoded += 1
            self.latency_ms.append((self.clock() - frame.at) * 1000)
            if self.on_frame is not None:
                self.on_frame(frame, decoded)
            for scan in self.tracker.feed(decoded, now=frame.at):
                self.on_scan(scan, frame)
