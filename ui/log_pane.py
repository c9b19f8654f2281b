"""The log pane: the station's log as it is written, for the technician and the support engineer on the phone.

``install_log_pane`` attaches a ``PaneHandler`` to the root logger. Records arrive from any thread (workers, the
camera, serial devices); the handler formats them there, as the log file does (``ui.crash.LOG_FORMAT``: time,
level, thread, logger, message), and hands the text to the GUI thread through a queued Qt signal. The pane keeps
the last ``max_lines`` records, shows those at or above the chosen level as plain text (markup in a message stays
text), copies what it shows and opens the log file's folder. When the pane is destroyed the handler detaches.
"""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.crash import LOG_FORMAT

MAX_LINES = 2000
LEVELS = (logging.INFO, logging.WARNING, logging.ERROR)


class _Relay(QObject):
    """Created on the GUI thread and owned by the handler (not the pane), so a record emitted from a worker while
    the pane goes away meets a living object; the queued connection to the pane ends with the pane."""

    line = Signal(int, str)


class PaneHandler(logging.Handler):
    def __init__(self, pane: LogPane, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.setFormatter(logging.Formatter(LOG_FORMAT))
        self._relay = _Relay()
        self._relay.line.connect(pane.append, Qt.ConnectionType.QueuedConnection)
        self._closed = False

    def emit(self, record: logging.LogRecord) -> None:
        # Called under the handler's lock (``logging.Handler.handle``), as is ``detach``.
        if self._closed:
            return
        try:
            self._relay.line.emit(record.levelno, self.format(record))
        except Exception:
            self.handleError(record)

    def detach(self) -> None:
        with self.lock:
            self._closed = True
        logging.getLogger().removeHandler(self)


def install_log_pane(pane: LogPane) -> PaneHandler:
    """Feed ``pane`` from the root logger until the pane is destroyed."""
    handler = PaneHandler(pane)
    logging.getLogger().addHandler(handler)
    pane.destroyed.connect(lambda *_: handler.detach())
    return handler


class LogPane(QWidget):
    def __init__(self, log_file: Path | None = None, max_lines: int = MAX_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._records: deque[tuple[int, str]] = deque(maxlen=max_lines)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMaximumBlockCount(max_lines)
        self.level_label = QLabel()
        self.level = QComboBox()
        for level in LEVELS:
            self.level.addItem("", level)
        self.level.currentIndexChanged.connect(self._refill)
        self.level_label.setBuddy(self.level)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_folder)
        self.folder_button.setEnabled(log_file is not None)
        top = QHBoxLayout()
        top.addWidget(self.level_label)
        top.addWidget(self.level)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        top.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        self.retranslate()

    @property
    def minimum_level(self) -> int:
        return int(self.level.currentData())

    @Slot(int, str)
    def append(self, level: int, line: str) -> None:
        self._records.append((level, line))
        if level >= self.minimum_level:
            self.text.appendPlainText(line)

    def _refill(self) -> None:
        shown = [line for level, line in self._records if level >= self.minimum_level]
        self.text.setPlainText("\n".join(shown))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def copy(self) -> None:
        """The selection, or everything shown, to the clipboard."""
        selected = self.text.textCursor().selectedText().replace("\u2029", "\n")
        QGuiApplication.clipboard().setText(selected or self.text.toPlainText())

    def open_folder(self) -> bool:
        if self._log_file is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))

    def retranslate(self) -> None:
        self.level_label.setText(self.tr("&Show:"))
        words = (self.tr("Information and above"), self.tr("Warnings and errors"), self.tr("Errors only"))
        for i, word in enumerate(words):
            self.level.setItemText(i, word)
        self.copy_button.setText(self.tr("&Copy"))
        self.folder_button.setText(self.tr("Open log &folder"))
        self.folder_button.setToolTip(str(self._log_file) if self._log_file else "")
