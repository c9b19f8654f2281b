"""The scan screen: a code in (wedge scanner, camera or typed), the verdict out, and at intake the record made."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.findings import Severity
from station.operations.errors import OperationError
from station.operations.intake import IntakeForm, IntakeResult, receive
from station.operations.scanning import check
from station.rules.verdict import Context, ScanRequest, Verdict
from station.store.store import Store
from ui.battery_card import BatteryCard
from ui.reasons import describe
from ui.tasks import TaskRunner
from ui.verdict_banner import VerdictBanner

log = logging.getLogger(__name__)

SEVERITY_MARK = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}


class ScanScreen(QWidget):
    judged = Signal(object)  # the Verdict shown (tests and the feedback sounds listen)

    def __init__(self, store: Store, tasks: TaskRunner, actor: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._actor = actor
        self.mode = QComboBox()
        self.entry = QLineEdit()
        self.entry.setClearButtonEnabled(True)
        self.check_button = QPushButton()
        self.banner = VerdictBanner()
        self.findings = QListWidget()
        self.card = BatteryCard()
        self.entry.returnPressed.connect(self._typed)
        self.check_button.clicked.connect(self._typed)

        row = QHBoxLayout()
        row.addWidget(self.mode)
        row.addWidget(self.entry, 1)
        row.addWidget(self.check_button)
        lower = QHBoxLayout()
        lower.addWidget(self.findings, 2)
        lower.addWidget(self.card, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.banner, 1)
        layout.addLayout(lower, 1)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.mode.currentIndex()
        self.mode.clear()
        self.mode.addItem(self.tr("Intake"), Context.INTAKE)
        self.mode.addItem(self.tr("Look up"), Context.LOOKUP)
        self.mode.setCurrentIndex(max(current, 0))
        self.entry.setPlaceholderText(self.tr("Scan, or type a code and press Enter"))
        self.check_button.setText(self.tr("Check"))
        self.card.retranslate()
        if self.banner.outcome is None:
            self.banner.clear()

    # ---- input -------------------------------------------------------------------------------------------

    def _typed(self) -> None:
        text = self.entry.text()
        self.entry.clear()
        self.handle_scan(text)

    def handle_scan(self, payload: str | bytes) -> None:
        """Every scan ends in a verdict or a problem on screen: none is dropped silently."""
        context = Context(self.mode.currentData())  # Qt hands the enum back as its string value
        actor = self._actor()
        if context is Context.INTAKE:
            self._tasks.write(lambda: receive(self._store, actor, IntakeForm(payload)), self._received, self._failed)
        else:
            request = ScanRequest(payload, context)
            self._tasks.read(lambda: check(self._store, request), self._show, self._failed)

    def show_failure(self, reason: str, params: dict) -> None:
        """A scan that could not be read into a payload at all (a split wedge burst...)."""
        self.banner.show_problem(describe(reason, params))

    # ---- results -----------------------------------------------------------------------------------------

    def _received(self, result: IntakeResult) -> None:
        self._show(result.verdict)

    def _show(self, verdict: Verdict) -> None:
        reasons = [h.finding for h in verdict.hits if h.finding.severity is not Severity.INFO]
        self.banner.show_verdict(verdict.outcome, "\n".join(describe(f.code, f.params) for f in reasons[:3]))
        self.findings.clear()
        for finding in verdict.findings:
            item = QListWidgetItem(f"{SEVERITY_MARK[finding.severity]}  {describe(finding.code, finding.params)}")
            item.setData(Qt.ItemDataRole.UserRole, finding.code)
            self.findings.addItem(item)
        self.card.show_read(verdict.read)
        self.judged.emit(verdict)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationError):
            self.banner.show_problem(describe(exc.reason, exc.params))
        else:
            self.banner.show_problem(self.tr("The scan could not be judged: %1").replace("%1", str(exc)))
