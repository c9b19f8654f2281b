"""The bench's camera as one part: a source, its capture thread, the decode pipeline and the scan tracker.

``main.py`` builds it from the settings (``build_rig``) and hands it to the window, which only starts and stops
it and listens: the window never knows which back-end is behind it, except that a demo source is a demo (every
frame says so, and so must the screen). Callbacks run on the rig's own threads; a UI hands in functions that
post to its thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from hardware.camera.capture import Capture, CaptureState
from hardware.camera.live import LiveScanner
from hardware.camera.select import pick_source
from hardware.camera.source import Frame, FrameSource
from hardware.camera.webcam import CameraSettings
from hardware.decode.pipeline import DecodePipeline, PipelineConfig
from hardware.decode.symbols import FrameDecode
from hardware.decode.tracker import CHINA, DuplicatePolicy, DuplicateScope, Scan, ScanTracker, shift_start
from station.codes.model import CodeTables
from station.shifts import parse_shift_starts

log = logging.getLogger(__name__)

OnScan = Callable[[Scan, Frame], None]
OnFrame = Callable[[Frame, FrameDecode], None]
OnState = Callable[[CaptureState, str], None]


@dataclass
class CameraRig:
    source: FrameSource
    pipeline: DecodePipeline
    tracker: ScanTracker
    clock: Callable[[], float] = time.monotonic
    _capture: Capture | None = field(default=None, init=False)
    _live: LiveScanner | None = field(default=None, init=False)

    @property
    def demo(self) -> bool:
        return bool(getattr(self.source, "demo", False))

    @property
    def name(self) -> str:
        return self.source.name

    @property
    def policy(self) -> DuplicatePolicy:
        """The bench's duplicate policy, shared with the other scanners so a code is one code whichever read it."""
        return self.tracker.policy

    @property
    def running(self) -> bool:
        return self._live is not None

    def start(self, on_scan: OnScan, on_frame: OnFrame | None = None, on_state: OnState | None = None) -> None:
        if self._live is not None:
            return
        self._capture = Capture(self.source, on_state=on_state, clock=self.clock).start()
        self._live = LiveScanner(self._capture, self.pipeline, self.tracker, on_scan, on_frame, self.clock).start()
        log.info("camera %s started%s", self.source.name, " (demo)" if self.demo else "")

    def stop(self) -> None:
        live, capture = self._live, self._capture
        self._live = self._capture = None
        if capture is not None:
            capture.stop()
        if live is not None:
            live.stop()

    def decode_latency_ms(self) -> list[float]:
        """Capture to decoded, the last frames (the first half of the 150 ms from capture to verdict)."""
        return list(self._live.latency_ms) if self._live is not None else []


def build_rig(
    source_setting: str,
    camera: CameraSettings,
    tables: CodeTables,
    duplicate_scope: str = DuplicateScope.ADJACENT.value,
    shift_starts: str = "08:00,20:00",
) -> CameraRig:
    """The configured camera (``hardware.camera.select.pick_source``: empty means the first camera found, else
    the demo), with a pipeline reading codes by the rule set's tables."""
    source = pick_source(source_setting or None, camera)
    policy = DuplicatePolicy(DuplicateScope(duplicate_scope), shift_start(parse_shift_starts(shift_starts), CHINA))
    return CameraRig(source, DecodePipeline(PipelineConfig(), tables), ScanTracker(policy=policy))
