"""What the server tests check: the server's copy of a station's log, its chain, and quick sync services."""

from __future__ import annotations

import json
import random

import peewee as pw

from server.models import Event
from station.store.events import GENESIS_HASH, NewEvent, StoredEvent, iter_events
from station.store.store import Store
from station.sync.backoff import Backoff
from station.sync.client import Timeouts
from station.sync.service import SyncService, SyncSettings
from tests.server.conftest import StationHandle

FAST_TIMEOUTS = Timeouts(connect=2.0, read=2.0, write=2.0, pool=2.0)


def add_events(store: Store, count: int, per_action: int = 50) -> None:
    """``count`` events in actions of ``per_action`` (an event type no projection reads: the log is what syncs)."""
    done = 0
    while done < count:
        n = min(per_action, count - done)
        store.record("tester", [NewEvent("test.tick", {"n": done + i, "note": "温度 ok"}) for i in range(n)])
        done += n


def server_events(db: pw.Database, station_id: str) -> list[StoredEvent]:
    with db.connection_context():
        rows = Event.select().where(Event.station == station_id).order_by(Event.seq)
        return [
            StoredEvent(
                r.seq,
                r.id,
                r.station_id,
                r.type,
                r.schema,
                json.loads(r.payload),
                r.actor,
                r.wall_time,
                r.mono_ns,
                r.prev_hash,
                r.hash,
            )
            for r in rows
        ]


def assert_server_holds_exactly(db: pw.Database, station: StationHandle) -> list[StoredEvent]:
    """The server's copy equals the station's log event for event, and its chain verifies from genesis."""
    held = server_events(db, station.station_id)
    local = list(iter_events(station.store.db))
    assert [e.seq for e in held] == [e.seq for e in local]
    assert held == local
    prev = GENESIS_HASH
    for event in held:
        assert event.prev_hash == prev and event.computed_hash() == event.hash
        prev = event.hash
    return held


def service(station: StationHandle, timeouts: Timeouts = FAST_TIMEOUTS, batch_size: int = 100) -> SyncService:
    settings = SyncSettings(batch_size=batch_size, idle_interval=0.05, blocked_interval=0.2, timeouts=timeouts)
    backoff = Backoff(base=0.01, cap=0.1, rng=random.Random(7))
    return SyncService(station.store, settings, backoff)
