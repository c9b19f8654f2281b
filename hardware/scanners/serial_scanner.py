"""A barcode scanner on a serial port (USB-CDC or RS-232): each terminated line is one scan.

The scanner's frame is handed on as it came, its terminator removed: prefixes, suffixes, group separators and other
control characters are left to ``station.codes.read_code``, which strips them the same way for every source (the
keyboard wedge does the same). This module only decides whether a frame can be a scan at all. A frame that is not
UTF-8, holds NUL bytes (line noise, a wrong baud rate, a break), is too long, or was cut off by a disconnect or
never terminated is reported as an error with a reason code and its raw bytes, never handed on as a code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from hardware.serialport.link import FrameKind, LinkConfig, LinkState, Opener, SerialFrame, SerialLink, open_port

log = logging.getLogger(__name__)

_FRAME_ERRORS = {
    FrameKind.OVERLONG: "serial_scan_too_long",
    FrameKind.CUT: "serial_scan_cut",
    FrameKind.STALLED: "serial_scan_unterminated",
}


@dataclass(frozen=True)
class SerialScan:
    kind: str  # "scan" / "error"
    text: str = ""  # for a scan: the frame as UTF-8 text, affixes and control characters still in it
    raw: bytes = b""  # the frame's bytes exactly as received (kept for errors too)
    reason: str = ""  # for errors: one of hardware.serialport.reasons.SERIAL_REASONS
    params: dict[str, object] = field(default_factory=dict)


def classify(frame: SerialFrame, max_length: int) -> SerialScan:
    """What one frame from the link is: a scan, or an error saying why it cannot be one."""
    data = frame.data
    if frame.kind is not FrameKind.LINE:
        reason = _FRAME_ERRORS[frame.kind]
        return SerialScan("error", raw=data, reason=reason, params={"length": len(data), "max_length": max_length})
    if len(data) > max_length:
        return SerialScan(
            "error", raw=data, reason="serial_scan_too_long", params={"length": len(data), "max_length": max_length}
        )
    if b"\x00" in data:
        return SerialScan("error", raw=data, reason="serial_scan_garbled", params={"offset": data.index(b"\x00")})
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.end].hex()
        return SerialScan("error", raw=data, reason="serial_scan_not_utf8", params={"offset": exc.start, "bytes": bad})
    return SerialScan("scan", text=text, raw=data)


class SerialScanner:
    def __init__(
        self,
        config: LinkConfig,
        on_scan: Callable[[SerialScan], None],
        on_state: Callable[[LinkState, str], None] | None = None,
        opener: Opener = open_port,
    ) -> None:
        """``on_scan`` receives scans and errors alike, on the scanner's own thread, in the order they came."""
        self.config = config
        self.scans = 0
        self.errors = 0
        self._on_scan = on_scan
        self.link = SerialLink(config, self._frame, on_state, opener, name="scanner")

    @property
    def state(self) -> LinkState:
        return self.link.state

    def start(self) -> SerialScanner:
        self.link.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self.link.stop(timeout)

    def _frame(self, frame: SerialFrame) -> None:
        scan = classify(frame, self.config.max_line)
        if scan.kind == "scan":
            self.scans += 1
        else:
            self.errors += 1
            log.warning("serial scanner %s: %s (%d bytes)", self.config.url, scan.reason, len(scan.raw))
        self._on_scan(scan)
