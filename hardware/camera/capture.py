"""Capture off the caller's thread, publishing only the latest frame.

A camera delivers 30 frames a second; the decoder and the screen take what they can. The capture thread puts
each frame in a one-frame slot, replacing the one there: a slow consumer drops frames, it never builds a queue.
When the source fails (a webcam unplugged) the thread closes it and tries to open it again, with a growing
pause, until it works or the capture is stopped: re-plugging the camera needs no restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from hardware.camera.source import Frame, FrameSource, SourceError

log = logging.getLogger(__name__)


class CaptureState(StrEnum):
    STARTING = "starting"
    RUNNING = "running"
    RECONNECTING = "reconnecting"  # the source failed; trying to open it again
    ENDED = "ended"  # a finite source (a replay without looping) has no more frames
    STOPPED = "stopped"


class LatestFrame:
    """A one-frame slot: ``put`` replaces, ``take`` waits for a frame newer than the one the caller has."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._frame: Frame | None = None
        self._taken_seq = -1
        self.dropped = 0  # frames replaced before anyone took them
        self._closed = False

    def put(self, frame: Frame) -> None:
        with self._cond:
            if self._frame is not None and self._frame.seq > self._taken_seq:
                self.dropped += 1
            self._frame = frame
            self._cond.notify_all()

    def take(self, after_seq: int = -1, timeout: float | None = None) -> Frame | None:
        """The latest frame newer than ``after_seq``; None on timeout or when the slot is closed."""
        with self._cond:
            ready = self._cond.wait_for(
                lambda: self._closed or (self._frame is not None and self._frame.seq > after_seq), timeout
            )
            if not ready or self._frame is None or self._frame.seq <= after_seq:
                return None
            self._taken_seq = max(self._taken_seq, self._frame.seq)
            return self._frame

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()


@dataclass(frozen=True)
class Backoff:
    first_s: float = 0.5
    max_s: float = 5.0


class Capture:
    def __init__(
        self,
        source: FrameSource,
        backoff: Backoff | None = None,
        on_state: Callable[[CaptureState, str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``on_state(state, reason)`` is called from the capture thread: a UI hands in a function that posts
        to its own thread."""
        self.source = source
        self.backoff = backoff or Backoff()
        self.frames = LatestFrame()
        self.state = CaptureState.STARTING
        self.captured = 0
        self.failures = 0
        self._on_state = on_state
        self._clock = clock
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"capture-{source.name}", daemon=True)

    def start(self) -> Capture:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
        self.frames.close()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the capture to finish by itself (a replay that ended); True when it has."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def latest(self, after_seq: int = -1, timeout: float | None = None) -> Frame | None:
        return self.frames.take(after_seq, timeout)

    def _set(self, state: CaptureState, reason: str = "") -> None:
        if state is not self.state:
            self.state = state
            log.info("camera %s: %s %s", self.source.name, state.value, reason)
            if self._on_state is not None:
                self._on_state(state, reason)

    def _run(self) -> None:
        pause = self.backoff.first_s
        while not self._stop.is_set():
            try:
                self.source.open()
                self._set(CaptureState.RUNNING)
                pause = self.backoff.first_s
                if self._pump():
                    self._set(CaptureState.ENDED)
                    break
            except SourceError as exc:
                self.failures += 1
                self._set(CaptureState.RECONNECTING, exc.reason)
            finally:
                self.source.close()
            if self._stop.wait(pause):
                break
            pause = min(self.backoff.max_s, pause * 2)
        if self.state is not CaptureState.ENDED:
            self._set(CaptureState.STOPPED)
        self.frames.close()

    def _pump(self) -> bool:
        """Read until stopped (False) or the source ends (True); SourceError propagates."""
        period = 1.0 / self.source.pace_fps if self.source.pace_fps else 0.0
        due = self._clock()
        while not self._stop.is_set():
            image = self.source.read()
            if image is None:
                return True
            self.frames.put(Frame(image, self.captured, self._clock(), self.source.name, self.source.demo))
            self.captured += 1
            if period:
                due += period
                wait = due - self._clock()
                if wait > 0 and self._stop.wait(wait):
                    break
                if wait < -period:  # fell behind (a slow machine): pace from now, do not burst to catch up
                    due = self._clock()
        return False
