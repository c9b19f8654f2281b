"""Dismantling (拆解): the pack is scanned to open it, then every module or cell taken out is scanned into it, each
shown with a tick or the reason it was refused; "n of expected" as the work goes on; an echelon-use label for each
child the site re-codes; "Finish dismantling" closes the pack when the count is right.

The draft keeps the open pack and the expected count: after a crash the page opens the pack again and lists its
children as the store has them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hardware.printers.labels import print_label
from hardware.printers.service import Outcome as PrintOutcome
from station.documents.labels.echelon import EchelonLabel, echelon_label
from station.findings import Severity
from station.operations.bench_checks import OpenPack, open_pack, reopen
from station.operations.dismantling import LinkResult, finish_dismantling, link_child
from station.operations.errors import OperationError
from station.rules.verdict import Outcome
from ui.reasons import STATUS_TEXTS, describe
from ui.theme import TOUCH_PX
from ui.workflows.bench import Bench
from ui.workflows.page import WorkflowPage

log = logging.getLogger(__name__)

MAX_CHILDREN = 999


@dataclass(frozen=True)
class ChildRow:
    """One line of the list: a child linked (with its echelon-use code) or a scan refused (with its reasons)."""

    code: str
    linked: bool
    kind: str = ""
    echelon_code: str | None = None
    reasons: tuple[tuple[str, dict], ...] = ()  # (reason code, params): refusals, or warnings of a linked child
    label: str = ""  # "", "printed", "waiting" (in the spool), "failed"
    label_reason: str = ""
    label_params: dict = field(default_factory=dict)


class DismantlingPage(WorkflowPage):
    workflow = "dismantling"
    opened = Signal(str)  # a pack was opened (tests and the crash script wait for it)
    linked = Signal(object)  # a child's scan was answered (the ChildRow)
    labelled = Signal(object)  # an echelon label was printed or queued (the ChildRow)

    def __init__(self, bench: Bench, parent: QWidget | None = None) -> None:
        super().__init__(bench, parent)
        self.pack: OpenPack | None = None
        self.rows: list[ChildRow] = []
        self._opening = False
        self._to_print: list[ChildRow] = []  # echelon labels still to send, oldest first
        self.entry = QLineEdit()
        self.entry.setClearButtonEnabled(True)
        self.entry.setMinimumHeight(TOUCH_PX)
        self.entry.returnPressed.connect(self._typed)
        self.pack_label = QLabel()
        self.pack_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pack_label.setWordWrap(True)
        font = self.pack_label.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.pack_label.setFont(font)
        self.route_label = QLabel()
        self.route_label.setTextFormat(Qt.TextFormat.PlainText)
        self.route_label.setWordWrap(True)
        self.expected = QSpinBox()
        self.expected.setRange(0, MAX_CHILDREN)
        self.expected.setMinimumHeight(TOUCH_PX)
        self.expected.valueChanged.connect(lambda _v: self._show_progress())
        self.suggestion = QLabel()
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMinimumHeight(28)
        self.children_list = QListWidget()
        self.children_list.setWordWrap(True)
        font = self.children_list.font()
        font.setPointSize(font.pointSize() + 2)
        self.children_list.setFont(font)
        self.finish_button = QPushButton()
        self.finish_button.setMinimumHeight(48)
        self.finish_button.clicked.connect(self.finish)
        self.aside_button = QPushButton()
        self.aside_button.setMinimumHeight(TOUCH_PX)
        self.aside_button.clicked.connect(self.put_aside)

        self.pack_box = QGroupBox()
        pack = QFormLayout(self.pack_box)
        self._captions = {name: QLabel() for name in ("scan", "expected", "progress")}
        pack.addRow(self._captions["scan"], self.entry)
        pack.addRow(self.pack_label)
        pack.addRow(self.route_label)
        pack.addRow(self._captions["expected"], self.expected)
        pack.addRow(None, self.suggestion)
        pack.addRow(self._captions["progress"], self.progress)
        self.children_box = QGroupBox()
        listed = QVBoxLayout(self.children_box)
        listed.addWidget(self.children_list)
        left = QVBoxLayout()
        left.addWidget(self.pack_box)
        left.addWidget(self.children_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.banner, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.aside_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.watch(self.expected)
        self.retranslate()
        self._show_pack()

    def title(self) -> str:
        return self.tr("Dismantling")

    def retranslate(self) -> None:
        self.pack_box.setTitle(self.tr("Pack"))
        self.children_box.setTitle(self.tr("Modules and cells taken out"))
        self._captions["scan"].setText(self.tr("Scan"))
        self._captions["expected"].setText(self.tr("Expected"))
        self._captions["progress"].setText(self.tr("Progress"))
        self.expected.setSpecialValueText(self.tr("not typed"))
        self.expected.setToolTip(self.tr("How many modules or cells this pack holds"))
        self.finish_button.setText(self.tr("Finish dismantling"))
        self.aside_button.setText(self.tr("Put the pack aside"))
        self.aside_button.setToolTip(
            self.tr("Close this pack on this bench without finishing it; what was linked stays recorded")
        )
        self._show_pack()
        self._render_rows()
        if self.banner.outcome is None and not self.banner.detail.text():
            self.banner.clear()

    # ---- scans -------------------------------------------------------------------------------------------

    def take_scan(self, payload: str | bytes) -> None:
        if self._opening:
            self.problem(self.tr("Wait a moment: the pack is being opened."))
        elif self.pack is None:
            self.open(payload)
        else:
            self.link(payload)

    def _typed(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        if text:
            self.take_scan(text)

    def open(self, payload: str | bytes) -> None:
        store = self.bench.store
        self._opening = True
        self.bench.tasks.read(lambda: open_pack(store, payload), self._opened, self._open_refused)

    def _opened(self, pack: OpenPack, expected: int | None = None) -> None:
        self._opening = False
        self.pack = pack
        self.rows = [ChildRow(c.code, True, c.kind, c.echelon_code) for c in pack.children]
        assert self.draft is not None
        with self.draft.quietly():
            if expected is not None:
                self.expected.setValue(expected)
            elif pack.suggested_children is not None and self.expected.value() == 0:
                self.expected.setValue(pack.suggested_children)
        self._show_pack()
        self._render_rows()
        self.draft.save_now()
        self.banner.show_done(self.tr("Pack open"), self.tr("Scan each module or cell as it comes out."))
        self.opened.emit(pack.code)

    def _open_refused(self, exc: BaseException) -> None:
        self._opening = False
        self.failed(exc)

    def link(self, payload: str | bytes) -> None:
        assert self.pack is not None
        store, actor, parent = self.bench.store, self.bench.actor(), self.pack.code
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self.bench.tasks.write(
            lambda: link_child(store, actor, parent, payload),
            lambda result: self._linked(parent, result),
            lambda exc: self._link_failed(text.strip(), exc),
        )

    def _linked(self, parent: str, result: LinkResult) -> None:
        if self.pack is None or self.pack.code != parent:
            return  # the answer for a pack put aside meanwhile: it is recorded, and listed when reopened
        verdict = result.verdict
        code = verdict.code or verdict.read.raw.strip()
        if result.linked:
            warnings = tuple(
                (h.finding.code, dict(h.finding.params)) for h in verdict.hits if h.finding.severity is Severity.WARNING
            )
            kind = verdict.read.fields.product_type if verdict.read.fields else ""
            row = ChildRow(code, True, kind, result.echelon_code, warnings)
            detail = code
            if row.echelon_code:
                detail += "\n" + self.tr("Echelon code %1").replace("%1", row.echelon_code)
            self.banner.show_verdict(verdict.outcome, detail)
            self.bench.nudge()
        else:
            against = tuple(
                (h.finding.code, dict(h.finding.params))
                for h in verdict.hits
                if h.outcome in (Outcome.REJECT, Outcome.QUARANTINE)
            )
            row = ChildRow(code, False, reasons=against)
            words = "\n".join(describe(c, p) for c, p in against[:3])
            self.banner.show_verdict(Outcome.REJECT, (code + "\n" + words).strip())
        self.rows.append(row)
        self._render_rows()
        self._show_progress()
        self.linked.emit(row)
        if row.echelon_code is not None:
            self._print_label(row)

    def _link_failed(self, text: str, exc: BaseException) -> None:
        if isinstance(exc, OperationError):
            row = ChildRow(text, False, reasons=((exc.reason, dict(exc.params)),))
            self.rows.append(row)
            self._render_rows()
            self.linked.emit(row)
        self.failed(exc)

    # ---- echelon labels ----------------------------------------------------------------------------------

    def _print_label(self, row: ChildRow) -> None:
        printers = self.bench.printers
        if printers is None or "label" not in printers.printers:
            return
        self._to_print.append(row)
        if len(self._to_print) == 1:
            self._print_next()

    def _print_next(self) -> None:
        """One label at a time, in the order the children were scanned: the technician sticks them in that order
        (two readers printing at once could swap them)."""
        printers = self.bench.printers
        if not self._to_print or printers is None:
            return
        row = self._to_print[0]
        assert row.echelon_code is not None
        label = EchelonLabel(row.echelon_code, row.code, row.kind or "M")
        self.bench.tasks.read(
            lambda: print_label(printers, echelon_label(label), row.echelon_code),
            lambda outcome: self._printed(row, outcome),
            lambda exc: self._print_failed(row, exc),
        )

    def _printed(self, row: ChildRow, outcome: PrintOutcome) -> None:
        if outcome.printed:
            self._replace(row, replace(row, label="printed"))
        else:
            self._replace(row, replace(row, label="waiting", label_reason=outcome.reason))
            text = self.tr("The echelon label of %1 waits in the print queue: %2")
            text = text.replace("%1", row.echelon_code or "").replace("%2", describe(outcome.reason, {}))
            self.banner.detail.setText((self.banner.detail.text() + "\n" + text).strip())
        self._printed_one()

    def _print_failed(self, row: ChildRow, exc: BaseException) -> None:
        log.error("echelon label for %s: %s", row.echelon_code, exc)
        self._replace(row, replace(row, label="failed", label_reason=str(exc)))
        text = self.tr("The echelon label of %1 could not be printed: %2")
        self.problem(text.replace("%1", row.echelon_code or "").replace("%2", str(exc)))
        self._printed_one()

    def _printed_one(self) -> None:
        if self._to_print:
            self._to_print.pop(0)
        self._print_next()

    def _replace(self, old: ChildRow, new: ChildRow) -> None:
        for index, row in enumerate(self.rows):
            if row is old:
                self.rows[index] = new
                break
        self._render_rows()
        self.labelled.emit(new)

    # ---- finishing ---------------------------------------------------------------------------------------

    def linked_count(self) -> int:
        return sum(1 for row in self.rows if row.linked)

    def finish(self) -> None:
        if self.pack is None:
            self.problem(self.tr("Scan the pack first."))
            self.entry.setFocus()
            return
        if self.expected.value() == 0:
            self.problem(self.tr("Type how many modules or cells the pack holds, then finish."))
            self.expected.setFocus()
            return
        store, actor, code, expected = self.bench.store, self.bench.actor(), self.pack.code, self.expected.value()
        assert self.draft is not None
        self.finish_button.setEnabled(False)
        self.draft.finish(
            lambda: finish_dismantling(store, actor, code, expected_children=expected),
            lambda _event: self._finished(code, expected),
            self._finish_refused,
        )

    def _finished(self, code: str, count: int) -> None:
        self.finish_button.setEnabled(True)
        self.bench.nudge()
        assert self.draft is not None
        with self.draft.quietly():  # finished: the emptied page is not a new draft
            self._clear()
        detail = self.tr("%1: %2 modules or cells recorded.").replace("%1", code).replace("%2", str(count))
        self.banner.show_done(self.tr("Pack dismantled"), detail)

    def _finish_refused(self, exc: BaseException) -> None:
        self.finish_button.setEnabled(True)
        self.failed(exc)

    def put_aside(self) -> None:
        """This bench stops working on the pack; its links stay recorded and it can be opened again."""
        if self.pack is None:
            return
        assert self.draft is not None
        with self.draft.quietly():
            self._clear()
        self.draft.discard()
        self.banner.clear()

    def _clear(self) -> None:
        self.pack = None
        self.rows = []
        self.expected.setValue(0)
        self._render_rows()
        self._show_pack()
        self.entry.setFocus()

    # ---- the draft ---------------------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {"pack": self.pack.code if self.pack else "", "expected": self.expected.value() or None}

    def apply_state(self, data: dict[str, Any]) -> None:
        code, expected = data.get("pack") or "", data.get("expected")
        if not code:
            self.expected.setValue(int(expected or 0))  # the keeper fills the page quietly
            return
        store = self.bench.store
        self._opening = True
        self.bench.tasks.read(
            lambda: reopen(store, code), lambda pack: self._restored(pack, expected), self._reopen_refused
        )

    def _restored(self, pack: OpenPack, expected: Any) -> None:
        self._opened(pack, int(expected) if expected else None)
        detail = self.tr("%1 is open again with its %2 modules or cells on record.")
        self.banner.show_done(
            self.tr("Draft restored"), detail.replace("%1", pack.code).replace("%2", str(len(pack.children)))
        )

    def _reopen_refused(self, exc: BaseException) -> None:
        """The pack of the draft was finished or moved on elsewhere meanwhile: the draft has nothing to resume."""
        self._opening = False
        self.failed(exc)
        assert self.draft is not None
        self.draft.discard()

    # ---- showing -----------------------------------------------------------------------------------------

    def _show_pack(self) -> None:
        pack = self.pack
        self.finish_button.setEnabled(pack is not None)
        self.aside_button.setEnabled(pack is not None)
        if pack is None:
            self.pack_label.setText(self.tr("No pack open: scan the pack's label."))
            self.entry.setPlaceholderText(self.tr("Scan the pack, or type its code and press Enter"))
            self.route_label.clear()
            self.suggestion.clear()
        else:
            status = describe_status(pack.status)
            self.pack_label.setText(self.tr("%1 (%2)").replace("%1", pack.code).replace("%2", status))
            self.entry.setPlaceholderText(self.tr("Scan each module or cell, or type its code and press Enter"))
            self.route_label.setText(
                self.tr("Routed to echelon use: each module or cell gets an echelon-use code and label.")
                if pack.recodes
                else ""
            )
            self.suggestion.setText(
                self.tr("The last pack of this model held %1.").replace("%1", str(pack.suggested_children))
                if pack.suggested_children is not None
                else ""
            )
        self._show_progress()

    def _show_progress(self) -> None:
        done, expected = self.linked_count(), self.expected.value()
        if expected:
            self.progress.setRange(0, expected)
            self.progress.setValue(min(done, expected))
            self.progress.setFormat(self.tr("%1 of %2").replace("%1", str(done)).replace("%2", str(expected)))
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("%1 scanned").replace("%1", str(done)))

    def _render_rows(self) -> None:
        self.children_list.clear()
        for row in self.rows:
            self.children_list.addItem(self.row_text(row))
        self.children_list.scrollToBottom()

    def row_text(self, row: ChildRow) -> str:
        """List items are plain text: a scanned code is shown as scanned, never as markup."""
        if not row.linked:
            reasons = "; ".join(describe(code, params) for code, params in row.reasons)
            return "✖ " + self.tr("%1: %2").replace("%1", row.code).replace("%2", reasons)
        text = "✔ " + row.code
        if row.echelon_code:
            text += "\n    " + self.tr("Echelon code %1").replace("%1", row.echelon_code)
            if row.label == "printed":
                text += " · " + self.tr("label printed")
            elif row.label == "waiting":
                text += " · " + self.tr("label waits in the print queue: %1").replace(
                    "%1", describe(row.label_reason, row.label_params)
                )
            elif row.label == "failed":
                text += " · " + self.tr("label not printed: %1").replace("%1", row.label_reason)
        if row.reasons:
            text += "\n    ⚠ " + "; ".join(describe(code, params) for code, params in row.reasons)
        return text


def describe_status(status: str) -> str:
    return QCoreApplication.translate("Status", STATUS_TEXTS[status]) if status in STATUS_TEXTS else status
