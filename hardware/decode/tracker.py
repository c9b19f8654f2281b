"""From frames to scans: when a code in view counts as scanned, once, and whether it was scanned before.

The camera decodes many frames a second and the technician holds a label in view for a while. The tracker
turns that stream into scans:

- confirmation: a code counts after it was read in ``frames_to_confirm`` frames (default 2), or at once when it
  is a structurally valid GB/T 34014 code (its structure is a check a misread rarely passes);
- debounce: a code held in view is one scan; it can be scanned again only after it left the view for
  ``gone_after_s``;
- blanking: for ``blanking_s`` after an accepted scan no other code is accepted, so a neighbouring label that
  slides into view while the operator moves on is not scanned by accident;
- duplicates: whether a scan repeats an earlier one is the policy's question (adjacent, this shift, all time);
  a duplicate is still reported, flagged, for the screen to ask the operator.

Time comes in as arguments (monotonic seconds, and a wall-clock instant for shifts): tests drive a clock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from enum import StrEnum

from hardware.decode.symbols import FrameDecode, Symbol

CHINA = timezone(timedelta(hours=8), "CST")


class DuplicateScope(StrEnum):
    ADJACENT = "adjacent"  # the same code as the scan just before
    SHIFT = "shift"  # a code already scanned in this shift
    ALL_TIME = "all_time"  # a code ever scanned (here, or known to the caller, e.g. the station's records)


def shift_start(starts: tuple[time, ...] = (time(8), time(20)), tz: timezone = CHINA) -> Callable[[datetime], datetime]:
    """The start of the shift an instant falls in, for shifts beginning at ``starts`` local time each day."""
    ordered = sorted(starts)

    def start_of(instant: datetime) -> datetime:
        local = instant.astimezone(tz)
        for day in (local.date(), local.date() - timedelta(days=1)):
            for begin in reversed(ordered):
                candidate = datetime.combine(day, begin, tz)
                if candidate <= local:
                    return candidate
        raise AssertionError("unreachable: a day always has a shift start before the next day")

    return start_of


class DuplicatePolicy:
    """Says whether a scan repeats an earlier one within its scope, and remembers the scans it is told of.

    One policy serves every scanner of a bench (the camera's tracker on its thread, the wedge and serial scanners
    on theirs), so a code read by the camera and then by the handheld is one code: its methods lock."""

    def __init__(
        self,
        scope: DuplicateScope = DuplicateScope.ADJACENT,
        shift_of: Callable[[datetime], Hashable] | None = None,
        known: Callable[[str], bool] | None = None,
    ) -> None:
        self.scope = scope
        self._shift_of = shift_of or shift_start()
        self._known = known
        self._last: str | None = None
        self._this_shift: tuple[Hashable, set[str]] | None = None
        self._ever: set[str] = set()
        self._lock = threading.Lock()

    def is_duplicate(self, key: str, wall: datetime) -> bool:
        with self._lock:
            return self._is_duplicate(key, wall)

    def record(self, key: str, wall: datetime) -> None:
        with self._lock:
            self._record(key, wall)

    def seen(self, key: str, wall: datetime) -> bool:
        """Whether ``key`` repeats an earlier scan, remembering it as the latest scan either way."""
        with self._lock:
            duplicate = self._is_duplicate(key, wall)
            self._record(key, wall)
            return duplicate

    def _is_duplicate(self, key: str, wall: datetime) -> bool:
        if self.scope is DuplicateScope.ADJACENT:
            return key == self._last
        if self.scope is DuplicateScope.SHIFT:
            shift = self._shift_of(wall)
            return self._this_shift is not None and self._this_shift[0] == shift and key in self._this_shift[1]
        return key in self._ever or (self._known is not None and self._known(key))

    def _record(self, key: str, wall: datetime) -> None:
        self._last = key
        self._ever.add(key)
        shift = self._shift_of(wall)
        if self._this_shift is None or self._this_shift[0] != shift:
            self._this_shift = (shift, set())
        self._this_shift[1].add(key)


@dataclass(frozen=True)
class TrackerConfig:
    frames_to_confirm: int = 2
    valid_confirms_at_once: bool = True
    gone_after_s: float = 1.0
    blanking_s: float = 0.8


@dataclass(frozen=True)
class Scan:
    key: str  # the GB/T 34014 code, or the symbol's text when it holds none
    symbol: Symbol
    at: float  # monotonic seconds of the frame that confirmed it
    frames: int  # frames it had been read in
    duplicate: bool  # within the policy's scope: the screen asks before it is recorded


@dataclass
class _Track:
    symbol: Symbol
    last_seen: float
    frames: int = 0
    accepted: bool = False


def scan_key(symbol: Symbol) -> str:
    return symbol.gb_code or symbol.text


class ScanTracker:
    def __init__(self, config: TrackerConfig | None = None, policy: DuplicatePolicy | None = None) -> None:
        self.config = config or TrackerConfig()
        self.policy = policy or DuplicatePolicy()
        self._tracks: dict[str, _Track] = {}
        self._blank_until = float("-inf")

    def feed(self, symbols: FrameDecode | Iterable[Symbol], now: float, wall: datetime | None = None) -> list[Scan]:
        """One decoded frame at monotonic time ``now``; the scans it completes, in key order."""
        found = symbols.symbols if isinstance(symbols, FrameDecode) else tuple(symbols)
        gone = self.config.gone_after_s
        self._tracks = {k: t for k, t in self._tracks.items() if now - t.last_seen <= gone}
        # A label often carries one code twice (a QR code and a bar code): one key, one frame counted.
        in_view: dict[str, Symbol] = {}
        for symbol in found:
            in_view.setdefault(scan_key(symbol), symbol)
        for key, symbol in in_view.items():
            track = self._tracks.get(key)
            if track is None:
                track = self._tracks[key] = _Track(symbol, now)
            track.frames += 1
            track.last_seen = now
            if symbol.gb is not None and symbol.gb.valid:
                track.symbol = symbol
        if now < self._blank_until:
            return []
        scans = []
        for key in sorted(in_view):
            track = self._tracks[key]
            if track.accepted or not self._confirmed(track):
                continue
            track.accepted = True
            instant = wall or datetime.now(CHINA)
            scans.append(Scan(key, track.symbol, now, track.frames, self.policy.seen(key, instant)))
        if scans:
            self._blank_until = now + self.config.blanking_s
        return scans

    def _confirmed(self, track: _Track) -> bool:
        valid = track.symbol.gb is not None and track.symbol.gb.valid
        return track.frames >= self.config.frames_to_confirm or (valid and self.config.valid_confirms_at_once)
