"""Keyboard-layout mismatch: a scanner set up for a US keyboard on a host with another layout.

The scanner sends key positions, not characters; the host's layout turns them into characters. A US-configured
scanner on an AZERTY (French/Belgian) host types the digit row as ``&é"'(-è_çà`` and swaps A/Q, Z/W and M. A
code of digits and capitals then arrives as punctuation. We detect it and say which layout it looks like, rather
than guess the code: the technician fixes the scanner (or the host layout) and scans again.
"""

from __future__ import annotations

# Characters the unshifted digit row 1..0 produces on each layout.
_DIGIT_ROWS = {
    "azerty_fr": "&é\"'(-è_çà",
    "azerty_be": "&é\"'(§è!çà",
    "qwertz_de": "1234567890",  # digits survive on QWERTZ; Y/Z are swapped instead
}
_AZERTY_MARKS = set("&é\"'(-è_çà§!")


def layout_mismatch(text: str) -> str | None:
    """The layout the burst looks typed through, or None when it looks like a plain US-layout burst."""
    if not text:
        return None
    marks = sum(1 for ch in text if ch in _AZERTY_MARKS)
    digits = sum(1 for ch in text if ch.isdigit())
    # A GB code always carries digits (the date and the serial); a burst with many digit-row marks and no
    # digits is the scanner's digits through an AZERTY layout.
    if marks >= 3 and digits == 0:
        return "azerty_be" if "§" in text or "!" in text else "azerty_fr"
    return None


def digit_row(layout: str) -> str:
    return _DIGIT_ROWS[layout]
