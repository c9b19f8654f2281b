"""The application-wide wedge filter, driven by real Qt key events at chosen timestamps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hardware.wedge import BurstDetector
from ui.wedge_filter import WedgeFilter

CODE = "001CB240000003B3C0221953"


class Bench(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = QPushButton("Accept")
        self.clicks = 0
        self.button.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        for w in (self.field, self.password, self.button):
            layout.addWidget(w)

    def _clicked(self) -> None:
        self.clicks += 1


@pytest.fixture
def bench(qtbot):
    widget = Bench()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    wedge = WedgeFilter(BurstDetector())
    QApplication.instance().installEventFilter(wedge)
    yield widget, wedge
    QApplication.instance().removeEventFilter(wedge)


def type_keys(widget: QWidget, text: str, start_ms: int, gap_ms: int) -> None:
    t = start_ms
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "" if ch == "\r" else ch)
            event.setTimestamp(t)
            QApplication.sendEvent(widget.windowHandle(), event)
        t += gap_ms


def test_scan_with_a_button_focused_is_caught_and_enter_does_not_click(qtbot, bench):
    widget, wedge = bench
    widget.button.setFocus()
    with qtbot.waitSignal(wedge.scanned) as got:
        type_keys(widget, CODE + "\r", 10_000, 6)
    assert got.args == [CODE]
    assert widget.clicks == 0


def test_keys_for_a_password_field_are_never_taken(qtbot, bench):
    widget, wedge = bench
    widget.password.setFocus()
    with qtbot.assertNotEmitted(wedge.scanned, wait=100):
        type_keys(widget, "secret12345", 20_000, 6)
    assert widget.password.text() == "secret12345"


def test_typing_in_a_text_field_is_left_alone(qtbot, bench):
    widget, _wedge = bench
    widget.field.setFocus()
    type_keys(widget, "张三 typed", 30_000, 150)
    assert widget.field.text() == "张三 typed"


def test_slow_typing_with_no_field_focused_is_handed_back(qtbot, bench):
    widget, wedge = bench
    widget.button.setFocus()
    seen: list[str] = []
    recorder = _Recorder(seen)  # kept referenced: Qt does not own an event filter
    widget.button.installEventFilter(recorder)
    with qtbot.assertNotEmitted(wedge.scanned, wait=150):
        type_keys(widget, "ab", 40_000, 200)
    qtbot.waitUntil(lambda: "".join(seen) == "ab")


def test_a_split_burst_is_an_error_not_a_code(qtbot, bench):
    widget, wedge = bench
    widget.button.setFocus()
    with qtbot.waitSignal(wedge.failed) as got:
        type_keys(widget, CODE[:14], 50_000, 6)
    assert got.args[0] == "wedge_burst_split"


class _Recorder(QWidget):
    """Records key presses delivered to the widget it watches."""

    def __init__(self, seen: list[str]) -> None:
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.KeyPress:
            self.seen.append(event.text())
        return False
