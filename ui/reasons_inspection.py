"""Words for the pre-dismantling inspection: its reason codes (``station.operations.inspection_check``), the
appearance items and the measured values of the rule set's checklist. A site's own item shows as named in its
rule set."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

INSPECTION_TEXTS: dict[str, str] = {
    "appearance_defect": QT_TRANSLATE_NOOP("Reason", "Seen: {defect}. The pack fails the safety judgement."),
    "not_measured": QT_TRANSLATE_NOOP("Reason", "{measurement} was not measured."),
    "inspection_temperature_abnormal": QT_TRANSLATE_NOOP(
        "Reason", "The temperature {value} °C is outside {low} to {high} °C: quarantine the pack."
    ),
    "high_voltage_procedure": QT_TRANSLATE_NOOP(
        "Reason", "The total voltage {value} V is above the touch-safe {limit} V: the high-voltage procedure applies."
    ),
    "insulation_too_low": QT_TRANSLATE_NOOP(
        "Reason",
        "The insulation resistance is {value} Ω/V, below the required {minimum} Ω/V ({required_mohm} MΩ at this voltage).",  # noqa: E501 - one literal, so lupdate extracts it whole
    ),
    "insulation_needs_voltage": QT_TRANSLATE_NOOP(
        "Reason", "Measure the total voltage too: the insulation resistance is judged per volt (≥ {minimum} Ω/V)."
    ),
    "mass_deviation": QT_TRANSLATE_NOOP(
        "Reason", "The mass {mass} kg differs from the {reference} kg at intake by {deviation} % (more than {limit} %)."
    ),
    "not_inspectable": QT_TRANSLATE_NOOP(
        "Reason", "{code} is {status}: only a battery in store or in quarantine can be inspected."
    ),
    "inspection_milder_needs_reason": QT_TRANSLATE_NOOP(
        "Reason", "The checks suggest {suggested}: type why you chose {result}."
    ),
    "ruleset_bad_inspection": QT_TRANSLATE_NOOP(
        "Reason", "The rule set's inspection checklist is malformed ({detail})."
    ),
}

APPEARANCE_TEXTS: dict[str, str] = {
    "casing_damage": QT_TRANSLATE_NOOP("InspectionItem", "Casing damaged"),
    "swelling": QT_TRANSLATE_NOOP("InspectionItem", "Deformed or swollen"),
    "leakage": QT_TRANSLATE_NOOP("InspectionItem", "Leakage"),
    "corrosion": QT_TRANSLATE_NOOP("InspectionItem", "Corrosion"),
    "smoke": QT_TRANSLATE_NOOP("InspectionItem", "Smoke or gas"),
    "burn_marks": QT_TRANSLATE_NOOP("InspectionItem", "Burn marks"),
    "opened_before": QT_TRANSLATE_NOOP("InspectionItem", "Opened before, no record"),
}

MEASUREMENT_TEXTS: dict[str, str] = {
    "total_voltage_v": QT_TRANSLATE_NOOP("InspectionItem", "Total voltage"),
    "insulation_ohm": QT_TRANSLATE_NOOP("InspectionItem", "Insulation resistance"),
    "temperature_c": QT_TRANSLATE_NOOP("InspectionItem", "Temperature"),
    "mass_kg": QT_TRANSLATE_NOOP("InspectionItem", "Mass"),
}

RESULT_TEXTS: dict[str, str] = {
    "pass": QT_TRANSLATE_NOOP("InspectionItem", "pass"),
    "pretreat": QT_TRANSLATE_NOOP("InspectionItem", "pre-treat"),
    "quarantine": QT_TRANSLATE_NOOP("InspectionItem", "quarantine"),
}


def item_word(name: str) -> str:
    table = APPEARANCE_TEXTS if name in APPEARANCE_TEXTS else MEASUREMENT_TEXTS
    return QCoreApplication.translate("InspectionItem", table[name]) if name in table else name


def result_word(result: str) -> str:
    source = RESULT_TEXTS.get(result)
    return QCoreApplication.translate("InspectionItem", source) if source else result
