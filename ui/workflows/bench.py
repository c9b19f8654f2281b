"""What a workflow page works with: the store, the background tasks, who is logged in, and the bench's devices.

Built once by ``ui.app.run_window`` (tests build their own); a device the bench does not have is None and the page
offers the typed entry instead."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hardware.printers.service import PrintService
from station.rules.verdict import RemoteHistory
from station.store.store import Store
from ui.camera_view import CameraFeed
from ui.scale_status import ScaleFeed
from ui.session import Session
from ui.tasks import TaskRunner


@dataclass
class Bench:
    store: Store
    tasks: TaskRunner
    session: Session
    feed: CameraFeed | None = None
    scale: ScaleFeed | None = None
    printers: PrintService | None = None
    remote: RemoteHistory | None = None
    recorded: Callable[[], None] | None = None  # sync's nudge after a record
    verify_url: str = ""  # the certificates' verification address (the server's, when enrolled)

    @property
    def db_path(self) -> Path | None:
        return self.store.path

    def actor(self) -> str:
        return self.session.actor()

    def may(self, action: str) -> bool:
        who = self.session.operator
        return who is not None and who.may(action)

    def nudge(self) -> None:
        if self.recorded is not None:
            self.recorded()
