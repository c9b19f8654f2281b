"""Hazardous-substance handling: the waste catalogue, HJ 1276 container codes, storage time, the HJ 1259 ledger and
its mass balance, the pack handling checklist and China RoHS screening.

Pure parts (catalogue, idcode, storage, checklist, xrf, xrf_csv, mass) read only the rule set; the read side
(queries, ledger, balance, report, blockers) reads the projection tables. Actions that record events live in
``station.operations.hazard_*``; reason codes in :data:`REASONS`.
"""

from station.hazard.blockers import certificate_blockers
from station.hazard.reasons import REASONS

__all__ = ["REASONS", "certificate_blockers"]
