"""USB and built-in cameras through OpenCV: listing them, opening one with the settings it supports.

On Linux the devices are the /dev/video* nodes that capture video, named by the kernel (sysfs); elsewhere the
first few indices are probed. Settings the driver refuses are logged, not fatal: every webcam supports a
different subset of focus and exposure controls.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from hardware.camera.source import SourceError

log = logging.getLogger(__name__)
SYSFS = Path("/sys/class/video4linux")


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str
    path: str = ""  # /dev/videoN on Linux


@dataclass(frozen=True)
class CameraSettings:
    width: int = 1280
    height: int = 720
    fps: float = 30.0
    autofocus: bool | None = None  # None: leave the driver's default
    focus: float | None = None  # driver units (often 0-255); set only with autofocus off
    exposure: float | None = None  # driver units; sets manual exposure


def list_cameras(probe: int = 4) -> list[CameraInfo]:
    if sys.platform.startswith("linux") and SYSFS.is_dir():
        return _linux_cameras()
    found = []
    for index in range(probe):
        cap = cv2.VideoCapture(index)
        try:
            if cap.isOpened():
                found.append(CameraInfo(index, f"camera {index}"))
        finally:
            cap.release()
    return found


def _linux_cameras() -> list[CameraInfo]:
    found = []
    for node in sorted(SYSFS.glob("video*"), key=lambda p: int(re.sub(r"\D", "", p.name) or 0)):
        index = int(re.sub(r"\D", "", node.name) or 0)
        # A UVC camera exposes a second node for metadata; only index 0 of a device captures frames.
        dev_index = node / "index"
        if dev_index.exists() and dev_index.read_text().strip() not in ("", "0"):
            continue
        name_file = node / "name"
        name = name_file.read_text().strip() if name_file.exists() else node.name
        found.append(CameraInfo(index, name, f"/dev/{node.name}"))
    return found


class WebcamSource:
    demo = False
    pace_fps = None  # the driver paces: read() blocks until the next frame

    def __init__(self, camera: CameraInfo, settings: CameraSettings | None = None) -> None:
        self.camera = camera
        self.settings = settings or CameraSettings()
        self.name = camera.name
        self._cap: cv2.VideoCapture | None = None

    def open(self) -> None:
        target: int | str = self.camera.path or self.camera.index
        cap = cv2.VideoCapture(target)
        if not cap.isOpened():
            cap.release()
            raise SourceError("camera_unavailable", str(target))
        s = self.settings
        # MJPG first: most USB webcams give 720p and more at full frame rate only compressed.
        self._set(cap, cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"), "MJPG")
        self._set(cap, cv2.CAP_PROP_FRAME_WIDTH, s.width, "width")
        self._set(cap, cv2.CAP_PROP_FRAME_HEIGHT, s.height, "height")
        self._set(cap, cv2.CAP_PROP_FPS, s.fps, "fps")
        if s.autofocus is not None:
            self._set(cap, cv2.CAP_PROP_AUTOFOCUS, 1 if s.autofocus else 0, "autofocus")
        if s.focus is not None:
            self._set(cap, cv2.CAP_PROP_FOCUS, s.focus, "focus")
        if s.exposure is not None:
            self._set(cap, cv2.CAP_PROP_AUTO_EXPOSURE, 1, "manual exposure")  # V4L2: 1 = manual
            self._set(cap, cv2.CAP_PROP_EXPOSURE, s.exposure, "exposure")
        self._cap = cap

    def _set(self, cap: cv2.VideoCapture, prop: int, value: float, what: str) -> None:
        if not cap.set(prop, value):
            log.info("camera %s: %s not supported", self.name, what)

    def read(self) -> np.ndarray | None:
        if self._cap is None:
            raise SourceError("camera_closed")
        ok, image = self._cap.read()
        if not ok or image is None:
            # A live camera does not end: no frame means it is gone (unplugged) or stalled.
            raise SourceError("camera_lost", self.name)
        return image

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
