"""The append-only, hash-chained event log.

Each event's hash covers its canonical JSON (every field but the hash) and so the previous event's hash: changing,
inserting or removing any past event breaks every hash after it. Appends run in one IMMEDIATE transaction per
user action together with the projections, so a reader never sees an event without its effects or the reverse.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import peewee as pw

from station.canonical import canonical_json

GENESIS_HASH = "0" * 64
SCHEMA_VERSION = 1
EVENT_COLUMNS = "seq, id, station_id, type, schema, payload, actor, wall_time, mono_ns, prev_hash, hash"


@dataclass(frozen=True)
class NewEvent:
    """What an operation asks to record."""

    type: str
    payload: Mapping[str, Any]
    schema: int = SCHEMA_VERSION


@dataclass(frozen=True)
class StoredEvent:
    seq: int
    id: str
    station_id: str
    type: str
    schema: int
    payload: Mapping[str, Any]
    actor: str
    wall_time: str
    mono_ns: int
    prev_hash: str
    hash: str

    @staticmethod
    def from_row(row: Sequence[Any]) -> StoredEvent:
        seq, id_, station, type_, schema, payload, actor, wall, mono, prev, hash_ = row
        return StoredEvent(
            seq, id_, station, type_, schema, json.loads(payload), actor, wall, mono, prev, hash_
        )

    def hashed_fields(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "id": self.id,
            "station_id": self.station_id,
            "type": self.type,
            "schema": self.schema,
            "payload": self.payload,
            "actor": self.actor,
            "wall_time": self.wall_time,
            "mono_ns": self.mono_ns,
            "prev_hash": self.prev_hash,
        }

    def computed_hash(self) -> str:
        return event_hash(self.hashed_fields())

    def as_dict(self) -> dict[str, Any]:
        return {**self.hashed_fields(), "hash": self.hash}


def event_hash(fields: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class EventWriter:
    """Builds and inserts events; used only inside ``Store.record``'s transaction."""

    def __init__(self, db: pw.SqliteDatabase, station_id: str) -> None:
        self._db = db
        self.station_id = station_id

    def head(self) -> tuple[int, str]:
        row = self._db.execute_sql("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS_HASH)

    def insert(self, new: NewEvent, actor: str, head: tuple[int, str]) -> StoredEvent:
        seq, prev_hash = head[0] + 1, head[1]
        # Round-trip the payload so the stored, hashed and projected values are the very same JSON values.
        payload = json.loads(canonical_json(new.payload))
        fields = {
            "seq": seq,
            "id": str(uuid.uuid4()),
            "station_id": self.station_id,
            "type": new.type,
            "schema": new.schema,
            "payload": payload,
            "actor": actor,
            "wall_time": utc_now(),
            "mono_ns": time.monotonic_ns(),
            "prev_hash": prev_hash,
        }
        event = StoredEvent(**fields, hash=event_hash(fields))
        self._db.execute_sql(
            f"INSERT INTO event ({EVENT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                event.seq,
                event.id,
                event.station_id,
                event.type,
                event.schema,
                canonical_json(payload),
                event.actor,
                event.wall_time,
                event.mono_ns,
                event.prev_hash,
                event.hash,
            ),
        )
        return event


def iter_events(db: pw.SqliteDatabase, after: int = 0, chunk: int = 5000) -> Iterator[StoredEvent]:
    """All events after ``after`` in order, read in chunks so memory stays flat on millions of events."""
    last = after
    while True:
        rows = db.execute_sql(
            f"SELECT {EVENT_COLUMNS} FROM event WHERE seq > ? ORDER BY seq LIMIT ?", (last, chunk)
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield StoredEvent.from_row(row)
        last = rows[-1][0]


def get_event(
    db: pw.SqliteDatabase, *, seq: int | None = None, event_id: str | None = None
) -> StoredEvent | None:
    if seq is not None:
        row = db.execute_sql(f"SELECT {EVENT_COLUMNS} FROM event WHERE seq = ?", (seq,)).fetchone()
    else:
        row = db.execute_sql(f"SELECT {EVENT_COLUMNS} FROM event WHERE id = ?", (event_id,)).fetchone()
    return StoredEvent.from_row(row) if row else None
