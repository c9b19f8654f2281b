"""A photo taken from the camera is a real JPEG of the frame, kept by station.photos under its hash."""

from __future__ import annotations

import cv2
import numpy as np

from hardware.camera.snapshot import jpeg
from hardware.camera.source import Frame
from station import photos


def test_a_frame_becomes_a_jpeg_that_decodes_back_to_the_same_picture(tmp_path):
    image = np.zeros((240, 320, 3), np.uint8)
    image[60:180, 80:240] = (0, 0, 255)  # a red block on black
    data = jpeg(Frame(image, seq=1, at=0.0, source="test"))
    back = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert back.shape == image.shape
    assert np.abs(back.astype(int) - image.astype(int)).mean() < 3
    digest = photos.keep(tmp_path / "station.sqlite3", data)
    assert photos.path(tmp_path / "station.sqlite3", digest).read_bytes() == data
