"""Reporting duties to the national traceability platform: what is due by when, and marking it done."""

from __future__ import annotations

from datetime import date

from station.codes import validate_vin
from station.findings import has_errors
from station.operations.errors import OperationError
from station.rules.deadlines import Deadline, deadline
from station.store.events import NewEvent, StoredEvent, get_event
from station.store.localtime import today as local_today
from station.store.queries import duties
from station.store.store import Store


def deadlines(store: Store, today: date | None = None, include_reported: bool = False) -> list[Deadline]:
    rules = store.ruleset()
    day = today or local_today()
    found = [
        deadline(d, rules.calendar, day, rules.at_risk_workdays)
        for d in duties(store.db, include_reported=include_reported)
    ]
    return sorted(found, key=lambda d: (d.due, d.duty.event_seq))


def mark_reported(store: Store, actor: str, event_id: str, reference: str) -> StoredEvent:
    """The event was uploaded (web form or API); ``reference`` is the platform's receipt."""
    if get_event(store.db, event_id=event_id) is None:
        raise OperationError("event_unknown", event_id=event_id)
    row = store.db.execute_sql(
        "SELECT d.reported_seq FROM duty d JOIN event e ON e.seq = d.event_seq WHERE e.id = ?", (event_id,)
    ).fetchone()
    if row is None:
        raise OperationError("no_duty_for_event", event_id=event_id)
    if row[0] is not None:
        raise OperationError("already_reported", event_id=event_id)
    (event,) = store.record(
        actor, [NewEvent("upload.reported", {"event_id": event_id, "reference": reference})]
    )
    return event


def vehicle_received(
    store: Store, actor: str, vin: str, certificate_no: str, source_name: str = ""
) -> StoredEvent:
    """An end-of-life vehicle received and its 报废汽车回收证明 issued (a dismantler's duty)."""
    vin = vin.strip().upper()
    if has_errors(validate_vin(vin)):
        raise OperationError("vin_invalid", vin=vin)
    if not certificate_no.strip():
        raise OperationError("certificate_no_missing")
    payload = {"vin": vin, "certificate_no": certificate_no.strip(), "source_name": source_name.strip()}
    (event,) = store.record(actor, [NewEvent("vehicle.received", payload)])
    return event
