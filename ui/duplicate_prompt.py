"""The question a repeated scan asks: judge this code again, or leave it?

A label held up twice, or read by the camera and then by the handheld, is usually one battery scanned twice, not
two events. The scope (the scan just before, this shift, since start) is a setting. The prompt sits in the screen,
not in a modal dialog: the technician's hands are on the pack, scanning goes on, and a new scan answers it with
"leave it". Enter judges again, Escape leaves it; each answer is logged, so no scan vanishes unaccounted.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

log = logging.getLogger(__name__)


class DuplicatePrompt(QFrame):
    again = Signal(object, object)  # (payload, captured_at or None): judge it after all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePrompt")
        self.setStyleSheet("#duplicatePrompt { background: #fff3cd; border: 2px solid #b36b00; }")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the code is scanned text: never markup
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSize(14)
        self.text.setFont(font)
        self.judge_button = QPushButton()
        self.leave_button = QPushButton()
        for button in (self.judge_button, self.leave_button):
            button.setMinimumHeight(48)  # a touch target
        self.judge_button.clicked.connect(self.judge)
        self.leave_button.clicked.connect(self.leave)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.judge_button)
        layout.addWidget(self.leave_button)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.leave, Qt.ShortcutContext.WindowShortcut)
        self._pending: tuple[str, object, object] | None = None
        self.retranslate()
        self.hide()

    @property
    def pending(self) -> str | None:
        return None if self._pending is None else self._pending[0]

    def retranslate(self) -> None:
        self.judge_button.setText(self.tr("Judge again (Enter)"))
        self.leave_button.setText(self.tr("Leave it (Esc)"))
        if self._pending is not None:
            self._word(self._pending[0])

    def ask(self, key: str, payload: object, captured_at: float | None) -> None:
        if self._pending is not None:
            log.info("duplicate scan %r left: another scan came", self._pending[0])
        self._pending = (key, payload, captured_at)
        self._word(key)
        self.show()
        self.judge_button.setDefault(True)
        self.judge_button.setFocus()

    def _word(self, key: str) -> None:
        self.text.setText(self.tr("%1 was scanned already. Judge it again?").replace("%1", key))

    def judge(self) -> None:
        if self._pending is None:
            return
        key, payload, captured_at = self._pending
        self._pending = None
        self.hide()
        log.info("duplicate scan %r judged again at the operator's word", key)
        self.again.emit(payload, captured_at)

    def leave(self) -> None:
        if self._pending is None:
            return
        log.info("duplicate scan %r left at the operator's word", self._pending[0])
        self._pending = None
        self.hide()

    def dismiss_for_new_scan(self) -> None:
        """A different scan came: the question is answered "leave it"."""
        if self._pending is not None:
            log.info("duplicate scan %r left: another scan came", self._pending[0])
            self._pending = None
            self.hide()
