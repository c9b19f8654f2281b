"""Transfer out under a manifest (危险废物转移联单): sealed containers leave with a licensed receiver.

One manifest per transfer and per waste (the manifest rules ask for one form per kind of waste per vehicle). The
quantity on the manifest must equal what the containers held when they went into storage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from station.codes import validate_uscc
from station.findings import has_errors
from station.hazard.catalogue import Catalogue
from station.hazard.mass import grams
from station.hazard.queries import HANDED_OUT, OPEN
from station.operations.errors import OperationError
from station.operations.hazard_containers import known_container
from station.operations.outbound import Receiver
from station.store.events import NewEvent, StoredEvent
from station.store.localtime import today as local_today
from station.store.store import Store

# Province abbreviation, issuing-office letter, five characters (six for new-energy vehicles); no I or O.
# Five characters after the region letter (six on new-energy plates), or four and 挂 on a semi-trailer, which is
# what a tanker or box trailer carrying drums is registered as.
PLATE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z](?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}挂)"
)
_PLATE_SEPARATORS = re.compile(r"[\s·•.\-]")


@dataclass(frozen=True)
class Carrier:
    name: str
    plate: str
    driver: str


@dataclass(frozen=True)
class TransferOrder:
    manifest_no: str
    receiver: Receiver  # licence: the receiver's hazardous-waste business licence number
    carrier: Carrier
    containers: Sequence[str]
    quantity_kg: float | str  # as written on the manifest


def normalise_plate(text: str) -> str:
    return _PLATE_SEPARATORS.sub("", text).upper()


def transfer_out(store: Store, actor: str, order: TransferOrder, today: date | None = None) -> StoredEvent:
    day = today or local_today()
    _check_parties(store, order)
    (event,) = store.record(actor, lambda _seq: [_transfer_event(store, order, day)])
    return event


def _check_parties(store: Store, order: TransferOrder) -> None:
    manifest = order.manifest_no.strip()
    if not Catalogue.from_rules(store.ruleset()).manifest_pattern.fullmatch(manifest):
        raise OperationError("manifest_no_invalid", manifest_no=manifest)
    receiver = order.receiver
    if not receiver.name.strip():
        raise OperationError("receiver_name_missing")
    if has_errors(validate_uscc(receiver.uscc.strip().upper())):
        raise OperationError("receiver_uscc_invalid", uscc=receiver.uscc)
    if not receiver.licence.strip():
        raise OperationError("receiver_licence_missing")
    carrier = order.carrier
    if not carrier.name.strip():
        raise OperationError("carrier_missing")
    if not PLATE.fullmatch(normalise_plate(carrier.plate)):
        raise OperationError("plate_invalid", plate=carrier.plate)
    if not carrier.driver.strip():
        raise OperationError("driver_missing")
    codes = [c.strip().upper() for c in order.containers]
    if not codes or len(set(codes)) != len(codes):
        raise OperationError("containers_empty_or_repeated")


def _transfer_event(store: Store, order: TransferOrder, day: date) -> NewEvent:
    """Judged under the write lock: the manifest number and the containers are checked against the records."""
    manifest = order.manifest_no.strip()
    used = store.db.execute_sql("SELECT 1 FROM hazard_transfer WHERE manifest_no = ? LIMIT 1", (manifest,))
    if used.fetchone() is not None:
        raise OperationError("manifest_duplicate", manifest_no=manifest)
    states = [known_container(store, code, day) for code in order.containers]
    for state in states:
        if state.status == HANDED_OUT:
            raise OperationError("container_handed_out", container=state.id_code, manifest_no=state.manifest_no)
        if state.status == OPEN:
            raise OperationError("container_not_sealed", container=state.id_code)
        if state.sealed_on is not None and day < state.sealed_on:
            raise OperationError(
                "date_before_seal", container=state.id_code, date=day.isoformat(), sealed_on=state.sealed_on.isoformat()
            )
    codes = sorted({s.waste_code for s in states})
    if len(codes) > 1:
        raise OperationError("manifest_mixed_codes", waste_codes=codes)
    try:
        quantity_g = grams(order.quantity_kg)
    except ValueError as exc:
        raise OperationError("manifest_quantity_invalid", quantity=str(order.quantity_kg)) from exc
    stored_g = sum(s.stored_in_g or 0 for s in states)
    if quantity_g != stored_g:
        raise OperationError("manifest_quantity_mismatch", manifest_g=quantity_g, containers_g=stored_g)
    first = states[0]
    receiver, carrier = order.receiver, order.carrier
    payload = {
        "manifest_no": manifest,
        "on": day.isoformat(),
        "waste_code": first.waste_code,
        "category": first.category,
        "waste_name": first.waste_name,
        "quantity_g": quantity_g,
        "receiver": {
            "name": receiver.name.strip(),
            "uscc": receiver.uscc.strip().upper(),
            "licence": receiver.licence.strip(),
        },
        "carrier": {
            "name": carrier.name.strip(),
            "plate": normalise_plate(carrier.plate),
            "driver": carrier.driver.strip(),
        },
        "containers": [
            {
                "id_code": s.id_code,
                "mass_g": s.stored_in_g,
                "container_type": s.container_type,
                "location": s.location,
            }
            for s in states
        ],
    }
    return NewEvent("hazard.transferred", payload)
