"""Printing by document kind: a printer chosen once per kind, jobs spooled durably and sent in order.

``submit`` never loses a job: it is on disk before the first attempt, and a failed attempt leaves it queued with a
reason code (``printer_refused``, ``printer_paper_out``, ``cups_refused``...) for the UI to word and for ``retry``
to send later. Calls block on the network or on ``lp``: the UI runs them through its background-task helper. One
lock per printer keeps its jobs in order when several threads submit at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from hardware.printers.backends import Printer, PrintError
from hardware.printers.spool import Job, Spool

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    job: Job
    printed: bool
    reference: str = ""  # the printer's or CUPS's reference when printed
    reason: str = ""  # why not printed: this job's failure, or the one that stopped the queue before it


class PrintService:
    def __init__(self, printers: Mapping[str, Printer], spool_folder: Path) -> None:
        self._printers = dict(printers)
        self.spool = Spool(spool_folder)
        self._locks = {kind: threading.Lock() for kind in self._printers}

    def reconfigure(self, printers: Mapping[str, Printer]) -> None:
        """Other printers from now on (set in Settings); waiting jobs stay in the spool and go to the new ones."""
        self._locks = {kind: self._locks.get(kind) or threading.Lock() for kind in printers}
        self._printers = dict(printers)

    @property
    def printers(self) -> dict[str, Printer]:
        """The printer of each document kind (a copy)."""
        return dict(self._printers)

    def submit(self, kind: str, data: bytes, title: str) -> Outcome:
        """Queue the job, then send it (after any older jobs of the same kind still waiting)."""
        if kind not in self._printers:
            raise KeyError(f"no printer configured for {kind!r}")
        job = self.spool.add(kind, title, data)
        outcomes = self.retry(kind)
        mine = next((o for o in outcomes if o.job.id == job.id), None)
        if mine is not None:
            return mine
        # An older job failed first and stopped the queue: this one waits behind it, for the same reason.
        return Outcome(job, printed=False, reason=outcomes[-1].reason if outcomes else "")

    def retry(self, kind: str | None = None) -> list[Outcome]:
        """Send waiting jobs, oldest first, per printer; a printer's first failure stops its queue (its later
        jobs would fail the same way, and must not overtake the failed one)."""
        outcomes: list[Outcome] = []
        for each in [kind] if kind else list(self._printers):
            with self._locks[each]:
                for job in self.spool.pending(each):
                    outcome = self._send(job)
                    outcomes.append(outcome)
                    if not outcome.printed:
                        break
        return outcomes

    def pending(self, kind: str | None = None) -> list[Job]:
        return self.spool.pending(kind)

    def _send(self, job: Job) -> Outcome:
        printer = self._printers[job.kind]
        try:
            reference = printer.send(self.spool.data(job), job.title)
        except PrintError as err:
            log.warning("print job %s (%s) to %s failed: %s", job.id, job.title, printer.name, err)
            return Outcome(self.spool.failed(job, err.reason, err.detail), printed=False, reason=err.reason)
        self.spool.remove(job)
        log.info("print job %s (%s) sent to %s: %s", job.id, job.title, printer.name, reference)
        return Outcome(job, printed=True, reference=reference)
