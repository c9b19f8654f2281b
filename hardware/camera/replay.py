"""Replaying recorded frames: an MJPG .avi (or any video OpenCV reads) or a folder of images, in order.

For support (a customer's recording of a label that will not read) and for tests that feed the pipeline end
to end. Paced at ``fps`` like a camera, or as fast as the reader takes them (``fps=None``).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from hardware.camera.source import SourceError

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"})


class ReplaySource:
    demo = False

    def __init__(self, path: Path, fps: float | None = 30.0, loop: bool = False) -> None:
        self.path = Path(path)
        self.name = f"replay:{self.path.name}"
        self.pace_fps = fps
        self.loop = loop
        self._files: list[Path] = []
        self._next = 0
        self._video: cv2.VideoCapture | None = None

    def open(self) -> None:
        if self.path.is_dir():
            self._files = sorted(p for p in self.path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
            if not self._files:
                raise SourceError("replay_empty", str(self.path))
            self._next = 0
            return
        if not self.path.exists():
            raise SourceError("replay_missing", str(self.path))
        video = cv2.VideoCapture(str(self.path))
        if not video.isOpened():
            video.release()
            raise SourceError("replay_unreadable", str(self.path))
        self._video = video

    def read(self) -> np.ndarray | None:
        if self._video is not None:
            ok, image = self._video.read()
            if not ok and self.loop:
                self._video.set(cv2.CAP_PROP_POS_FRAMES, 0)
                ok, image = self._video.read()
            return image if ok else None
        if self._next >= len(self._files):
            if not self.loop or not self._files:
                return None
            self._next = 0
        path = self._files[self._next]
        self._next += 1
        image = cv2.imdecode(np.fromfile(path, dtype=np.uint8), cv2.IMREAD_COLOR)
        if image is None:
            raise SourceError("replay_unreadable", str(path))
        return image

    def close(self) -> None:
        if self._video is not None:
            self._video.release()
            self._video = None


def record_mjpg(path: Path, frames: list[np.ndarray], fps: float = 30.0) -> None:
    """Write frames to an MJPG .avi, the format the replay source is for (OpenCV writes it without codecs)."""
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (w, h))
    try:
        if not writer.isOpened():
            raise SourceError("recording_unwritable", str(path))
        for frame in frames:
            writer.write(frame)
    finally:
        writer.release()
