"""Recording a pack's hazardous-substance handling checklist item (and the fill it implies) in one action."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from station.hazard.checklist import ITEMS, read_item
from station.operations.errors import OperationError
from station.operations.hazard_containers import FILL_SOURCES, FillRequest, fill_event
from station.store.events import NewEvent, StoredEvent
from station.store.localtime import today as local_today
from station.store.queries import StoreHistory
from station.store.store import Store


def record_check(
    store: Store,
    actor: str,
    pack: str,
    item: str,
    values: Mapping[str, Any],
    today: date | None = None,
    mass_source: str = "typed",
) -> list[StoredEvent]:
    """One item, once per pack: a wrong entry is corrected (void or amend), not recorded over.

    An item that names a quantity and a container (coolant drained, absorbent, BMS boards, lead-acid battery)
    records that fill in the same transaction, under every fill rule; ``mass_source`` says whether its quantity
    was weighed ("scale") or typed, as the ledger must show."""
    day = today or local_today()
    if mass_source not in FILL_SOURCES:
        raise OperationError("fill_source_unknown", source=mass_source)
    if StoreHistory(store.db).battery(pack) is None:
        raise OperationError("battery_unknown", code=pack)
    if item not in ITEMS:
        raise OperationError("check_item_unknown", item=item)
    checked = read_item(item, values, store.ruleset())
    if checked.findings:
        raise OperationError("check_item_invalid", item=item, findings=[f.as_dict() for f in checked.findings])

    def build(_seq: int) -> list[NewEvent]:
        done = store.db.execute_sql(
            "SELECT 1 FROM hazard_check WHERE pack_code = ? AND item = ? LIMIT 1", (pack, item)
        ).fetchone()
        if done is not None:
            raise OperationError("check_item_already_recorded", pack=pack, item=item)
        payload = {"pack": pack, "item": item, "values": dict(checked.values), "on": day.isoformat()}
        events = [NewEvent("hazard.check_recorded", payload)]
        if checked.fill is not None:
            request = FillRequest(
                checked.fill.container,
                checked.fill.fraction,
                checked.fill.mass_g / 1000,
                pack=pack,
                source=mass_source,
                item=item,
            )
            events.append(fill_event(store, request, day))
        return events

    return store.record(actor, build)
