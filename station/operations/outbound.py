"""Hand-over out of store (移交出库)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from station.codes import validate_uscc
from station.findings import has_errors
from station.operations.errors import OperationError
from station.operations.scanning import check
from station.rules.verdict import Context, Outcome, ScanRequest
from station.store.events import NewEvent, StoredEvent
from station.store.store import Store

DESTINATIONS = ("echelon", "recycling")


@dataclass(frozen=True)
class Receiver:
    name: str
    uscc: str
    licence: str = ""


def hand_out(
    store: Store,
    actor: str,
    codes: Sequence[str],
    receiver: Receiver,
    destination: str,
    document: str = "",
    today: date | None = None,
) -> StoredEvent:
    """All the listed batteries leave in one record, or none do."""
    if destination not in DESTINATIONS:
        raise OperationError("destination_unknown", destination=destination)
    if not receiver.name.strip():
        raise OperationError("receiver_name_missing")
    if has_errors(validate_uscc(receiver.uscc.strip().upper())):
        raise OperationError("receiver_uscc_invalid", uscc=receiver.uscc)
    if not codes or len(set(codes)) != len(codes):
        raise OperationError("codes_empty_or_repeated")
    for code in codes:
        verdict = check(store, ScanRequest(code, Context.OUTBOUND), today)
        if verdict.outcome is Outcome.REJECT:
            raise OperationError("outbound_refused", code=code, verdict=verdict.as_dict())
    payload = {
        "codes": list(codes),
        "receiver": {
            "name": receiver.name,
            "uscc": receiver.uscc.strip().upper(),
            "licence": receiver.licence,
        },
        "destination": destination,
        "document": document,
    }
    (event,) = store.record(actor, [NewEvent("battery.handed_out", payload)])
    return event
