"""The quarantine queue (隔离区): every battery in quarantine, oldest first, since when and why. A scan selects the
battery in the queue; a supervisor releases it back to store with the reason typed (the core refuses anyone else
too). Read again when the page is shown and after each release; no draft."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.operations.bench_checks import read_code
from station.operations.inspection import release_quarantine
from station.store.events import StoredEvent
from station.store.quarantine import QuarantineEntry, queue
from ui.event_words import kind_word
from ui.reasons import describe
from ui.theme import TOUCH_PX
from ui.workflows.bench import Bench
from ui.workflows.page import WorkflowPage

COLUMNS = 4  # code, since, by, reasons


class QuarantinePage(WorkflowPage):
    refreshed = Signal()  # the queue was read again (tests wait for it)

    def __init__(self, bench: Bench, parent: QWidget | None = None) -> None:
        super().__init__(bench, parent)
        self.entries: tuple[QuarantineEntry, ...] = ()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_PX)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.selected_label = QLabel()
        self.selected_label.setTextFormat(Qt.TextFormat.PlainText)  # a scanned code
        self.selected_label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMinimumHeight(TOUCH_PX)
        self.reason.textChanged.connect(lambda _t: self._update_buttons())
        self.reason.returnPressed.connect(self.release)
        self.release_button = QPushButton()
        self.release_button.setMinimumHeight(48)
        self.release_button.clicked.connect(self.release)
        self.refresh_button = QPushButton()
        self.refresh_button.setMinimumHeight(TOUCH_PX)
        self.refresh_button.clicked.connect(self.refresh)

        self.queue_box = QGroupBox()
        listed = QVBoxLayout(self.queue_box)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.refresh_button)
        listed.addLayout(top)
        listed.addWidget(self.table, 1)
        self.release_box = QGroupBox()
        releasing = QVBoxLayout(self.release_box)
        releasing.addWidget(self.selected_label)
        self._reason_caption = QLabel()
        releasing.addWidget(self._reason_caption)
        releasing.addWidget(self.reason)
        releasing.addWidget(self.release_button)
        releasing.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.release_box, 1)
        right.addWidget(self.banner)
        layout = QHBoxLayout(self)
        layout.addWidget(self.queue_box, 3)
        layout.addLayout(right, 2)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Quarantine")

    def retranslate(self) -> None:
        self.queue_box.setTitle(self.tr("Batteries in quarantine, oldest first"))
        self.release_box.setTitle(self.tr("Release to store"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Battery"), self.tr("In quarantine since"), self.tr("By"), self.tr("Why")]
        )
        self.refresh_button.setText(self.tr("Read again"))
        self._reason_caption.setText(self.tr("Reason for the release (required)"))
        self.reason.setPlaceholderText(self.tr("e.g. re-measured after cooling: 24 °C, casing intact"))
        self.release_button.setText(self.tr("Release from quarantine"))
        self._show()
        if self.banner.outcome is None and not self.banner.detail.text():
            self.banner.clear()

    def shown(self) -> None:
        self.refresh()

    # ---- the queue ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.bench.store.db
        self.bench.tasks.read(lambda: queue(db), self._read, self.failed)

    def _read(self, entries: tuple[QuarantineEntry, ...]) -> None:
        keep = self.selected()
        self.entries = entries
        self._show()
        if keep is not None:
            self.select(keep.code)
        self.refreshed.emit()

    def _show(self) -> None:
        selected = self.selected()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            code = entry.code if not entry.recycling_no else f"{entry.code}\n{entry.recycling_no}"
            since = entry.since.strftime("%Y-%m-%d %H:%M") if entry.since is not None else "—"
            by = {"intake": self.tr("intake"), "inspection": self.tr("inspection")}.get(entry.by, "—")
            why = [describe(r.code, r.params) for r in entry.reasons]
            if entry.note:
                why.append(self.tr("Noted: %1").replace("%1", entry.note))
            cells = (f"{code}\n{kind_word(entry.kind)}", since, by, "\n".join(why) or "—")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # items show plain text: a scanned code is never markup
                item.setData(Qt.ItemDataRole.UserRole, entry.code)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        if selected is not None:
            self.select(selected.code)
        self.count.setText(self.tr("Batteries in quarantine: %1").replace("%1", str(len(self.entries))))
        self._selected()

    def selected(self) -> QuarantineEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def select(self, code: str) -> bool:
        for row, entry in enumerate(self.entries):
            if code in (entry.code, entry.recycling_no):
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return True
        return False

    def _selected(self) -> None:
        entry = self.selected()
        self.selected_label.setText(entry.code if entry is not None else self.tr("Choose a battery in the queue."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        allowed = self.bench.may("release_quarantine")
        self.release_button.setEnabled(allowed and self.selected() is not None and bool(self.reason.text().strip()))
        self.reason.setEnabled(allowed)
        if allowed:
            self.release_button.setToolTip(self.tr("Back to store, with the reason recorded"))
        else:
            self.release_button.setToolTip(
                self.tr("Only a supervisor or an administrator may release a battery from quarantine.")
            )

    # ---- scans -------------------------------------------------------------------------------------------

    def take_scan(self, payload: str | bytes) -> None:
        text = (payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload).strip()
        if self.select(text):
            return
        store = self.bench.store
        self.bench.tasks.read(lambda: read_code(store, payload), self._scanned, self.failed)

    def _scanned(self, code: str) -> None:
        if not self.select(code):
            self.problem(self.tr("%1 is not in quarantine.").replace("%1", code))

    # ---- release -----------------------------------------------------------------------------------------

    def release(self) -> None:
        entry = self.selected()
        if entry is None:
            self.problem(self.tr("Choose the battery to release first."))
            return
        if not self.reason.text().strip():
            self.problem(describe("reason_missing", {}))
            self.reason.setFocus()
            return
        store, actor, code, reason = self.bench.store, self.bench.actor(), entry.code, self.reason.text().strip()
        self.release_button.setEnabled(False)
        self.bench.tasks.write(lambda: release_quarantine(store, actor, code, reason), self._released, self._refused)

    def _released(self, event: StoredEvent) -> None:
        self.reason.clear()
        self.banner.show_done(self.tr("Released from quarantine"), event.payload["code"])
        self.bench.nudge()
        self.refresh()

    def _refused(self, exc: BaseException) -> None:
        self._update_buttons()
        self.failed(exc)
