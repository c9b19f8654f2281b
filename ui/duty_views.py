"""Two looking-up views of what is owed and by when: the reporting deadlines (uploads due / at risk / overdue) and
the hazardous-waste containers (state, contents, stored-since and the storage deadline).

Both are read on a worker (the queries and the working-day arithmetic never run on the GUI thread) and refreshed
when shown and on demand. Rows are coloured by urgency, and the words come from the translations, never from the
core's codes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from station.hazard.catalogue import Catalogue
from station.hazard.mass import kg_text
from station.hazard.queries import container_states
from station.hazard.storage import StorageState, storage_time
from station.operations.reporting import deadlines
from station.rules.deadlines import DeadlineState
from station.store.localtime import today as local_today
from station.store.store import Store
from ui.tasks import TaskRunner

URGENT = QColor("#ffcdd2")  # overdue
SOON = QColor("#fff3c4")  # at risk / storage warning

DEADLINE_STATES = {
    DeadlineState.DUE.value: lambda: QCoreApplication.translate("DutyViews", "due"),
    DeadlineState.AT_RISK.value: lambda: QCoreApplication.translate("DutyViews", "at risk"),
    DeadlineState.OVERDUE.value: lambda: QCoreApplication.translate("DutyViews", "overdue"),
    DeadlineState.REPORTED.value: lambda: QCoreApplication.translate("DutyViews", "reported"),
}
CONTAINER_STATES = {
    "open": lambda: QCoreApplication.translate("DutyViews", "open"),
    "sealed": lambda: QCoreApplication.translate("DutyViews", "sealed"),
    "handed_out": lambda: QCoreApplication.translate("DutyViews", "handed out"),
}


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    urgency: QColor | None = None


class _TableView(QWidget):
    """A titled, refreshable table whose rows are computed on a worker by ``load`` (Store → list of Row)."""

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._tasks = store, tasks
        self.summary = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.rows: list[Row] = []
        self._loading = False
        self.retranslate()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def load(self, store: Store, today: date) -> list[Row]:
        raise NotImplementedError

    def summarise(self, rows: list[Row]) -> str:
        raise NotImplementedError

    def word(self, row: Row) -> tuple[str, ...]:
        """The row's cells as shown: codes in the first column worded in the operator's language."""
        return row.cells

    def showEvent(self, event: Any) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        today = local_today()
        self._tasks.read(lambda: self.load(self._store, today), self._show, self._failed)

    def _show(self, rows: list[Row]) -> None:
        self._loading = False
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(self.word(row)):
                item = QTableWidgetItem(text)
                if row.urgency is not None:
                    item.setBackground(QBrush(row.urgency))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(self.summarise(rows))

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        failed = QCoreApplication.translate("DutyViews", "Could not be read: %1")
        self.summary.setText(failed.replace("%1", str(exc)))

    def retranslate(self) -> None:
        self.refresh_button.setText(QCoreApplication.translate("DutyViews", "Refresh"))
        labels = self.headers()
        self.table.setColumnCount(len(labels))
        self.table.setHorizontalHeaderLabels(labels)
        if self.rows:
            self._show(self.rows)


class DeadlinesView(_TableView):
    """Uploads to the national platform not yet reported, soonest first."""

    def headers(self) -> list[str]:
        return [self.tr("State"), self.tr("Due"), self.tr("Working days left"), self.tr("Event"), self.tr("Battery")]

    def load(self, store: Store, today: date) -> list[Row]:
        rows = []
        for d in deadlines(store, today):
            state = d.state.value
            urgency = URGENT if state == DeadlineState.OVERDUE.value else SOON if state == "at_risk" else None
            due = d.due.isoformat() + (" *" if d.assumed_calendar else "")
            rows.append(Row((state, due, str(d.workdays_left), d.duty.event_type, d.duty.subject), urgency))
        return rows

    def word(self, row: Row) -> tuple[str, ...]:
        return (_word(DEADLINE_STATES, row.cells[0]), *row.cells[1:])

    def summarise(self, rows: list[Row]) -> str:
        overdue = sum(r.cells[0] == DeadlineState.OVERDUE.value for r in rows)
        at_risk = sum(r.cells[0] == DeadlineState.AT_RISK.value for r in rows)
        text = self.tr("%1 uploads waiting: %2 overdue, %3 at risk.")
        return text.replace("%1", str(len(rows))).replace("%2", str(overdue)).replace("%3", str(at_risk))


class ContainersView(_TableView):
    """Every container still on site, with what it holds and how long it may stay."""

    def headers(self) -> list[str]:
        return [
            self.tr("State"),
            self.tr("Identification code"),
            self.tr("Waste"),
            self.tr("Contents (kg)"),
            self.tr("Stored since"),
            self.tr("Storage deadline"),
            self.tr("Days left"),
            self.tr("Location"),
        ]

    def load(self, store: Store, today: date) -> list[Row]:
        catalogue = Catalogue.from_rules(store.ruleset())
        rows = []
        for s in container_states(store.db):
            if not s.on_site:
                continue
            due, left, urgency = "", "", None
            if s.stored_since is not None:
                st = storage_time(s.stored_since, today, catalogue.storage_limit_days, catalogue.warn_days_before)
                due, left = st.due.isoformat(), str(st.days_left)
                urgency = (
                    URGENT if st.state is StorageState.OVERDUE else SOON if st.state is StorageState.WARNING else None
                )
            since = s.stored_since.isoformat() if s.stored_since else ""
            held = kg_text(s.stored_in_g if s.stored_in_g is not None else s.filled_g)
            waste = f"{s.waste_code} {s.waste_name}"
            rows.append(Row((s.status, s.id_code, waste, held, since, due, left, s.location), urgency))
        return rows

    def word(self, row: Row) -> tuple[str, ...]:
        return (_word(CONTAINER_STATES, row.cells[0]), *row.cells[1:])

    def summarise(self, rows: list[Row]) -> str:
        late = sum(r.urgency == URGENT for r in rows)
        soon = sum(r.urgency == SOON for r in rows)
        text = self.tr("%1 containers on site: %2 past the storage limit, %3 nearing it.")
        return text.replace("%1", str(len(rows))).replace("%2", str(late)).replace("%3", str(soon))


def _word(table: dict[str, Callable[[], str]], code: str) -> str:
    found = table.get(code)
    return found() if found else code
