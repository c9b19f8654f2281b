"""The burst detector: fed one key at a time with its time, it decides what each key is.

A scanner types a whole code in a few tens of milliseconds, with a steady short gap between keys, and ends it
with Enter (or Tab). A person types slower and unevenly. The detector holds keys back while they might be a
burst; once the gap grows past ``max_gap_ms`` it knows: a short run was a person (the held keys are handed back
to be delivered as typed), a long run without its terminator is a split or garbled burst (an error, never a
partial code), and a terminator after a long fast run is a scan.

It has no clock and no Qt: the caller passes each key's timestamp, so tests can replay any timing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from hardware.wedge.layout import layout_mismatch

TERMINATORS = {"\r", "\n", "\t"}


@dataclass(frozen=True)
class WedgeConfig:
    max_gap_ms: float = 35.0  # longest gap between two keys of one burst (configurable per scanner)
    min_length: int = 8  # shorter runs are typing, even when fast


class KeyDecision(Enum):
    HOLD = "hold"  # kept back: may be part of a burst
    PASS = "pass"  # deliver as usual (not a burst)


@dataclass(frozen=True)
class WedgeResult:
    """What a finished run turned out to be."""

    kind: str  # "scan" / "typing" / "error"
    text: str = ""  # the scanned text for a scan, as typed (the code reader normalises it)
    held: str = ""  # keys held back that must now be delivered, for typing
    reason: str = ""  # for errors: wedge_burst_split / wedge_burst_garbled / wedge_keyboard_layout
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class _Run:
    chars: list[str] = field(default_factory=list)
    gaps: list[float] = field(default_factory=list)
    last_ms: float = 0.0


class BurstDetector:
    def __init__(self, config: WedgeConfig = WedgeConfig()) -> None:
        self.config = config
        self._run: _Run | None = None

    @property
    def holding(self) -> bool:
        return self._run is not None

    def key(self, text: str, at_ms: float) -> tuple[KeyDecision, list[WedgeResult]]:
        """One key press (its text) at ``at_ms``: what to do with this key, and the runs it finished (in order)."""
        finished = [r for r in (self._expire(at_ms),) if r is not None]
        if text in TERMINATORS:
            if self._run is None:
                return KeyDecision.PASS, finished
            return KeyDecision.HOLD, [*finished, self._finish_with_terminator(text, at_ms)]
        if not text or (not text.isprintable() and text != "\x1d"):
            # Modifiers and navigation keys break any run: a scanner never sends them mid-code.
            broken = self._abandon()
            return KeyDecision.PASS, [*finished, *([broken] if broken else [])]
        if self._run is None:
            self._run = _Run([text], [], at_ms)
        else:
            self._run.gaps.append(at_ms - self._run.last_ms)
            self._run.chars.append(text)
            self._run.last_ms = at_ms
        return KeyDecision.HOLD, finished

    def tick(self, now_ms: float) -> WedgeResult | None:
        """Called from a timer: ends a run whose next key did not come in time."""
        return self._expire(now_ms)

    # ---- internals -----------------------------------------------------------------------------------------

    def _expire(self, now_ms: float) -> WedgeResult | None:
        run = self._run
        if run is None or now_ms - run.last_ms <= self.config.max_gap_ms:
            return None
        self._run = None
        text = "".join(run.chars)
        if len(run.chars) >= self.config.min_length and _fast(run, self.config):
            # A whole fast run with no Enter: the scanner's terminator is missing or the burst was cut.
            return WedgeResult("error", reason="wedge_burst_split", params={"length": len(text)})
        return WedgeResult("typing", held=text)

    def _abandon(self) -> WedgeResult | None:
        run, self._run = self._run, None
        if run is None:
            return None
        return WedgeResult("typing", held="".join(run.chars))

    def _finish_with_terminator(self, terminator: str, at_ms: float) -> WedgeResult:
        run = self._run
        assert run is not None
        self._run = None
        text = "".join(run.chars)
        if len(run.chars) < self.config.min_length or at_ms - run.last_ms > self.config.max_gap_ms:
            return WedgeResult("typing", held=text + terminator)
        layout = layout_mismatch(text)
        if layout is not None:
            return WedgeResult("error", reason="wedge_keyboard_layout", params={"layout": layout, "text": text})
        foreign = [ch for ch in text if not (" " <= ch <= "~" or ch == "\x1d")]
        if foreign:
            # A scanner's HID output is ASCII; anything else came from the host's layout or input method.
            return WedgeResult("error", reason="wedge_burst_garbled", params={"chars": "".join(foreign[:8])})
        # Affixes and control characters are left for the code reader, which strips them for every source.
        return WedgeResult("scan", text=text)


def _fast(run: _Run, config: WedgeConfig) -> bool:
    return all(gap <= config.max_gap_ms for gap in run.gaps)
