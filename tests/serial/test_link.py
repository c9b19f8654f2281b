"""The reconnecting serial link over pyserial's loop:// and a real pseudo-terminal."""

from __future__ import annotations

import queue

import serial
from serial.urlhandler import protocol_loop

from hardware.camera.capture import Backoff
from hardware.serialport import FrameKind, LinkConfig, LinkState, SerialFrame, SerialLink, SerialLinkError
from tests.ptys import wait_for

FAST = Backoff(first_s=0.02, max_s=0.1)


class Recorder:
    def __init__(self) -> None:
        self.frames: queue.Queue[SerialFrame] = queue.Queue()
        self.states: list[tuple[LinkState, str]] = []

    def frame(self, frame: SerialFrame) -> None:
        self.frames.put(frame)

    def state(self, state: LinkState, reason: str) -> None:
        self.states.append((state, reason))

    def next(self, timeout: float = 5.0) -> SerialFrame:
        return self.frames.get(timeout=timeout)


def start(config: LinkConfig, rec: Recorder, **kwargs) -> SerialLink:
    link = SerialLink(config, rec.frame, rec.state, **kwargs).start()
    assert link.wait_connected(5)
    return link


def test_loop_url_frames_lines_at_any_terminator_and_skips_empty_ones():
    rec = Recorder()
    link = start(LinkConfig("loop://", backoff=FAST), rec)
    try:
        link.write(b"first\r\nsecond\rthird\n\r\n")
        assert [rec.next().data for _ in range(3)] == [b"first", b"second", b"third"]
        assert rec.frames.empty()
    finally:
        link.stop()
    assert link.state is LinkState.STOPPED
    assert rec.states[-1] == (LinkState.STOPPED, "")


def test_a_line_split_across_reads_arrives_whole(device):
    rec = Recorder()
    link = start(LinkConfig(str(device.path), backoff=FAST), rec)
    try:
        for piece in (b"0A1", b"PE", b"ABCDE\r", b"\n"):
            device.send(piece)
        frame = rec.next()
        assert frame == SerialFrame(FrameKind.LINE, b"0A1PEABCDE")
    finally:
        link.stop()


def test_an_overlong_line_is_one_overlong_frame_and_the_rest_is_skipped(device):
    rec = Recorder()
    link = start(LinkConfig(str(device.path), max_line=16, backoff=FAST), rec)
    try:
        device.send(b"X" * 40 + b"\r\nOK\r\n")
        first = rec.next()
        assert first.kind is FrameKind.OVERLONG and first.data == b"X" * 16
        assert rec.next() == SerialFrame(FrameKind.LINE, b"OK")  # the tail of the long line never shows up
    finally:
        link.stop()


def test_a_partial_line_followed_by_silence_is_handed_over_as_stalled(device):
    rec = Recorder()
    link = start(LinkConfig(str(device.path), line_timeout_s=0.2, backoff=FAST), rec)
    try:
        device.send(b"03HPB")
        assert rec.next() == SerialFrame(FrameKind.STALLED, b"03HPB")
        device.send(b"NEXT\r")
        assert rec.next() == SerialFrame(FrameKind.LINE, b"NEXT")  # the stalled bytes do not prefix the next line
    finally:
        link.stop()


def test_unplug_cuts_the_partial_line_and_replug_reconnects_without_a_restart(device):
    rec = Recorder()
    link = start(LinkConfig(str(device.path), line_timeout_s=None, backoff=FAST), rec)
    try:
        device.send(b"before\r\nhalf-a-co")
        assert rec.next().data == b"before"
        wait_for(lambda: link._port is not None and link._port.in_waiting == 0)
        device.unplug()
        assert rec.next() == SerialFrame(FrameKind.CUT, b"half-a-co")
        wait_for(lambda: link.state is LinkState.DISCONNECTED)
        assert (LinkState.DISCONNECTED, "serial_read_failed") in rec.states
        try:
            link.write(b"T\r\n")
        except SerialLinkError as exc:
            assert exc.reason == "serial_disconnected"
        else:
            raise AssertionError("a write to an unplugged device must fail")

        device.plug()
        assert link.wait_connected(5)
        assert link.reconnects == 1
        device.send(b"after\r\n")
        assert rec.next().data == b"after"
    finally:
        link.stop()


def test_a_port_that_is_not_there_yet_is_retried_until_it_appears(device):
    device.unplug()
    rec = Recorder()
    link = SerialLink(LinkConfig(str(device.path), backoff=FAST), rec.frame, rec.state).start()
    try:
        wait_for(lambda: (LinkState.DISCONNECTED, "serial_open_failed") in rec.states)
        assert not link.wait_connected(0.1)
        device.plug()
        assert link.wait_connected(5)
        device.send(b"hello\n")
        assert rec.next().data == b"hello"
    finally:
        link.stop()


def test_the_station_writes_to_the_device(device):
    rec = Recorder()
    link = start(LinkConfig(str(device.path), backoff=FAST), rec)
    try:
        link.write(b"S\r\n")
        assert device.receive(b"\r\n") == b"S\r\n"
    finally:
        link.stop()


def test_a_failing_frame_handler_does_not_kill_the_link(device):
    seen: queue.Queue[bytes] = queue.Queue()

    def handler(frame: SerialFrame) -> None:
        if frame.data == b"boom":
            raise RuntimeError("consumer bug")
        seen.put(frame.data)

    link = SerialLink(LinkConfig(str(device.path), backoff=FAST), handler).start()
    try:
        assert link.wait_connected(5)
        device.send(b"boom\r\nfine\r\n")
        assert seen.get(timeout=5) == b"fine"
        assert link.state is LinkState.CONNECTED
    finally:
        link.stop()


def test_an_opener_that_fails_mid_stream_is_a_disconnect_then_a_reconnect():
    """A port whose reads fail once, the way a flaky USB hub drops a device for a moment."""
    opened: list[serial.SerialBase] = []

    class Flaky(protocol_loop.Serial):
        def read(self, size: int = 1) -> bytes:
            if len(opened) == 1:
                raise serial.SerialException("device went away")
            return super().read(size)

    def opener(config: LinkConfig) -> serial.SerialBase:
        port = Flaky("loop://", timeout=config.read_timeout_s)
        opened.append(port)
        return port

    rec = Recorder()
    link = SerialLink(LinkConfig("loop://", backoff=FAST), rec.frame, rec.state, opener=opener).start()
    try:
        wait_for(lambda: len(opened) == 2 and link.state is LinkState.CONNECTED)
        assert (LinkState.DISCONNECTED, "serial_read_failed") in rec.states
        assert link.reconnects == 1
        link.write(b"works\r\n")
        assert rec.next().data == b"works"
    finally:
        link.stop()
