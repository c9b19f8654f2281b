"""Who is at the bench: the operator logged in, and the idle lock that logs them out when they walk away.

The window's actor is read from here at the moment of each record, so nothing recorded after a lock can carry
the previous operator's name. Any key, click, wheel or touch anywhere in the application counts as presence;
the lock comes ``lock_after`` after the last one (zero: never).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from station.operators import Operator

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class Session(QObject):
    changed = Signal(object)  # the Operator now logged in, or None when locked

    def __init__(self, lock_after: timedelta, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.operator: Operator | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self.set_lock_after(lock_after)

    def set_lock_after(self, lock_after: timedelta) -> None:
        self._idle.setInterval(max(0, int(lock_after.total_seconds() * 1000)))
        self._restart()

    def actor(self) -> str:
        """The actor for a record made now; empty when nobody is logged in (the store refuses an empty actor)."""
        return self.operator.actor if self.operator is not None else ""

    def log_in(self, who: Operator) -> None:
        self.operator = who
        self._restart()
        self.changed.emit(who)

    def lock(self) -> None:
        if self.operator is None:
            return
        self.operator = None
        self._idle.stop()
        self.changed.emit(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.operator is not None:
            self._restart()
        return False

    def _restart(self) -> None:
        if self._idle.interval() > 0 and self.operator is not None:
            self._idle.start()
        else:
            self._idle.stop()
