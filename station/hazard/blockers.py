"""What stops a pack's certificate of disposal on the hazardous-substance side (the documents issue asks).

A certificate may only be issued when every mandatory handling item of the rule set in force is on record for the
pack, and no screening of the pack or its parts still waits for the laboratory.
"""

from __future__ import annotations

from station.findings import Finding, error
from station.hazard.catalogue import Catalogue
from station.hazard.report import lab_followups
from station.store.queries import StoreHistory
from station.store.store import Store


def certificate_blockers(store: Store, pack_code: str) -> list[Finding]:
    history = StoreHistory(store.db)
    if history.battery(pack_code) is None:
        return [error("battery_unknown", pack=pack_code)]
    recorded = {
        row[0]
        for row in store.db.execute_sql("SELECT DISTINCT item FROM hazard_check WHERE pack_code = ?", (pack_code,))
    }
    catalogue = Catalogue.from_rules(store.ruleset())
    blockers = [
        error("hazard_check_missing", pack=pack_code, item=item)
        for item in catalogue.mandatory_checks
        if item not in recorded
    ]
    family = (pack_code, *_descendants(history, pack_code))
    # Pending while the site works; blocking once a certificate is asked for.
    blockers += [error(f.code, **f.params) for f in lab_followups(store.db, family)]
    return blockers


def _descendants(history: StoreHistory, code: str) -> list[str]:
    found: list[str] = []
    frontier = [code]
    # A pack family is at most three levels deep; the bound also stops a corrupt cycle.
    for _ in range(4):
        frontier = [child for parent in frontier for child in history.children(parent) if child not in found]
        found += frontier
    return found
