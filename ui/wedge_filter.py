"""Application-wide capture of keyboard-wedge scanners, so a scan works wherever the focus is.

Keys go to the burst detector only when no text field has the focus: a password or a name being typed is never
taken. Keys held back while the detector decides are delivered to the focused widget afterwards if they turn out
to be typing, so nothing typed is lost either.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from hardware.wedge import BurstDetector, KeyDecision, WedgeResult

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class WedgeFilter(QObject):
    scanned = Signal(str)  # the text of a complete burst, as typed
    failed = Signal(str, dict)  # reason code (wedge_burst_split / _garbled / wedge_keyboard_layout), params

    def __init__(
        self, detector: BurstDetector, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._detector = detector
        self._clock = clock
        self._offset_ms = 0.0  # event timestamps are in the window system's clock; the timer uses ours
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Key events reach the window first, then the focused widget: judging them at the window sees each once.
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat() or _typing_into_field(QApplication.focusWidget()):
            return False
        at_ms = self._event_ms(event)
        decision, results = self._detector.key(_key_text(event), at_ms)
        for result in results:
            self._deliver(result)
        if self._detector.holding:
            self._timer.start(int(self._detector.config.max_gap_ms) + 5)
        return decision is KeyDecision.HOLD

    def _event_ms(self, event: QKeyEvent) -> float:
        now = self._clock() * 1000.0
        if event.timestamp():
            # Queued events keep the time they were typed: a busy GUI thread must not make typing look fast.
            self._offset_ms = now - event.timestamp()
            return float(event.timestamp())
        return now - self._offset_ms

    def _expire(self) -> None:
        result = self._detector.tick(self._clock() * 1000.0 - self._offset_ms)
        if result is not None:
            self._deliver(result)
        elif self._detector.holding:
            self._timer.start(5)

    def _deliver(self, result: WedgeResult) -> None:
        if result.kind == "scan":
            self.scanned.emit(result.text)
        elif result.kind == "error":
            self.failed.emit(result.reason, dict(result.params))
        elif result.held:
            self._replay(result.held)

    def _replay(self, text: str) -> None:
        target = QApplication.focusWidget() or QApplication.activeWindow()
        if target is None:
            return
        self._replaying = True
        try:
            for ch in text:
                key = Qt.Key.Key_Return if ch in "\r\n" else Qt.Key.Key_Tab if ch == "\t" else Qt.Key.Key_unknown
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        finally:
            self._replaying = False


def _typing_into_field(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, TEXT_INPUTS):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return False


def _key_text(event: QKeyEvent) -> str:
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return "\r"
    if event.key() == Qt.Key.Key_Tab:
        return "\t"
    return event.text()
