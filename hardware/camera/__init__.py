"""Camera sources behind one small interface (source.py): webcams through OpenCV, replays of recordings and
image folders, and the synthetic demo; capture off the caller's thread publishing only the latest frame
(capture.py); the live scanner (live.py) turns the latest frames into scans. The synthetic label frames
(synthetic.py) are shared with the tests and bench/decode.py."""

from hardware.camera.capture import Backoff, Capture, CaptureState, LatestFrame
from hardware.camera.demo import DemoSource
from hardware.camera.live import LiveScanner
from hardware.camera.replay import ReplaySource, record_mjpg
from hardware.camera.select import pick_source
from hardware.camera.source import Frame, FrameSource, SourceError
from hardware.camera.webcam import CameraInfo, CameraSettings, WebcamSource, list_cameras

__all__ = [
    "Backoff",
    "CameraInfo",
    "CameraSettings",
    "Capture",
    "CaptureState",
    "DemoSource",
    "Frame",
    "FrameSource",
    "LatestFrame",
    "LiveScanner",
    "ReplaySource",
    "SourceError",
    "WebcamSource",
    "list_cameras",
    "pick_source",
    "record_mjpg",
]
