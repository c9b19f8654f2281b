"""Re-walking every stored chain: the server's proof that no station's history was altered after it arrived.

Ingest checks each event as it comes; this checks what is stored now, from genesis, so that an edit made in the
database itself (a restored backup, a hand-made UPDATE, a disk fault) is found and named: the first event of each
station that does not continue its chain, and why. Reads in keyset-paged chunks: memory stays flat however long
the chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from server.ingest import stored_event
from server.models import Event, Station
from station.store.events import GENESIS_HASH, StoredEvent

CHUNK = 5000


@dataclass(frozen=True)
class ChainReport:
    station_id: str
    events: int  # checked up to the first bad one
    head_seq: int  # where the server says the chain ends
    bad_seq: int | None = None
    bad_id: str | None = None
    # seq_gap / prev_hash_mismatch / hash_mismatch / payload_unreadable / head_mismatch
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


def verify_all(station_ids: list[str] | None = None) -> list[ChainReport]:
    query = Station.select().order_by(Station.id)
    if station_ids:
        query = query.where(Station.id.in_(station_ids))
    return [verify_station(s) for s in query]


def verify_station(station: Station) -> ChainReport:
    expected_seq, prev_hash, count = 1, GENESIS_HASH, 0
    for row in _rows(station.id):
        try:
            event = stored_event(row)
        except (ValueError, TypeError):
            return _bad(station, count, row, "payload_unreadable")
        reason = _break(event, expected_seq, prev_hash)
        if reason is not None:
            return _bad(station, count, row, reason)
        expected_seq, prev_hash, count = event.seq + 1, event.hash, count + 1
    if (expected_seq - 1, prev_hash) != (station.head_seq, station.head_hash):
        # The head the server continues from is not the end of the stored chain (rows lost or added behind it).
        return ChainReport(station.id, count, station.head_seq, expected_seq - 1 or None, None, "head_mismatch")
    return ChainReport(station.id, count, station.head_seq)


def _break(event: StoredEvent, expected_seq: int, prev_hash: str) -> str | None:
    # The station id is hashed too: a row moved to another station fails that station's hash check.
    if event.seq != expected_seq:
        return "seq_gap"
    if event.prev_hash != prev_hash:
        return "prev_hash_mismatch"
    if event.computed_hash() != event.hash:
        return "hash_mismatch"
    return None


def _rows(station_id: str) -> Iterator[Event]:
    after = 0
    while True:
        rows = list(
            Event.select().where((Event.station == station_id) & (Event.seq > after)).order_by(Event.seq).limit(CHUNK)
        )
        yield from rows
        if len(rows) < CHUNK:
            return
        after = rows[-1].seq


def _bad(station: Station, count: int, row: Event, reason: str) -> ChainReport:
    return ChainReport(station.id, count, station.head_seq, row.seq, row.id, reason)


def as_json(report: ChainReport) -> str:
    return json.dumps(
        {
            "station_id": report.station_id,
            "ok": report.ok,
            "events": report.events,
            "head_seq": report.head_seq,
            "bad_seq": report.bad_seq,
            "bad_id": report.bad_id,
            "reason": report.reason,
        },
        ensure_ascii=False,
    )
