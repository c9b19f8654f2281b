"""Every reason code the core can emit is registered, so the UI can translate each one."""

from __future__ import annotations

import re
from pathlib import Path

from hardware.camera.reasons import CAMERA_REASONS
from hardware.printers.reasons import PRINTER_REASONS
from hardware.scale import SCALE_REASONS
from hardware.serialport import SERIAL_REASONS
from hardware.wedge.reasons import WEDGE_REASONS
from station.codes import REASONS as CODE_REASONS
from station.documents.reasons import REASONS as DOCUMENT_REASONS
from station.hazard import REASONS as HAZARD_REASONS
from station.operators import REASONS as OPERATOR_REASONS
from station.rules.engine import LIST_OUTCOMES
from station.rules.reasons import OPERATION_REASONS, RULE_REASONS, RULESET_REASONS
from station.rules.verdict import INTAKE_FLAGS

ROOT = Path(__file__).resolve().parents[1] / "station"
EMITTED = re.compile(r"\b(?:error|warning|info|[A-Z][A-Za-z]*Error)\(\s*\"([a-z0-9_]+)\"")
LITERAL_CODE = re.compile(r"\"((?:maker|csv)_[a-z_]+)\"")


def test_every_emitted_code_is_registered():
    """Every code raised with any ``...Error("code"`` or made into a finding, in the core and the devices."""
    known = set(CODE_REASONS) | set(RULE_REASONS) | set(OPERATION_REASONS) | set(HAZARD_REASONS) | set(DOCUMENT_REASONS)
    known |= set(RULESET_REASONS) | set(CAMERA_REASONS) | set(PRINTER_REASONS) | set(SERIAL_REASONS)
    known |= set(SCALE_REASONS) | set(WEDGE_REASONS) | set(OPERATOR_REASONS)
    emitted: set[str] = set()
    for path in [*ROOT.rglob("*.py"), *(ROOT.parent / "hardware").rglob("*.py")]:
        emitted |= set(EMITTED.findall(path.read_text(encoding="utf-8")))
    assert emitted, "the scan found nothing: the pattern is broken"
    assert not emitted - known, sorted(emitted - known)


def test_wedge_codes_are_registered():
    source = (ROOT.parent / "hardware" / "wedge" / "burst.py").read_text(encoding="utf-8")
    used = set(re.findall(r"reason=\"([a-z_]+)\"", source))
    assert used and used <= set(WEDGE_REASONS)


def test_composed_codes_are_registered():
    assert {f"high_risk_{flag}" for flag in INTAKE_FLAGS} <= set(RULE_REASONS)
    assert {f"list_{kind}" for kind in LIST_OUTCOMES} <= set(RULE_REASONS)


def test_registries_do_not_overlap_with_other_meanings():
    assert not set(RULE_REASONS) & set(OPERATION_REASONS)
    assert not set(HAZARD_REASONS) & (set(CODE_REASONS) | set(RULE_REASONS) | set(OPERATION_REASONS))
    assert all(re.fullmatch(r"[a-z0-9_]+", code) for code in HAZARD_REASONS)
    others = set(CODE_REASONS) | set(RULE_REASONS) | set(OPERATION_REASONS) | set(HAZARD_REASONS)
    assert not set(DOCUMENT_REASONS) & others, sorted(set(DOCUMENT_REASONS) & others)
    assert all(re.fullmatch(r"[a-z0-9_]+", code) for code in DOCUMENT_REASONS)
    assert all(re.fullmatch(r"[a-z0-9_]+", code) for code in {*CODE_REASONS, *RULE_REASONS, *OPERATION_REASONS})


def test_printer_status_codes_are_registered():
    source = (ROOT.parent / "hardware" / "printers" / "zebra_status.py").read_text(encoding="utf-8")
    used = set(re.findall(r"return \"(printer_[a-z_]+)\"", source))
    assert used and used <= set(PRINTER_REASONS)


def test_every_sync_problem_and_resolution_is_registered():
    from station.sync.pusher import NOT_A_PROBLEM, RESOLUTIONS
    from station.sync.reasons import SYNC_REASONS

    assert set(RESOLUTIONS) | set(RESOLUTIONS.values()) | {"contact_support"} <= set(SYNC_REASONS)
    source = (ROOT / "sync").rglob("*.py")
    used = {m for path in source for m in re.findall(r"problem\(\"([a-z_]+)\"", path.read_text(encoding="utf-8"))}
    assert used and used <= set(SYNC_REASONS)
    server = (ROOT.parent / "server" / "ingest.py").read_text(encoding="utf-8")
    rejected = set(re.findall(r"return \"([a-z_]+)\"", server)) - {"duplicate"} - NOT_A_PROBLEM
    assert rejected and rejected <= set(SYNC_REASONS), sorted(rejected - set(SYNC_REASONS))
