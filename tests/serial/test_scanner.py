"""The serial barcode scanner on a pseudo-terminal: each terminated line one scan, every broken frame an error
that carries its bytes, and the scan read by the same code reader as every other source."""

from __future__ import annotations

import datetime as dt
import queue

import pytest

from hardware.camera.capture import Backoff
from hardware.scanners import SerialScan, SerialScanner, classify
from hardware.serialport import SERIAL_REASONS, FrameKind, LinkConfig, LinkState, SerialFrame
from station.codes import read_code
from station.rules.ruleset import builtin
from tests.codes.samples import PACK_SAMPLE
from tests.ptys import wait_for

FAST = Backoff(first_s=0.02, max_s=0.1)
CODE = PACK_SAMPLE


@pytest.fixture
def scans(device):
    got: queue.Queue[SerialScan] = queue.Queue()
    scanner = SerialScanner(LinkConfig(str(device.path), line_timeout_s=0.3, backoff=FAST), got.put).start()
    assert scanner.link.wait_connected(5)
    yield got
    scanner.stop()


def test_a_terminated_line_is_one_scan_with_its_raw_bytes(device, scans):
    device.send(CODE.encode() + b"\r\n")
    scan = scans.get(timeout=5)
    assert scan == SerialScan("scan", text=CODE, raw=CODE.encode())


def test_gs1_separators_and_a_prefix_reach_the_code_reader_which_strips_them(device, scans):
    device.send(b"\x02" + CODE[:12].encode() + b"\x1d" + CODE[12:].encode() + b"\x03\r")
    scan = scans.get(timeout=5)
    assert scan.kind == "scan" and b"\x1d" in scan.raw
    tables = builtin().code_tables
    read = read_code(scan.raw, tables, dt.date(2026, 12, 6))
    assert read.code == CODE


def test_utf8_text_is_read_as_utf8(device, scans):
    text = "电池包 " + CODE
    device.send(text.encode("utf-8") + b"\n")
    assert scans.get(timeout=5).text == text


@pytest.mark.parametrize(
    ("sent", "reason"),
    [
        (b"03HPB\x00\x00\x00CA0000\r\n", "serial_scan_garbled"),  # wrong baud rate / a break reads as NULs
        (b"03HPB\xff\xfe0CA0000\r\n", "serial_scan_not_utf8"),
        (b"03HPB0CA00", "serial_scan_unterminated"),  # suffix set to none on the scanner: silence, no CR
    ],
)
def test_a_broken_frame_is_an_error_with_its_bytes_never_a_scan(device, scans, sent, reason):
    device.send(sent)
    scan = scans.get(timeout=5)
    assert scan.kind == "error" and scan.reason == reason and scan.text == ""
    assert scan.raw == sent.rstrip(b"\r\n")
    assert reason in SERIAL_REASONS


def test_unplugged_mid_code_is_a_cut_error_and_the_scanner_comes_back(device, tmp_path):
    got: queue.Queue[SerialScan] = queue.Queue()
    states: list[tuple[LinkState, str]] = []
    scanner = SerialScanner(
        LinkConfig(str(device.path), line_timeout_s=None, backoff=FAST), got.put, lambda s, r: states.append((s, r))
    ).start()
    try:
        assert scanner.link.wait_connected(5)
        device.send(b"PING\r\n03HPB0CA")
        assert got.get(timeout=5).text == "PING"
        wait_for(lambda: scanner.link._port is not None and scanner.link._port.in_waiting == 0)
        device.unplug()
        cut = got.get(timeout=5)
        assert (cut.kind, cut.reason, cut.raw) == ("error", "serial_scan_cut", b"03HPB0CA")
        wait_for(lambda: scanner.state is LinkState.DISCONNECTED)
        device.plug()
        assert scanner.link.wait_connected(5)
        device.send(CODE.encode() + b"\r")
        assert got.get(timeout=5).text == CODE
        assert (scanner.scans, scanner.errors) == (2, 1)
        assert [s for s, _ in states][:3] == [LinkState.CONNECTED, LinkState.DISCONNECTED, LinkState.CONNECTED]
    finally:
        scanner.stop()


def test_classify_bounds_the_length_of_a_line():
    frame = SerialFrame(FrameKind.LINE, b"A" * 300)
    scan = classify(frame, max_length=256)
    assert (scan.kind, scan.reason, scan.params["length"]) == ("error", "serial_scan_too_long", 300)
    overlong = classify(SerialFrame(FrameKind.OVERLONG, b"A" * 256), max_length=256)
    assert overlong.reason == "serial_scan_too_long" and overlong.raw == b"A" * 256
