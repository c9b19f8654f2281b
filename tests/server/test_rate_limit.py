"""The per-token rate limit: a token past its rate is answered 429 with Retry-After (and its upload read, so the
answer arrives instead of a reset), other tokens and the health probe are not affected, and the station backs off."""

from __future__ import annotations

import time

import httpx
import pytest

from server.limits import RateLimit
from station.store.events import iter_events
from station.sync import state
from station.sync.client import ServerUnavailable, SyncClient
from tests.server.helpers import add_events, assert_server_holds_exactly, service
from tests.server.live import ThreadServer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_arithmetic():
    clock = Clock()
    limit = RateLimit(app=None, rate=2.0, burst=3, clock=clock)  # type: ignore[arg-type]
    assert [limit.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limit.take("a") == pytest.approx(0.5)  # empty: one more in half a second at 2/s
    assert limit.take("b") == 0.0  # every key has its own bucket
    clock.now += 0.5
    assert limit.take("a") == 0.0 and limit.take("a") > 0
    clock.now += 60
    assert [limit.take("a") for _ in range(4)][:3] == [0.0, 0.0, 0.0]  # refilled to the burst, never past it


def auth(path) -> dict[str, str]:
    return {"Authorization": f"Bearer {state.load_token(path)}"}


def test_a_token_past_its_rate_is_told_when_to_come_back(server_db, make_station):
    with ThreadServer(server_db, rate=2.0, burst=3) as server:
        a = make_station("STA", server.url)  # enrolment: limited per address, one request
        b = make_station("STB", server.url)
        add_events(a.store, 200)
        events = [e.as_dict() for e in iter_events(a.store.db)]
        with httpx.Client(base_url=server.url) as http:
            answers = [http.get("/v1/stations/STA/cursor", headers=auth(a.path)) for _ in range(4)]
            assert [r.status_code for r in answers] == [200, 200, 200, 429]
            assert answers[-1].json() == {"detail": {"reason": "rate_limited"}}
            assert answers[-1].headers["retry-after"] == "1"
            # An upload refused for its rate is read to its end: a clean 429 on a connection that stays usable.
            pushed = http.post("/v1/stations/STA/events", json={"events": events}, headers=auth(a.path))
            assert pushed.status_code == 429 and "connection" not in pushed.headers
            assert http.get("/v1/stations/STB/cursor", headers=auth(b.path)).status_code == 200
            assert all(http.get("/v1/health").status_code == 200 for _ in range(10))
            time.sleep(0.6)  # one request's worth refilled at 2/s
            assert http.get("/v1/stations/STA/cursor", headers=auth(a.path)).status_code == 200
        with SyncClient(server.url, state.load_token(a.path)) as client:
            with pytest.raises(ServerUnavailable) as busy:
                for _ in range(5):
                    client.cursor("STA")
            assert busy.value.retry_after == 1.0  # the client waits at least this before its next round


def test_a_station_syncs_through_the_limit_by_backing_off(server_db, make_station):
    # A round costs two requests before its first push (rule set, cursor): the burst must leave room for pushes.
    with ThreadServer(server_db, rate=5.0, burst=4) as server:
        a = make_station("STA", server.url)
        add_events(a.store, 300)
        sync = service(a, batch_size=50)
        deadline = time.monotonic() + 30
        while True:
            try:
                if sync.run_once().pending == 0:
                    break
            except ServerUnavailable as exc:
                assert exc.retry_after == 1.0
                time.sleep(exc.retry_after)
            assert time.monotonic() < deadline, "sync did not get through the rate limit"
    assert_server_holds_exactly(server_db, a)
