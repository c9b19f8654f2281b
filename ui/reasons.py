"""The operator's words for every reason code the core gives. The core never words anything; this is where it is
worded, through Qt Linguist (context ``Reason``), with ``{param}`` placeholders filled from the finding."""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.reasons_hazard import DOCUMENT_TEXTS, HAZARD_TEXTS
from ui.reasons_inspection import APPEARANCE_TEXTS, INSPECTION_TEXTS, MEASUREMENT_TEXTS, RESULT_TEXTS
from ui.reasons_people import ACTION_TEXTS, PEOPLE_TEXTS, ROLE_TEXTS

CONTEXT = "Reason"

TEXTS: dict[str, str] = {
    # reading the payload
    "payload_empty": QT_TRANSLATE_NOOP("Reason", "Nothing was scanned."),
    "payload_too_long": QT_TRANSLATE_NOOP("Reason", "The scan is far too long ({length} characters) to be a code."),
    "payload_not_utf8": QT_TRANSLATE_NOOP("Reason", "The scan contains unreadable bytes."),
    "payload_ambiguous": QT_TRANSLATE_NOOP(
        "Reason", "The label holds several different codes: {candidates}. Scan the one you mean."
    ),
    "control_characters_removed": QT_TRANSLATE_NOOP("Reason", "Control characters from the scanner were removed."),
    "prefix_removed": QT_TRANSLATE_NOOP("Reason", "The scanner's prefix was removed."),
    "suffix_removed": QT_TRANSLATE_NOOP("Reason", "The scanner's suffix was removed."),
    "lower_case_converted": QT_TRANSLATE_NOOP("Reason", "Lower-case letters were read as capitals."),
    "lines_joined": QT_TRANSLATE_NOOP("Reason", "The code was printed over {parts} lines and has been joined."),
    "separators_removed": QT_TRANSLATE_NOOP("Reason", "Separators inside the code were removed."),
    "code_extracted": QT_TRANSLATE_NOOP("Reason", "The code was found inside a longer label text."),
    "lookalike_character": QT_TRANSLATE_NOOP(
        "Reason",
        "Character {position} is “{char}” ({codepoint}), which only looks like “{looks_like}”. This label is not a genuine code.",  # noqa: E501 - one literal, so lupdate extracts it whole
    ),
    "code_not_recognised": QT_TRANSLATE_NOOP("Reason", "This is not a battery code."),
    "code_wrong_length": QT_TRANSLATE_NOOP(
        "Reason", "The code has {length} characters; a battery code has 24 (19 for echelon use)."
    ),
    "code_bad_character": QT_TRANSLATE_NOOP(
        "Reason", "Character {position} (“{char}”) is not allowed in a battery code."
    ),
    "product_type_invalid": QT_TRANSLATE_NOOP(
        "Reason", "Product type “{char}” is not P (pack), M (module) or C (cell)."
    ),
    "chemistry_unknown": QT_TRANSLATE_NOOP("Reason", "Battery type “{char}” is not in the chemistry table."),
    "maker_unknown": QT_TRANSLATE_NOOP("Reason", "Maker code {maker} is not in the maker registry."),
    "serial_not_numeric": QT_TRANSLATE_NOOP("Reason", "The serial number {serial} contains letters."),
    "echelon_marker_invalid": QT_TRANSLATE_NOOP("Reason", "An echelon-use code needs R at position {position}."),
    "echelon_suffix_invalid": QT_TRANSLATE_NOOP("Reason", "An echelon-use code must end in P, M or C."),
    "date_wrong_length": QT_TRANSLATE_NOOP("Reason", "The production date must have 3 characters."),
    "date_year_bad_char": QT_TRANSLATE_NOOP("Reason", "The production year character “{char}” is not valid."),
    "date_month_bad_char": QT_TRANSLATE_NOOP("Reason", "The production month character “{char}” is not valid."),
    "date_day_bad_char": QT_TRANSLATE_NOOP("Reason", "The production day character “{char}” is not valid."),
    "date_impossible": QT_TRANSLATE_NOOP("Reason", "The production date (month {month}, day {day}) does not exist."),
    "date_in_future": QT_TRANSLATE_NOOP("Reason", "The production date {date} is in the future."),
    "date_before_2011": QT_TRANSLATE_NOOP("Reason", "The production date is before 2011: check the station's clock."),
    "scheme_gbt45565": QT_TRANSLATE_NOOP("Reason", "This is a GB/T 45565 code (not a vehicle traction battery)."),
    "scheme_eu_passport": QT_TRANSLATE_NOOP(
        "Reason", "This is an EU battery passport link, not a GB/T 34014 code. The link is kept."
    ),
    "uscc_wrong_length": QT_TRANSLATE_NOOP("Reason", "A unified social credit code has 18 characters."),
    "uscc_bad_character": QT_TRANSLATE_NOOP("Reason", "Character {position} of the credit code is not allowed."),
    "uscc_check_char_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "The credit code's check character is wrong: check for a typo."
    ),
    "vin_wrong_length": QT_TRANSLATE_NOOP("Reason", "A VIN has 17 characters."),
    "vin_bad_character": QT_TRANSLATE_NOOP("Reason", "Character {position} of the VIN is not allowed (no I, O or Q)."),
    "vin_check_digit_mismatch": QT_TRANSLATE_NOOP("Reason", "The VIN's check digit does not match: confirm the VIN."),
    # traceability rules
    "list_blocked": QT_TRANSLATE_NOOP("Reason", "Blocked: {reason}"),
    "list_recall": QT_TRANSLATE_NOOP("Reason", "On a recall list: {reason}"),
    "list_quarantine": QT_TRANSLATE_NOOP("Reason", "On the quarantine list: {reason}"),
    "duplicate_intake": QT_TRANSLATE_NOOP("Reason", "Already received and still here (status: {status})."),
    "already_dismantled": QT_TRANSLATE_NOOP("Reason", "This battery was already dismantled."),
    "already_certified": QT_TRANSLATE_NOOP("Reason", "A certificate of disposal was already issued for this battery."),
    "received_again": QT_TRANSLATE_NOOP("Reason", "This battery was handed out before and is coming back."),
    "intake_flag_unknown": QT_TRANSLATE_NOOP("Reason", "Unknown intake flag {flag}."),
    "high_risk_no_code": QT_TRANSLATE_NOOP("Reason", "High risk: the battery has no code."),
    "high_risk_accident_vehicle": QT_TRANSLATE_NOOP("Reason", "High risk: from an accident vehicle."),
    "high_risk_abnormal_voltage": QT_TRANSLATE_NOOP("Reason", "High risk: abnormal voltage."),
    "high_risk_abnormal_temperature": QT_TRANSLATE_NOOP("Reason", "High risk: abnormal temperature."),
    "high_risk_abnormal_soc": QT_TRANSLATE_NOOP("Reason", "High risk: abnormal state of charge."),
    "high_risk_leakage": QT_TRANSLATE_NOOP("Reason", "High risk: leakage."),
    "parent_unknown": QT_TRANSLATE_NOOP("Reason", "The pack {parent} is not on record."),
    "parent_quarantined": QT_TRANSLATE_NOOP("Reason", "The pack is in quarantine and may not be dismantled."),
    "parent_not_open": QT_TRANSLATE_NOOP("Reason", "The pack is not open for dismantling (status: {status})."),
    "child_is_parent": QT_TRANSLATE_NOOP("Reason", "That is the pack's own code."),
    "parent_not_inspected": QT_TRANSLATE_NOOP(
        "Reason", "Pack {parent} has no inspection recorded yet: record it before opening the pack."
    ),
    "child_wrong_level": QT_TRANSLATE_NOOP("Reason", "A {child_kind} cannot go under a {parent_kind}."),
    "child_duplicate": QT_TRANSLATE_NOOP("Reason", "Already scanned into this pack."),
    "child_linked_elsewhere": QT_TRANSLATE_NOOP("Reason", "Already belongs to {other_parent}."),
    "child_already_recorded": QT_TRANSLATE_NOOP("Reason", "Already on record as a battery of its own."),
    "chemistry_mismatch": QT_TRANSLATE_NOOP("Reason", "Chemistry {child} differs from the pack's {parent}."),
    "not_in_store": QT_TRANSLATE_NOOP("Reason", "This battery is not on record here."),
    "quarantined_cannot_leave": QT_TRANSLATE_NOOP("Reason", "A battery in quarantine cannot be handed out."),
    "already_handed_out": QT_TRANSLATE_NOOP("Reason", "This battery was already handed out."),
    "upload_overdue": QT_TRANSLATE_NOOP("Reason", "Report overdue since {due}."),
    "upload_at_risk": QT_TRANSLATE_NOOP("Reason", "Report due {due} ({workdays_left} working days left)."),
    "echelon_product": QT_TRANSLATE_NOOP("Reason", "Echelon-use product."),
    "dismantled_elsewhere": QT_TRANSLATE_NOOP(
        "Reason", "Station {station} already recorded this battery as {status} ({at}). It cannot be received again."
    ),
    "history_unavailable": QT_TRANSLATE_NOOP(
        "Reason", "The central server could not be reached in time: this intake is provisional until it is checked."
    ),
    # refused actions
    "source_uscc_invalid": QT_TRANSLATE_NOOP("Reason", "The source company's credit code is not valid."),
    "receiver_uscc_invalid": QT_TRANSLATE_NOOP("Reason", "The receiving company's credit code is not valid."),
    "site_uscc_invalid": QT_TRANSLATE_NOOP("Reason", "The site's credit code is not valid."),
    "vin_invalid": QT_TRANSLATE_NOOP("Reason", "The VIN is not valid."),
    "vin_needs_confirmation": QT_TRANSLATE_NOOP(
        "Reason", "The VIN's check digit does not match. Confirm it to continue."
    ),
    "mass_out_of_range": QT_TRANSLATE_NOOP("Reason", "The mass {mass_kg} kg is not plausible."),
    "battery_unknown": QT_TRANSLATE_NOOP("Reason", "No battery {code} on record."),
    "not_dismantlable": QT_TRANSLATE_NOOP("Reason", "This battery cannot be dismantled now (status: {status})."),
    "children_count_mismatch": QT_TRANSLATE_NOOP("Reason", "{found} parts scanned, {expected} expected."),
    "not_treatable": QT_TRANSLATE_NOOP("Reason", "This battery cannot be marked treated now."),
    "destination_unknown": QT_TRANSLATE_NOOP("Reason", "Choose echelon use or recycling."),
    "receiver_name_missing": QT_TRANSLATE_NOOP("Reason", "Enter the receiving company."),
    "codes_empty_or_repeated": QT_TRANSLATE_NOOP("Reason", "No batteries listed, or one listed twice."),
    "outbound_refused": QT_TRANSLATE_NOOP("Reason", "Battery {code} may not leave the store."),
    "inspection_result_unknown": QT_TRANSLATE_NOOP("Reason", "Unknown inspection result."),
    "not_quarantined": QT_TRANSLATE_NOOP("Reason", "This battery is not in quarantine."),
    "reason_missing": QT_TRANSLATE_NOOP("Reason", "Give a reason."),
    "event_unknown": QT_TRANSLATE_NOOP("Reason", "No such record."),
    "event_not_correctable": QT_TRANSLATE_NOOP("Reason", "This kind of record cannot be corrected."),
    "amendment_incomplete": QT_TRANSLATE_NOOP("Reason", "The correction lacks the battery codes of the original."),
    "role_unknown": QT_TRANSLATE_NOOP("Reason", "Unknown site role."),
    "config_key_unknown": QT_TRANSLATE_NOOP("Reason", "Unknown setting."),
    "scanner_affixes_invalid": QT_TRANSLATE_NOOP("Reason", "Scanner prefixes and suffixes must not be empty."),
    "licences_invalid": QT_TRANSLATE_NOOP("Reason", "The site's licences are malformed."),
    "licence_kind_unknown": QT_TRANSLATE_NOOP("Reason", "Licence {position}: choose what kind of licence it is."),
    "licence_number_missing": QT_TRANSLATE_NOOP("Reason", "Licence {position}: enter its number."),
    # the set-up pages' own checks
    "site_name_missing": QT_TRANSLATE_NOOP("Reason", "Enter the site's name."),
    "site_uscc_required": QT_TRANSLATE_NOOP("Reason", "Enter the site's unified social credit code."),
    "server_url_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The server address must start with https:// (or http://) and name a host."
    ),
    "enrolment_code_missing": QT_TRANSLATE_NOOP("Reason", "Enter the enrolment code from the server's operator."),
    "printer_address_invalid": QT_TRANSLATE_NOOP(
        "Reason", "“{address}” is not a printer address: use qt://NAME, cups://QUEUE or socket://HOST:9100."
    ),
    "list_entry_unknown": QT_TRANSLATE_NOOP("Reason", "This code is on no list."),
    "list_kind_unknown": QT_TRANSLATE_NOOP("Reason", "Unknown list."),
    "threshold_unknown": QT_TRANSLATE_NOOP("Reason", "The rule set has no threshold {name}."),
    "threshold_invalid": QT_TRANSLATE_NOOP("Reason", "Threshold {name}: {value} is not a number."),
    "threshold_range_inverted": QT_TRANSLATE_NOOP("Reason", "The lower limit {low} must stay below {high}."),
    "thresholds_unchanged": QT_TRANSLATE_NOOP("Reason", "The thresholds are as they were: nothing was recorded."),
    "csv_not_utf8": QT_TRANSLATE_NOOP("Reason", "The file is not UTF-8 text."),
    "file_unreadable": QT_TRANSLATE_NOOP("Reason", "The file cannot be read."),
    "csv_columns_missing": QT_TRANSLATE_NOOP("Reason", "The file lacks required columns."),
    "maker_code_invalid": QT_TRANSLATE_NOOP("Reason", "A maker code has three letters or digits."),
    "maker_name_missing": QT_TRANSLATE_NOOP("Reason", "A maker needs a name."),
    "no_duty_for_event": QT_TRANSLATE_NOOP("Reason", "This record has nothing to report."),
    "already_reported": QT_TRANSLATE_NOOP("Reason", "Already reported."),
    "certificate_no_missing": QT_TRANSLATE_NOOP("Reason", "Enter the scrapping certificate number."),
    "photo_not_jpeg": QT_TRANSLATE_NOOP("Reason", "The photo could not be kept: it is not a JPEG image."),
    "photo_unknown": QT_TRANSLATE_NOOP("Reason", "This photo is not kept at this station."),
    "photo_encode_failed": QT_TRANSLATE_NOOP("Reason", "The camera picture could not be saved as a photo."),
    "echelon_maker_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The echelon maker code “{maker}” must be three capital letters or digits."
    ),
    "echelon_serials_exhausted": QT_TRANSLATE_NOOP(
        "Reason", "This station has used every echelon-use serial number for maker {maker}."
    ),
    "echelon_code_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The echelon-use code {code} could not be made valid; nothing was recorded. Call support."
    ),
    "nothing_to_dismantle": QT_TRANSLATE_NOOP("Reason", "{code} is a cell: it holds no modules or cells."),
    # keyboard-wedge scanners
    "wedge_burst_split": QT_TRANSLATE_NOOP("Reason", "The scan was cut off. Scan again."),
    "wedge_burst_garbled": QT_TRANSLATE_NOOP(
        "Reason", "The scanner sent characters it cannot send: check the keyboard layout or input method."
    ),
    "wedge_keyboard_layout": QT_TRANSLATE_NOOP(
        "Reason",
        "The scanner types through a different keyboard layout. Set the scanner (or the computer) to the US layout.",
    ),
    # serial scanners and scales
    "serial_open_failed": QT_TRANSLATE_NOOP(
        "Reason", "The device on {port} is not connected (unplugged, wrong port, or in use). Retrying…"
    ),
    "serial_read_failed": QT_TRANSLATE_NOOP("Reason", "The device on {port} stopped answering. Reconnecting…"),
    "serial_disconnected": QT_TRANSLATE_NOOP("Reason", "The device is not connected."),
    "serial_write_failed": QT_TRANSLATE_NOOP("Reason", "A command could not be sent to the device."),
    "serial_scan_not_utf8": QT_TRANSLATE_NOOP("Reason", "The scanner sent unreadable bytes. Scan again."),
    "serial_scan_garbled": QT_TRANSLATE_NOOP(
        "Reason", "The scanner's message was garbled (check its baud rate). Scan again."
    ),
    "serial_scan_too_long": QT_TRANSLATE_NOOP(
        "Reason", "The scanner sent more than {max_length} characters without an end. Scan again."
    ),
    "serial_scan_cut": QT_TRANSLATE_NOOP("Reason", "The scanner was disconnected in the middle of a code. Scan again."),
    "serial_scan_unterminated": QT_TRANSLATE_NOOP(
        "Reason", "The scanner's code did not end as expected: set its suffix to CR (Enter). Scan again."
    ),
    "scale_garbled": QT_TRANSLATE_NOOP(
        "Reason", "The scale sent something that is not a weight ({line}). Check its baud rate and output format."
    ),
    "scale_unit_unknown": QT_TRANSLATE_NOOP("Reason", "The scale weighs in {unit}. Set it to kg, g, lb or oz."),
    "scale_not_weight": QT_TRANSLATE_NOOP(
        "Reason", "The scale is counting or showing percent ({unit}), not weighing. Set it to weighing."
    ),
    "scale_shows_tare": QT_TRANSLATE_NOOP("Reason", "The scale is showing its tare, not the load."),
    "scale_overload": QT_TRANSLATE_NOOP("Reason", "The load is beyond the scale's range."),
    "scale_underload": QT_TRANSLATE_NOOP("Reason", "The scale reads below zero. Clear the platform and zero it."),
    "scale_busy": QT_TRANSLATE_NOOP("Reason", "The scale cannot do that now (the load is moving). Try again."),
    "scale_command_syntax": QT_TRANSLATE_NOOP(
        "Reason", "The scale did not understand the command. Check the scale protocol setting."
    ),
    "scale_command_garbled": QT_TRANSLATE_NOOP(
        "Reason", "The command reached the scale garbled. Check the cable and the baud rate."
    ),
    "scale_command_refused": QT_TRANSLATE_NOOP("Reason", "The scale refused the command in its present state."),
    "scale_no_answer": QT_TRANSLATE_NOOP(
        "Reason", "The scale has sent nothing for {seconds} s. Is it on and set to send its weight?"
    ),
    "scale_disconnected": QT_TRANSLATE_NOOP("Reason", "The scale is not connected."),
    "scale_not_configured": QT_TRANSLATE_NOOP(
        "Reason", "No scale is set up at this bench (Settings, Devices): type the weight."
    ),
    "scale_unstable": QT_TRANSLATE_NOOP(
        "Reason", "The weight did not settle within {seconds} s. Keep the load still and weigh again."
    ),
    "scale_zero_out_of_range": QT_TRANSLATE_NOOP(
        "Reason", "The scale shows {kg} kg, more than the {limit_kg} kg that may be zeroed. Clear the platform first."
    ),
    # cameras
    "camera_unavailable": QT_TRANSLATE_NOOP(
        "Reason", "The camera {detail} cannot be opened (unplugged, or in use by another program)."
    ),
    "camera_lost": QT_TRANSLATE_NOOP("Reason", "The camera {detail} stopped sending pictures."),
    "camera_closed": QT_TRANSLATE_NOOP("Reason", "The camera is closed."),
    "replay_empty": QT_TRANSLATE_NOOP("Reason", "The folder {detail} holds no images to replay."),
    "replay_missing": QT_TRANSLATE_NOOP("Reason", "The recording {detail} does not exist."),
    "replay_unreadable": QT_TRANSLATE_NOOP("Reason", "The recording {detail} cannot be read."),
    "recording_unwritable": QT_TRANSLATE_NOOP("Reason", "The recording {detail} cannot be written."),
    # printers
    "printer_refused": QT_TRANSLATE_NOOP(
        "Reason", "The label printer at {detail} refused the connection. Is it switched on?"
    ),
    "printer_timeout": QT_TRANSLATE_NOOP("Reason", "The label printer at {detail} did not answer in time."),
    "printer_unreachable": QT_TRANSLATE_NOOP("Reason", "The label printer at {detail} cannot be reached."),
    "printer_status_unreadable": QT_TRANSLATE_NOOP("Reason", "The label printer's status could not be read."),
    "printer_paper_out": QT_TRANSLATE_NOOP("Reason", "The label printer is out of labels or ribbon."),
    "printer_head_open": QT_TRANSLATE_NOOP("Reason", "The label printer's head is open. Close it."),
    "printer_paused": QT_TRANSLATE_NOOP("Reason", "The label printer is paused. Press its pause button."),
    "cups_client_missing": QT_TRANSLATE_NOOP(
        "Reason", "Printing is not installed on this computer (package cups-client). Run scripts/install.sh."
    ),
    "cups_timeout": QT_TRANSLATE_NOOP("Reason", "The print system did not answer in time."),
    "cups_refused": QT_TRANSLATE_NOOP("Reason", "The print system refused the job: {detail}"),
    "printer_unknown": QT_TRANSLATE_NOOP(
        "Reason", "This computer has no printer named {detail}. Choose the printer again in the settings."
    ),
    "document_unreadable": QT_TRANSLATE_NOOP("Reason", "The document to print cannot be read: {detail}"),
    # rule sets
    "ruleset_not_json": QT_TRANSLATE_NOOP("Reason", "The rule set file is not valid JSON ({detail})."),
    "ruleset_not_object": QT_TRANSLATE_NOOP("Reason", "The rule set file does not hold a rule set."),
    "ruleset_section_missing": QT_TRANSLATE_NOOP("Reason", "The rule set lacks its section {detail}."),
    "ruleset_format_unsupported": QT_TRANSLATE_NOOP(
        "Reason", "The rule set's format {detail} is newer than this station reads. Update the station."
    ),
    "ruleset_bad_chemistry": QT_TRANSLATE_NOOP("Reason", "The rule set's chemistry entry {detail} is malformed."),
    "ruleset_bad_maker": QT_TRANSLATE_NOOP("Reason", "The rule set's maker code {detail} is malformed."),
    "ruleset_bad_list_entry": QT_TRANSLATE_NOOP("Reason", "The rule set's list entry {detail} is malformed."),
    "ruleset_bad_deadlines": QT_TRANSLATE_NOOP(
        "Reason", "The rule set's reporting deadlines are malformed ({detail})."
    ),
    "ruleset_bad_calendar": QT_TRANSLATE_NOOP("Reason", "The rule set's working-day calendar is malformed ({detail})."),
    "ruleset_bad_hazard": QT_TRANSLATE_NOOP(
        "Reason", "The rule set's hazardous-waste section is malformed ({detail})."
    ),
}

