"""Every reason code of hazardous-substance handling, with a one-line English gloss for developers and translators.

The UI words these through Qt Linguist. Codes this package shares with the rest of the core (``battery_unknown``,
``receiver_uscc_invalid``, ``csv_not_utf8``...) are registered where they were first defined, not here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

REASONS: Mapping[str, str] = MappingProxyType(
    {
        # container identification code (HJ 1276)
        "container_code_wrong_length": "A container identification code has 37 characters, not {length}.",
        "container_code_uscc_invalid": "The credit-code part {uscc} of the container code is invalid.",
        "container_code_waste_invalid": "The waste-code part {waste} is not 8 digits of a category HW01-HW50.",
        "container_code_date_invalid": "The date part {date} of the container code is not a real YYYYMMDD date.",
        "container_code_sequence_invalid": "The sequence part {sequence} is not 001-999.",
        "container_code_invalid": "The scanned container code is malformed (see findings).",
        "container_sequence_exhausted": "999 containers of this waste were already opened today.",
        # opening, filling, sealing
        "waste_code_unknown": "The waste code {waste_code} is not in the catalogue.",
        "container_type_unknown": "The container type {container_type} is not in the rule set.",
        "capacity_invalid": "The capacity must be more than zero and at most the container type's.",
        "location_missing": "A storage location is required.",
        "site_uscc_missing": "The site's credit code is not configured; container codes carry it.",
        "container_unknown": "No container with this identification code was opened.",
        "date_before_opening": "The date {date} is before the container was opened ({opened_on}).",
        "container_sealed": "The container is sealed: nothing more goes in.",
        "container_handed_out": "The container was handed out under manifest {manifest_no}.",
        "fill_mass_invalid": "The quantity {value} is not a number.",
        "fill_mass_not_positive": "A fill needs a quantity of more than zero.",
        "fraction_unknown": "The dismantling output {fraction} is not in the rule set.",
        "fraction_not_hazardous": "The output {fraction} is general industrial solid waste, not for a container.",
        "waste_code_mismatch": "One waste code per container: {fraction_code} cannot go into {container_code}.",
        "incompatible_waste": "Incompatible wastes never together: {group} meets {present}.",
        "capacity_exceeded": "The fill of {mass_g} g would take the container beyond its capacity.",
        "fill_source_unknown": "A quantity comes from the scale or is typed.",
        "container_empty": "An empty container is not sealed.",
        "seal_weight_invalid": "The weighed mass {value} is not a number.",
        "seal_weight_mismatch": "The weighed mass differs from the fills by more than {tolerance_pct} %.",
        # transfers
        "manifest_no_invalid": "The manifest number {manifest_no} does not have the configured format.",
        "manifest_duplicate": "The manifest number {manifest_no} was used before.",
        "receiver_licence_missing": "The receiver's hazardous-waste licence number is required.",
        "carrier_missing": "The carrier's name is required.",
        "plate_invalid": "The vehicle plate {plate} is not a Chinese plate number.",
        "driver_missing": "The driver's name is required.",
        "containers_empty_or_repeated": "No containers, or a container listed twice.",
        "container_not_sealed": "Only sealed containers leave; {container} is still open.",
        "manifest_mixed_codes": "One manifest per waste: the containers hold {waste_codes}.",
        "manifest_quantity_invalid": "The manifest quantity {quantity} is not a number.",
        "manifest_quantity_mismatch": "The manifest says {manifest_g} g; the containers hold {containers_g} g.",
        # checklist
        "check_item_unknown": "The checklist item {item} does not exist.",
        "check_item_invalid": "The checklist item's values are incomplete or wrong (see findings).",
        "check_item_already_recorded": "The item is already on record for this pack; correct it instead.",
        "check_value_missing": "The field {field} is required.",
        "check_value_invalid": "The field {field} has an unusable value {value}.",
        "check_value_unknown": "The item has no field {field}.",
        "check_value_not_applicable": "The field {field} does not apply with the other answers.",
        "service_disconnect_not_removed": "The service disconnect must be removed before work goes on.",
        "hv_wait_too_short": "Waited {wait_min} min after isolation; {required_min} min are required.",
        "ppe_not_confirmed": "Protective equipment and extraction must both be confirmed ({missing}).",
        "hazard_check_missing": "The mandatory handling item {item} is not recorded for the pack.",
        # XRF screening and lab follow-up
        "csv_malformed": "The CSV file cannot be parsed near line {line}.",
        "csv_row_ragged": "The line has {fields} fields; the header has {expected}.",
        "xrf_sample_missing": "The line has no sample id.",
        "xrf_parent_missing": "The line has no parent item.",
        "xrf_component_missing": "The line has no component.",
        "xrf_material_missing": "The line has no material class.",
        "xrf_material_unknown": "The material class {material} has no screening bands.",
        "xrf_date_invalid": "The date {date} is not a date.",
        "xrf_value_invalid": "The {element} reading {value} is not a non-negative number.",
        "xrf_uncertainty_invalid": "The {element} reading has no usable uncertainty (or detection limit).",
        "xrf_no_readings": "The line has no element reading.",
        "xrf_sample_duplicate": "The sample {sample} is already on record.",
        "xrf_parent_unknown": "The parent item {parent} is not a battery on record.",
        "xrf_sample_unknown": "No screening of sample {sample} is on record.",
        "xrf_lab_not_required": "The sample passed screening ({verdict}); no lab report is expected.",
        "xrf_lab_followup_missing": "The sample screened {verdict} and has no lab report yet.",
        "lab_report_incomplete": "A lab report needs its number and the laboratory.",
        "lab_verdict_unknown": "A lab verdict is pass or fail.",
        "lab_result_invalid": "Lab results are non-negative numbers in mg/kg.",
        # check
        "mass_balance_container": "The container's generated, stored and handed-out quantities differ.",
        "mass_balance_code": "For {waste_code}, generated differs from in storage + handed out by {difference_g} g.",
        "manifest_quantity_differs": "The manifest's quantity differs from its containers' records.",
        "ledger_container_unknown": "Ledger records name a container that was never opened.",
        "ledger_record_repeated": "The container has {count} {record} records.",
        "container_code_duplicate": "The identification code was given to {openings} containers.",
        "ledger_pack_unknown": "A fill names the pack {pack}, which is no longer on record.",
        "fill_code_differs": "A fill under {fill_code} sits in a {container_code} container.",
        "storage_overdue": "Stored since {stored_since}: {days_over} days beyond the storage limit.",
        "storage_due_soon": "Stored since {stored_since}: {days_left} days left before the limit ({due}).",
    }
)
