"""A reconnecting, line-oriented serial link shared by the serial scanner and the scale.

One thread per device owns the port: it opens it by name or pyserial URL, cuts what arrives into frames at any of
the configured terminator bytes and hands each frame to the device's parser, on that thread. When the port fails
(a USB adapter pulled, a pty closed) the thread reports ``disconnected``, closes the port and opens it again with a
growing pause, so re-plugging the device needs no restart. What cannot be a whole line is still handed over, marked
for what it is (too long, cut by the disconnect, never terminated), so that no consumer mistakes a fragment for a
reading or a code.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import serial

from hardware.camera.capture import Backoff

log = logging.getLogger(__name__)


class LinkState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"  # the port failed or cannot be opened; retrying
    STOPPED = "stopped"


class FrameKind(StrEnum):
    LINE = "line"  # bytes up to a terminator, the terminator removed
    OVERLONG = "overlong"  # max_line bytes without a terminator; the rest up to the next terminator is dropped
    CUT = "cut"  # a partial line when the port failed
    STALLED = "stalled"  # a partial line followed by silence for line_timeout_s


@dataclass(frozen=True)
class SerialFrame:
    kind: FrameKind
    data: bytes


@dataclass(frozen=True)
class LinkConfig:
    url: str  # a device path (/dev/ttyUSB0, COM3, a udev by-id symlink) or a pyserial URL (loop://, rfc2217://...)
    baudrate: int = 9600
    terminators: bytes = b"\r\n"  # any of these bytes ends a line; empty lines (the LF of CR LF) are skipped
    max_line: int = 4096
    line_timeout_s: float | None = 1.0  # a partial line older than this with nothing more is handed over STALLED
    read_timeout_s: float = 0.05  # how long one read waits: bounds how late stop() and stalls are noticed
    backoff: Backoff = field(default_factory=Backoff)


class SerialLinkError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


Opener = Callable[[LinkConfig], serial.SerialBase]


def open_port(config: LinkConfig) -> serial.SerialBase:
    return serial.serial_for_url(config.url, baudrate=config.baudrate, timeout=config.read_timeout_s)


class SerialLink:
    def __init__(
        self,
        config: LinkConfig,
        on_frame: Callable[[SerialFrame], None],
        on_state: Callable[[LinkState, str], None] | None = None,
        opener: Opener = open_port,
        name: str = "serial",
    ) -> None:
        """``on_frame`` and ``on_state(state, reason)`` run on the link's own thread; a UI hands in functions that
        post to its thread. ``opener`` makes the port (tests hand in one that can be unplugged)."""
        self.config = config
        self.state = LinkState.CONNECTING
        self.reconnects = 0
        self._on_frame = on_frame
        self._on_state = on_state
        self._opener = opener
        self._port: serial.SerialBase | None = None
        self._write_lock = threading.Lock()
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"{name}-{config.url}", daemon=True)

    def start(self) -> SerialLink:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def wait_connected(self, timeout: float | None = None) -> bool:
        return self._connected.wait(timeout)

    def write(self, data: bytes) -> None:
        """Send bytes now, from any thread; SerialLinkError when the device is not connected or the write fails."""
        with self._write_lock:
            port = self._port
            if port is None or self.state is not LinkState.CONNECTED:
                raise SerialLinkError("serial_disconnected")
            try:
                port.write(data)
                port.flush()
            except (serial.SerialException, OSError) as exc:
                log.warning("serial %s: write failed: %s", self.config.url, exc)
                raise SerialLinkError("serial_write_failed") from exc

    # ---- the link's thread ----------------------------------------------------------------------------------

    def _set(self, state: LinkState, reason: str = "") -> None:
        if state is self.state:
            return
        self.state = state
        if state is LinkState.CONNECTED:
            self._connected.set()
        else:
            self._connected.clear()
        log.info("serial %s: %s %s", self.config.url, state.value, reason)
        if self._on_state is not None:
            self._on_state(state, reason)

    def _run(self) -> None:
        pause = self.config.backoff.first_s
        while not self._stop.is_set():
            try:
                port = self._opener(self.config)
            except (serial.SerialException, OSError, ValueError) as exc:
                log.debug("serial %s: open failed: %s", self.config.url, exc)
                self._set(LinkState.DISCONNECTED, "serial_open_failed")
            else:
                with self._write_lock:
                    self._port = port
                if self.state is LinkState.DISCONNECTED:
                    self.reconnects += 1
                self._set(LinkState.CONNECTED)
                pause = self.config.backoff.first_s
                reason = self._pump(port)
                with self._write_lock:
                    self._port = None
                _close(port)
                if reason is None:
                    break
                self._set(LinkState.DISCONNECTED, reason)
            if self._stop.wait(pause):
                break
            pause = min(self.config.backoff.max_s, pause * 2)
        self._set(LinkState.STOPPED)

    def _pump(self, port: serial.SerialBase) -> str | None:
        """Read and frame until stopped (None) or the port fails (the reason)."""
        framer = _Framer(self.config)
        while not self._stop.is_set():
            try:
                chunk = port.read(max(1, port.in_waiting))
            except (serial.SerialException, OSError) as exc:
                log.warning("serial %s: read failed: %s", self.config.url, exc)
                self._deliver(framer.cut())
                return "serial_read_failed"
            frames = framer.feed(chunk, time.monotonic()) if chunk else framer.idle(time.monotonic())
            self._deliver(frames)
        return None

    def _deliver(self, frames: list[SerialFrame]) -> None:
        for frame in frames:
            try:
                self._on_frame(frame)
            except Exception:  # a consumer's bug must not kill the device's thread
                log.exception("serial %s: frame handler failed", self.config.url)


class _Framer:
    """Bytes in, frames out: terminators end lines, a line never grows past max_line."""

    def __init__(self, config: LinkConfig) -> None:
        self.config = config
        self.buffer = bytearray()
        self.dropping = False  # after an OVERLONG frame: skip to the next terminator
        self.last_at = 0.0

    def feed(self, chunk: bytes, now: float) -> list[SerialFrame]:
        frames: list[SerialFrame] = []
        terminators = self.config.terminators
        for byte in chunk:
            if byte in terminators:
                if self.buffer and not self.dropping:
                    frames.append(SerialFrame(FrameKind.LINE, bytes(self.buffer)))
                self.buffer.clear()
                self.dropping = False
            elif not self.dropping:
                self.buffer.append(byte)
                if len(self.buffer) >= self.config.max_line:
                    frames.append(SerialFrame(FrameKind.OVERLONG, bytes(self.buffer)))
                    self.buffer.clear()
                    self.dropping = True
        self.last_at = now
        return frames

    def idle(self, now: float) -> list[SerialFrame]:
        timeout = self.config.line_timeout_s
        if not self.buffer or timeout is None or now - self.last_at < timeout:
            return []
        frame = SerialFrame(FrameKind.STALLED, bytes(self.buffer))
        self.buffer.clear()
        return [frame]

    def cut(self) -> list[SerialFrame]:
        if not self.buffer:
            return []
        frame = SerialFrame(FrameKind.CUT, bytes(self.buffer))
        self.buffer.clear()
        return [frame]


def _close(port: serial.SerialBase) -> None:
    with contextlib.suppress(serial.SerialException, OSError):  # the device is already gone
        port.close()
