"""Words for the reason codes of hazardous-waste handling and of certificates (``station.hazard.reasons``,
``station.documents.reasons``). The English source is the core's gloss; Qt Linguist carries the translations."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

HAZARD_TEXTS: dict[str, str] = {
    "container_code_wrong_length": QT_TRANSLATE_NOOP(
        "Reason", "A container identification code has 37 characters, not {length}."
    ),
    "container_code_uscc_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The credit-code part {uscc} of the container code is invalid."
    ),
    "container_code_waste_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The waste-code part {waste} is not 8 digits of a category HW01-HW50."
    ),
    "container_code_date_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The date part {date} of the container code is not a real YYYYMMDD date."
    ),
    "container_code_sequence_invalid": QT_TRANSLATE_NOOP("Reason", "The sequence part {sequence} is not 001-999."),
    "container_code_invalid": QT_TRANSLATE_NOOP("Reason", "The scanned container code is malformed (see findings)."),
    "container_sequence_exhausted": QT_TRANSLATE_NOOP(
        "Reason", "999 containers of this waste were already opened today."
    ),
    "waste_code_unknown": QT_TRANSLATE_NOOP("Reason", "The waste code {waste_code} is not in the catalogue."),
    "container_type_unknown": QT_TRANSLATE_NOOP(
        "Reason", "The container type {container_type} is not in the rule set."
    ),
    "capacity_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The capacity must be more than zero and at most the container type's."
    ),
    "location_missing": QT_TRANSLATE_NOOP("Reason", "A storage location is required."),
    "site_uscc_missing": QT_TRANSLATE_NOOP(
        "Reason", "The site's credit code is not configured; container codes carry it."
    ),
    "container_unknown": QT_TRANSLATE_NOOP("Reason", "No container with this identification code was opened."),
    "date_before_opening": QT_TRANSLATE_NOOP(
        "Reason", "The date {date} is before the container was opened ({opened_on})."
    ),
    "container_sealed": QT_TRANSLATE_NOOP("Reason", "The container is sealed: nothing more goes in."),
    "container_handed_out": QT_TRANSLATE_NOOP("Reason", "The container was handed out under manifest {manifest_no}."),
    "fill_mass_invalid": QT_TRANSLATE_NOOP("Reason", "The quantity {value} is not a number."),
    "fill_mass_not_positive": QT_TRANSLATE_NOOP("Reason", "A fill needs a quantity of more than zero."),
    "fraction_unknown": QT_TRANSLATE_NOOP("Reason", "The dismantling output {fraction} is not in the rule set."),
    "fraction_not_hazardous": QT_TRANSLATE_NOOP(
        "Reason", "The output {fraction} is general industrial solid waste, not for a container."
    ),
    "waste_code_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "One waste code per container: {fraction_code} cannot go into {container_code}."
    ),
    "incompatible_waste": QT_TRANSLATE_NOOP("Reason", "Incompatible wastes never together: {group} meets {present}."),
    "capacity_exceeded": QT_TRANSLATE_NOOP(
        "Reason", "The fill of {mass_g} g would take the container beyond its capacity."
    ),
    "fill_source_unknown": QT_TRANSLATE_NOOP("Reason", "A quantity comes from the scale or is typed."),
    "container_empty": QT_TRANSLATE_NOOP("Reason", "An empty container is not sealed."),
    "seal_weight_invalid": QT_TRANSLATE_NOOP("Reason", "The weighed mass {value} is not a number."),
    "seal_weight_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "The weighed mass differs from the fills by more than {tolerance_pct} %."
    ),
    "manifest_no_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The manifest number {manifest_no} does not have the configured format."
    ),
    "manifest_duplicate": QT_TRANSLATE_NOOP("Reason", "The manifest number {manifest_no} was used before."),
    "receiver_licence_missing": QT_TRANSLATE_NOOP(
        "Reason", "The receiver's hazardous-waste licence number is required."
    ),
    "carrier_missing": QT_TRANSLATE_NOOP("Reason", "The carrier's name is required."),
    "plate_invalid": QT_TRANSLATE_NOOP("Reason", "The vehicle plate {plate} is not a Chinese plate number."),
    "driver_missing": QT_TRANSLATE_NOOP("Reason", "The driver's name is required."),
    "containers_empty_or_repeated": QT_TRANSLATE_NOOP("Reason", "No containers, or a container listed twice."),
    "container_not_sealed": QT_TRANSLATE_NOOP("Reason", "Only sealed containers leave; {container} is still open."),
    "manifest_mixed_codes": QT_TRANSLATE_NOOP("Reason", "One manifest per waste: the containers hold {waste_codes}."),
    "manifest_quantity_invalid": QT_TRANSLATE_NOOP("Reason", "The manifest quantity {quantity} is not a number."),
    "manifest_quantity_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "The manifest says {manifest_g} g; the containers hold {containers_g} g."
    ),
    "check_item_unknown": QT_TRANSLATE_NOOP("Reason", "The checklist item {item} does not exist."),
    "check_item_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The checklist item's values are incomplete or wrong (see findings)."
    ),
    "check_item_already_recorded": QT_TRANSLATE_NOOP(
        "Reason", "The item is already on record for this pack; correct it instead."
    ),
    "check_value_missing": QT_TRANSLATE_NOOP("Reason", "The field {field} is required."),
    "check_value_invalid": QT_TRANSLATE_NOOP("Reason", "The field {field} has an unusable value {value}."),
    "check_value_unknown": QT_TRANSLATE_NOOP("Reason", "The item has no field {field}."),
    "check_value_not_applicable": QT_TRANSLATE_NOOP(
        "Reason", "The field {field} does not apply with the other answers."
    ),
    "service_disconnect_not_removed": QT_TRANSLATE_NOOP(
        "Reason", "The service disconnect must be removed before work goes on."
    ),
    "hv_wait_too_short": QT_TRANSLATE_NOOP(
        "Reason", "Waited {wait_min} min after isolation; {required_min} min are required."
    ),
    "ppe_not_confirmed": QT_TRANSLATE_NOOP(
        "Reason", "Protective equipment and extraction must both be confirmed ({missing})."
    ),
    "hazard_check_missing": QT_TRANSLATE_NOOP(
        "Reason", "The mandatory handling item {item} is not recorded for the pack."
    ),
    "csv_malformed": QT_TRANSLATE_NOOP("Reason", "The CSV file cannot be parsed near line {line}."),
    "csv_row_ragged": QT_TRANSLATE_NOOP("Reason", "The line has {fields} fields; the header has {expected}."),
    "xrf_sample_missing": QT_TRANSLATE_NOOP("Reason", "The line has no sample id."),
    "xrf_parent_missing": QT_TRANSLATE_NOOP("Reason", "The line has no parent item."),
    "xrf_component_missing": QT_TRANSLATE_NOOP("Reason", "The line has no component."),
    "xrf_material_missing": QT_TRANSLATE_NOOP("Reason", "The line has no material class."),
    "xrf_material_unknown": QT_TRANSLATE_NOOP("Reason", "The material class {material} has no screening bands."),
    "xrf_date_invalid": QT_TRANSLATE_NOOP("Reason", "The date {date} is not a date."),
    "xrf_value_invalid": QT_TRANSLATE_NOOP("Reason", "The {element} reading {value} is not a non-negative number."),
    "xrf_uncertainty_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The {element} reading has no usable uncertainty (or detection limit)."
    ),
    "xrf_no_readings": QT_TRANSLATE_NOOP("Reason", "The line has no element reading."),
    "xrf_sample_duplicate": QT_TRANSLATE_NOOP("Reason", "The sample {sample} is already on record."),
    "xrf_parent_unknown": QT_TRANSLATE_NOOP("Reason", "The parent item {parent} is not a battery on record."),
    "xrf_sample_unknown": QT_TRANSLATE_NOOP("Reason", "No screening of sample {sample} is on record."),
    "xrf_lab_not_required": QT_TRANSLATE_NOOP(
        "Reason", "The sample passed screening ({verdict}); no lab report is expected."
    ),
    "xrf_lab_followup_missing": QT_TRANSLATE_NOOP("Reason", "The sample screened {verdict} and has no lab report yet."),
    "lab_report_incomplete": QT_TRANSLATE_NOOP("Reason", "A lab report needs its number and the laboratory."),
    "lab_verdict_unknown": QT_TRANSLATE_NOOP("Reason", "A lab verdict is pass or fail."),
    "lab_result_invalid": QT_TRANSLATE_NOOP("Reason", "Lab results are non-negative numbers in mg/kg."),
    "mass_balance_container": QT_TRANSLATE_NOOP(
        "Reason", "The container's generated, stored and handed-out quantities differ."
    ),
    "mass_balance_code": QT_TRANSLATE_NOOP(
        "Reason", "For {waste_code}, generated differs from in storage + handed out by {difference_g} g."
    ),
    "manifest_quantity_differs": QT_TRANSLATE_NOOP(
        "Reason", "The manifest's quantity differs from its containers' records."
    ),
    "ledger_container_unknown": QT_TRANSLATE_NOOP("Reason", "Ledger records name a container that was never opened."),
    "ledger_record_repeated": QT_TRANSLATE_NOOP("Reason", "The container has {count} {record} records."),
    "container_code_duplicate": QT_TRANSLATE_NOOP(
        "Reason", "The identification code was given to {openings} containers."
    ),
    "ledger_pack_unknown": QT_TRANSLATE_NOOP("Reason", "A fill names the pack {pack}, which is no longer on record."),
    "fill_code_differs": QT_TRANSLATE_NOOP("Reason", "A fill under {fill_code} sits in a {container_code} container."),
    "storage_overdue": QT_TRANSLATE_NOOP(
        "Reason", "Stored since {stored_since}: {days_over} days beyond the storage limit."
    ),
    "storage_due_soon": QT_TRANSLATE_NOOP(
        "Reason", "Stored since {stored_since}: {days_left} days left before the limit ({due})."
    ),
    "date_before_last_fill": QT_TRANSLATE_NOOP(
        "Reason", "The seal's date {date} is before the container's last fill ({last_fill_on})."
    ),
    "date_before_seal": QT_TRANSLATE_NOOP(
        "Reason", "The transfer's date {date} is before {container} was sealed ({sealed_on})."
    ),
    "container_wastes_incompatible": QT_TRANSLATE_NOOP(
        "Reason", "The container holds incompatible wastes together: {groups}."
    ),
    "container_over_capacity": QT_TRANSLATE_NOOP(
        "Reason", "The container holds {filled_g} g, beyond its capacity of {capacity_g} g."
    ),
    "fill_not_positive": QT_TRANSLATE_NOOP(
        "Reason", "A fill of the container is recorded with {mass_g} g (not more than zero)."
    ),
    "sealed_before_fill": QT_TRANSLATE_NOOP(
        "Reason", "The container was sealed on {sealed_on}, before its fill of {last_fill_on}."
    ),
    "handed_out_before_seal": QT_TRANSLATE_NOOP(
        "Reason", "The container was handed out on {handed_out_on}, before its seal of {sealed_on}."
    ),
}


DOCUMENT_TEXTS: dict[str, str] = {
    "payload_missing": QT_TRANSLATE_NOOP(
        "Reason", "No certificate payload (TSC1...) was found in the QR code or the text given."
    ),
    "payload_malformed": QT_TRANSLATE_NOOP("Reason", "The certificate payload is damaged or not of this format."),
    "key_unknown": QT_TRANSLATE_NOOP("Reason", "The certificate was signed with a key this verifier does not know."),
    "signature_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The signature does not match the certificate's facts: they were changed."
    ),
    "key_station_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "The signing key belongs to station {known}, not to {claimed}."
    ),
    "qr_unreadable": QT_TRANSLATE_NOOP("Reason", "No certificate QR code could be read from the document."),
    "data_missing": QT_TRANSLATE_NOOP(
        "Reason", "The PDF carries no certificate data (certificate.json) to check its content against."
    ),
    "data_unreadable": QT_TRANSLATE_NOOP("Reason", "The certificate data embedded in the PDF is damaged."),
    "data_hash_mismatch": QT_TRANSLATE_NOOP("Reason", "The certificate's data is not the data that was signed."),
    "facts_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "The QR code's {field} ({signed}) differs from the certificate's ({shown})."
    ),
    "text_mismatch": QT_TRANSLATE_NOOP("Reason", "The printed text of the PDF differs from the signed data."),
    "certificate_revoked": QT_TRANSLATE_NOOP("Reason", "The certificate was revoked ({reason})."),
    "certificate_superseded": QT_TRANSLATE_NOOP("Reason", "A newer version {version} of this certificate was issued."),
    "certificate_not_on_record": QT_TRANSLATE_NOOP(
        "Reason", "This station has no record of the certificate (issued elsewhere?)."
    ),
    "record_differs": QT_TRANSLATE_NOOP("Reason", "This station's record of the certificate has other data."),
    "certificate_exists": QT_TRANSLATE_NOOP(
        "Reason", "The pack already has certificate {number}; re-issue it instead."
    ),
    "certificate_unknown": QT_TRANSLATE_NOOP("Reason", "No certificate {number} is on record."),
    "certificate_already_revoked": QT_TRANSLATE_NOOP("Reason", "Certificate {number} is already revoked."),
    "revocation_window_closed": QT_TRANSLATE_NOOP(
        "Reason", "Certificates can be revoked within {days} days of issue; {number} is older."
    ),
    "certificate_blocked": QT_TRANSLATE_NOOP("Reason", "The pack cannot be certified yet (see findings)."),
    "certificate_kind_unknown": QT_TRANSLATE_NOOP(
        "Reason", "The certificate type must be dismantling, recycling or destruction."
    ),
    "issuer_incomplete": QT_TRANSLATE_NOOP(
        "Reason", "The site's name and credit code must be configured before certificates are issued."
    ),
    "certificate_pack_not_ready": QT_TRANSLATE_NOOP(
        "Reason", "Only a dismantled or treated pack gets a certificate: {code} is {status}."
    ),
}
