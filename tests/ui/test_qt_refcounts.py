"""The Qt binding keeps Python's reference counts: a window that paints for hours must not abort.

PySide6 6.12.0 returned None from every void method (``QPainter.setPen``, ``QWidget.update``, ``QLabel.setText``
...) without taking a reference to it. On Python 3.11, where None is an ordinary counted object, each call costs
None one reference, and after a few minutes of painting the live camera the process aborts with "Fatal Python
error: none_dealloc". pyproject.toml keeps that release out; this test fails on any release that brings it back.
On Python 3.12 and later None is immortal, its count never moves, and the test passes whatever the binding does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel

CALLS = 200


def test_void_methods_leave_none_its_references(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    font = QFont()
    painter = QPainter(image)
    try:
        calls = {
            "QPainter.setPen": lambda: painter.setPen(QColor("white")),
            "QPainter.fillRect": lambda: painter.fillRect(QRectF(0, 0, 8, 8), QColor("#111")),
            "QPainter.drawLine": lambda: painter.drawLine(0, 0, 5, 5),
            "QPainter.drawText": lambda: painter.drawText(QRectF(0, 0, 32, 16), Qt.AlignmentFlag.AlignCenter, "x"),
            "QFont.setBold": lambda: font.setBold(True),
            "QLabel.setText": lambda: label.setText("x"),
            "QWidget.update": label.update,
        }
        lost = {}
        for name, call in calls.items():
            before = sys.getrefcount(None)
            for _ in range(CALLS):
                call()
            lost[name] = before - sys.getrefcount(None)
    finally:
        painter.end()
    # Other threads (the test's own machinery) may move the count by a handful; a leak moves it by CALLS.
    assert {name: n for name, n in lost.items() if n >= CALLS // 2} == {}
