"""Battery codes: GB/T 34014 traction-battery codes as scanned, plus the company and vehicle identifiers
recorded beside them.

Pure functions and frozen values; no Qt, no devices, no database. Results carry reason codes
(:data:`REASONS`) for the UI to word, never sentences.
"""

from station.codes.dates import DATE_ALPHABET, decode_date, encode_date
from station.codes.gbt34014 import parse_gb_code
from station.codes.model import CodeFields, CodeResult, CodeTables, MakerInfo, NormaliseOptions, Scheme
from station.codes.reader import read_code
from station.codes.reasons import REASONS
from station.codes.uscc import uscc_check_char, validate_uscc
from station.codes.vin import validate_vin, vin_check_digit

__all__ = [
    "DATE_ALPHABET",
    "REASONS",
    "CodeFields",
    "CodeResult",
    "CodeTables",
    "MakerInfo",
    "NormaliseOptions",
    "Scheme",
    "decode_date",
    "encode_date",
    "parse_gb_code",
    "read_code",
    "uscc_check_char",
    "validate_uscc",
    "validate_vin",
    "vin_check_digit",
]
