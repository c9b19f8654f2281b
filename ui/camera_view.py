"""The live camera on the scan screen: the newest frame with the codes found outlined, and the camera's state.

The rig's threads hand in frames far faster than a screen needs; ``CameraFeed`` keeps only the newest decoded
frame and the view repaints from it on a timer, so the GUI thread never waits for the camera and a slow paint
only skips frames. Completed scans cross to the GUI thread as a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from hardware.camera.capture import CaptureState
from hardware.camera.rig import CameraRig
from hardware.camera.source import Frame
from hardware.decode.symbols import FrameDecode
from hardware.decode.tracker import Scan
from ui.reasons import describe

REPAINT_MS = 66  # about 15 repaints a second: smooth enough to aim a label, cheap for the GUI thread
GB_COLOUR = QColor("#2ecc71")
OTHER_COLOUR = QColor("#f1c40f")


class CameraFeed(QObject):
    """The rig seen from the GUI thread. ``scanned(scan, captured_at)``: a completed scan and the monotonic time
    its frame was captured (for the capture-to-verdict latency); ``state_changed(state, reason)``."""

    scanned = Signal(object, float)
    state_changed = Signal(str, str)
    replaced = Signal()  # a new rig (another camera, or the demo) took over

    def __init__(self, rig: CameraRig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rig = rig
        self.state = CaptureState.STARTING
        self.reason = ""
        self._lock = threading.Lock()
        self._latest: tuple[Frame, FrameDecode] | None = None
        self._generation = 0
        self._running = False
        self.state_changed.connect(self._remember_state)

    @property
    def demo(self) -> bool:
        return self.rig.demo

    def start(self) -> None:
        self._running = True
        generation = self._generation
        # A replaced rig may still deliver a frame while it stops: only the current rig is heard.
        self.rig.start(
            lambda scan, frame: self._on_scan(scan, frame) if generation == self._generation else None,
            lambda frame, decoded: self._on_frame(frame, decoded) if generation == self._generation else None,
            lambda state, reason: self._on_state(state, reason) if generation == self._generation else None,
        )

    def stop(self) -> None:
        self._running = False
        self.rig.stop()

    def replace(self, rig: CameraRig, stop_old: Callable[[Callable[[], None]], None]) -> None:
        """Settings changed the camera: ``stop_old`` runs the old rig's stop off the GUI thread (joining its
        threads takes a moment); the new rig starts at once when the feed was running."""
        old = self.rig
        self._generation += 1
        self.rig = rig
        with self._lock:
            self._latest = None
        stop_old(old.stop)
        if self._running:
            self.start()
        self.replaced.emit()

    def latest(self) -> tuple[Frame, FrameDecode] | None:
        with self._lock:
            return self._latest

    # Called on the rig's threads: nothing here touches a widget.
    def _on_frame(self, frame: Frame, decoded: FrameDecode) -> None:
        with self._lock:
            self._latest = (frame, decoded)

    def _on_scan(self, scan: Scan, frame: Frame) -> None:
        self.scanned.emit(scan, frame.at)

    def _on_state(self, state: CaptureState, reason: str) -> None:
        self.state_changed.emit(state.value, reason)

    def _remember_state(self, state: str, reason: str) -> None:
        self.state = CaptureState(state)
        self.reason = reason


class CameraView(QWidget):
    def __init__(self, feed: CameraFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Camera"))
        self.shown_seq = -1  # the frame painted last (tests and the benchmark read it)
        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        feed.state_changed.connect(self._state_changed)

    def _state_changed(self, _state: str, _reason: str) -> None:
        self.update()

    def _tick(self) -> None:
        latest = self.feed.latest()
        if latest is not None and latest[0].seq != self.shown_seq:
            self.update()

    def status_text(self) -> str:
        state = self.feed.state
        if state is CaptureState.RECONNECTING:
            problem = describe(self.feed.reason or "camera_lost", {"detail": self.feed.rig.name})
            return self.tr("%1 Reconnecting…").replace("%1", problem)
        if state is CaptureState.STARTING:
            return self.tr("Starting the camera…")
        if state in (CaptureState.ENDED, CaptureState.STOPPED):
            return self.tr("The camera has stopped.")
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111"))
        latest = self.feed.latest()
        if latest is not None:
            self._paint_frame(painter, *latest)
        painter.setPen(QColor("white"))
        font = QFont(self.font())
        font.setPointSize(14)
        font.setBold(True)
        painter.setFont(font)
        message = self.status_text()
        if message:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)
        if self.feed.demo:
            # Said by the screen as well as in the frame: a demo scan must never pass for a real one.
            text = self.tr("DEMO camera: not a real scan")
            # The badge fits its words, smaller type on a small view, never cut off.
            while font.pointSize() > 7 and QFontMetrics(font).horizontalAdvance(text) + 24 > self.width() - 16:
                font.setPointSize(font.pointSize() - 1)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            badge = QRectF(8, 8, min(self.width() - 16, metrics.horizontalAdvance(text) + 24), metrics.height() + 12)
            painter.fillRect(badge, QColor("#b71c1c"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def _paint_frame(self, painter: QPainter, frame: Frame, decoded: FrameDecode) -> None:
        image = frame.image
        h, w = image.shape[:2]
        qimage = QImage(image.data, w, h, image.strides[0], QImage.Format.Format_BGR888)
        scale = min(self.width() / w, self.height() / h)
        target = QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2, w * scale, h * scale)
        painter.drawImage(target, qimage)
        for symbol in decoded.symbols:
            colour = GB_COLOUR if symbol.gb_code else OTHER_COLOUR
            painter.setPen(QPen(colour, 3))
            points = [QPointF(target.x() + x * scale, target.y() + y * scale) for x, y in symbol.polygon]
            painter.drawPolygon(QPolygonF(points))
        self.shown_seq = frame.seq
