"""Vehicle identification number (GB 16735, like ISO 3779) of the donor vehicle.

Position 9 is a check digit in Chinese and North American VINs, but European VINs may carry any character
there. A mismatch is therefore a warning the operator confirms against the vehicle papers, never a rejection.
"""

from __future__ import annotations

from station.codes.lookalikes import lookalike_finding, looks_like
from station.findings import Finding, error, warning

VIN_LENGTH = 17
CHECK_POSITION = 9
# No I, O or Q: they are too easily read as 1 and 0.
VIN_CHARS = frozenset("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VALUES = {
    **{str(d): d for d in range(10)},
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}  # fmt: skip


def vin_check_digit(vin: str) -> str:
    """The check digit a 17-character VIN should carry at position 9 (whatever it carries now)."""
    if len(vin) != VIN_LENGTH or any(ch not in VIN_CHARS for ch in vin):
        raise ValueError(f"not a 17-character VIN: {vin!r}")
    remainder = sum(_VALUES[ch] * weight for ch, weight in zip(vin, _WEIGHTS, strict=True)) % 11
    return "X" if remainder == 10 else str(remainder)


def validate_vin(text: str) -> list[Finding]:
    """Findings for ``text`` as given: callers upper-case and trim operator input first."""
    if len(text) != VIN_LENGTH:
        return [error("vin_wrong_length", length=len(text))]
    findings = []
    for i, ch in enumerate(text):
        if ch in VIN_CHARS:
            continue
        resembles = looks_like(ch)
        if resembles is not None:
            findings.append(lookalike_finding(i + 1, ch, resembles))
        else:
            findings.append(error("vin_bad_character", position=i + 1, char=ch))
    if findings:
        return findings
    expected = vin_check_digit(text)
    found = text[CHECK_POSITION - 1]
    if found != expected:
        return [warning("vin_check_digit_mismatch", expected=expected, found=found)]
    return []
