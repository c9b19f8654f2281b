"""Sync in the status bar: how many events wait, when the last round succeeded, whether the server answers, and
the problems a person must resolve (each with what to do), so a blocked sync is seen the day it happens.

The status is read on a worker every few seconds (it is a few small queries, but the GUI thread reads no database).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from station.sync.service import SyncService, SyncStatus
from ui.reasons import describe
from ui.tasks import TaskRunner


class SyncStatusLabel(QLabel):
    def __init__(self, service: SyncService, tasks: TaskRunner, interval_ms: int = 3000, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self.status: SyncStatus | None = None
        self._asking = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        if self._asking:  # a slow disk: never pile up reads
            return
        self._asking = True
        self._tasks.read(self._service.status, self._show, self._failed)

    def _show(self, status: SyncStatus) -> None:
        self._asking = False
        self.status = status
        self.retranslate()

    def _failed(self, _exc: BaseException) -> None:
        self._asking = False

    def retranslate(self) -> None:
        status = self.status
        if status is None:
            self.setText(self.tr("Sync: …"))
            return
        text, alarm = self._text(status)
        self.setText(text)
        self.setStyleSheet("color: #b71c1c; font-weight: bold;" if alarm else "")
        self.setToolTip(self._details(status))

    def _text(self, s: SyncStatus) -> tuple[str, bool]:
        if not s.enrolled:
            return self.tr("Sync: not enrolled"), False
        if s.problems:
            return self.tr("Sync: %n problem(s) to resolve", "", len(s.problems)), True
        if s.reachable is False and s.unavailable == "server_certificate_untrusted":
            return self.tr("Sync: server certificate not trusted, %n event(s) waiting", "", s.pending), True
        if s.reachable is False:
            return self.tr("Sync: server unreachable, %n event(s) waiting", "", s.pending), s.pending > 0
        if s.pending:
            return self.tr("Sync: %n event(s) waiting", "", s.pending), False
        return self.tr("Sync: up to date"), False

    def _details(self, s: SyncStatus) -> str:
        lines = []
        if s.last_success:
            lines.append(self.tr("Last synchronised: %1").replace("%1", local_time(s.last_success)))
        else:
            lines.append(self.tr("Never synchronised yet."))
        if s.reachable is False and s.unavailable:
            lines.append(describe(s.unavailable))
        for problem in s.problems:
            where = self.tr("event %1").replace("%1", str(problem.seq)) if problem.seq else self.tr("the station")
            lines.append(
                self.tr("%1 (%2). What to do: %3")
                .replace("%1", describe(problem.reason))
                .replace("%2", where)
                .replace("%3", describe(problem.resolution))
            )
        return "\n".join(lines)


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
