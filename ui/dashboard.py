"""The shift dashboard: what this shift did and what stands on site now, in tiles readable from across the bench.

The figures (``station.store.dashboard.shift_figures``) are read on a worker when the dashboard is shown and every
``REFRESH_MS`` while it stays visible; nothing is queried on the GUI thread. Codes from the records are shown as
plain text. The window calls ``retranslate`` when the language changes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.hazard.mass import kg_text
from station.shifts import current_shift
from station.store.dashboard import ShiftFigures, shift_figures
from station.store.localtime import CHINA
from station.store.localtime import today as local_today
from station.store.store import Store
from ui.duty_views import SOON, URGENT
from ui.reasons import STATUS_TEXTS
from ui.tasks import TaskRunner

REFRESH_MS = 30_000
VALUE_PT = 32
LABEL_PT = 14
SHIFT_TILES = ("received", "children_linked", "dismantled", "handed_out", "certificates_issued", "certificates_revoked")
NOW_TILES = ("quarantined", "uploads_due", "uploads_at_risk", "uploads_overdue")


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _plain_label(points: int, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(_font(points, bold))
    label.setWordWrap(True)
    return label


def _status_word(status: str) -> str:
    word = QCoreApplication.translate("Status", STATUS_TEXTS[status])
    return word[:1].upper() + word[1:]


class Tile(QFrame):
    """One figure: a big number over its caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = _plain_label(VALUE_PT, bold=True)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setText("–")
        self.caption = _plain_label(LABEL_PT)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_value(self, value: int, urgency: str | None = None) -> None:
        self.value.setText(str(value))
        colour = urgency if value else None
        self.setStyleSheet(f"QFrame#tile {{ background: {colour}; }}" if colour else "")


