"""Every reason code this package emits, with a one-line English note for developers and translators.

The UI words these through Qt Linguist; the notes here say what happened and which params come with it.
A test walks the package source and fails when a code is emitted without an entry here, or listed here and
never emitted.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

REASONS: Mapping[str, str] = MappingProxyType(
    {
        # payload and normalisation
        "payload_empty": "Nothing but whitespace or control characters was scanned.",
        "payload_too_long": "Payload of {length} characters is over the limit {max_length}; not searched.",
        "payload_not_utf8": "Payload bytes are not valid UTF-8 (first bad bytes {bytes} at byte {offset}).",
        "payload_ambiguous": "Payload holds several different valid codes {candidates}; none is chosen.",
        "control_characters_removed": "{count} control characters ({chars}) were removed from the payload.",
        "prefix_removed": "Configured scanner prefix {prefix} was removed.",
        "suffix_removed": "Configured scanner suffix {suffix} was removed.",
        "lower_case_converted": "Lower-case letters in the code were converted to upper case.",
        "lines_joined": "The code was printed over {parts} lines or parts and has been joined in order.",
        "separators_removed": "Separators {chars} between the parts of the code were removed.",
        "code_extracted": "The code was found inside a longer payload at offset {offset} ({length} chars).",
        "lookalike_character": (
            "Character {char} ({codepoint}) at position {position} only looks like {looks_like}; "
            "it is not converted."
        ),
        # GB/T 34014 structure
        "code_not_recognised": "The payload ({length} characters) is not a battery code of any known scheme.",
        "code_wrong_length": "A code of {length} characters: GB/T 34014 codes have 24 (or 19 for echelon use).",
        "code_bad_character": "Character {char} at position {position} is not a digit or capital A-Z.",
        "product_type_invalid": "Product type {char} at position {position} is not P, M or C.",
        "chemistry_unknown": "Battery type {char} at position {position} is not in the chemistry table.",
        "maker_unknown": "Maker code {maker} is not in the station's maker registry.",
        "serial_not_numeric": "Serial {serial} is not all digits (the standard says digits; packs vary).",
        "echelon_marker_invalid": "Echelon code has {char} at position {position} where R is required.",
        "echelon_suffix_invalid": "Echelon code ends in {char} at position {position}, not P, M or C.",
        # production date
        "date_wrong_length": "A production date needs 3 characters, not {length}.",
        "date_year_bad_char": "Year character {char} at position {position} is not in the date alphabet.",
        "date_month_bad_char": "Month character {char} at position {position} is not 1-9, A, B or C.",
        "date_day_bad_char": "Day character {char} at position {position} is not 0-9 or a date letter.",
        "date_impossible": "Production date month {month} day {day} does not exist (in {year}, when given).",
        "date_in_future": "Production date {date} is after today ({today}).",
        "date_before_2011": "Production date before 2011, when coding began (only with a station clock before 2011).",
        # other schemes
        "scheme_gbt45565": "GB/T 45565 code of company {company}: not a vehicle traction battery.",
        "scheme_eu_passport": "EU battery passport link {url}, not a GB/T 34014 code; the link is kept.",
        # company and vehicle identifiers
        "uscc_wrong_length": "A unified social credit code has 18 characters, not {length}.",
        "uscc_bad_character": "Character {char} at position {position} is not allowed in a credit code.",
        "uscc_check_char_mismatch": "Credit code check character is {found}; it should be {expected}.",
        "vin_wrong_length": "A VIN has 17 characters, not {length}.",
        "vin_bad_character": "Character {char} at position {position} is not allowed in a VIN (no I, O, Q).",
        "vin_check_digit_mismatch": "VIN check digit is {found}, calculated {expected}; confirm the VIN.",
    }
)
