"""Push: a station's batch of events checked one by one against its chain and stored in one transaction.

The answer names every event: ``stored`` (new, chained on), ``duplicate`` (already held, byte for byte: a retry
after a lost answer) or ``rejected`` with a reason. Only what is malformed, unauthorised or breaks the chain is
rejected, and the first rejection stops the station's stream there: later events cannot be shown to continue a
chain the server does not hold, so they come back as ``follows_rejected``. Business conflicts never reject
(see ``server.conflicts``).

Pushes of one station are serialised by a row lock on the station, so a retry racing its own lost original
cannot store an event twice; (station, seq) is the primary key and the event id is unique as a last line.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw
from pydantic import ValidationError

from server import bulk, certificates, conflicts, history
from server.db import write_transaction
from server.models import Event, EventFlag, Rejection, Station, utcnow
from server.schemas import EventIn
from station.canonical import canonical_json
from station.store.events import StoredEvent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventResult:
    seq: int | None
    id: str | None
    status: str  # stored / duplicate / rejected
    reason: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class PushResult:
    acknowledged: int
    acknowledged_hash: str
    results: tuple[EventResult, ...]


@dataclass(frozen=True)
class Incoming(StoredEvent):
    """A pushed event with its payload's canonical JSON, made once: hashed inside the event's canonical form, and
    stored as the payload's text (canonicalising each event twice cost a tenth of a push)."""

    payload_text: str = ""
    computed: str = ""  # the hash of its content, made by ``parse``

    def computed_hash(self) -> str:
        return self.computed


def hash_input(e: EventIn, payload_text: str) -> str:
    """``canonical_json`` of the event's hashed fields, assembled around the payload's text. The keys sort as actor,
    id, mono_ns, payload, prev_hash, schema, seq, station_id, type, wall_time; strings are spelled by the JSON
    encoder's own routine and integers by ``repr`` (``EventIn`` takes them strictly: never a bool or a float). A
    test holds this equal to the station's hash for any event."""
    return (
        f'{{"actor":{_string(e.actor)},"id":{_string(e.id)},"mono_ns":{e.mono_ns!r},"payload":{payload_text},'
        f'"prev_hash":{_string(e.prev_hash)},"schema":{e.schema_!r},"seq":{e.seq!r},'
        f'"station_id":{_string(e.station_id)},"type":{_string(e.type)},"wall_time":{_string(e.wall_time)}}}'
    )


# What ``json.dumps(text, ensure_ascii=False)`` uses for a string (C, when the interpreter has it).
_string = json.encoder.encode_basestring


@dataclass(frozen=True)
class _Malformed:
    seq: int | None
    id: str | None


def parse(item: Mapping[str, Any]) -> Incoming | _Malformed:
    try:
        e = EventIn.model_validate(item)
        text = canonical_json(e.payload)
        computed = hashlib.sha256(hash_input(e, text).encode("utf-8")).hexdigest()
    except (ValidationError, ValueError):
        # ValueError: a NaN or infinity (canonical JSON has none), or a lone surrogate (not UTF-8): no station
        # could have hashed either.
        seq, id_ = item.get("seq"), item.get("id")
        return _Malformed(seq if type(seq) is int else None, id_ if isinstance(id_, str) else None)
    return Incoming(
        e.seq,
        e.id,
        e.station_id,
        e.type,
        e.schema_,
        e.payload,
        e.actor,
        e.wall_time,
        e.mono_ns,
        e.prev_hash,
        e.hash,
        payload_text=text,
        computed=computed,
    )


def stored_event(row: Event) -> StoredEvent:
    """A stored row as the station's event, exactly as it was hashed (the payload text is its canonical JSON)."""
    return StoredEvent(
        row.seq,
        row.id,
        row.station_id,
        row.type,
        row.schema,
        json.loads(row.payload),
        row.actor,
        row.wall_time,
        row.mono_ns,
        row.prev_hash,
        row.hash,
    )


def cursor(station_id: str) -> tuple[int, str]:
    station = Station.get_by_id(station_id)
    return station.head_seq, station.head_hash


def push(db: pw.Database, station_id: str, items: Sequence[Mapping[str, Any]]) -> PushResult:
    parsed = [parse(item) for item in items]
    with write_transaction(db):
        query = Station.select().where(Station.id == station_id)
        station = (query.for_update() if db.for_update else query).get()
        held = _held(station_id, parsed, station.head_seq)
        taken_ids = _taken_ids(db, parsed, station.head_seq)
        results, accepted, refused = _judge(station_id, parsed, (station.head_seq, station.head_hash), held, taken_ids)
        flags = _store(accepted) if accepted else {}
        if accepted:
            head = accepted[-1]
            Station.update(head_seq=head.seq, head_hash=head.hash, last_push_at=utcnow()).where(
                Station.id == station_id
            ).execute()
        _note_rejections(station_id, refused)
        final = (accepted[-1].seq, accepted[-1].hash) if accepted else (station.head_seq, station.head_hash)
    if refused:
        log.warning("station %s: %d event(s) rejected, first %s", station_id, len(refused), refused[0])
    if flags:
        results = [
            EventResult(r.seq, r.id, r.status, r.reason, tuple(flags[r.seq]))
            if r.status == "stored" and r.seq in flags
            else r
            for r in results
        ]
    return PushResult(final[0], final[1], tuple(results))


