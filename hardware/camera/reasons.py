"""Reason codes of the camera sources, with a gloss for developers and translators."""

CAMERA_REASONS: dict[str, str] = {
    "camera_unavailable": "the camera {detail} cannot be opened (unplugged, in use by another program, or no access)",
    "camera_lost": "the camera {detail} stopped sending frames (unplugged?): reconnecting",
    "camera_closed": "the camera was read after it was closed",
    "replay_empty": "the folder {detail} holds no images to replay",
    "replay_missing": "the recording {detail} does not exist",
    "replay_unreadable": "the recording {detail} cannot be read (not a video or image OpenCV can decode)",
    "recording_unwritable": "the recording {detail} cannot be written",
    "photo_encode_failed": "the camera frame could not be encoded as a JPEG photo",
}
