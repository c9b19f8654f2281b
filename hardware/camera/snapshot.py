"""A photo from the bench camera: the newest frame as a JPEG, for the records that cite photos (intake,
inspection). A demo frame carries its DEMO stamp into the photo, so a demo photo never passes for a real one."""

from __future__ import annotations

import cv2

from hardware.camera.source import Frame

JPEG_QUALITY = 90  # a label's small print stays legible; a 1080p frame is about 300 KB


class SnapshotError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def jpeg(frame: Frame) -> bytes:
    ok, data = cv2.imencode(".jpg", frame.image, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise SnapshotError("photo_encode_failed")
    return data.tobytes()