# sync problems and what to do about them
TEXTS |= {
    "hash_mismatch": QT_TRANSLATE_NOOP("Reason", "The server found an event changed after it was written."),
    "differs_from_stored": QT_TRANSLATE_NOOP("Reason", "The server holds a different event under the same number."),
    "prev_hash_mismatch": QT_TRANSLATE_NOOP("Reason", "The event does not continue the history the server holds."),
    "server_chain_differs": QT_TRANSLATE_NOOP(
        "Reason", "The server's copy of this station's history differs from the station's."
    ),
    "server_ahead": QT_TRANSLATE_NOOP(
        "Reason", "The server holds more of this station's history than the station (was a backup restored?)."
    ),
    "station_mismatch": QT_TRANSLATE_NOOP("Reason", "The event names another station."),
    "id_reused": QT_TRANSLATE_NOOP("Reason", "The event's id was already used by another event."),
    "malformed": QT_TRANSLATE_NOOP("Reason", "The server cannot read the event."),
    "event_too_large": QT_TRANSLATE_NOOP("Reason", "The event is larger than the server accepts."),
    "token_invalid": QT_TRANSLATE_NOOP("Reason", "The server does not recognise this station."),
    "token_revoked": QT_TRANSLATE_NOOP("Reason", "This station's access to the server was revoked."),
    "token_missing": QT_TRANSLATE_NOOP("Reason", "The station sent no credentials."),
    "token_for_other_station": QT_TRANSLATE_NOOP("Reason", "The credentials belong to another station."),
    "not_enrolled": QT_TRANSLATE_NOOP("Reason", "This station is not enrolled with a central server."),
    "enrolment_code_invalid": QT_TRANSLATE_NOOP(
        "Reason", "The server does not accept this enrolment code (mistyped, already used, or expired)."
    ),
    "enrolment_code_for_other_station": QT_TRANSLATE_NOOP("Reason", "This enrolment code is for another station."),
    "station_already_enrolled": QT_TRANSLATE_NOOP(
        "Reason", "The server already knows this station: ask its operator for a re-enrolment code."
    ),
    "server_unreachable": QT_TRANSLATE_NOOP("Reason", "The central server cannot be reached. Retrying…"),
    "server_certificate_untrusted": QT_TRANSLATE_NOOP(
        "Reason",
        "The central server's certificate is not trusted (wrong CA bundle, expired, or another server). Retrying…",
    ),
    "verify_and_restore": QT_TRANSLATE_NOOP(
        "Reason", "Run “trace-station events verify”; restore the database from a backup, or call support."
    ),
    "update_software": QT_TRANSLATE_NOOP("Reason", "Update the station's software."),
    "re_enrol": QT_TRANSLATE_NOOP("Reason", "Enrol the station again with a new code from the site manager."),
    "split_event": QT_TRANSLATE_NOOP("Reason", "Correct the event into smaller ones."),
    "contact_support": QT_TRANSLATE_NOOP("Reason", "Call support and send them the station's log."),
}
TEXTS |= HAZARD_TEXTS | DOCUMENT_TEXTS | PEOPLE_TEXTS
TEXTS |= INSPECTION_TEXTS


