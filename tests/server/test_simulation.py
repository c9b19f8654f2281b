"""Five stations, ten thousand events each, recorded while they sync through a network that fails one push in
four (errors, resets, lost answers, answers too slow): the server ends up holding exactly the union."""

from __future__ import annotations

import threading
import time

import pytest

from station.sync.client import Timeouts
from tests.server.faults import FaultProxy
from tests.server.helpers import add_events, assert_server_holds_exactly, service
from tests.server.test_faults import wait_until

STATIONS = ("STA", "STB", "STC", "STD", "STE")
EVENTS = 10_000


@pytest.mark.slow
def test_five_stations_with_random_outages(live_server, make_station, server_db):
    started = time.monotonic()
    with FaultProxy(live_server.url, chaos=0.25, seed=5) as proxy:
        stations = [make_station(sid, proxy.url) for sid in STATIONS]
        services = [
            service(s, timeouts=Timeouts(connect=1, read=0.2, write=1, pool=1), batch_size=500) for s in stations
        ]
        for sync in services:
            sync.start()
        try:
            # Each station keeps working while it syncs: its own writer thread, 100 events per user action.
            writers = [threading.Thread(target=add_events, args=(s.store, EVENTS, 100)) for s in stations]
            for w in writers:
                w.start()
            for w in writers:
                w.join()
            for sync in services:
                sync.wake()
            for sync in services:
                wait_until(lambda sync=sync: sync.status().pending == 0, timeout=240)
        finally:
            for sync in services:
                sync.stop()
    faults = [line for line in proxy.seen if not line.endswith(" pass")]
    total = 0
    for s in stations:
        total += len(assert_server_holds_exactly(server_db, s))
    assert total == sum(s.store.event_count() for s in stations) >= len(STATIONS) * EVENTS
    assert len(faults) > 20  # the network really did fail, many times
    print(f"\n{total} events from {len(STATIONS)} stations, {len(faults)} faults, {time.monotonic() - started:.1f} s")
