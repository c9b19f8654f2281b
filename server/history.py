"""A battery's history across every station: which events are about a code, indexed as they arrive, and what of
them a station may read.

Scope (who sees what): the business facts of a battery's life are shared platform-wide, because a pack
dismantled at one site must be caught at the next: for every event, any enrolled station sees its type, station,
site, sequence number, the station's time, whether it was voided or amended, and the public facts of its type
(``PUBLIC_FACTS``: the kind of battery, inspection result and route, parent/child links, treatment method,
certificate number, hand-over destination and the receiver's credit code). The rest of a payload (the source
company and its documents, VIN, masses, measurements, raw scans, the verdict, who did it) stays with the site:
stations of the same site see the whole payload, other sites never do.

Corrections are applied as the station applies them: a voided event is listed as ``voided``; an amended one
shows its amended payload, and leaves the history of a code its amendment no longer names.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from server import bulk
from server.models import BatteryEvent, Event, EventCorrection, Station
from station.canonical import canonical_json
from station.store.events import StoredEvent

log = logging.getLogger(__name__)
MAX_EVENTS = 1000  # a pack's life is a few dozen events; past this something is wrong, and the answer says so
CORRECTIONS = frozenset({"correction.void", "correction.amend"})


def _field(name: str) -> Callable[[Mapping[str, Any]], list[str]]:
    return lambda p: [p.get(name)]


# Event type -> the codes it is about (as the station's projections name its subjects).
SUBJECTS: dict[str, Callable[[Mapping[str, Any]], list[Any]]] = {
    "battery.received": _field("code"),
    "battery.inspected": _field("code"),
    "battery.quarantine_released": _field("code"),
    "battery.dismantled": _field("code"),
    "battery.treated": _field("code"),
    "battery.certified": _field("code"),
    "battery.child_linked": lambda p: [p.get("parent"), p.get("child")],
    "battery.handed_out": lambda p: list(p.get("codes") or ()),
    "certificate.issued": _field("code"),
    "certificate.revoked": _field("code"),
}
PUBLIC_FACTS: dict[str, tuple[str, ...]] = {
    "battery.received": ("kind",),
    "battery.inspected": ("result", "route"),
    "battery.quarantine_released": (),
    "battery.dismantled": ("children",),
    "battery.treated": ("method",),
    "battery.certified": ("number",),
    "battery.child_linked": ("parent", "child"),
    "battery.handed_out": ("destination",),
    "certificate.issued": ("number", "version"),
    "certificate.revoked": ("number",),
}


def codes_of(event_type: str, payload: Mapping[str, Any]) -> list[str]:
    pick = SUBJECTS.get(event_type)
    if pick is None or not isinstance(payload, Mapping):
        return []
    try:
        found = pick(payload)
    except TypeError:  # a malformed payload names no battery; it is stored all the same
        return []
    return sorted({c for c in found if isinstance(c, str) and c})


def public_facts(event_type: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    facts = {k: payload[k] for k in PUBLIC_FACTS.get(event_type, ()) if k in payload}
    if event_type == "battery.received":
        facts["quarantined"] = bool(payload.get("quarantine_reasons"))
    elif event_type == "battery.handed_out" and isinstance(payload.get("receiver"), Mapping):
        facts["receiver_uscc"] = payload["receiver"].get("uscc")
    return facts


# ---- indexing on ingest ----------------------------------------------------------------------------------------


def project(events: Sequence[StoredEvent]) -> None:
    """Index the codes of a batch of one station's events, and the corrections among them."""
    rows = [(c, e.station_id, e.seq) for e in events for c in codes_of(e.type, e.payload)]
    corrections = [e for e in events if e.type in CORRECTIONS]
    if corrections:
        rows += _corrections(corrections)
    bulk.insert(
        BatteryEvent._meta.database, "battery_event", ("code", "station_id", "seq"), rows, "ON CONFLICT DO NOTHING"
    )


