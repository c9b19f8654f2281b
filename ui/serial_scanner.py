"""A serial barcode scanner in the window: its scans and errors reach the scan screen on the GUI thread, and its
connection is shown in the status bar, so an unplugged scanner is noticed before the next pack, not after."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from hardware.scanners import SerialScan, SerialScanner
from hardware.serialport import LinkConfig, LinkState
from ui.reasons import describe


class SerialScannerFeed(QObject):
    scanned = Signal(bytes)  # the frame's raw bytes: the code reader decodes and strips them like any scan
    failed = Signal(str, dict)  # reason code (serial_scan_*), params
    state_changed = Signal(str, str)  # LinkState value, reason code

    def __init__(self, config: LinkConfig, parent: QObject | None = None, **scanner_options) -> None:
        super().__init__(parent)
        self.config = config
        self.state = LinkState.CONNECTING
        self.reason = ""
        # The scanner calls back on its own thread; a signal emitted there is queued to the receivers' thread.
        self.scanner = SerialScanner(config, self._scan, self._state, **scanner_options)

    def start(self) -> None:
        self.scanner.start()

    def stop(self) -> None:
        self.scanner.stop()

    def _scan(self, scan: SerialScan) -> None:
        if scan.kind == "scan":
            self.scanned.emit(scan.raw)
        else:
            self.failed.emit(scan.reason, dict(scan.params))

    def _state(self, state: LinkState, reason: str) -> None:
        self.state, self.reason = state, reason
        self.state_changed.emit(state.value, reason)


class SerialScannerStatus(QLabel):
    """The scanner's connection, in the status bar."""

    def __init__(self, feed: SerialScannerFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feed = feed
        feed.state_changed.connect(lambda *_: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        state = self._feed.state
        port = self._feed.config.url
        if state is LinkState.CONNECTED:
            text = self.tr("Scanner %1: connected").replace("%1", port)
            self.setStyleSheet("")
        elif state is LinkState.DISCONNECTED:
            text = describe(self._feed.reason or "serial_disconnected", {"port": port})
            self.setStyleSheet("color: #b71c1c; font-weight: bold;")
        elif state is LinkState.STOPPED:
            text = self.tr("Scanner %1: stopped").replace("%1", port)
            self.setStyleSheet("")
        else:
            text = self.tr("Scanner %1: connecting…").replace("%1", port)
            self.setStyleSheet("")
        self.setText(text)
