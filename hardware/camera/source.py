"""The one small interface every camera back-end has: open, read a frame, close.

A source is driven by one thread (capture.py); it never needs locking of its own. ``read`` returns the next
image, ``None`` when a finite source has ended, and raises ``SourceError`` when the device failed (unplugged,
stalled): the capture thread then closes it and opens it again until it works.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np


class SourceError(RuntimeError):
    """The device failed; ``reason`` is a stable code for the screen to word."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Frame:
    image: np.ndarray  # BGR, uint8
    seq: int  # counts frames captured since the capture started, across reconnections
    at: float  # monotonic seconds when it was captured
    source: str
    demo: bool = False  # a synthetic frame: the screen must say so


class FrameSource(Protocol):
    name: str
    demo: bool
    # Frames per second to pace reading at; None for a device that paces itself (a webcam blocks in read).
    pace_fps: float | None

    def open(self) -> None: ...

    def read(self) -> np.ndarray | None: ...

    def close(self) -> None: ...