STATUS_TEXTS: dict[str, str] = {
    "in_store": QT_TRANSLATE_NOOP("Status", "in store"),
    "quarantined": QT_TRANSLATE_NOOP("Status", "in quarantine"),
    "dismantling": QT_TRANSLATE_NOOP("Status", "being dismantled"),
    "dismantled": QT_TRANSLATE_NOOP("Status", "dismantled"),
    "handed_out": QT_TRANSLATE_NOOP("Status", "handed out"),
    "treated": QT_TRANSLATE_NOOP("Status", "treated"),
    "certified": QT_TRANSLATE_NOOP("Status", "certified"),
}
# Parameters that hold a code of their own, worded through their own table.
WORDED_PARAMS = {
    "status": ("Status", STATUS_TEXTS),
    "needs": ("Role", ROLE_TEXTS),
    "action": ("Action", ACTION_TEXTS),
    "defect": ("InspectionItem", APPEARANCE_TEXTS),
    "measurement": ("InspectionItem", MEASUREMENT_TEXTS),
    "result": ("InspectionItem", RESULT_TEXTS),
    "suggested": ("InspectionItem", RESULT_TEXTS),
}


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The reason in the operator's language. An unknown code is shown as itself rather than hidden."""
    source = TEXTS.get(code)
    if source is None:
        return code
    text = QCoreApplication.translate(CONTEXT, source)
    values = _Lenient({k: _show(k, v) for k, v in (params or {}).items()})
    try:
        return string.Formatter().vformat(text, (), values)
    except (ValueError, IndexError):  # a translation with a stray brace must still show something
        return text


def _show(name: str, value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if name in WORDED_PARAMS and isinstance(value, str):
        context, table = WORDED_PARAMS[name]
        if value in table:
            return QCoreApplication.translate(context, table[value])
    return str(value)
