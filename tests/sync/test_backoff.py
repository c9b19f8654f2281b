"""Back-off: doubling to a cap, never near zero, spread out across stations."""

from __future__ import annotations

import random

from station.sync.backoff import Backoff


def test_delays_double_up_to_the_cap_with_jitter():
    b = Backoff(base=1.0, cap=60.0, rng=random.Random(1))
    delays = [b.next_delay() for _ in range(12)]
    ceilings = [min(60.0, 2**n) for n in range(12)]
    assert all(c / 2 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert max(delays) <= 60.0 and delays[-1] >= 30.0
    b.reset()
    assert b.next_delay() <= 1.0


def test_stations_that_failed_together_do_not_retry_together():
    fleet = [Backoff(base=1.0, cap=300.0, rng=random.Random(seed)) for seed in range(50)]
    for b in fleet:
        for _ in range(6):
            b.next_delay()
    sixth = [b.next_delay() for b in fleet]  # ceiling 64 s
    assert len({round(d, 1) for d in sixth}) > 40 and min(sixth) >= 32.0


def test_the_attempt_count_can_grow_without_overflow():
    b = Backoff(base=1.0, cap=300.0, rng=random.Random(2), attempt=10_000)
    assert 150.0 <= b.next_delay() <= 300.0