def _held(station_id: str, parsed: Sequence[Incoming | _Malformed], head_seq: int) -> dict[int, tuple[str, str]]:
    """(id, hash) of the events the server already holds at the batch's sequence numbers."""
    seqs = [p.seq for p in parsed if isinstance(p, StoredEvent) and p.seq <= head_seq]
    if not seqs:
        return {}
    rows = Event.select(Event.seq, Event.id, Event.hash).where(
        (Event.station == station_id) & Event.seq.between(min(seqs), max(seqs))
    )
    return {r.seq: (r.id, r.hash) for r in rows}


def _taken_ids(db: pw.Database, parsed: Sequence[Incoming | _Malformed], head_seq: int) -> set[str]:
    ids = [p.id for p in parsed if isinstance(p, StoredEvent) and p.seq > head_seq]
    return {r[0] for r in bulk.select_in(db, "SELECT id FROM event WHERE id {in}", ids)}


def _judge(
    station_id: str,
    parsed: Sequence[Incoming | _Malformed],
    head: tuple[int, str],
    held: dict[int, tuple[str, str]],
    taken_ids: set[str],
) -> tuple[list[EventResult], list[Incoming], list[EventResult]]:
    results: list[EventResult] = []
    accepted: list[Incoming] = []
    refused: list[EventResult] = []
    for item in parsed:
        if refused:
            results.append(EventResult(item.seq, item.id, "rejected", "follows_rejected"))
            continue
        reason = _reason(station_id, item, head, held, taken_ids)
        if reason == "duplicate":
            results.append(EventResult(item.seq, item.id, "duplicate"))
        elif reason:
            result = EventResult(item.seq, item.id, "rejected", reason)
            results.append(result)
            refused.append(result)
        else:
            assert isinstance(item, Incoming)
            accepted.append(item)
            held[item.seq] = (item.id, item.hash)  # a second copy later in this batch is a duplicate
            taken_ids.add(item.id)
            head = (item.seq, item.hash)
            results.append(EventResult(item.seq, item.id, "stored"))
    return results, accepted, refused


def _reason(
    station_id: str,
    item: Incoming | _Malformed,
    head: tuple[int, str],
    held: dict[int, tuple[str, str]],
    taken_ids: set[str],
) -> str | None:
    """None to store, ``duplicate``, or the rejection reason."""
    if isinstance(item, _Malformed):
        return "malformed"
    if item.station_id != station_id:
        return "station_mismatch"
    if item.computed_hash() != item.hash:
        return "hash_mismatch"  # the content was changed after hashing
    if item.seq <= head[0]:
        # The server holds this seq: the same event is a retry, another one means the station's past changed.
        return "duplicate" if held.get(item.seq) == (item.id, item.hash) else "differs_from_stored"
    if item.seq != head[0] + 1:
        return "seq_gap"  # the station is ahead of the server (server restored from a backup): resend from ack
    if item.prev_hash != head[1]:
        return "prev_hash_mismatch"
    if item.id in taken_ids:
        return "id_reused"
    return None


EVENT_COLUMNS = (
    "station_id",
    "seq",
    "id",
    "type",
    "schema",
    "payload",
    "actor",
    "wall_time",
    "mono_ns",
    "prev_hash",
    "hash",
    "received_at",
)


def _store(accepted: Sequence[Incoming]) -> dict[int, list[str]]:
    now = utcnow()
    rows = [
        (
            e.station_id,
            e.seq,
            e.id,
            e.type,
            e.schema,
            e.payload_text,
            e.actor,
            e.wall_time,
            e.mono_ns,
            e.prev_hash,
            e.hash,
            now,
        )
        for e in accepted
    ]
    bulk.copy(Event._meta.database, "event", EVENT_COLUMNS, rows)
    seen = conflicts.load_seen(code for e in accepted for code in conflicts.codes_of(e))
    found, changed = conflicts.judge(accepted, seen)
    conflicts.store_seen(changed)
    found += certificates.project(accepted)
    history.project(accepted)
    if found:
        EventFlag.insert_many(
            [
                {"station": accepted[0].station_id, "seq": f.seq, "reason": f.reason, "detail": f.detail_json()}
                for f in found
            ]
        ).on_conflict_ignore().execute()
    by_seq: dict[int, list[str]] = {}
    for f in found:
        by_seq.setdefault(f.seq, []).append(f.reason)
    return by_seq


def _note_rejections(station_id: str, refused: Sequence[EventResult]) -> None:
    now = utcnow()
    for r in refused:
        Rejection.insert(station=station_id, seq=r.seq or 0, reason=r.reason, event_id=r.id).on_conflict(
            conflict_target=[Rejection.station, Rejection.seq, Rejection.reason],
            update={Rejection.count: Rejection.count + 1, Rejection.last_at: now},
        ).execute()
