"""Projection handlers for hazardous-substance handling: containers, fills, seals, transfers, checklists, XRF.

Subjects, which decide what a correction replays:
- ``CONTAINER:<id code>`` for an opening, each fill, a seal and each container of a transfer;
- ``MANIFEST:<number>`` for a transfer;
- the pack code and ``CHECKLIST:<pack>`` for a checklist item; ``XRF:<sample>`` and the parent battery for a
  screening, ``XRF:<sample>`` for its lab report.
A fill is deliberately not a subject of its pack: packs share containers, so pack and container subjects would
join a whole year of fills and packs into one family, and every correction would replay all of it. A pack's fills
are found through ``hazard_ledger.pack_code`` instead.

Each handler writes rows from its own payload only, keyed by its event ``seq``. The correction replay deletes the
``event_subject`` rows of the events it replays; a trigger (migration 002) then drops the hazard rows of those
events, and the replay writes them again with the correction in force. A voided event is replayed without effect,
so its rows stay gone: exactly what a rebuild produces.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from station.canonical import canonical_json
from station.store.handler import Handler, Payload

if TYPE_CHECKING:
    from station.store.events import StoredEvent
    from station.store.projections import Projector

SUBJECT_PREFIXES = ("CONTAINER:", "MANIFEST:", "CHECKLIST:", "XRF:")

_LEDGER_SQL = (
    "INSERT INTO hazard_ledger(id_code, seq, kind, batch_no, on_date, at_time, waste_code, category, waste_name, "
    "mass_g, container_type, facility, handler, destination, pack_code, fraction, grp, source, receiver_name, "
    "receiver_licence, manifest_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _container(_px: Projector, p: Payload) -> Iterable[str]:
    return (f"CONTAINER:{p['id_code']}",)


def _transfer(_px: Projector, p: Payload) -> Iterable[str]:
    return (f"MANIFEST:{p['manifest_no']}", *(f"CONTAINER:{c['id_code']}" for c in p["containers"]))


def _checklist(_px: Projector, p: Payload) -> Iterable[str]:
    return (p["pack"], f"CHECKLIST:{p['pack']}")


def _screening(_px: Projector, p: Payload) -> Iterable[str]:
    return (f"XRF:{p['sample']}", p["parent"])


def _lab(_px: Projector, p: Payload) -> Iterable[str]:
    return (f"XRF:{p['sample']}",)


def _batch(ev: StoredEvent, letter: str) -> str:
    """HJ 1259 batch numbers: unique without a shared counter, stable across rebuilds."""
    return f"{ev.station_id}-{letter}{ev.seq:08d}"


def opened(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "INSERT INTO hazard_container(seq, id_code, waste_code, category, waste_name, hazards, form, "
        "container_type, volume_l, capacity_g, location, opened_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            ev.seq,
            p["id_code"],
            p["waste_code"],
            p["category"],
            p["waste_name"],
            ",".join(p["hazards"]),
            p["form"],
            p["container_type"],
            p["volume_l"],
            p["capacity_g"],
            p["location"],
            p["on"],
        ),
    )


def filled(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        _LEDGER_SQL,
        (
            p["id_code"],
            ev.seq,
            "generation",
            _batch(ev, "G"),
            p["on"],
            ev.wall_time,
            p["waste_code"],
            p.get("category"),
            p.get("waste_name"),
            p["mass_g"],
            p.get("container_type"),
            p["facility"],
            ev.actor,
            "storage",
            p.get("pack"),
            p["fraction"],
            p.get("group"),
            p.get("source"),
            None,
            None,
            None,
        ),
    )


def sealed(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        _LEDGER_SQL,
        (
            p["id_code"],
            ev.seq,
            "storage_in",
            _batch(ev, "I"),
            p["on"],
            ev.wall_time,
            p["waste_code"],
            p.get("category"),
            p.get("waste_name"),
            p["mass_g"],
            p.get("container_type"),
            p["location"],
            ev.actor,
            "storage",
            None,
            None,
            None,
            "scale" if p.get("weighed_g") is not None else None,
            None,
            None,
            None,
        ),
    )


def transferred(px: Projector, ev: StoredEvent, p: Payload) -> None:
    receiver, carrier = p["receiver"], p["carrier"]
    px.execute(
        "INSERT INTO hazard_transfer(seq, manifest_no, on_date, waste_code, quantity_g, containers, receiver_name, "
        "receiver_uscc, receiver_licence, carrier_name, plate, driver) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            ev.seq,
            p["manifest_no"],
            p["on"],
            p["waste_code"],
            p["quantity_g"],
            len(p["containers"]),
            receiver["name"],
            receiver["uscc"],
            receiver["licence"],
            carrier["name"],
            carrier["plate"],
            carrier["driver"],
        ),
    )
    for container in p["containers"]:
        px.execute(
            _LEDGER_SQL,
            (
                container["id_code"],
                ev.seq,
                "storage_out",
                _batch(ev, "O"),
                p["on"],
                ev.wall_time,
                p["waste_code"],
                p.get("category"),
                p.get("waste_name"),
                container["mass_g"],
                container.get("container_type"),
                container.get("location", ""),
                ev.actor,
                "contracted",
                None,
                None,
                None,
                None,
                receiver["name"],
                receiver["licence"],
                p["manifest_no"],
            ),
        )


def check_recorded(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "INSERT INTO hazard_check(seq, pack_code, item, on_date, actor, vals) VALUES (?,?,?,?,?,?)",
        (ev.seq, p["pack"], p["item"], p["on"], ev.actor, canonical_json(p["values"])),
    )


def screened(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "INSERT INTO hazard_xrf(seq, sample, parent, component, material, instrument, on_date, verdict, elements, "
        "ruleset) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            ev.seq,
            p["sample"],
            p["parent"],
            p["component"],
            p["material"],
            p.get("instrument", ""),
            p["on"],
            p["verdict"],
            canonical_json(p["elements"]),
            p.get("ruleset", ""),
        ),
    )


def lab_reported(px: Projector, ev: StoredEvent, p: Payload) -> None:
    px.execute(
        "INSERT INTO hazard_lab(seq, sample, report_no, lab, on_date, verdict, results) VALUES (?,?,?,?,?,?,?)",
        (ev.seq, p["sample"], p["report_no"], p["lab"], p["on"], p["verdict"], canonical_json(p.get("results", {}))),
    )


HANDLERS: dict[str, Handler] = {
    "hazard.container_opened": Handler(_container, opened),
    "hazard.filled": Handler(_container, filled),
    "hazard.sealed": Handler(_container, sealed),
    "hazard.transferred": Handler(_transfer, transferred),
    "hazard.check_recorded": Handler(_checklist, check_recorded),
    "hazard.xrf_screened": Handler(_screening, screened),
    "hazard.lab_reported": Handler(_lab, lab_reported),
}
