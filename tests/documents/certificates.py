"""A station with a pack ready for its certificate, and a signing key, for the certificate tests."""

from __future__ import annotations

from datetime import date

from station.identity import Identity, load_or_create
from station.operations.hazard_checklist import record_check
from station.store.store import Store
from tests.conftest import ACTOR
from tests.operations.scenario import run_day

# Every mandatory checklist item of the built-in rule set, complete (nothing drained, nothing leaked).
CHECKS = {
    "service_disconnect": {"removed": "yes", "wait_min": "15"},
    "coolant_drained": {"mass_kg": "0"},
    "electrolyte_leakage": {"found": "no"},
    "bms_removed": {"count": "0"},
    "ppe_extraction": {"ppe": "yes", "extraction": "yes"},
}


def ready_pack(store: Store, today: date) -> str:
    """The first pack of the scenario's day (received, inspected, dismantled into modules and cells, its modules
    handed out), with its handling checklist complete."""
    pack = run_day(store, today)["packs"][0]
    for item, values in CHECKS.items():
        record_check(store, ACTOR, pack, item, values, today)
    return pack


def identity(store: Store) -> Identity:
    assert store.path is not None
    return load_or_create(store.path)
