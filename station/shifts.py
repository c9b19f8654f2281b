"""Shifts: the ``scan.shift_starts`` setting read once, for the camera's duplicate memory and the dashboard."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time, timedelta

from station.store.localtime import CHINA

log = logging.getLogger(__name__)

DEFAULT_SHIFT_STARTS = (time(8),)


def parse_shift_starts(text: str) -> tuple[time, ...]:
    """``"08:00,20:00"`` → the local start times, sorted; a malformed entry is skipped (and logged), none → 08:00."""
    starts = set()
    for part in text.split(","):
        try:
            hours, minutes = part.strip().split(":")
            starts.add(time(int(hours), int(minutes)))
        except ValueError:
            log.warning("shift start %r is not HH:MM: ignored", part)
    return tuple(sorted(starts)) or DEFAULT_SHIFT_STARTS


def current_shift(now: datetime, shift_starts: str) -> tuple[datetime, datetime]:
    """The shift ``now`` falls in, as UTC instants ``(start, end)``: from the latest start at or before ``now``
    (China local time) to the next start after it."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware instant")
    starts = parse_shift_starts(shift_starts)
    local = now.astimezone(CHINA)
    candidates = [
        datetime.combine(local.date() + timedelta(days=d), begin, CHINA) for d in (-1, 0, 1) for begin in starts
    ]
    start = max(c for c in candidates if c <= local)
    end = min(c for c in candidates if c > local)
    return start.astimezone(UTC), end.astimezone(UTC)