def _corrections(events: Sequence[StoredEvent]) -> list[tuple[str, str, int]]:
    station_id = events[0].station_id
    wanted = [str(e.payload.get("corrects")) for e in events]
    targets = {
        r.id: r
        for r in Event.select(Event.id, Event.seq, Event.type).where(
            (Event.station == station_id) & Event.id.in_(wanted)
        )
    }
    rows: list[tuple[str, str, int]] = []
    for event in events:
        target = targets.get(str(event.payload.get("corrects")))
        if target is None:  # a station corrects only its own events; anything else changes nothing here
            log.warning("station %s event %d corrects an event it does not hold", station_id, event.seq)
            continue
        amended = event.payload.get("payload") if event.type == "correction.amend" else None
        EventCorrection.insert(
            station=station_id,
            target_seq=target.seq,
            correction_seq=event.seq,
            kind="amend" if isinstance(amended, Mapping) else "void",
            payload=canonical_json(dict(amended)) if isinstance(amended, Mapping) else None,
        ).on_conflict(
            conflict_target=[EventCorrection.station, EventCorrection.target_seq],
            preserve=[EventCorrection.correction_seq, EventCorrection.kind, EventCorrection.payload],
        ).execute()
        if isinstance(amended, Mapping):
            rows += [(c, station_id, target.seq) for c in codes_of(target.type, amended)]
    return rows


# ---- reading ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    station_id: str
    site_id: str
    seq: int
    type: str
    wall_time: str  # the station's clock
    status: str  # in_force / voided / amended
    facts: Mapping[str, Any]
    payload: Mapping[str, Any] | None  # the whole payload, for stations of the same site only


@dataclass(frozen=True)
class History:
    code: str
    entries: tuple[Entry, ...]
    truncated: bool


def history(code: str, caller: str) -> History:
    caller_site = Station.get_by_id(caller).site_id
    rows = list(
        Event.select()
        .join(BatteryEvent, on=(BatteryEvent.station == Event.station) & (BatteryEvent.seq == Event.seq))
        .where(BatteryEvent.code == code)
        .order_by(Event.wall_time, Event.station, Event.seq)
        .limit(MAX_EVENTS + 1)
    )
    truncated = len(rows) > MAX_EVENTS
    rows = rows[:MAX_EVENTS]
    corrections = _corrections_of((r.station_id, r.seq) for r in rows)
    sites = {
        s.id: s.site_id
        for s in Station.select(Station.id, Station.site).where(Station.id.in_({r.station_id for r in rows}))
    }
    entries = []
    for row in rows:
        entry = _entry(row, code, sites[row.station_id], caller_site, corrections.get((row.station_id, row.seq)))
        if entry is not None:
            entries.append(entry)
    return History(code, tuple(entries), truncated)


def _corrections_of(keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], EventCorrection]:
    wanted = set(keys)
    if not wanted:
        return {}
    stations = sorted({s for s, _ in wanted})
    seqs = sorted({q for _, q in wanted})
    query = EventCorrection.select().where(EventCorrection.station.in_(stations) & EventCorrection.target_seq.in_(seqs))
    return {(c.station_id, c.target_seq): c for c in query if (c.station_id, c.target_seq) in wanted}


def _entry(row: Event, code: str, site_id: str, caller_site: str, correction: EventCorrection | None) -> Entry | None:
    payload = json.loads(row.payload)
    status = "in_force"
    if correction is not None and correction.kind == "void":
        status = "voided"
    elif correction is not None:
        payload, status = json.loads(correction.payload), "amended"
        if code not in codes_of(row.type, payload):
            return None  # the amendment took this code out of the event
    return Entry(
        station_id=row.station_id,
        site_id=site_id,
        seq=row.seq,
        type=row.type,
        wall_time=row.wall_time,
        status=status,
        facts=public_facts(row.type, payload),
        payload=payload if site_id == caller_site else None,
    )
