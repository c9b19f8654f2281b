"""A serial scale: live weight, a settled weight on request, tare and zero, whatever the scale's protocol.

The serial link's thread parses every line and keeps the latest weight; a second thread asks request / response
scales for their weight (and notices when a streaming scale falls silent). ``weigh()`` blocks until the load has
settled, so callers run it off the GUI thread; the live weight goes to ``on_status`` for display.

Settled means more than the scale's own stable flag, which some indicators raise after two equal readings: the last
``stable_count`` readings must all be flagged stable and lie within ``stable_tolerance_kg`` of each other, and at
least one of them must have arrived after ``weigh()`` was called, so that a weight taken before the pack was put
down is never returned for it. Overload, a garbled line, a disconnect or silence clears what was settled.

A scale that takes commands (MT-SICS) tares and zeroes itself. A streaming scale takes none, so the station keeps
tare and zero itself: both are taken from a settled weight, zero only within ``zero_range_kg``, and subtracted from
what the scale shows.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from hardware.scale.protocols import PROTOCOLS, Protocol, ReplyKind, ScaleReply
from hardware.serialport.link import (
    FrameKind,
    LinkConfig,
    LinkState,
    Opener,
    SerialFrame,
    SerialLink,
    SerialLinkError,
    open_port,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScaleConfig:
    link: LinkConfig
    protocol: str = "continuous"  # a key of hardware.scale.protocols.PROTOCOLS
    stable_count: int = 3  # consecutive stable readings that make a settled weight
    stable_tolerance_kg: Decimal = Decimal("0.1")  # how far those readings may spread
    poll_interval_s: float = 0.2  # request / response scales: how often the weight is asked for
    answer_timeout_s: float = 1.0  # ... and how long an answer may take
    silence_s: float = 3.0  # no line for this long: the scale is reported silent
    zero_range_kg: Decimal = Decimal("2")  # streaming scales: the most the station zeroes away

    def __post_init__(self) -> None:
        if self.protocol not in PROTOCOLS:
            raise ValueError(f"unknown scale protocol {self.protocol!r}; known: {', '.join(PROTOCOLS)}")
        if self.stable_count < 1:
            raise ValueError("stable_count must be at least 1")


@dataclass(frozen=True)
class Weight:
    kg: Decimal  # the load: what the scale shows less the station's zero and tare
    shown_kg: Decimal  # what the scale showed, in kilograms
    tare_kg: Decimal  # the station's tare (streaming scales); 0 when the scale tares itself
    net: bool  # the scale's own tare is applied (NT mode, or SICS after T)
    stable: bool  # settled, as defined above
    unit: str  # the unit the scale weighs in
    raw: bytes  # the line it came from


@dataclass(frozen=True)
class ScaleStatus:
    """What the scale is showing now: a weight, or a problem (a reason code) with no weight."""

    weight: Weight | None
    reason: str = ""
    params: dict[str, object] = field(default_factory=dict)


class ScaleError(Exception):
    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(reason, params)
        self.reason = reason
        self.params = params


@dataclass
class _Pending:
    command: str
    done: threading.Event = field(default_factory=threading.Event)
    reply: ScaleReply | None = None


_COMMAND_ERRORS = {"scale_command_syntax", "scale_command_garbled", "scale_command_refused"}


class Scale:
    def __init__(
        self,
        config: ScaleConfig,
        on_status: Callable[[ScaleStatus], None] | None = None,
        on_state: Callable[[LinkState, str], None] | None = None,
        opener: Opener = open_port,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``on_status`` and ``on_state`` run on the scale's threads; a UI hands in functions that post to its own."""
        self.config = config
        self.protocol: Protocol = PROTOCOLS[config.protocol]
        self.readings = 0
        self.problems = 0
        self._on_status = on_status
        self._on_state = on_state
        self._clock = clock
        self._cond = threading.Condition()
        self._window: deque[Decimal] = deque(maxlen=config.stable_count)
        self._latest: Weight | None = None
        self._latest_at = 0.0
        self._problem: tuple[str, dict[str, object]] = ("", {})
        self._last_line_at = clock()
        self._zero_kg = Decimal(0)
        self._tare_kg = Decimal(0)
        self._scale_tared = False  # the scale took a tare itself (SICS T): its weights are net
        self._exchange_lock = threading.Lock()
        self._pending: _Pending | None = None
        self._stop = threading.Event()
        self.link = SerialLink(config.link, self._frame, self._state, opener, name="scale")
        self._watcher = threading.Thread(target=self._watch, name=f"scale-watch-{config.link.url}", daemon=True)

    # ---- life ---------------------------------------------------------------------------------------------------

    def start(self) -> Scale:
        self.link.start()
        self._watcher.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self.link.stop(timeout)
        self._watcher.join(timeout)

    @property
    def state(self) -> LinkState:
        return self.link.state

    @property
    def tare_kg(self) -> Decimal:
        return self._tare_kg

    def status(self) -> ScaleStatus:
        with self._cond:
            return self._status()

    # ---- what callers ask for -----------------------------------------------------------------------------------

    def weigh(self, timeout: float = 10.0) -> Weight:
        """The settled weight now on the platform; ScaleError when it does not settle in ``timeout`` seconds."""
        asked = self._clock()
        deadline = asked + timeout
        with self._cond:
            while True:
                latest = self._latest
                if latest is not None and latest.stable and self._latest_at >= asked:
                    return latest
                left = deadline - self._clock()
                if left <= 0 or self.link.state is LinkState.DISCONNECTED:
                    reason, params = self._problem
                    if reason:
                        raise ScaleError(reason, **params)
                    raise ScaleError("scale_unstable", seconds=_seconds(timeout))
                self._cond.wait(min(left, 0.1))

    def tare(self, timeout: float = 10.0) -> Weight:
        """Tare the load now on the platform (a container, a pallet); returns the tare taken."""
        if self.protocol.tare:
            reply = self._command(self.protocol.tare, "T", timeout)
            kg = reply.kg if reply.kg is not None else Decimal(0)
            return Weight(kg, kg, Decimal(0), True, True, reply.unit, reply.raw)
        weight = self.weigh(timeout)
        with self._cond:
            self._tare_kg = weight.shown_kg - self._zero_kg
            self._reset()
        log.info("scale %s: station tare %s kg", self.config.link.url, self._tare_kg)
        return weight

    def clear_tare(self, timeout: float = 10.0) -> None:
        if self.protocol.tare:  # SICS: taring an empty platform clears the tare
            self._command(self.protocol.tare, "T", timeout)
            return
        with self._cond:
            self._tare_kg = Decimal(0)
            self._reset()

    def zero(self, timeout: float = 10.0) -> None:
        """Zero the empty platform."""
        if self.protocol.zero:
            self._command(self.protocol.zero, "Z", timeout)
            return
        weight = self.weigh(timeout)
        limit = self.config.zero_range_kg
        if abs(weight.shown_kg) > limit:
            raise ScaleError("scale_zero_out_of_range", kg=str(weight.shown_kg), limit_kg=str(limit))
        with self._cond:
            self._zero_kg = weight.shown_kg
            self._tare_kg = Decimal(0)
            self._reset()
        log.info("scale %s: station zero at %s kg shown", self.config.link.url, weight.shown_kg)

    # ---- request / response -------------------------------------------------------------------------------------

    def _command(self, data: bytes, command: str, timeout: float) -> ScaleReply:
        reply = self._exchange(data, command, timeout)
        if reply is None:
            raise ScaleError(self._silent_reason(), **self._silent_params())
        if reply.kind is ReplyKind.DONE:
            with self._cond:
                if command == "T":
                    self._scale_tared = bool(reply.kg)
                self._reset()
            return reply
        if reply.kind in (ReplyKind.OVERLOAD, ReplyKind.UNDERLOAD):
            raise ScaleError("scale_command_refused" if command == "Z" else reply.reason)
        raise ScaleError(reply.reason or "scale_command_refused", **reply.params)

    def _exchange(self, data: bytes, command: str, timeout: float) -> ScaleReply | None:
        """Send one command and wait for its answer; None when none comes. One exchange at a time."""
        with self._exchange_lock:
            pending = _Pending(command)
            with self._cond:
                self._pending = pending
            try:
                self.link.write(data)
            except SerialLinkError:
                pending.done.set()
            pending.done.wait(timeout)
            with self._cond:
                self._pending = None
            return pending.reply

    def _watch(self) -> None:
        while not self._stop.is_set():
            if self.protocol.poll and self.link.state is LinkState.CONNECTED:
                self._exchange(self.protocol.poll, "S", self.config.answer_timeout_s)
            with self._cond:
                silent = self._clock() - self._last_line_at > self.config.silence_s
                if silent and self.link.state is LinkState.CONNECTED and self._problem[0] != "scale_no_answer":
                    self._set_problem("scale_no_answer", seconds=_seconds(self.config.silence_s))
            self._stop.wait(self.config.poll_interval_s)

    # ---- the link's thread --------------------------------------------------------------------------------------

    def _state(self, state: LinkState, reason: str) -> None:
        with self._cond:
            if state is LinkState.CONNECTED:
                self._last_line_at = self._clock()  # silence counts from the connection, not from before it
                self._problem = ("", {})
                self._emit()
            elif state is not LinkState.STOPPED:
                self._set_problem("scale_disconnected")
            pending = self._pending
        if pending is not None and state is not LinkState.CONNECTED:
            pending.done.set()  # no answer will come on this connection
        if self._on_state is not None:
            self._on_state(state, reason)

    def _frame(self, frame: SerialFrame) -> None:
        if frame.kind is FrameKind.CUT:
            log.info("scale %s: line cut by the disconnect dropped: %r", self.config.link.url, frame.data)
            return
        if frame.kind is FrameKind.LINE:
            reply = self.protocol.parse(frame.data)
        else:
            reply = ScaleReply(
                ReplyKind.ERROR,
                raw=frame.data,
                reason="scale_garbled",
                params={"line": frame.data[:40].decode("ascii", "replace")},
            )
        self._handle(reply)

    def _handle(self, reply: ScaleReply) -> None:
        with self._cond:
            self._last_line_at = self._clock()
            pending = self._pending
            answers = pending is not None and (
                reply.command == pending.command or (reply.kind is ReplyKind.ERROR and reply.reason in _COMMAND_ERRORS)
            )
            if answers:
                pending.reply = reply
            if reply.kind is ReplyKind.WEIGHT:
                self._weight(reply)
            elif reply.kind is ReplyKind.DONE:
                pass  # a tare or zero: the weights after it say the rest
            elif not answers or pending.command == "S":
                self._set_problem(reply.reason, **reply.params)
        if answers:
            pending.done.set()

    def _weight(self, reply: ScaleReply) -> None:
        assert reply.kg is not None
        self.readings += 1
        if reply.stable:
            self._window.append(reply.kg)
        else:
            self._window.clear()
        window = self._window
        settled = len(window) == window.maxlen and max(window) - min(window) <= self.config.stable_tolerance_kg
        tare = self._tare_kg
        net = reply.net or self._scale_tared
        self._latest = Weight(reply.kg - self._zero_kg - tare, reply.kg, tare, net, settled, reply.unit, reply.raw)
        self._latest_at = self._clock()
        self._problem = ("", {})
        self._cond.notify_all()
        self._emit()

    # ---- shared state, under self._cond -------------------------------------------------------------------------

    def _set_problem(self, reason: str, **params: object) -> None:
        self.problems += 1
        log.warning("scale %s: %s %s", self.config.link.url, reason, params or "")
        self._problem = (reason, params)
        self._latest = None
        self._window.clear()
        self._cond.notify_all()
        self._emit()

    def _reset(self) -> None:
        """After a tare or zero the readings before it are not the new weight."""
        self._window.clear()
        self._latest = None

    def _status(self) -> ScaleStatus:
        reason, params = self._problem
        return ScaleStatus(self._latest, reason, dict(params))

    def _emit(self) -> None:
        if self._on_status is not None:
            status = self._status()
            try:
                self._on_status(status)
            except Exception:  # a display's bug must not stop the weighing
                log.exception("scale %s: status handler failed", self.config.link.url)

    def _silent_reason(self) -> str:
        return "scale_disconnected" if self.link.state is not LinkState.CONNECTED else "scale_no_answer"

    def _silent_params(self) -> dict[str, object]:
        if self.link.state is not LinkState.CONNECTED:
            return {}
        return {"seconds": _seconds(self.config.answer_timeout_s)}


def _seconds(value: float) -> str:
    return f"{value:g}"
