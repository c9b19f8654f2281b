"""The print spool: every job is on disk before anyone is told it was accepted, and leaves only once printed.

One job is two files in the spool folder: ``<id>.bin`` (the bytes to print) and ``<id>.json`` (what, where, how
often tried, the last reason it failed). The data file is written and synced first, then the description through a
temporary file and a rename, then the folder is synced: after a crash a job is either fully there or not at all
(an orphaned data file without its description is removed on the next start). Ids sort by creation time, so jobs
print in the order they were submitted.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    id: str
    kind: str  # the document kind, which names the printer: "label", "certificate"
    title: str
    created: float  # UNIX time
    size: int
    attempts: int = 0
    last_error: str = ""  # reason code of the last failure
    last_detail: str = ""  # the system's message for it


class Spool:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._sweep()

    def add(self, kind: str, title: str, data: bytes) -> Job:
        job = Job(f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}", kind, title, time.time(), len(data))
        with self._lock:
            _write_synced(self._data(job.id), data)
            self._save(job)
        return job

    def update(self, job: Job) -> None:
        with self._lock:
            self._save(job)

    def failed(self, job: Job, reason: str, detail: str) -> Job:
        changed = replace(job, attempts=job.attempts + 1, last_error=reason, last_detail=detail)
        self.update(changed)
        return changed

    def remove(self, job: Job) -> None:
        with self._lock:
            self._meta(job.id).unlink(missing_ok=True)
            self._data(job.id).unlink(missing_ok=True)
            _sync_folder(self.folder)

    def data(self, job: Job) -> bytes:
        return self._data(job.id).read_bytes()

    def pending(self, kind: str | None = None) -> list[Job]:
        jobs = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                job = Job(**json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError) as exc:
                log.error("spool entry %s is unreadable (%s); left in place for inspection", path, exc)
                continue
            if kind is None or job.kind == kind:
                jobs.append(job)
        return jobs

    def _save(self, job: Job) -> None:
        target = self._meta(job.id)
        temporary = target.with_suffix(".tmp")
        _write_synced(temporary, json.dumps(asdict(job), ensure_ascii=False).encode("utf-8"))
        os.replace(temporary, target)
        _sync_folder(self.folder)

    def _sweep(self) -> None:
        """Remove what a crash can leave: data without a description, half-written descriptions."""
        for path in self.folder.glob("*.tmp"):
            path.unlink(missing_ok=True)
        for path in self.folder.glob("*.bin"):
            if not path.with_suffix(".json").exists():
                log.warning("removing spool data %s whose job was never recorded", path.name)
                path.unlink(missing_ok=True)

    def _meta(self, job_id: str) -> Path:
        return self.folder / f"{job_id}.json"

    def _data(self, job_id: str) -> Path:
        return self.folder / f"{job_id}.bin"


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
