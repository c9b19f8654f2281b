"""A workflow page's draft: saved a moment after each change, restored when the page opens again (after a
restart or a crash), and deleted in the same transaction as the record that finishes the step.

Saves go through the one writer thread like every record, so a save queued before ``finish`` can never land
after it and bring a finished draft back."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from station import drafts
from station.operators import actor_names
from station.store.store import Store
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SAVE_AFTER_MS = 400  # typing a code keeps one save in flight, not one per key


class DraftKeeper(QObject):
    restored = Signal(dict)  # the saved data, when there was a draft
    saved = Signal()  # a save reached the database (tests wait for it)

    def __init__(
        self,
        workflow: str,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], str],
        state: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        """``state``: the page's current values, as plain JSON data."""
        super().__init__(parent)
        self.workflow = workflow
        self._store = store
        self._tasks = tasks
        self._actor = actor
        self._state = state
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        self._quiet = False
        self.started_by = ""  # the operator whose draft was restored, by name
        self.started_at: datetime | None = None

    def restore(self) -> None:
        store, workflow = self._store, self.workflow

        def read() -> tuple[drafts.Draft | None, dict[str, str]]:
            draft = drafts.load(store, workflow)
            return draft, (actor_names(store) if draft is not None else {})

        self._tasks.read(read, self._loaded, self._failed)

    def _loaded(self, found: tuple[drafts.Draft | None, dict[str, str]]) -> None:
        draft, names = found
        if draft is not None:
            # Whoever finishes the step records it; the page says who started it and when.
            self.started_by = names.get(draft.actor, draft.actor)
            self.started_at = draft.updated_at
            with self.quietly():  # the page filling its fields from the draft is not a change to save
                self.restored.emit(draft.data)

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Changes made inside are the page's own (a restore, a reset after recording), not the operator's."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def changed(self) -> None:
        if not self._quiet:
            self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        data, actor = self._state(), self._actor()
        self._tasks.write(lambda: drafts.save(self._store, self.workflow, actor, data), self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self.saved.emit()

    def finish(
        self, record: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        """Record the step and drop its draft, all or nothing; on a refusal the draft stays, as typed."""
        self.save_now()  # queued first on the one writer: a refusal leaves the newest typing in the draft
        self._tasks.write(lambda: drafts.finish(self._store, self.workflow, record), on_done, on_error)

    def discard(self) -> None:
        self._timer.stop()
        self._tasks.write(lambda: drafts.discard(self._store, self.workflow), lambda _: None, self._failed)

    @staticmethod
    def _failed(exc: BaseException) -> None:
        # A draft that could not be saved is not a record: the page still holds what was typed.
        log.error("draft: %s", exc)
