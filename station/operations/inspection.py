"""Inspection before dismantling, and the way out of quarantine."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from station import status
from station.operations.errors import OperationError
from station.operations.outbound import DESTINATIONS
from station.operators import authorize
from station.store.events import NewEvent, StoredEvent
from station.store.queries import StoreHistory
from station.store.store import Store

INSPECTION_RESULTS = ("pass", "pretreat", "quarantine")


def record_inspection(
    store: Store,
    actor: str,
    code: str,
    result: str,
    route: str | None,
    measurements: Mapping[str, float],
    items: Mapping[str, Any],
    mass_kg: float | None = None,
) -> StoredEvent:
    if StoreHistory(store.db).battery(code) is None:
        raise OperationError("battery_unknown", code=code)
    if result not in INSPECTION_RESULTS:
        raise OperationError("inspection_result_unknown", result=result)
    if route is not None and route not in DESTINATIONS:
        raise OperationError("destination_unknown", destination=route)
    payload = {
        "code": code,
        "result": result,
        "route": route,
        "measurements": dict(measurements),
        "items": dict(items),
        "mass_kg": mass_kg,
    }
    (event,) = store.record(actor, [NewEvent("battery.inspected", payload)])
    return event


def release_quarantine(store: Store, actor: str, code: str, reason: str) -> StoredEvent:
    """A quarantined battery back to store: a safety decision, so a supervisor's, with the reason recorded."""
    authorize(store, actor, "release_quarantine")
    battery = StoreHistory(store.db).battery(code)
    if battery is None or battery.status != status.QUARANTINED:
        raise OperationError("not_quarantined", code=code)
    if not reason.strip():
        raise OperationError("reason_missing")
    (event,) = store.record(
        actor, [NewEvent("battery.quarantine_released", {"code": code, "reason": reason})]
    )
    return event
