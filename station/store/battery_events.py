"""Projection handlers for the life of a battery: intake, inspection, dismantling, hand-over, reporting."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from station.status import CERTIFIED, DISMANTLED, DISMANTLING, HANDED_OUT, IN_STORE, QUARANTINED, TREATED
from station.store.handler import Handler, Payload

if TYPE_CHECKING:
    from station.store.events import StoredEvent
    from station.store.projections import Projector


def _code(_px: Projector, p: Payload) -> Iterable[str]:
    return (p["code"],)


def _codes(_px: Projector, p: Payload) -> Iterable[str]:
    return tuple(p["codes"])


def _link(_px: Projector, p: Payload) -> Iterable[str]:
    return (p["parent"], p["child"])


def _vehicle(_px: Projector, p: Payload) -> Iterable[str]:
    return (f"VIN:{p['vin']}",)


def _duty_subject(px: Projector, p: Payload) -> Iterable[str]:
    row = px.execute("SELECT subject FROM duty WHERE event_seq = ?", (px.event_seq(p["event_id"]),)).fetchone()
    return (row[0],) if row else ()


def _scanned(_px: Projector, p: Payload) -> Iterable[str]:
    return tuple(c for c in (p.get("code"), p.get("parent")) if c)


def _nothing(_px: Projector, _ev: StoredEvent, _p: Payload) -> None:
    """Kept in the log and on the battery's timeline; no current state changes."""


def received(px: Projector, ev: StoredEvent, p: Payload) -> None:
    fields = p.get("fields") or {}
    source = p.get("source") or {}
    reasons = list(p.get("quarantine_reasons") or [])
    px.execute(
        "INSERT INTO battery(code, kind, scheme, maker, chemistry, production_date, echelon, original_code, "
        "status, parent_code, recycling_no, source_name, source_uscc, source_document, vin, mass_kg, route, "
        "inspection_result, quarantine_reasons, received_seq, received_at, updated_seq) "
        "VALUES (?,?,?,?,?,?,?,?,?,NULL,?,?,?,?,?,?,NULL,NULL,?,?,?,?) "
        "ON CONFLICT(code) DO UPDATE SET status=excluded.status, recycling_no=excluded.recycling_no, "
        "source_name=excluded.source_name, source_uscc=excluded.source_uscc, "
        "source_document=excluded.source_document, vin=excluded.vin, mass_kg=excluded.mass_kg, "
        "quarantine_reasons=excluded.quarantine_reasons, received_seq=excluded.received_seq, "
        "received_at=excluded.received_at, updated_seq=excluded.updated_seq",
        (
            p["code"],
            fields.get("product_type") or p.get("kind") or "P",
            p.get("scheme", "gbt34014"),
            fields.get("maker"),
            fields.get("chemistry"),
            fields.get("production_date"),
            int(bool(fields.get("echelon"))),
            p.get("original_code"),
            QUARANTINED if reasons else IN_STORE,
            p.get("recycling_no"),
            source.get("name"),
            source.get("uscc"),
            source.get("document"),
            p.get("vin"),
            p.get("mass_kg"),
            json.dumps(reasons) if reasons else None,
            ev.seq,
            ev.wall_time,
            ev.seq,
        ),
    )
    px.add_duty(ev, p["code"])


def released(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "UPDATE battery SET status=?, quarantine_reasons=NULL, updated_seq=? WHERE code=?",
        (IN_STORE, ev.seq, p["code"]),
    )


def inspected(px: Projector, ev: StoredEvent, p: Payload) -> None:
    result = p["result"]
    px.execute(
        "UPDATE battery SET inspection_result=?, route=?, mass_kg=COALESCE(?, mass_kg), "
        "status=CASE WHEN ?='quarantine' THEN ? ELSE status END, updated_seq=? WHERE code=?",
        (result, p.get("route"), p.get("mass_kg"), result, QUARANTINED, ev.seq, p["code"]),
    )


def child_linked(px: Projector, ev: StoredEvent, p: Payload) -> None:
    fields = p.get("fields") or {}
    parent, child = p["parent"], p["child"]
    px.execute(
        "INSERT INTO battery(code, kind, scheme, maker, chemistry, production_date, echelon, original_code, "
        "status, parent_code, received_seq, received_at, updated_seq, echelon_code) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(code) DO UPDATE SET parent_code=excluded.parent_code, status=excluded.status, "
        "updated_seq=excluded.updated_seq, echelon_code=excluded.echelon_code",
        (
            child,
            fields.get("product_type") or p.get("kind") or "M",
            p.get("scheme", "gbt34014"),
            fields.get("maker"),
            fields.get("chemistry"),
            fields.get("production_date"),
            int(bool(fields.get("echelon"))),
            p.get("original_code"),
            IN_STORE,
            parent,
            ev.seq,
            ev.wall_time,
            ev.seq,
            p.get("echelon_code"),  # the new code when it was re-coded for echelon use (m006)
        ),
    )
    position = px.execute("SELECT COUNT(*) + 1 FROM link WHERE parent = ?", (parent,)).fetchone()[0]
    px.execute(
        "INSERT INTO link(child, parent, position, seq) VALUES (?,?,?,?)", (child, parent, position, ev.seq)
    )
    px.execute(
        "UPDATE battery SET status=?, updated_seq=? WHERE code=? AND status IN (?, ?)",
        (DISMANTLING, ev.seq, parent, IN_STORE, DISMANTLING),
    )


def _set_status(status: str) -> Handler:
    def apply(px: Projector, ev: StoredEvent, p: Payload) -> None:
        px.execute("UPDATE battery SET status=?, updated_seq=? WHERE code=?", (status, ev.seq, p["code"]))
        px.add_duty(ev, p["code"])

    return Handler(_code, apply)


def handed_out(px: Projector, ev: StoredEvent, p: Payload) -> None:
    for code in p["codes"]:
        px.execute("UPDATE battery SET status=?, updated_seq=? WHERE code=?", (HANDED_OUT, ev.seq, code))
        px.add_duty(ev, code)


def vehicle_received(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.add_duty(ev, f"VIN:{p['vin']}")


def upload_reported(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "UPDATE duty SET reported_seq=?, reported_ref=? WHERE event_seq=?",
        (ev.seq, p.get("reference", ""), px.event_seq(p["event_id"])),
    )


HANDLERS: dict[str, Handler] = {
    "battery.received": Handler(_code, received),
    "battery.quarantine_released": Handler(_code, released),
    "battery.inspected": Handler(_code, inspected),
    "battery.child_linked": Handler(_link, child_linked),
    "battery.dismantled": _set_status(DISMANTLED),
    "battery.treated": _set_status(TREATED),
    "battery.certified": _set_status(CERTIFIED),
    "battery.handed_out": Handler(_codes, handed_out),
    "vehicle.received": Handler(_vehicle, vehicle_received),
    "upload.reported": Handler(_duty_subject, upload_reported),
    "scan.refused": Handler(_scanned, _nothing),
}
