"""The records browser: find batteries by code, VIN, intake date and status; for the one selected, its timeline of
events and its pack → module → cell tree.

Every question goes to ``station.store.browse`` on a worker (``TaskRunner.read``); an answer that arrives after a
newer question was asked is dropped. Codes, VINs and names are shown as plain text: a scanned code is data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import operators as ops
from station import status as statuses
from station.store.browse import BatteryQuery, BatteryRow, Dossier, SearchPage, TreeNode, dossier, search
from station.store.localtime import today as local_today
from station.store.store import Store
from ui.event_words import event_word, kind_word, status_word, summary
from ui.reasons import describe
from ui.tasks import TaskRunner

PAGE = 50
READABLE_PT = 13
HIGHLIGHT = QColor("#fff3c4")
ANY_DAY = QDate(2000, 1, 1)  # the date edits' "any" value


class _DayEdit(QDateEdit):
    """A date that may be left as "any" (its minimum); stepping from "any" starts at today."""

    def __init__(self) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(ANY_DAY)
        self.clear_day()

    def day(self) -> date | None:
        value = self.date()
        return None if value == ANY_DAY else date(value.year(), value.month(), value.day())

    def clear_day(self) -> None:
        self.setDate(ANY_DAY)

    def stepBy(self, steps: int) -> None:
        if self.date() == ANY_DAY:
            today = local_today()
            self.setDate(QDate(today.year, today.month, today.day))
            return
        super().stepBy(steps)


class _SearchBar(QWidget):
    """Enter anywhere in the bar asks the question (line edits, combo boxes and date edits pass Enter up)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RecordsView(QWidget):
    results_shown = Signal()  # a page of search results is on screen
    dossier_shown = Signal(str)  # the timeline and tree of this code are on screen

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}  # actor -> the operator's name, read with each dossier
        self._store, self._tasks = store, tasks
        font = self.font()
        font.setPointSize(max(font.pointSize(), READABLE_PT))
        self.setFont(font)
        self.rows: list[BatteryRow] = []
        self.more = False
        self.shown: Dossier | None = None
        self._query = BatteryQuery(limit=PAGE)
        self._searches = self._lookups = 0  # the newest question of each kind; older answers are dropped
        self._pending: str | None = None  # the code show_code asked for, selected when its row arrives
        self._failure: str | None = None
        self._searched = False
        self._build()
        self.retranslate()

    # ---- layout ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.bar = _SearchBar()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.date_from, self.date_to = _DayEdit(), _DayEdit()
        self.search_button = QPushButton()
        self.labels = {name: QLabel() for name in ("text", "status", "from", "to")}
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for name, field in (("text", self.text), ("status", self.status), ("from", self.date_from)):
            self.labels[name].setBuddy(field)
            bar.addWidget(self.labels[name])
            bar.addWidget(field, 3 if field is self.text else 0)
        self.labels["to"].setBuddy(self.date_to)
        for widget in (self.labels["to"], self.date_to, self.search_button):
            bar.addWidget(widget)
        self.bar.submitted.connect(self.search)
        self.search_button.clicked.connect(self.search)

        self.summary = _plain(QLabel())
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.show_more)
        self.results = _table(6)
        self.results.itemSelectionChanged.connect(self._selected)
        self.heading = _plain(QLabel())
        heading_font = self.heading.font()
        heading_font.setPointSize(READABLE_PT + 2)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.timeline = _table(4)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.itemActivated.connect(lambda item, _col: self.show_code(item.data(0, Qt.ItemDataRole.UserRole)))

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.more_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.results, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        details = QSplitter(Qt.Orientation.Horizontal)
        details.addWidget(self.timeline)
        details.addWidget(self.tree)
        details.setStretchFactor(0, 3)
        details.setStretchFactor(1, 2)
        lower_layout.addWidget(details, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(split, 1)
        order = [self.text, self.status, self.date_from, self.date_to, self.search_button, self.results]
        order += [self.more_button, self.timeline, self.tree]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    # ---- asking ------------------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        if not self._searched:  # the latest intakes, the first time the tab is opened
            self.search()
        super().showEvent(event)

    def query(self) -> BatteryQuery:
        """The search bar's question."""
        return BatteryQuery(
            text=self.text.text().strip(),
            status=self.status.currentData() or None,
            received_from=self.date_from.day(),
            received_to=self.date_to.day(),
            limit=PAGE,
        )

    def search(self) -> None:
        self._searched = True
        self._ask(self.query(), append=False)

    def show_more(self) -> None:
        if self.more:
            self._ask(replace(self._query, offset=len(self.rows)), append=True)

    def show_code(self, code: str) -> None:
        """Look one battery up (the scan screen's "show in records"): its row, timeline and family tree."""
        self.text.setText(code)
        self.status.setCurrentIndex(0)
        self.date_from.clear_day()
        self.date_to.clear_day()
        self._pending = code
        self.search()
        self._look_up(code)

    def _ask(self, query: BatteryQuery, append: bool) -> None:
        self._searches += 1
        asked, store = self._searches, self._store
        self._query = query

        def run() -> SearchPage:
            return search(store.db, query, store.ruleset().code_tables.makers)

        self._tasks.read(run, lambda page: self._answered(asked, page, append), self._failed)

    def _look_up(self, code: str) -> None:
        self._lookups += 1
        asked, store = self._lookups, self._store

        def run() -> tuple[Dossier, dict[str, str]]:
            return dossier(store.db, code, store.ruleset().code_tables.makers), ops.actor_names(store)

        self._tasks.read(run, lambda answer: self._looked_up(asked, *answer), self._failed)

    # ---- answers -----------------------------------------------------------------------------------------

    def _answered(self, asked: int, page: SearchPage, append: bool) -> None:
        if asked != self._searches:
            return
        self._failure = None
        self.rows = [*self.rows, *page.rows] if append else list(page.rows)
        self.more = page.more
        self._show_rows()
        if self._pending is not None:
            codes = [r.code for r in self.rows]
            if self._pending in codes:
                self.results.blockSignals(True)  # its dossier is already being read
                self.results.selectRow(codes.index(self._pending))
                self.results.blockSignals(False)
            self._pending = None
        self.results_shown.emit()

    def _looked_up(self, asked: int, found: Dossier, names: dict[str, str]) -> None:
        if asked == self._lookups:
            self.shown, self._names = found, names
            self._show_dossier()
            self.dossier_shown.emit(found.code)

    def _failed(self, exc: BaseException) -> None:
        self._failure = str(exc)
        self._show_summary()

    def _selected(self) -> None:
        rows = {i.row() for i in self.results.selectedIndexes()}
        if len(rows) == 1 and (row := rows.pop()) < len(self.rows):
            code = self.rows[row].code
            if self.shown is None or self.shown.code != code:
                self._look_up(code)

    # ---- showing -----------------------------------------------------------------------------------------

    def _show_rows(self) -> None:
        selected = self.shown.code if self.shown else None
        self.results.blockSignals(True)
        self.results.clearSelection()
        self.results.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            maker = f"{row.maker} {row.maker_name}" if row.maker and row.maker_name else row.maker or ""
            on = row.received_on.isoformat() if row.received_on else ""
            cells = (row.code, kind_word(row.kind), status_word(row.status), maker, on, row.vin or "")
            for c, text in enumerate(cells):
                self.results.setItem(r, c, QTableWidgetItem(text))
            if row.code == selected:
                self.results.selectRow(r)
        self.results.blockSignals(False)
        self.results.resizeColumnsToContents()
        self.more_button.setEnabled(self.more)
        self._show_summary()

    def _show_summary(self) -> None:
        if self._failure is not None:
            self.summary.setText(self.tr("Could not be read: %1").replace("%1", self._failure))
        elif not self._searched:
            self.summary.setText("")
        elif self.more:
            self.summary.setText(self.tr("Batteries shown: %1. More match.").replace("%1", str(len(self.rows))))
        else:
            self.summary.setText(self.tr("Batteries found: %1.").replace("%1", str(len(self.rows))))

    def _show_dossier(self) -> None:
        found = self.shown
        self.timeline.setRowCount(0)
        self.tree.clear()
        if found is None:
            self.heading.setText(self.tr("Select a battery to see its history."))
            return
        if found.battery is None:
            self.heading.setText(describe("battery_unknown", {"code": found.code}))
        else:
            battery = found.battery
            self.heading.setText(f"{battery.code} · {kind_word(battery.kind)} · {status_word(battery.status)}")
        self.timeline.setRowCount(len(found.timeline))
        for r, entry in enumerate(found.timeline):
            cells = (
                entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                event_word(entry.type),
                self._names.get(entry.actor, entry.actor),
                summary(entry),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.corrected == "void":
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.timeline.setItem(r, c, item)
        self.timeline.resizeColumnsToContents()
        if found.tree is not None:
            marked: list[QTreeWidgetItem] = []
            self.tree.addTopLevelItem(_tree_item(found.tree, found.code, marked))
            self.tree.expandAll()
            for column in range(self.tree.columnCount()):
                self.tree.resizeColumnToContents(column)
            if marked:
                self.tree.setCurrentItem(marked[0])
                self.tree.scrollToItem(marked[0])

    # ---- words -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.labels["text"].setText(self.tr("Code or &VIN:"))
        self.labels["status"].setText(self.tr("S&tatus:"))
        self.labels["from"].setText(self.tr("Received &from:"))
        self.labels["to"].setText(self.tr("t&o:"))
        self.text.setPlaceholderText(self.tr("any part of a code, VIN or recycling number"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any day"))
        self.search_button.setText(self.tr("&Search"))
        self.more_button.setText(self.tr("Show &more"))
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("any status"), "")
        for code in statuses.ALL:
            self.status.addItem(status_word(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(chosen or "")))
        self.status.blockSignals(False)
        self.results.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Type"), self.tr("Status"), self.tr("Maker"), self.tr("Received"), self.tr("VIN")]
        )
        self.timeline.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Event"), self.tr("By"), self.tr("Details")])
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Type"), self.tr("Status")])
        self._show_rows()
        self._show_dossier()


def _tree_item(node: TreeNode, selected: str, marked: list[QTreeWidgetItem]) -> QTreeWidgetItem:
    """The node and its family below; the selected battery's node is bold, highlighted and put in ``marked``."""
    item = QTreeWidgetItem([node.code, kind_word(node.kind), status_word(node.status)])
    item.setData(0, Qt.ItemDataRole.UserRole, node.code)
    for child in node.children:
        item.addChild(_tree_item(child, selected, marked))
    if node.code == selected:
        for column in range(3):
            font = item.font(column)
            font.setBold(True)
            item.setFont(column, font)
            item.setBackground(column, QBrush(HIGHLIGHT))
        marked.insert(0, item)
    return item
