"""Hazardous-waste containers: opening one (it gets its HJ 1276 code), filling it, sealing it into storage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import peewee as pw

from station.hazard.catalogue import Catalogue
from station.hazard.idcode import MAX_SEQUENCE, ContainerCode, container_code, validate_container_code
from station.hazard.mass import grams
from station.hazard.queries import HANDED_OUT, SEALED, ContainerState, container_state
from station.operations.errors import OperationError
from station.store.events import NewEvent, StoredEvent
from station.store.localtime import today as local_today
from station.store.queries import StoreHistory
from station.store.store import Store

FILL_SOURCES = ("scale", "typed")


@dataclass(frozen=True)
class OpenedContainer:
    code: ContainerCode
    event: StoredEvent


@dataclass(frozen=True)
class FillRequest:
    container: str  # the identification code, as scanned or typed
    fraction: str
    mass_kg: float | str
    pack: str | None = None  # the pack it came out of, when there is one
    source: str = "scale"  # scale / typed
    item: str | None = None  # the checklist item that recorded it


def open_container(
    store: Store,
    actor: str,
    waste_code: str,
    location: str,
    container_type: str | None = None,
    capacity_kg: float | None = None,
    today: date | None = None,
) -> OpenedContainer:
    catalogue = Catalogue.from_rules(store.ruleset())
    waste = catalogue.codes.get(waste_code.strip())
    if waste is None:
        raise OperationError("waste_code_unknown", waste_code=waste_code)
    type_name = container_type or (waste.containers[0] if waste.containers else None)
    ctype = catalogue.container_types.get(type_name or "")
    if ctype is None:
        raise OperationError("container_type_unknown", container_type=type_name)
    limit_g = grams(ctype.capacity_kg)
    capacity_g = limit_g if capacity_kg is None else _grams(capacity_kg, "capacity_invalid")
    if not 0 < capacity_g <= limit_g:
        raise OperationError("capacity_invalid", capacity_kg=capacity_kg, type_capacity_kg=ctype.capacity_kg)
    if not location.strip():
        raise OperationError("location_missing")
    uscc = str((store.config() or {}).get("site_uscc") or "")
    if not uscc:
        raise OperationError("site_uscc_missing")
    day = today or local_today()
    made: list[ContainerCode] = []

    def build(_next_seq: int) -> list[NewEvent]:
        # Under the write lock: two stations' openings cannot take the same sequence number.
        prefix = container_code(uscc, waste.code, day, 1).prefix
        sequence = _last_sequence(store.db, prefix) + 1
        if sequence > MAX_SEQUENCE:
            raise OperationError("container_sequence_exhausted", prefix=prefix)
        code = container_code(uscc, waste.code, day, sequence)
        made.append(code)
        payload = {
            "id_code": code.text,
            "waste_code": waste.code,
            "category": waste.category,
            "waste_name": waste.name_zh or waste.name_en,
            "hazards": list(waste.hazards),
            "form": waste.form,
            "container_type": ctype.name,
            "volume_l": ctype.volume_l,
            "capacity_g": capacity_g,
            "location": location.strip(),
            "on": day.isoformat(),
            "ruleset": catalogue.version,
        }
        return [NewEvent("hazard.container_opened", payload)]

    (event,) = store.record(actor, build)
    return OpenedContainer(made[-1], event)


def _last_sequence(db: pw.SqliteDatabase, prefix: str) -> int:
    """The highest sequence ever issued under ``prefix``, voided openings included: a printed label's code is
    never issued again. The log holds every opening; the projection adds codes that amendments introduced."""
    logged = db.execute_sql(
        "SELECT MAX(CAST(substr(json_extract(payload, '$.id_code'), 35) AS INTEGER)) FROM event "
        "WHERE type = 'hazard.container_opened' AND substr(json_extract(payload, '$.id_code'), 1, 34) = ?",
        (prefix,),
    ).fetchone()[0]
    projected = db.execute_sql(
        "SELECT MAX(CAST(substr(id_code, 35) AS INTEGER)) FROM hazard_container WHERE substr(id_code, 1, 34) = ?",
        (prefix,),
    ).fetchone()[0]
    return max(logged or 0, projected or 0)


def fill(store: Store, actor: str, request: FillRequest, today: date | None = None) -> StoredEvent:
    day = today or local_today()
    # Judged inside the write transaction: two fills cannot both take a container's last free kilograms.
    (event,) = store.record(actor, lambda _seq: [fill_event(store, request, day)])
    return event


def fill_event(store: Store, request: FillRequest, day: date) -> NewEvent:
    """Every fill rule; the event to record (the checklist records it together with its item)."""
    catalogue = Catalogue.from_rules(store.ruleset())
    state = open_container_state(store, request.container, day)
    mass_g = _grams(request.mass_kg, "fill_mass_invalid")
    if mass_g <= 0:
        raise OperationError("fill_mass_not_positive", mass_kg=str(request.mass_kg))
    fraction = catalogue.fractions.get(request.fraction)
    if fraction is None:
        raise OperationError("fraction_unknown", fraction=request.fraction)
    if fraction.code is None:
        raise OperationError("fraction_not_hazardous", fraction=fraction.name)
    if fraction.code != state.waste_code:
        raise OperationError("waste_code_mismatch", fraction_code=fraction.code, container_code=state.waste_code)
    clashes = catalogue.clashes(fraction.group, set(state.groups))
    if clashes:
        raise OperationError("incompatible_waste", group=fraction.group, present=clashes)
    if state.filled_g + mass_g > state.capacity_g:
        raise OperationError("capacity_exceeded", capacity_g=state.capacity_g, filled_g=state.filled_g, mass_g=mass_g)
    if request.pack is not None and StoreHistory(store.db).battery(request.pack) is None:
        raise OperationError("battery_unknown", code=request.pack)
    if request.source not in FILL_SOURCES:
        raise OperationError("fill_source_unknown", source=request.source)
    waste = catalogue.codes[fraction.code]
    payload: dict[str, Any] = {
        "id_code": state.id_code,
        "fraction": fraction.name,
        "group": fraction.group,
        "waste_code": waste.code,
        "category": waste.category,
        "waste_name": waste.name_zh or waste.name_en,
        "container_type": state.container_type,
        "mass_g": mass_g,
        "source": request.source,
        "pack": request.pack,
        "item": request.item,
        "facility": store.station_id,
        "on": day.isoformat(),
    }
    return NewEvent("hazard.filled", payload)


def seal(
    store: Store, actor: str, container: str, weighed_kg: float | str | None = None, today: date | None = None
) -> StoredEvent:
    """Close the container and record it into storage (the storage-in record) with the quantity of its fills.

    A weighed net mass is checked against the fills: beyond the tolerance a fill is wrong or missing, and the
    container stays open until that is corrected."""
    day = today or local_today()
    (event,) = store.record(actor, lambda _seq: [_seal_event(store, container, weighed_kg, day)])
    return event


def _seal_event(store: Store, container: str, weighed_kg: float | str | None, day: date) -> NewEvent:
    state = open_container_state(store, container, day)
    if state.fills == 0:
        raise OperationError("container_empty", container=state.id_code)
    if state.last_fill_on is not None and day < state.last_fill_on:
        # The storage-in record cannot come before what it stores: the ledger would show waste stored unmade.
        raise OperationError("date_before_last_fill", date=day.isoformat(), last_fill_on=state.last_fill_on.isoformat())
    weighed_g = None if weighed_kg is None else _grams(weighed_kg, "seal_weight_invalid")
    if weighed_g is not None:
        tolerance = Catalogue.from_rules(store.ruleset()).seal_tolerance_pct
        if abs(weighed_g - state.filled_g) * 100 > state.filled_g * tolerance:
            raise OperationError(
                "seal_weight_mismatch", weighed_g=weighed_g, filled_g=state.filled_g, tolerance_pct=tolerance
            )
    payload = {
        "id_code": state.id_code,
        "mass_g": state.filled_g,
        "weighed_g": weighed_g,
        "location": state.location,
        "waste_code": state.waste_code,
        "category": state.category,
        "waste_name": state.waste_name,
        "container_type": state.container_type,
        "on": day.isoformat(),
    }
    return NewEvent("hazard.sealed", payload)


def known_container(store: Store, text: str, day: date) -> ContainerState:
    """The container a scanned or typed identification code names, refused when malformed or unknown."""
    code = text.strip().upper()
    findings = validate_container_code(code)
    if findings:
        raise OperationError("container_code_invalid", findings=[f.as_dict() for f in findings])
    state = container_state(store.db, code)
    if state is None:
        raise OperationError("container_unknown", container=code)
    if day < state.opened_on:
        raise OperationError("date_before_opening", date=day.isoformat(), opened_on=state.opened_on.isoformat())
    return state


def open_container_state(store: Store, text: str, day: date) -> ContainerState:
    state = known_container(store, text, day)
    if state.status == HANDED_OUT:
        raise OperationError("container_handed_out", container=state.id_code, manifest_no=state.manifest_no)
    if state.status == SEALED:
        raise OperationError("container_sealed", container=state.id_code)
    return state


def _grams(kg: float | str, reason: str) -> int:
    try:
        return grams(kg)
    except ValueError as exc:
        raise OperationError(reason, value=str(kg)) from exc
