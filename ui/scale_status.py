"""The bench scale in the window: its live weight in the status bar, and zero / tare / weigh off the GUI thread.

The weight is shown as the scale sends it (several times a second), marked settled or settling, so the technician
sees at a glance whether the reading the station will take is the one on the display; a problem (overload,
unplugged, silent, garbled) replaces the weight in red rather than leaving a stale number on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from hardware.scale import Scale, ScaleConfig, ScaleError, ScaleStatus, Weight
from hardware.serialport import LinkState
from ui.reasons import describe
from ui.tasks import TaskRunner


class ScaleFeed(QObject):
    status_changed = Signal(object)  # ScaleStatus
    state_changed = Signal(str, str)  # LinkState value, reason code
    weighed = Signal(object)  # Weight: the result of weigh() / tare()
    failed = Signal(str, dict)  # reason code (scale_*), params: a command or weighing that did not succeed

    def __init__(
        self, config: ScaleConfig | None, tasks: TaskRunner, parent: QObject | None = None, **options
    ) -> None:
        """``config`` None: this bench has no scale (yet): weights are typed until one is set in Settings."""
        super().__init__(parent)
        self._tasks = tasks
        self._options = options
        self._generation = 0
        self._running = False
        self.scale: Scale | None = None
        self._build(config)

    @property
    def configured(self) -> bool:
        return self.scale is not None

    def _build(self, config: ScaleConfig | None) -> None:
        self.config = config
        self.state = LinkState.CONNECTING if config is not None else LinkState.STOPPED
        self.reason = ""
        self.last = ScaleStatus(None)
        self._generation += 1
        generation = self._generation
        # The scale calls back on its own threads; a signal emitted there is queued to the receivers' thread.
        # A replaced scale may still call while it stops: its generation tells its last words from the new one's.
        self.scale = (
            Scale(
                config,
                lambda status: self._status(status) if generation == self._generation else None,
                lambda state, reason: self._state(state, reason) if generation == self._generation else None,
                **self._options,
            )
            if config is not None
            else None
        )

    def start(self) -> None:
        self._running = True
        if self.scale is not None:
            self.scale.start()

    def stop(self) -> None:
        self._running = False
        if self.scale is not None:
            self.scale.stop()

    def reconnect(self, config: ScaleConfig | None, stop_old: Callable[[Callable[[], None]], None]) -> None:
        """Settings changed the scale: ``stop_old`` runs the old scale's stop off the GUI thread (closing a port
        can take a moment); the new one connects at once."""
        old = self.scale
        self._build(config)
        if old is not None:
            stop_old(old.stop)
        if self.scale is not None and self._running:
            self.scale.start()
        self.state_changed.emit(self.state.value, self.reason)

    def weigh(self, timeout: float = 10.0) -> None:
        scale = self.scale
        self._run(lambda: scale.weigh(timeout))

    def tare(self) -> None:
        self._run(lambda: self.scale.tare())

    def clear_tare(self) -> None:
        self._run(lambda: self.scale.clear_tare())

    def zero(self) -> None:
        self._run(lambda: self.scale.zero())

    def _run(self, call) -> None:
        if self.scale is None:
            self.failed.emit("scale_not_configured", {})
            return
        self._tasks.read(call, self._done, self._error)

    def _done(self, result: object) -> None:
        if isinstance(result, Weight):
            self.weighed.emit(result)

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, ScaleError):
            self.failed.emit(exc.reason, dict(exc.params))
        else:
            self.failed.emit("scale_command_refused", {})

    def _status(self, status: ScaleStatus) -> None:
        self.last = status
        self.status_changed.emit(status)

    def _state(self, state: LinkState, reason: str) -> None:
        self.state, self.reason = state, reason
        self.state_changed.emit(state.value, reason)


def show_kg(kg: Decimal, unit: str) -> str:
    """A weight for the display: as many decimals as the scale sent, three at most once converted from lb / oz."""
    if unit not in ("kg", "g"):
        kg = kg.quantize(Decimal("0.001"))
    return f"{kg:f}"


class ScaleStatusButton(QToolButton):
    """The scale's weight (or its problem) in the status bar; its menu zeroes and tares."""

    def __init__(self, feed: ScaleFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feed = feed
        self._problem: tuple[str, dict] | None = None  # the last command's failure, shown until the next success
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        menu = QMenu(self)
        self.zero_action = menu.addAction("", feed.zero)
        self.tare_action = menu.addAction("", feed.tare)
        self.clear_tare_action = menu.addAction("", feed.clear_tare)
        self.setMenu(menu)
        feed.status_changed.connect(lambda *_: self.refresh())
        feed.state_changed.connect(lambda *_: self.refresh())
        feed.failed.connect(self._failed)
        feed.weighed.connect(self._succeeded)
        self.retranslate()

    def retranslate(self) -> None:
        self.zero_action.setText(self.tr("Zero the scale"))
        self.tare_action.setText(self.tr("Tare (the load on the scale now)"))
        self.clear_tare_action.setText(self.tr("Clear the tare"))
        self.refresh()

    def _failed(self, reason: str, params: dict) -> None:
        self._problem = (reason, params)
        self.refresh()

    def _succeeded(self, _weight: Weight) -> None:
        self._problem = None
        self.refresh()

    def refresh(self) -> None:
        if not self._feed.configured:
            self.hide()  # a bench with no scale shows none
            return
        if self.isHidden() and self.parentWidget() is not None:
            self.show()
        text, problem = self._text()
        if text != self.text():
            self.setText(text)
            self.setStyleSheet("color: #b71c1c; font-weight: bold;" if problem else "")
        tip = describe(*self._problem) if self._problem else ""
        if tip != self.toolTip():
            self.setToolTip(tip)

    def _text(self) -> tuple[str, bool]:
        feed = self._feed
        port = feed.config.link.url
        if feed.state is LinkState.DISCONNECTED:
            return self.tr("Scale: %1").replace("%1", describe("scale_disconnected")), True
        if feed.state is LinkState.CONNECTING:
            return self.tr("Scale %1: connecting…").replace("%1", port), False
        if feed.state is LinkState.STOPPED:
            return self.tr("Scale %1: stopped").replace("%1", port), False
        status = feed.last
        if status.reason:
            return self.tr("Scale: %1").replace("%1", describe(status.reason, status.params)), True
        weight = status.weight
        if weight is None:
            return self.tr("Scale %1: waiting for a weight…").replace("%1", port), False
        shown = show_kg(weight.kg, weight.unit)
        if weight.tare_kg or weight.net:
            text = self.tr("Scale: %1 kg net").replace("%1", shown)
        else:
            text = self.tr("Scale: %1 kg").replace("%1", shown)
        mark = self.tr("settled") if weight.stable else self.tr("settling…")
        return f"{text} · {mark}", False
