"""Background work for the window: the one helper through which every blocking call leaves the GUI thread.

Reads run on a small pool; writes run on a single thread, in the order they were asked for, so two user actions
never race for the database. Success and error callbacks always run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; its signals, emitted from a worker, are queued back to it."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._done)
        self.failed.connect(self._error)

    @Slot(object)
    def _done(self, value: Any) -> None:
        try:
            if _alive(self._on_done):
                self._on_done(value)
        finally:
            self.deleteLater()

    @Slot(object)
    def _error(self, exc: BaseException) -> None:
        try:
            if _alive(self._on_error):
                self._on_error(exc)
        finally:
            self.deleteLater()


def _alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a widget already deleted: a status label or a view closed while its
    read was on a worker has nobody left to show the answer to (calling it would raise from deep inside Qt)."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        log.debug("background result for a deleted %s dropped", type(owner).__name__)
        return False
    return True


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._fn()
        except BaseException as exc:
            log.exception("background task failed")
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(value)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def read(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self._start(self._reads, fn, on_done, on_error)

    def write(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self._start(self._writes, fn, on_done, on_error)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(on_done, on_error)
        self._relays.add(relay)  # kept alive until its callback ran
        relay.destroyed.connect(lambda *_: self._relays.discard(relay))
        pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until all work is done (shutdown and tests)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
