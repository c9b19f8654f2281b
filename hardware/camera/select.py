"""Which source to use: the configured one, else the first camera found, else the demo (marked as such)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hardware.camera.demo import DemoSource
from hardware.camera.replay import ReplaySource
from hardware.camera.source import FrameSource
from hardware.camera.webcam import CameraInfo, CameraSettings, WebcamSource, list_cameras


def pick_source(
    setting: str | None = None,
    settings: CameraSettings | None = None,
    cameras: Callable[[], list[CameraInfo]] = list_cameras,
) -> FrameSource:
    """``setting``: ``demo``; ``camera:N`` (an index) or a device path such as ``/dev/video2``; a recording
    (a video file or a folder of images, replayed in a loop). None or empty: the first camera, or the demo."""
    if setting == "demo":
        return DemoSource()
    if setting and setting.startswith("camera:"):
        index = int(setting.split(":", 1)[1])
        known = {c.index: c for c in cameras()}
        return WebcamSource(known.get(index, CameraInfo(index, f"camera {index}")), settings)
    if setting and setting.startswith("/dev/"):
        return WebcamSource(CameraInfo(-1, Path(setting).name, setting), settings)
    if setting:
        return ReplaySource(Path(setting), loop=True)
    found = cameras()
    return WebcamSource(found[0], settings) if found else DemoSource()
