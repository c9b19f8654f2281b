"""Corrections (纠正): a battery's records listed, one picked, and voided or amended with the reason typed. History
is never changed: the correction is a new record that names the one it corrects, and the original stays in the
log. A supervisor's act: the button is off for technicians, and the core refuses them anyway.

An amendment changes values, not the record's shape (the core keeps every field): the page offers the record's
own plain values to edit and keeps everything else as it was."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import operators as ops
from station.operations.bench_checks import read_code
from station.operations.corrections import NOT_CORRECTABLE, correct
from station.operations.errors import OperationError
from station.store.browse import TimelineEntry, timeline
from station.store.events import StoredEvent, get_event
from station.store.store import Store
from ui.event_words import event_word, summary
from ui.theme import TOUCH_PX
from ui.workflows.bench import Bench
from ui.workflows.page import WorkflowPage

SCALARS = (str, int, float, bool, type(None))


@dataclass(frozen=True)
class History:
    code: str
    entries: tuple[TimelineEntry, ...]
    payloads: dict[str, dict[str, Any]]  # event id -> its payload as it stands (amended when it was)
    names: dict[str, str]  # actor -> operator's name


def read_history(store: Store, payload: str | bytes) -> History:
    """The records of the battery a scan, a typed code or a recycling number names."""
    text = (payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload).strip()
    row = store.db.execute_sql(
        "SELECT code FROM battery WHERE code = ? OR recycling_no = ? LIMIT 1", (text, text)
    ).fetchone()
    code = row[0] if row else read_code(store, payload)
    entries = timeline(store.db, code)
    if not entries:
        raise OperationError("battery_unknown", code=code)
    amended = {
        r[0]: json.loads(r[1])
        for r in store.db.execute_sql(
            "SELECT e.id, c.payload FROM correction c JOIN event e ON e.seq = c.target_seq "
            "WHERE c.kind = 'amend' AND c.payload IS NOT NULL"
        )
    }
    payloads = {}
    for entry in entries:
        event = get_event(store.db, event_id=entry.event_id)
        if event is not None:
            payloads[entry.event_id] = amended.get(entry.event_id, event.payload)
    return History(code, entries, payloads, ops.actor_names(store))


class CorrectionsPage(WorkflowPage):
    workflow = "correction"
    loaded = Signal(str)  # a battery's records were read (tests wait for it)

    def __init__(self, bench: Bench, parent: QWidget | None = None) -> None:
        super().__init__(bench, parent)
        self.history: History | None = None
        self._pending: dict[str, Any] | None = None  # a restored draft's choices, until the records are read
        self._asked = ""

        self.entry = QLineEdit()
        self.entry.setClearButtonEnabled(True)
        self.entry.setMinimumHeight(TOUCH_PX)
        self.entry.returnPressed.connect(self._typed)
        self.look_button = QPushButton()
        self.look_button.setMinimumHeight(TOUCH_PX)
        self.look_button.clicked.connect(self._typed)
        self.events = QListWidget()
        self.events.setWordWrap(True)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events.currentRowChanged.connect(self._row_changed)

        self.void_button = QPushButton()
        self.amend_button = QPushButton()
        self.mode = QButtonGroup(self)
        for button in (self.void_button, self.amend_button):
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_PX)
            self.mode.addButton(button)
        self.void_button.setChecked(True)
        self.amend_button.toggled.connect(lambda _c: self._show_values())
        self.values = QTableWidget(0, 2)
        self.values.verticalHeader().setVisible(False)
        self.values.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.values.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.values.itemChanged.connect(lambda _i: self._values_changed())
        self.reason = QLineEdit()
        self.reason.setMinimumHeight(TOUCH_PX)
        self.reason.textChanged.connect(lambda _t: self._update_buttons())
        self.picked_label = QLabel()
        self.picked_label.setTextFormat(Qt.TextFormat.PlainText)
        self.picked_label.setWordWrap(True)
        self.record_button = QPushButton()
        self.record_button.setMinimumHeight(48)
        self.record_button.clicked.connect(self.record)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.battery_box = QGroupBox()
        battery = QVBoxLayout(self.battery_box)
        look = QHBoxLayout()
        look.addWidget(self.entry, 1)
        look.addWidget(self.look_button)
        battery.addLayout(look)
        battery.addWidget(self.events, 1)
        self.fix_box = QGroupBox()
        fix = QVBoxLayout(self.fix_box)
        fix.addWidget(self.picked_label)
        modes = QHBoxLayout()
        modes.addWidget(self.void_button)
        modes.addWidget(self.amend_button)
        fix.addLayout(modes)
        fix.addWidget(self.values, 1)
        self._reason_caption = QLabel()
        fix.addWidget(self._reason_caption)
        fix.addWidget(self.reason)
        fix.addWidget(self.record_button)
        right = QVBoxLayout()
        right.addWidget(self.fix_box, 1)
        right.addWidget(self.banner)
        layout = QHBoxLayout(self)
        layout.addWidget(self.battery_box, 3)
        layout.addLayout(right, 2)
        self.watch(self.entry, self.reason, self.void_button, self.amend_button)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Corrections")

    def retranslate(self) -> None:
        self.battery_box.setTitle(self.tr("The battery's records"))
        self.fix_box.setTitle(self.tr("Correct the chosen record"))
        self.entry.setPlaceholderText(self.tr("Scan the battery's label, or type its code or recycling number"))
        self.look_button.setText(self.tr("Show the records"))
        self.void_button.setText(self.tr("Void the record"))
        self.amend_button.setText(self.tr("Amend its values"))
        self.values.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self._reason_caption.setText(self.tr("Reason for the correction (required)"))
        self.reason.setPlaceholderText(self.tr("e.g. mass typed wrong: the scale read 401.5 kg"))
        self.record_button.setText(self.tr("Record the correction"))
        self._show_events()
        self._update_buttons()
        if self.banner.outcome is None and not self.banner.detail.text():
            self.banner.clear()

    def shown(self) -> None:
        self._update_buttons()  # who is logged in may have changed

    # ---- the battery's records ---------------------------------------------------------------------------

    def take_scan(self, payload: str | bytes) -> None:
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self.entry.setText(text.strip())
        self.load(payload)

    def _typed(self) -> None:
        if self.entry.text().strip():
            self.load(self.entry.text())

    def load(self, payload: str | bytes) -> None:
        store = self.bench.store
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self._asked = text.strip()
        self.bench.tasks.read(
            lambda: read_history(store, payload), lambda h: self._loaded(text.strip(), h), self._load_refused
        )

    def _loaded(self, asked: str, history: History) -> None:
        if asked != self._asked:
            return  # a later scan is on its way
        keep = self.picked_id()
        self.history = history
        assert self.draft is not None
        with self.draft.quietly():
            self.entry.setText(history.code)
            self._show_events()
            pending, self._pending = self._pending, None
            wanted = pending.get("event_id") if pending else keep
            for row, entry in enumerate(history.entries):
                if entry.event_id == wanted:
                    self.events.setCurrentRow(row)
            if pending:
                self.amend_button.setChecked(bool(pending.get("amend")))
                self._apply_values(pending.get("values") or {})
        self.loaded.emit(history.code)

    def _load_refused(self, exc: BaseException) -> None:
        self.history = None
        self._show_events()
        self.failed(exc)

    def _show_events(self) -> None:
        row = self.events.currentRow()
        self.events.blockSignals(True)
        self.events.clear()
        history = self.history
        for entry in history.entries if history is not None else ():
            who = history.names.get(entry.actor, entry.actor)
            head = f"#{entry.seq}  {entry.at.strftime('%Y-%m-%d %H:%M')}  {event_word(entry.type)}  · {who}"
            facts = summary(entry)
            item = QListWidgetItem(head + ("\n" + facts if facts else ""))  # list items are plain text
            item.setData(Qt.ItemDataRole.UserRole, entry.event_id)
            if entry.type in NOT_CORRECTABLE:
                item.setToolTip(self.tr("This kind of record cannot be corrected here."))
            self.events.addItem(item)
        self.events.setCurrentRow(row if 0 <= row < self.events.count() else -1)
        self.events.blockSignals(False)
        self._picked(self.events.currentRow())

    def picked(self) -> TimelineEntry | None:
        row = self.events.currentRow()
        if self.history is None or not 0 <= row < len(self.history.entries):
            return None
        return self.history.entries[row]

    def picked_id(self) -> str | None:
        entry = self.picked()
        return entry.event_id if entry is not None else None

    def _picked(self, _row: int) -> None:
        entry = self.picked()
        if entry is None:
            self.picked_label.setText(self.tr("Choose the record to correct."))
        else:
            self.picked_label.setText(f"#{entry.seq} {event_word(entry.type)}")
        self._fill_values()

    def _row_changed(self, row: int) -> None:
        self._picked(row)
        if self.draft is not None:
            self.draft.changed()

    # ---- amended values ----------------------------------------------------------------------------------

    def _payload(self) -> dict[str, Any] | None:
        entry = self.picked()
        if entry is None or self.history is None:
            return None
        return self.history.payloads.get(entry.event_id)

    def _fill_values(self) -> None:
        payload = self._payload() or {}
        plain = [(k, v) for k, v in payload.items() if isinstance(v, SCALARS)]
        self.values.blockSignals(True)
        self.values.setRowCount(len(plain))
        for row, (key, value) in enumerate(plain):
            name = QTableWidgetItem(key)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.values.setItem(row, 0, name)
            self.values.setItem(row, 1, QTableWidgetItem(_text(value)))
        self.values.blockSignals(False)
        self.amend_button.setEnabled(bool(plain))
        if not plain:
            self.void_button.setChecked(True)
        self._show_values()

    def _show_values(self) -> None:
        self.values.setEnabled(self.amend_button.isChecked())
        self._update_buttons()

    def _values_changed(self) -> None:
        if self.draft is not None:
            self.draft.changed()

    def edited(self) -> dict[str, str]:
        """The values as typed, by field."""
        return {
            self.values.item(row, 0).text(): self.values.item(row, 1).text() for row in range(self.values.rowCount())
        }

    def _apply_values(self, values: dict[str, str]) -> None:
        for row in range(self.values.rowCount()):
            key = self.values.item(row, 0).text()
            if key in values:
                self.values.item(row, 1).setText(values[key])

    def amended(self) -> dict[str, Any] | None:
        """The whole payload with the edited values, typed as the originals were; None to void."""
        payload = self._payload()
        if payload is None or not self.amend_button.isChecked():
            return None
        result = dict(payload)
        for key, text in self.edited().items():
            try:
                result[key] = _parse(text, payload.get(key))
            except ValueError:
                raise ValueError(key) from None
        return result

    # ---- recording ---------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        allowed = self.bench.may("correct")
        self.record_button.setEnabled(allowed and self.picked() is not None and bool(self.reason.text().strip()))
        self.record_button.setToolTip(
            self.tr("A new record that voids or amends the chosen one; the original stays")
            if allowed
            else self.tr("Only a supervisor or an administrator may correct a record.")
        )

    def record(self) -> None:
        entry = self.picked()
        if entry is None:
            self.problem(self.tr("Choose the record to correct first."))
            return
        try:
            amended = self.amended()
        except ValueError as exc:
            self.problem(self.tr("The value of %1 must be a number.").replace("%1", str(exc)))
            return
        if amended is not None and amended == self._payload():
            self.problem(self.tr("No value was changed: change one, or void the record."))
            return
        store, actor, draft = self.bench.store, self.bench.actor(), self.draft
        assert draft is not None
        event_id, reason = entry.event_id, self.reason.text()
        self.record_button.setEnabled(False)
        draft.finish(lambda: correct(store, actor, event_id, reason, amended), self._recorded, self._refused)

    def _recorded(self, event: StoredEvent) -> None:
        assert self.draft is not None
        kind = self.tr("voided") if event.type == "correction.void" else self.tr("amended")
        self.banner.show_done(self.tr("Correction recorded"), self.tr("The record was %1.").replace("%1", kind))
        self.bench.nudge()
        with self.draft.quietly():
            self.reason.clear()
            self.void_button.setChecked(True)
        if self.history is not None:
            self.load(self.history.code)  # the list again, with the correction and its mark

    def _refused(self, exc: BaseException) -> None:
        self._update_buttons()
        self.failed(exc)

    # ---- the draft ---------------------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "code": self.history.code if self.history is not None else self.entry.text().strip(),
            "event_id": self.picked_id(),
            "amend": self.amend_button.isChecked(),
            "values": self.edited() if self.amend_button.isChecked() else {},
            "reason": self.reason.text(),
        }

    def apply_state(self, data: dict[str, Any]) -> None:
        self.entry.setText(data.get("code", ""))
        self.reason.setText(data.get("reason", ""))
        self._pending = data
        self.banner.show_done(self.tr("Draft restored"), self.tr("The correction that was being typed is back."))
        if self.entry.text().strip():
            self.load(self.entry.text())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _parse(text: str, original: Any) -> Any:
    """The typed text as the original value's type; an empty text is "no value" (None) unless the original was text."""
    text = text.strip()
    if isinstance(original, bool):
        return text.lower() in ("true", "1", "yes", "y", "是")
    if isinstance(original, int):
        return int(text) if text else None
    if isinstance(original, float):
        return float(text) if text else None
    if original is None:
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            return text
    return text