class ShiftDashboard(QWidget):
    def __init__(self, store: Store, tasks: TaskRunner, shift_starts: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._tasks, self._shift_starts = store, tasks, shift_starts
        self.figures: ShiftFigures | None = None
        self._failure: str | None = None
        self._loading = False
        self._again = False
        self._updated = ""
        self.heading = _plain_label(LABEL_PT + 4, bold=True)
        self.status = _plain_label(LABEL_PT)
        self.titles = {key: _plain_label(LABEL_PT + 2, bold=True) for key in ("shift", "now", "quarantine", "stock")}
        self.tiles = {key: Tile() for key in (*SHIFT_TILES, *NOW_TILES)}
        self.quarantine = self._table(2)
        self.quarantine_note = _plain_label(LABEL_PT)
        self.stock = self._table(5)
        self.stock_note = _plain_label(LABEL_PT)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._lay_out()
        self.retranslate()

    def _table(self, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setFont(_font(LABEL_PT))
        table.horizontalHeader().setFont(_font(LABEL_PT))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        layout.addLayout(top)
        for title, keys in (("shift", SHIFT_TILES), ("now", NOW_TILES)):
            layout.addWidget(self.titles[title])
            grid = QGridLayout()
            for i, key in enumerate(keys):
                grid.addWidget(self.tiles[key], 0, i)
            layout.addLayout(grid)
        lists = QHBoxLayout()
        for title, table, note in (
            ("quarantine", self.quarantine, self.quarantine_note),
            ("stock", self.stock, self.stock_note),
        ):
            column = QVBoxLayout()
            column.addWidget(self.titles[title])
            column.addWidget(table, 1)
            column.addWidget(note)
            lists.addLayout(column, 1)
        layout.addLayout(lists, 1)

    # ---- reading -----------------------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Read the figures again on a worker; asked while a read is on its way, one more follows it."""
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        store, starts = self._store, self._shift_starts
        start, end = current_shift(datetime.now(UTC), starts)
        today = local_today()
        self._tasks.read(lambda: shift_figures(store, start, end, today), self._loaded, self._failed)

    def _loaded(self, figures: ShiftFigures) -> None:
        self.figures, self._failure = figures, None
        self._updated = datetime.now(CHINA).strftime("%H:%M:%S")
        self._finished()

    def _failed(self, exc: BaseException) -> None:
        self._failure = str(exc)
        self._finished()

    def _finished(self) -> None:
        self._loading = False
        self._show()
        if self._again:
            self.refresh()

    # ---- showing -----------------------------------------------------------------------------------------------

    def _show(self) -> None:
        f = self.figures
        if self._failure is not None:
            self.status.setText(self.tr("Could not be read: %1").replace("%1", self._failure))
        elif f is not None:
            self.status.setText(self.tr("Updated %1").replace("%1", self._updated))
        if f is None:
            return
        start, end = f.start.astimezone(CHINA), f.end.astimezone(CHINA)
        shift = self.tr("Shift from %1 to %2").replace("%1", f"{start:%Y-%m-%d %H:%M}")
        until = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%m-%d %H:%M}"
        self.heading.setText(shift.replace("%2", until))
        for key in SHIFT_TILES:
            self.tiles[key].show_value(getattr(f, key))
        self.tiles["quarantined"].show_value(f.quarantined, SOON.name())
        self.tiles["uploads_due"].show_value(f.uploads_due)
        self.tiles["uploads_at_risk"].show_value(f.uploads_at_risk, SOON.name())
        self.tiles["uploads_overdue"].show_value(f.uploads_overdue, URGENT.name())
        self._show_quarantine(f)
        self._show_stock(f)

    def _show_quarantine(self, f: ShiftFigures) -> None:
        self.quarantine.setRowCount(len(f.oldest_quarantined))
        for r, q in enumerate(f.oldest_quarantined):
            since = q.since.astimezone(CHINA)
            self.quarantine.setItem(r, 0, QTableWidgetItem(q.code))
            self.quarantine.setItem(r, 1, QTableWidgetItem(f"{since:%Y-%m-%d %H:%M}"))
        self.quarantine.resizeColumnsToContents()
        if not f.quarantined:
            self.quarantine_note.setText(self.tr("Nothing in quarantine."))
        elif f.quarantined > len(f.oldest_quarantined):
            more = self.tr("%1 more in quarantine, not shown.")
            self.quarantine_note.setText(more.replace("%1", str(f.quarantined - len(f.oldest_quarantined))))
        else:
            self.quarantine_note.setText("")

    def _show_stock(self, f: ShiftFigures) -> None:
        self.stock.setRowCount(len(f.stock))
        for r, line in enumerate(f.stock):
            waste = f"{line.waste_code} {line.waste_name}".strip()
            cells = (waste, line.category, kg_text(line.on_hand_g), str(line.open), str(line.sealed))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.stock.setItem(r, c, item)
        self.stock.resizeColumnsToContents()
        self.stock_note.setText("" if f.stock else self.tr("No hazardous waste on hand."))

    def retranslate(self) -> None:
        self.titles["shift"].setText(self.tr("This shift"))
        self.titles["now"].setText(self.tr("On site now"))
        self.titles["quarantine"].setText(self.tr("Longest in quarantine"))
        self.titles["stock"].setText(self.tr("Hazardous waste on hand"))
        captions = {
            "received": self.tr("Batteries received"),
            "children_linked": self.tr("Modules and cells taken out"),
            "dismantled": _status_word("dismantled"),
            "handed_out": _status_word("handed_out"),
            "certificates_issued": self.tr("Certificates issued"),
            "certificates_revoked": self.tr("Certificates revoked"),
            "quarantined": _status_word("quarantined"),
            "uploads_due": self.tr("Uploads due"),
            "uploads_at_risk": self.tr("Uploads at risk"),
            "uploads_overdue": self.tr("Uploads overdue"),
        }
        for key, caption in captions.items():
            self.tiles[key].caption.setText(caption)
        self.quarantine.setHorizontalHeaderLabels([self.tr("Battery"), self.tr("In quarantine since")])
        self.stock.setHorizontalHeaderLabels(
            [
                self.tr("Waste code"),
                self.tr("Class"),
                self.tr("On hand (kg)"),
                self.tr("Open containers"),
                self.tr("Sealed containers"),
            ]
        )
        if self.figures is None and self._failure is None:
            self.heading.setText(self.tr("Shift dashboard"))
            self.status.setText(self.tr("Reading…"))
        else:
            self._show()
