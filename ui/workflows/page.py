"""What every workflow page has: its bench, its draft, its result banner, and a way to take the scans routed to
it while it is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from station.operations.errors import OperationError
from ui.reasons import describe
from ui.verdict_banner import VerdictBanner
from ui.workflows.bench import Bench
from ui.workflows.draft_keeper import DraftKeeper


class WorkflowPage(QWidget):
    workflow = ""  # the draft's key; "" for a page that keeps no draft (a queue, a look-up)

    def __init__(self, bench: Bench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.banner = VerdictBanner()
        self.banner.setMaximumHeight(170)
        self.draft: DraftKeeper | None = None
        if self.workflow:
            self.draft = DraftKeeper(self.workflow, bench.store, bench.tasks, bench.actor, self.state, self)
            self.draft.restored.connect(self._draft_restored)

    # ---- to override -------------------------------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def take_scan(self, payload: str | bytes) -> None:
        """A code scanned (camera, wedge, serial) while this page is shown."""
        raise NotImplementedError

    def state(self) -> dict[str, Any]:
        return {}

    def apply_state(self, data: dict[str, Any]) -> None:
        """Fill the page from its draft."""

    def retranslate(self) -> None:
        pass

    def shown(self) -> None:
        """The page came to the front: refresh what it lists."""

    # ---- shared ------------------------------------------------------------------------------------------

    def _draft_restored(self, data: dict[str, Any]) -> None:
        self.apply_state(data)
        draft = self.draft
        if draft is not None and draft.started_by and draft.started_at is not None:
            when = draft.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
            line = QCoreApplication.translate("WorkflowPage", "Last typed by %1 at %2.")
            line = line.replace("%1", draft.started_by).replace("%2", when)
            detail = self.banner.detail.text()
            self.banner.detail.setText(f"{detail}\n{line}" if detail else line)

    def restore_draft(self) -> None:
        if self.draft is not None:
            self.draft.restore()

    def watch(self, *widgets: QWidget) -> None:
        """Save the draft a moment after any of these widgets changes."""
        if self.draft is None:
            return
        changed = self.draft.changed
        for widget in widgets:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(changed)
            elif isinstance(widget, QDoubleSpinBox | QSpinBox):
                widget.valueChanged.connect(changed)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(changed)
            elif hasattr(widget, "changed"):
                widget.changed.connect(changed)
            else:
                raise TypeError(f"cannot watch {type(widget).__name__}")

    def failed(self, exc: BaseException) -> None:
        """A refusal or a fault, in the operator's words; what was typed stays on the page and in the draft."""
        if isinstance(exc, OperationError):
            self.banner.show_problem(describe(exc.reason, exc.params))
        else:
            text = QCoreApplication.translate("WorkflowPage", "This could not be recorded: %1")
            self.banner.show_problem(text.replace("%1", str(exc)))

    def problem(self, text: str) -> None:
        self.banner.show_problem(text)
