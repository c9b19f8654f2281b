"""Hand-over (移交出库): the receiving company (name, credit code, licence), where the batteries go (echelon use or
recycling) and the manifest or document number, then each battery scanned into the list, checked off the GUI
thread as the hand-over will check it; "Hand out" records them all in one record, or none.

The draft keeps the receiver and the list: a crash half-way through loading a truck loses nothing."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.operations.bench_checks import OutboundItem, outbound_item
from station.operations.outbound import DESTINATIONS, Receiver, hand_out
from station.rules.verdict import Outcome
from ui.reasons import describe
from ui.theme import TOUCH_PX
from ui.workflows.bench import Bench
from ui.workflows.fields import UsccField
from ui.workflows.page import WorkflowPage

log = logging.getLogger(__name__)

DESTINATION_TEXTS = {
    "echelon": QT_TRANSLATE_NOOP("Destination", "Echelon use"),
    "recycling": QT_TRANSLATE_NOOP("Destination", "Recycling"),
}
CAPTIONS = ("name", "uscc", "licence", "destination", "document", "scan")


@dataclass(frozen=True)
class Item:
    code: str  # as on record (the original code when an echelon-use label was scanned)
    scanned: str
    warnings: tuple[tuple[str, dict], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "scanned": self.scanned, "warnings": [[c, p] for c, p in self.warnings]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        warnings = tuple((str(c), dict(p)) for c, p in data.get("warnings", ()))
        return cls(str(data["code"]), str(data.get("scanned") or data["code"]), warnings)


class OutboundPage(WorkflowPage):
    workflow = "outbound"
    checked = Signal(object)  # a scanned battery was answered: the Item added, or None when refused or repeated

    def __init__(self, bench: Bench, parent: QWidget | None = None) -> None:
        super().__init__(bench, parent)
        self.items: list[Item] = []
        self._waiting: list[list[Any]] = []  # one per check in flight, oldest first; filled with its answer
        self.receiver_name = QLineEdit()
        self.receiver_uscc = UsccField()
        self.licence = QLineEdit()
        self.destination = QComboBox()
        self.document = QLineEdit()
        self.entry = QLineEdit()
        self.entry.setClearButtonEnabled(True)
        self.entry.returnPressed.connect(self._typed)
        for widget in (self.receiver_name, self.licence, self.destination, self.document, self.entry):
            widget.setMinimumHeight(36)
        self.items_list = QListWidget()
        self.items_list.setWordWrap(True)
        font = self.items_list.font()
        font.setPointSize(font.pointSize() + 2)
        self.items_list.setFont(font)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_button = QPushButton()
        self.remove_button.setMinimumHeight(TOUCH_PX)
        self.remove_button.clicked.connect(self.remove_selected)
        self.hand_out_button = QPushButton()
        self.hand_out_button.setMinimumHeight(48)
        self.hand_out_button.setDefault(True)
        self.hand_out_button.clicked.connect(self.hand_out)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.items_list,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self._captions = {name: QLabel() for name in CAPTIONS}
        self.receiver_box = QGroupBox()
        receiver = QFormLayout(self.receiver_box)
        receiver.addRow(self._captions["name"], self.receiver_name)
        receiver.addRow(self._captions["uscc"], self.receiver_uscc)
        receiver.addRow(self._captions["licence"], self.licence)
        receiver.addRow(self._captions["destination"], self.destination)
        receiver.addRow(self._captions["document"], self.document)
        self.items_box = QGroupBox()
        items = QVBoxLayout(self.items_box)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self._captions["scan"])
        scan_row.addWidget(self.entry, 1)
        items.addLayout(scan_row)
        items.addWidget(self.items_list, 1)
        under = QHBoxLayout()
        under.addWidget(self.count_label, 1)
        under.addWidget(self.remove_button)
        items.addLayout(under)
        left = QVBoxLayout()
        left.addWidget(self.receiver_box)
        left.addWidget(self.banner, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.items_box, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.hand_out_button, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.watch(self.receiver_name, self.receiver_uscc, self.licence, self.destination, self.document)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Hand-over")

    def retranslate(self) -> None:
        chosen = self.destination.currentData()
        with self._quietly():
            self.destination.clear()
            self.destination.addItem(self.tr("Choose…"), None)
            for value in DESTINATIONS:
                self.destination.addItem(QCoreApplication.translate("Destination", DESTINATION_TEXTS[value]), value)
            self.destination.setCurrentIndex(max(0, self.destination.findData(chosen)))
        self.receiver_box.setTitle(self.tr("Receiver"))
        self.items_box.setTitle(self.tr("Batteries leaving"))
        captions = {
            "name": self.tr("Company"),
            "uscc": self.tr("Credit code"),
            "licence": self.tr("Licence no."),
            "destination": self.tr("Destination"),
            "document": self.tr("Manifest / document no."),
            "scan": self.tr("Scan"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)
        self.licence.setPlaceholderText(self.tr("e.g. the receiver's hazardous-waste business licence"))
        self.document.setPlaceholderText(self.tr("e.g. the transfer manifest number"))
        self.entry.setPlaceholderText(self.tr("Scan each battery, or type its code and press Enter"))
        self.remove_button.setText(self.tr("Remove the item"))
        self.hand_out_button.setText(self.tr("Hand out"))
        self.receiver_uscc.retranslate()
        self._render_items()
        if self.banner.outcome is None and not self.banner.detail.text():
            self.banner.clear()

    def _quietly(self):
        assert self.draft is not None
        return self.draft.quietly()

    # ---- scans -------------------------------------------------------------------------------------------

    def take_scan(self, payload: str | bytes) -> None:
        text = (payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload).strip()
        if any(text.upper() in (item.code, item.scanned) for item in self.items):
            self._repeated(text)
            return
        store = self.bench.store
        # Checks run on two readers and may answer out of turn: answers are taken in the order of the scans.
        ticket: list[Any] = []
        self._waiting.append(ticket)
        self.bench.tasks.read(
            lambda: outbound_item(store, payload),
            lambda checked: self._answered(ticket, lambda: self._checked(checked)),
            lambda exc: self._answered(ticket, lambda: self._check_failed(exc)),
        )

    def _answered(self, ticket: list[Any], show) -> None:
        ticket.append(show)
        while self._waiting and self._waiting[0]:
            self._waiting.pop(0)[0]()

    def _typed(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        if text:
            self.take_scan(text)

    def _checked(self, checked: OutboundItem) -> None:
        if checked.refused:
            words = "\n".join(describe(f.code, f.params) for f in checked.reasons[:3])
            self.banner.show_verdict(Outcome.REJECT, (checked.code + "\n" + words).strip())
            self.checked.emit(None)
            return
        if any(checked.code == item.code for item in self.items):  # two scans of one battery crossed
            self._repeated(checked.code)
            return
        item = Item(checked.code, checked.scanned, tuple((f.code, dict(f.params)) for f in checked.reasons))
        self.items.append(item)
        self._render_items()
        assert self.draft is not None
        self.draft.changed()
        detail = item.code + "".join("\n" + describe(c, p) for c, p in item.warnings[:2])
        # It may leave (as the hand-over judges): a recall listing is a warning here, not a quarantine.
        outcome = Outcome.ACCEPT if checked.verdict.outcome is Outcome.ACCEPT else Outcome.ACCEPT_WARNINGS
        self.banner.show_verdict(outcome, detail)
        self.checked.emit(item)

    def _check_failed(self, exc: BaseException) -> None:
        self.failed(exc)
        self.checked.emit(None)

    def _repeated(self, code: str) -> None:
        self.problem(self.tr("%1 is already in the list.").replace("%1", code))
        self.checked.emit(None)

    def remove_selected(self) -> None:
        row = self.items_list.currentRow()
        if not 0 <= row < len(self.items):
            self.problem(self.tr("Choose the item to remove in the list first."))
            return
        del self.items[row]
        self._render_items()
        assert self.draft is not None
        self.draft.changed()

    # ---- handing out -------------------------------------------------------------------------------------

    def receiver(self) -> Receiver:
        return Receiver(self.receiver_name.text().strip(), self.receiver_uscc.text(), self.licence.text().strip())

    def hand_out(self) -> None:
        if not self.items:
            self.problem(self.tr("Scan the batteries that leave first."))
            self.entry.setFocus()
            return
        store, actor = self.bench.store, self.bench.actor()
        codes = [item.code for item in self.items]
        receiver, destination, document = self.receiver(), self.destination.currentData(), self.document.text().strip()
        assert self.draft is not None
        self.hand_out_button.setEnabled(False)
        self.draft.finish(
            lambda: hand_out(store, actor, codes, receiver, destination or "", document),
            lambda _event: self._handed_out(len(codes), receiver.name),
            self._refused,
        )

    def _handed_out(self, count: int, name: str) -> None:
        self.hand_out_button.setEnabled(True)
        self.bench.nudge()
        assert self.draft is not None
        with self.draft.quietly():  # the next hand-over starts empty; the receiver often stays the same
            self.items = []
            self.document.clear()
            self._render_items()
        detail = self.tr("%1 batteries handed to %2.").replace("%1", str(count)).replace("%2", name)
        self.banner.show_done(self.tr("Handed out"), detail)

    def _refused(self, exc: BaseException) -> None:
        self.hand_out_button.setEnabled(True)
        self.failed(exc)

    # ---- the draft ---------------------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "receiver": {
                "name": self.receiver_name.text(),
                "uscc": self.receiver_uscc.text(),
                "licence": self.licence.text(),
            },
            "destination": self.destination.currentData(),
            "document": self.document.text(),
            "items": [item.as_dict() for item in self.items],
        }

    def apply_state(self, data: dict[str, Any]) -> None:
        receiver = data.get("receiver", {})
        self.receiver_name.setText(receiver.get("name", ""))
        self.receiver_uscc.setText(receiver.get("uscc", ""))
        self.licence.setText(receiver.get("licence", ""))
        self.destination.setCurrentIndex(max(0, self.destination.findData(data.get("destination"))))
        self.document.setText(data.get("document", ""))
        self.items = [Item.from_dict(entry) for entry in data.get("items", ())]
        self._render_items()
        self.banner.show_done(self.tr("Draft restored"), self.tr("The hand-over that was being loaded is back."))

    # ---- showing -----------------------------------------------------------------------------------------

    def _render_items(self) -> None:
        self.items_list.clear()
        for item in self.items:
            self.items_list.addItem(self.item_text(item))  # list items are plain text: scanned text stays text
        self.count_label.setText(self.tr("%1 batteries in the list").replace("%1", str(len(self.items))))
        self.remove_button.setEnabled(bool(self.items))
        self.hand_out_button.setEnabled(bool(self.items))

    def item_text(self, item: Item) -> str:
        text = "✔ " + item.code
        if item.scanned != item.code:
            text += "  " + self.tr("(echelon label %1)").replace("%1", item.scanned)
        if item.warnings:
            text += "\n    ⚠ " + "; ".join(describe(c, p) for c, p in item.warnings)
        return text
