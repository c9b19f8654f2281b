"""Issuing a day's certificates from the window: the work runs on the writer thread, a progress dialog follows it
pack by pack, and Cancel stops it between two packs (what was issued stays issued; the next run does the rest)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from hardware.printers.service import PrintService
from station.documents.certificate.batch import BatchResult, PackResult, issue_day
from station.documents.certificate.issuing import IssueRequest
from station.documents.certificate.signing import Signer
from station.store.store import Store
from ui.reasons import describe
from ui.tasks import TaskRunner


class BatchIssue(QObject):
    # done, total, PackResult, printing: None (no certificate printer set), "" (printed) or why not (the job waits
    # in the spool for a retry)
    progressed = Signal(int, int, object, object)
    finished = Signal(object)  # BatchResult
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], str],
        signer: Signer,
        template: IssueRequest,
        parent: QObject | None = None,
        printing: PrintService | None = None,
    ) -> None:
        """``printing``: each certificate is printed as soon as it is issued when a certificate printer is set."""
        super().__init__(parent)
        self._store, self._tasks, self._actor, self._signer, self._template = store, tasks, actor, signer, template
        self._printing = printing if printing is not None and "certificate" in printing.printers else None
        self._stop = threading.Event()
        self.running = False

    def start(self, day: date, out_folder: Path) -> None:
        self._stop.clear()
        self.running = True
        actor = self._actor()

        def job() -> BatchResult:
            # Called on the writer thread; the signals are queued to the GUI thread.
            return issue_day(
                self._store,
                actor,
                self._signer,
                day,
                self._template,
                out_folder,
                progress=lambda done, total, result: self.progressed.emit(done, total, result, self._print(result)),
                cancelled=self._stop.is_set,
            )

        self._tasks.write(job, self._done, self._error)

    def cancel(self) -> None:
        self._stop.set()

    def _print(self, result: PackResult) -> str | None:
        """On the writer thread, right after the pack's certificate was written."""
        if self._printing is None or not result.number or result.file is None:
            return None
        outcome = self._printing.submit("certificate", result.file.read_bytes(), result.number)
        return "" if outcome.printed else outcome.reason

    def _done(self, result: BatchResult) -> None:
        self.running = False
        self.finished.emit(result)

    def _error(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(str(exc))


class BatchIssueDialog(QProgressDialog):
    def __init__(self, batch: BatchIssue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.setWindowTitle(self.tr("Issuing the day's certificates"))
        self.setLabelText(self.tr("Finding the packs dismantled that day…"))
        self.setCancelButtonText(self.tr("Stop after this pack"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 0)  # busy until the first pack tells the total
        self.canceled.connect(batch.cancel)
        batch.progressed.connect(self._progressed)
        batch.finished.connect(self._finished)
        batch.failed.connect(self._failed)

    def _progressed(self, done: int, total: int, result: PackResult, printing: str | None) -> None:
        # The words first: on a modal dialog setValue() runs the event loop, and the batch's end may be shown
        # from inside it; nothing may overwrite that summary afterwards.
        if result.number:
            line = self.tr("%1: certificate %2").replace("%1", result.pack).replace("%2", result.number)
            if printing == "":
                line += " " + self.tr("(printed)")
            elif printing:
                line += " " + self.tr("(not printed: %1 The job waits for a retry.)").replace(
                    "%1", describe(printing, {})
                )
        else:
            line = (
                self.tr("%1: not issued. %2")
                .replace("%1", result.pack)
                .replace("%2", describe(result.reason, result.params))
            )
        self.setLabelText(line)
        self.setRange(0, total)
        self.setValue(done)

    def _finished(self, result: BatchResult) -> None:
        self.setRange(0, max(1, len(result.results)))
        self.setValue(self.maximum())
        summary = (
            self.tr("%1 issued, %2 not issued.")
            .replace("%1", str(len(result.issued)))
            .replace("%2", str(len(result.refused)))
        )
        if result.cancelled:
            summary += " " + self.tr("Stopped: the remaining packs are issued by the next run.")
        if not result.results:
            summary = self.tr("No pack dismantled that day is waiting for a certificate.")
        self.setLabelText(summary)
        self._closable()

    def _failed(self, message: str) -> None:
        self.setLabelText(self.tr("The batch stopped: %1").replace("%1", message))
        self._closable()

    def _closable(self) -> None:
        self.setCancelButtonText(self.tr("Close"))
        self.canceled.disconnect(self.batch.cancel)
        self.canceled.connect(self.close)
