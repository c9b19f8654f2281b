"""The operator's words for what the records browser shows: event types, the facts of an event, and the codes among
those facts. Battery statuses are worded by ``ui.reasons.STATUS_TEXTS`` and reasons by ``ui.reasons.describe``;
this module only uses them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from station.store.browse import TimelineEntry
from ui.reasons import STATUS_TEXTS, describe

CONTEXT = "EventWord"

EVENT_TEXTS: dict[str, str] = {
    "battery.received": QT_TRANSLATE_NOOP("EventWord", "received"),
    "battery.quarantine_released": QT_TRANSLATE_NOOP("EventWord", "released from quarantine"),
    "battery.inspected": QT_TRANSLATE_NOOP("EventWord", "inspected"),
    "battery.child_linked": QT_TRANSLATE_NOOP("EventWord", "part scanned into its parent"),
    "battery.dismantled": QT_TRANSLATE_NOOP("EventWord", "dismantling finished"),
    "battery.treated": QT_TRANSLATE_NOOP("EventWord", "treated"),
    "battery.certified": QT_TRANSLATE_NOOP("EventWord", "certified"),
    "battery.handed_out": QT_TRANSLATE_NOOP("EventWord", "handed out"),
    "scan.refused": QT_TRANSLATE_NOOP("EventWord", "scan refused"),
    "upload.reported": QT_TRANSLATE_NOOP("EventWord", "reported to the platform"),
    "vehicle.received": QT_TRANSLATE_NOOP("EventWord", "vehicle received"),
    "certificate.issued": QT_TRANSLATE_NOOP("EventWord", "certificate issued"),
    "certificate.revoked": QT_TRANSLATE_NOOP("EventWord", "certificate revoked"),
    "hazard.check_recorded": QT_TRANSLATE_NOOP("EventWord", "handling checklist recorded"),
    "hazard.xrf_screened": QT_TRANSLATE_NOOP("EventWord", "XRF screening"),
    "correction.void": QT_TRANSLATE_NOOP("EventWord", "record voided"),
    "correction.amend": QT_TRANSLATE_NOOP("EventWord", "record amended"),
}

# The names of ``station.store.browse.DETAIL_NAMES``.
DETAIL_TEXTS: dict[str, str] = {
    "recycling_no": QT_TRANSLATE_NOOP("EventWord", "Recycling no."),
    "source": QT_TRANSLATE_NOOP("EventWord", "From"),
    "document": QT_TRANSLATE_NOOP("EventWord", "Document"),
    "vin": QT_TRANSLATE_NOOP("EventWord", "VIN"),
    "mass_kg": QT_TRANSLATE_NOOP("EventWord", "Mass (kg)"),
    "parent": QT_TRANSLATE_NOOP("EventWord", "Parent"),
    "child": QT_TRANSLATE_NOOP("EventWord", "Part"),
    "result": QT_TRANSLATE_NOOP("EventWord", "Result"),
    "route": QT_TRANSLATE_NOOP("EventWord", "Route"),
    "children": QT_TRANSLATE_NOOP("EventWord", "Parts"),
    "method": QT_TRANSLATE_NOOP("EventWord", "Method"),
    "receiver": QT_TRANSLATE_NOOP("EventWord", "To"),
    "destination": QT_TRANSLATE_NOOP("EventWord", "Destination"),
    "reason": QT_TRANSLATE_NOOP("EventWord", "Reason"),
    "number": QT_TRANSLATE_NOOP("EventWord", "Certificate"),
    "reference": QT_TRANSLATE_NOOP("EventWord", "Receipt"),
    "context": QT_TRANSLATE_NOOP("EventWord", "At"),
    "corrects": QT_TRANSLATE_NOOP("EventWord", "Corrects record"),
}

_DESTINATIONS = {
    "echelon": QT_TRANSLATE_NOOP("EventWord", "echelon use"),
    "recycling": QT_TRANSLATE_NOOP("EventWord", "recycling"),
}
# Facts whose value is a code of the core's, worded here.
VALUE_TEXTS: dict[str, dict[str, str]] = {
    "result": {
        "pass": QT_TRANSLATE_NOOP("EventWord", "passed"),
        "pretreat": QT_TRANSLATE_NOOP("EventWord", "needs pre-treatment"),
        "quarantine": QT_TRANSLATE_NOOP("EventWord", "quarantine"),
    },
    "route": _DESTINATIONS,
    "destination": _DESTINATIONS,
    "context": {
        "intake": QT_TRANSLATE_NOOP("EventWord", "intake"),
        "child": QT_TRANSLATE_NOOP("EventWord", "dismantling"),
        "outbound": QT_TRANSLATE_NOOP("EventWord", "hand-over"),
        "lookup": QT_TRANSLATE_NOOP("EventWord", "look-up"),
    },
}

# The battery card's words for the product type, under its context: one translation for both screens.
KIND_TEXTS: dict[str, str] = {
    "P": QT_TRANSLATE_NOOP("BatteryCard", "Pack"),
    "M": QT_TRANSLATE_NOOP("BatteryCard", "Module"),
    "C": QT_TRANSLATE_NOOP("BatteryCard", "Cell"),
}

CORRECTED_TEXTS: dict[str, str] = {
    "void": QT_TRANSLATE_NOOP("EventWord", "(voided)"),
    "amend": QT_TRANSLATE_NOOP("EventWord", "(amended)"),
}


def _word(context: str, table: dict[str, str], code: str | None) -> str:
    """An unknown code is shown as itself rather than hidden."""
    if code is None:
        return "—"
    source = table.get(code)
    return QCoreApplication.translate(context, source) if source else code


def event_word(event_type: str) -> str:
    return _word(CONTEXT, EVENT_TEXTS, event_type)


def status_word(status: str | None) -> str:
    return _word("Status", STATUS_TEXTS, status)


def kind_word(kind: str | None) -> str:
    return _word("BatteryCard", KIND_TEXTS, kind)


def summary(entry: TimelineEntry) -> str:
    """The event's facts in a line: a correction's mark, ``label: value`` pairs, then the reasons in words."""
    facts = []
    for detail in entry.details:
        values = VALUE_TEXTS.get(detail.name)
        value = _word(CONTEXT, values, detail.value) if values else detail.value
        facts.append(f"{_word(CONTEXT, DETAIL_TEXTS, detail.name)}: {value}")
    mark = _word(CONTEXT, CORRECTED_TEXTS, entry.corrected) if entry.corrected else ""
    head = " ".join(p for p in (mark, " · ".join(facts)) if p)
    reasons = " ".join(describe(r.code, r.params) for r in entry.reasons)
    return " — ".join(p for p in (head, reasons) if p)
