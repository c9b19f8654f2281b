"""Exponential back-off with jitter: retry forever, never in lock-step with the other stations of a site."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """``next_delay`` doubles up to ``cap``; each delay is half fixed and half random ("equal jitter"), so a
    fleet that lost the server together does not come back together, and no delay is ever near zero."""

    base: float = 1.0
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random)
    attempt: int = 0

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.base * 2 ** min(self.attempt, 32))
        self.attempt += 1
        return ceiling / 2 + self.rng.uniform(0, ceiling / 2)

    def reset(self) -> None:
        self.attempt = 0
