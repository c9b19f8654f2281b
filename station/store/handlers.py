"""Every event type the projections know, gathered from the modules that own them."""

from __future__ import annotations

from station.store import battery_events, certificate_events, hazard_events, operator_events, reference_events
from station.store.handler import Handler

CORRECTION_TYPES = frozenset({"correction.void", "correction.amend"})

HANDLERS: dict[str, Handler] = {
    **battery_events.HANDLERS,
    **reference_events.HANDLERS,
    **hazard_events.HANDLERS,
    **certificate_events.HANDLERS,
    **operator_events.HANDLERS,
}
