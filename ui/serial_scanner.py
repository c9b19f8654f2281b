"""A serial barcode scanner in the window: its scans and errors reach the scan screen on the GUI thread, and its
connection is shown in the status bar, so an unplugged scanner is noticed before the next pack, not after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from hardware.scanners import SerialScan, SerialScanner
from hardware.serialport import LinkConfig, LinkState
from ui.reasons import describe


class SerialScannerFeed(QObject):
    scanned = Signal(bytes)  # the frame's raw bytes: the code reader decodes and strips them like any scan
    failed = Signal(str, dict)  # reason code (serial_scan_*), params
    state_changed = Signal(str, str)  # LinkState value, reason code

    def __init__(self, config: LinkConfig | None, parent: QObject | None = None, **scanner_options) -> None:
        """``config`` None: no serial scanner at this bench (yet); one set in Settings connects at once."""
        super().__init__(parent)
        self._options = scanner_options
        self._generation = 0
        self._running = False
        self.scanner: SerialScanner | None = None
        self._build(config)

    @property
    def configured(self) -> bool:
        return self.scanner is not None

    def _build(self, config: LinkConfig | None) -> None:
        self.config = config
        self.state = LinkState.CONNECTING if config is not None else LinkState.STOPPED
        self.reason = ""
        self._generation += 1
        generation = self._generation
        # The scanner calls back on its own thread; a signal emitted there is queued to the receivers' thread.
        # A replaced scanner may still call while it stops: only the current one is heard.
        self.scanner = (
            SerialScanner(
                config,
                lambda scan: self._scan(scan) if generation == self._generation else None,
                lambda state, reason: self._state(state, reason) if generation == self._generation else None,
                **self._options,
            )
            if config is not None
            else None
        )

    def start(self) -> None:
        self._running = True
        if self.scanner is not None:
            self.scanner.start()

    def stop(self) -> None:
        self._running = False
        if self.scanner is not None:
            self.scanner.stop()

    def reconnect(self, config: LinkConfig | None, stop_old: Callable[[Callable[[], None]], None]) -> None:
        """Settings changed the port: ``stop_old`` runs the old scanner's stop off the GUI thread."""
        old = self.scanner
        self._build(config)
        if old is not None:
            stop_old(old.stop)
        if self.scanner is not None and self._running:
            self.scanner.start()
        self.state_changed.emit(self.state.value, self.reason)

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
        if self._feed.config is None:
            self.hide()
            return
        if self.isHidden() and self.parentWidget() is not None:
            self.show()
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
