"""The sync client against real faults between it and the server (a proxy on 127.0.0.1 that misbehaves, a server
process killed with SIGKILL): whatever happens, every event ends up on the server exactly once, chains verified."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from station.sync import state
from station.sync.client import ServerUnavailable, SyncClient, Timeouts
from station.sync.service import SyncService
from tests.server.faults import Fault, FaultProxy
from tests.server.helpers import add_events, assert_server_holds_exactly, server_events, service
from tests.server.live import ProcessServer


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


def synced(sync: SyncService) -> Callable[[], bool]:
    return lambda: sync.status().pending == 0 and sync.status().reachable is True


def test_errors_and_resets_are_retried_with_back_off_until_synced(live_server, make_station, server_db):
    with FaultProxy(live_server.url) as proxy:
        a = make_station("STA", proxy.url)
        add_events(a.store, 450)
        proxy.add(Fault("status", 500), Fault("status", 503), Fault("reset"), Fault("status", 502))
        sync = service(a, batch_size=100)
        sync.start()
        try:
            wait_until(synced(sync))
        finally:
            sync.stop()
    assert not proxy.faults  # every fault was met
    assert sync.rounds >= 5 and sync.status().last_error is None
    assert_server_holds_exactly(server_db, a)


def test_an_answer_lost_after_the_server_stored_the_batch(live_server, make_station, server_db):
    with FaultProxy(live_server.url) as proxy:
        a = make_station("STA", proxy.url)
        add_events(a.store, 250)
        proxy.add(Fault("lose_answer"))
        sync = service(a, batch_size=100)
        with pytest.raises(ServerUnavailable):
            sync.run_once()
        assert state.cursor(a.store.db).seq == 0  # the client never heard of it...
        assert len(server_events(server_db, "STA")) == 100  # ...but the server stored it
        report = sync.run_once()
    assert report.acknowledged == a.store.event_count() and report.stored == a.store.event_count() - 100
    assert_server_holds_exactly(server_db, a)


def test_a_slow_answer_past_the_timeout_and_a_late_duplicate(live_server, make_station, server_db):
    with FaultProxy(live_server.url) as proxy:
        a = make_station("STA", proxy.url)
        add_events(a.store, 150)
        sync = service(a, timeouts=Timeouts(connect=1, read=0.4, write=1, pool=1), batch_size=100)
        proxy.add(Fault("slow", seconds=1.0))
        with pytest.raises(ServerUnavailable, match="ReadTimeout"):
            sync.run_once()
        # The retry goes through while the first copy of the next batch is still held back by the network.
        proxy.add(Fault("late", seconds=0.6))
        with pytest.raises(ServerUnavailable):
            sync.run_once()
        report = sync.run_once()
        assert report.pending == 0
        time.sleep(0.8)  # the late copy has reached the server by now
    assert_server_holds_exactly(server_db, a)
    (late,) = proxy.late_answers
    assert {r["status"] for r in json.loads(late)["results"]} == {"duplicate"}


def test_sync_starts_again_on_its_own_when_the_server_comes_back(server_db, server_db_url, make_station):
    server = ProcessServer(server_db_url)
    with server:
        a = make_station("STA", server.url)
    add_events(a.store, 120)
    sync = service(a)
    sync.start()
    try:
        wait_until(lambda: sync.status().reachable is False and sync.rounds >= 3)
        assert sync.status().pending == a.store.event_count()
        with server:  # the same port again; nobody wakes the service
            wait_until(synced(sync))
            add_events(a.store, 10)
            sync.wake()
            wait_until(synced(sync))
    finally:
        sync.stop()
    assert_server_holds_exactly(server_db, a)


def test_an_unexpected_error_does_not_end_the_loop(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    add_events(a.store, 30)
    calls = []

    def flaky(url: str, token: str | None, ca: str | None, timeouts: Timeouts) -> SyncClient:
        calls.append(url)
        if len(calls) <= 2:
            raise RuntimeError("disk full")  # a failure nobody planned for
        return SyncClient(url, token, ca, timeouts)

    sync = service(a)
    sync = SyncService(a.store, sync._settings, sync._backoff, client_factory=flaky)
    sync.start()
    try:
        wait_until(synced(sync))
    finally:
        sync.stop()
    assert len(calls) >= 3 and sync.status().running is False
    assert_server_holds_exactly(server_db, a)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["kill_after_body", "kill_mid_body"])
def test_server_killed_mid_batch(server_db, server_db_url, make_station, kind):
    server = ProcessServer(server_db_url).start()
    try:
        with FaultProxy(server.url) as proxy:
            a = make_station("STA", proxy.url)
            add_events(a.store, 1500, per_action=100)
            proxy.add(Fault(kind, on_kill=server.kill))
            sync = service(a, batch_size=500)
            with pytest.raises(ServerUnavailable):
                sync.run_once()
            with pytest.raises(ServerUnavailable):
                sync.run_once()  # nobody answers now
            server.start()
            report = sync.run_once()
            assert report.pending == 0
    finally:
        server.kill()
    assert_server_holds_exactly(server_db, a)
