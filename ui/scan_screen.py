"""The scan screen: a code in (wedge scanner, camera or typed), the verdict out, and at intake the record made."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime

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

from hardware.decode.tracker import CHINA, DuplicatePolicy, Scan
from station.codes import read_code
from station.findings import Severity
from station.operations.errors import OperationError
from station.operations.intake import IntakeForm, receive
from station.operations.scanning import check
from station.rules.verdict import Context, RemoteHistory, RemoteView, ScanRequest, Verdict
from station.store.store import Store
from ui.battery_card import BatteryCard
from ui.camera_view import CameraFeed, CameraView
from ui.duplicate_prompt import DuplicatePrompt
from ui.reasons import describe
from ui.tasks import TaskRunner
from ui.verdict_banner import VerdictBanner

log = logging.getLogger(__name__)

SEVERITY_MARK = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}


class ScanScreen(QWidget):
    judged = Signal(object)  # the Verdict shown (tests and the feedback sounds listen)

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], str],
        feed: CameraFeed | None = None,
        policy: DuplicatePolicy | None = None,
        parent: QWidget | None = None,
        remote: RemoteHistory | None = None,
        recorded: Callable[[], None] | None = None,
    ):
        """``feed``: the bench camera (None: no camera view). ``policy``: which repeated scans ask first; the
        camera's own, so that the camera and the handheld scanners share one memory of what was scanned.
        ``remote``: the other stations' history, asked at intake (None: not enrolled, nobody is asked).
        ``recorded``: called after each intake is recorded (sync's nudge)."""
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._actor = actor
        self._remote = remote
        self._recorded = recorded
        self._feed = feed
        self._own_policy = policy or (None if feed is not None else DuplicatePolicy())
        # While the station is locked every scan goes here instead (the lock screen takes it as a badge).
        self.divert: Callable[[str | bytes], None] | None = None
        # Capture to verdict shown, in ms, for camera scans: the benchmark's and the log's figure.
        self.verdict_latency_ms: deque[float] = deque(maxlen=1000)
        self.prompt = DuplicatePrompt()
        self.prompt.again.connect(self.handle_scan)
        self.camera = CameraView(feed) if feed is not None else None
        if feed is not None:
            feed.scanned.connect(self.camera_scan)
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
        middle = QHBoxLayout()
        if self.camera is not None:
            middle.addWidget(self.camera, 3)
        middle.addWidget(self.banner, 2)
        lower = QHBoxLayout()
        lower.addWidget(self.findings, 2)
        lower.addWidget(self.card, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.prompt)
        layout.addLayout(middle, 3)
        layout.addLayout(lower, 2)
        self.retranslate()

    @property
    def _policy(self) -> DuplicatePolicy:
        # The camera's own, read each time: a camera changed in Settings brings its rig's memory along.
        return self._own_policy or self._feed.rig.policy

    def retranslate(self) -> None:
        current = self.mode.currentIndex()
        self.mode.clear()
        self.mode.addItem(self.tr("Intake"), Context.INTAKE)
        self.mode.addItem(self.tr("Look up"), Context.LOOKUP)
        self.mode.setCurrentIndex(max(current, 0))
        self.entry.setPlaceholderText(self.tr("Scan, or type a code and press Enter"))
        self.check_button.setText(self.tr("Check"))
        self.card.retranslate()
        self.prompt.retranslate()
        if self.banner.outcome is None:
            self.banner.clear()

    # ---- input -------------------------------------------------------------------------------------------

    def _typed(self) -> None:
        text = self.entry.text()
        self.entry.clear()
        self.handle_scan(text)

    def camera_scan(self, scan: Scan, captured_at: float) -> None:
        """A code the camera confirmed; the tracker has already asked the shared policy whether it repeats."""
        if self.divert is not None:
            if not scan.duplicate:  # a label left in view while locked is said once, not every few seconds
                self.divert(scan.symbol.raw)
        elif scan.duplicate:
            self.prompt.ask(scan.key, scan.symbol.raw, captured_at)
        else:
            self.handle_scan(scan.symbol.raw, captured_at)

    def scanner_input(self, payload: str | bytes) -> None:
        """A code from a handheld scanner (wedge or serial): asks first when it repeats an earlier scan."""
        if self.divert is not None:
            self.divert(payload)
            return
        key = read_code(payload, self._store.ruleset().code_tables, datetime.now(CHINA).date()).code
        key = key or (payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload).strip()
        if key and self._policy.seen(key, datetime.now(CHINA)):
            self.prompt.ask(key, payload, None)
        else:
            self.handle_scan(payload)

    def handle_scan(self, payload: str | bytes, captured_at: float | None = None) -> None:
        """Every scan ends in a verdict or a problem on screen: none is dropped silently. ``captured_at``: the
        monotonic time the camera captured the frame, for the capture-to-verdict latency."""
        self.prompt.dismiss_for_new_scan()
        context = Context(self.mode.currentData())  # Qt hands the enum back as its string value
        actor = self._actor()

        def shown(verdict: Verdict) -> None:
            self._show(verdict)
            if captured_at is not None:
                self.verdict_latency_ms.append((time.monotonic() - captured_at) * 1000)

        if context is Context.INTAKE:
            form = IntakeForm(payload)

            def record(remote: RemoteHistory | None) -> None:
                job = lambda: receive(self._store, actor, form, remote=remote)  # noqa: E731
                self._tasks.write(job, lambda r: recorded(r.verdict), self._failed)

            def recorded(verdict: Verdict) -> None:
                shown(verdict)
                if self._recorded is not None:
                    self._recorded()

            if self._remote is None:
                record(None)
            else:
                # The server is asked on a reader (up to two seconds when the network is slow), never on the one
                # writer thread: the other scans' records do not queue behind the network.
                self._tasks.read(lambda: ask_remote(self._store, self._remote, payload), record, self._failed)
        else:
            request = ScanRequest(payload, context)
            self._tasks.read(lambda: check(self._store, request), shown, self._failed)

    def show_failure(self, reason: str, params: dict) -> None:
        """A scan that could not be read into a payload at all (a split wedge burst...)."""
        self.banner.show_problem(describe(reason, params))

    # ---- results -----------------------------------------------------------------------------------------

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


def ask_remote(store: Store, remote: RemoteHistory, payload: str | bytes) -> RemoteHistory:
    """The server's answer about the scanned code, asked once on a reader before the intake is recorded."""
    try:
        code = read_code(payload, store.ruleset().code_tables, datetime.now(CHINA).date()).code
        view = remote.lookup(code) if code else RemoteView(reachable=False)
    except Exception:  # the lookup's failure must not lose the scan: it is recorded as provisional
        log.exception("battery history lookup failed")
        code, view = None, RemoteView(reachable=False)
    return _Answered(code, view)


class _Answered:
    """The server's answer about one code, asked before the intake is recorded."""

    def __init__(self, code: str | None, view: RemoteView) -> None:
        self._code, self._view = code, view

    def lookup(self, code: str) -> RemoteView:
        return self._view if code == self._code else RemoteView(reachable=False)
