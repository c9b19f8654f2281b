"""The Sync tab: what the status bar's one line sums up, in full. How many events wait and which ones, when the
last round went through, whether the server answers and why not, and each problem with what to do about it.

Everything is read on a worker while the tab is shown (every few seconds); "Sync now" starts a round at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.operators import actor_names
from station.store.store import Store
from station.sync import state
from station.sync.service import SyncService, SyncStatus
from ui.duty_views import URGENT
from ui.event_words import event_word
from ui.reasons import describe
from ui.sync_status import local_time
from ui.tasks import TaskRunner

SHOWN_WAITING = 100


@dataclass(frozen=True)
class SyncPicture:
    status: SyncStatus
    server: str
    waiting: list[state.Waiting]
    names: dict[str, str]  # actor → operator name


class SyncView(QWidget):
    def __init__(
        self, store: Store, service: SyncService, tasks: TaskRunner, interval_ms: int = 3000, parent=None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._service = service
        self._tasks = tasks
        self.picture: SyncPicture | None = None
        self._asking = False
        self.headline = QLabel()
        font = self.headline.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.headline.setFont(font)
        self.facts = QGroupBox()
        form = QFormLayout(self.facts)
        self._captions = {name: QLabel() for name in ("server", "last", "pending", "acknowledged", "connection")}
        self._values = {name: QLabel() for name in self._captions}
        for name in self._captions:
            form.addRow(self._captions[name], self._values[name])
        self.sync_now = QPushButton()
        self.sync_now.setMinimumHeight(44)
        self.sync_now.clicked.connect(self._sync_now)
        self.problems_box = QGroupBox()
        self.problems = QTableWidget(0, 4)
        box = QVBoxLayout(self.problems_box)
        box.addWidget(self.problems)
        self.waiting_box = QGroupBox()
        self.waiting = QTableWidget(0, 5)
        box = QVBoxLayout(self.waiting_box)
        box.addWidget(self.waiting)
        for table in (self.problems, self.waiting):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.sync_now)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.problems_box, 1)
        layout.addWidget(self.waiting_box, 2)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    def showEvent(self, event) -> None:
        self.refresh()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._timer.stop()  # nobody looks: no reads
        super().hideEvent(event)

    def refresh(self) -> None:
        if self._asking:
            return
        self._asking = True
        store, service = self._store, self._service

        def read() -> SyncPicture:
            rows = state.waiting(store.db, SHOWN_WAITING)
            names = actor_names(store)
            return SyncPicture(service.status(), state.get(store.db, state.SERVER) or "", rows, names)

        self._tasks.read(read, self._show, self._failed)

    def _sync_now(self) -> None:
        self._service.wake()
        QTimer.singleShot(1000, self.refresh)  # the round runs on sync's own thread: look again shortly

    def _show(self, picture: SyncPicture) -> None:
        self._asking = False
        self.picture = picture
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self._asking = False
        self.headline.setText(self.tr("The sync status could not be read: %1").replace("%1", str(exc)))

    def retranslate(self) -> None:
        self.facts.setTitle(self.tr("This station"))
        captions = {
            "server": self.tr("Central server"),
            "last": self.tr("Last synchronised"),
            "pending": self.tr("Events waiting"),
            "acknowledged": self.tr("Acknowledged up to"),
            "connection": self.tr("Connection"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)
        self.sync_now.setText(self.tr("Sync now"))
        self.problems_box.setTitle(self.tr("Problems to resolve"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("What happened"), self.tr("Which record"), self.tr("Since"), self.tr("What to do")]
        )
        self.waiting_box.setTitle(self.tr("Waiting to be sent (oldest first)"))
        self.waiting.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Recorded"), self.tr("Event"), self.tr("Battery or container"), self.tr("By")]
        )
        self._fill()

    def _headline(self, s: SyncStatus) -> tuple[str, bool]:
        if not s.enrolled:
            return self.tr("Not enrolled: records stay at this station"), False
        if s.problems:
            return self.tr("%n problem(s) to resolve: see below what to do", "", len(s.problems)), True
        if s.reachable is False:
            return self.tr("The server is not reached; %n event(s) wait here safely", "", s.pending), s.pending > 0
        if s.pending:
            return self.tr("Sending: %n event(s) waiting", "", s.pending), False
        return self.tr("Up to date: the server has every record"), False

    def _fill(self) -> None:
        picture = self.picture
        if picture is None:
            self.headline.setText(self.tr("Reading the sync status…"))
            return
        s = picture.status
        text, alarm = self._headline(s)
        self.headline.setText(text)
        self.headline.setStyleSheet("color: #b71c1c;" if alarm else "")
        self._values["server"].setText(picture.server or self.tr("not enrolled: the station works on its own"))
        self._values["last"].setText(local_time(s.last_success) if s.last_success else self.tr("never yet"))
        self._values["pending"].setText(str(s.pending))
        self._values["acknowledged"].setText(self.tr("event %1").replace("%1", str(s.acknowledged)))
        if s.reachable is None:
            connection = self.tr("not tried yet")
        elif s.reachable:
            connection = self.tr("the server answers")
        else:
            connection = describe(s.unavailable) if s.unavailable else self.tr("the server does not answer")
            if s.last_error:
                connection += f" ({s.last_error})"
        self._values["connection"].setText(connection)
        self.sync_now.setEnabled(s.enrolled)
        self.problems.setRowCount(len(s.problems))
        for row, problem in enumerate(s.problems):
            where = self.tr("event %1").replace("%1", str(problem.seq)) if problem.seq else self.tr("the station")
            cells = (describe(problem.reason), where, local_time(problem.since), describe(problem.resolution))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(URGENT))
                self.problems.setItem(row, column, item)
        self.waiting.setRowCount(len(picture.waiting))
        for row, w in enumerate(picture.waiting):
            who = picture.names.get(w.actor, w.actor)
            cells = (str(w.seq), local_time(w.wall_time), event_word(w.type), w.code or "", who)
            for column, text in enumerate(cells):
                self.waiting.setItem(row, column, QTableWidgetItem(text))
        self.problems.resizeColumnsToContents()
        self.waiting.resizeColumnsToContents()
