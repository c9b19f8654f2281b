"""The Work tab: the guided workflows listed on the left (large, keyboard-reachable with Alt+1…9), the chosen
one on the right, the camera's picture under the list. While the tab is shown every scan goes to the chosen
workflow."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from ui.camera_view import CameraView
from ui.workflows.bench import Bench
from ui.workflows.page import WorkflowPage


class WorkArea(QWidget):
    def __init__(self, bench: Bench, pages: Sequence[type[WorkflowPage]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.steps = QListWidget()
        self.steps.setObjectName("workflowSteps")
        self.steps.setMaximumWidth(320)
        font = self.steps.font()
        font.setPointSize(font.pointSize() + 4)
        self.steps.setFont(font)
        self.stack = QStackedWidget()
        self.pages: list[WorkflowPage] = []
        for number, cls in enumerate(pages, start=1):
            page = cls(bench)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.steps.addItem("")
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda row=number - 1: self.steps.setCurrentRow(row))
        self.steps.currentRowChanged.connect(self._chosen)
        # The camera's picture beside every step: a photo is taken of what the technician sees here.
        self.preview = CameraView(bench.feed) if bench.feed is not None else None
        left = QVBoxLayout()
        left.addWidget(self.steps, 1)
        if self.preview is not None:
            self.preview.setMaximumWidth(320)
            left.addWidget(self.preview)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)
        self.steps.setCurrentRow(0)
        for page in self.pages:
            page.restore_draft()
        self.retranslate()

    def page(self, cls: type[WorkflowPage]) -> WorkflowPage:
        return next(p for p in self.pages if isinstance(p, cls))

    def show_page(self, cls: type[WorkflowPage]) -> WorkflowPage:
        page = self.page(cls)
        self.steps.setCurrentRow(self.pages.index(page))
        return page

    def current(self) -> WorkflowPage:
        return self.pages[self.stack.currentIndex()]

    def take_scan(self, payload: str | bytes) -> None:
        self.current().take_scan(payload)

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.pages[row].shown()

    def retranslate(self) -> None:
        for row, page in enumerate(self.pages):
            page.retranslate()
            prefix = f"{row + 1}  " if row < 9 else ""
            self.steps.item(row).setText(prefix + page.title())
