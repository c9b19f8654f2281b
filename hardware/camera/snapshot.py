"""A still from the bench camera, as the JPEG a record keeps (station.photos)."""

from __future__ import annotations

import cv2
import numpy as np

JPEG_QUALITY = 90


def jpeg(image: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise ValueError("the frame could not be encoded as JPEG")
    return data.tobytes()
