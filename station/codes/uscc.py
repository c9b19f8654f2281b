"""Unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character company identifier.

Receipts and hand-overs record the other company's code; a wrong one makes the upload to the national
traceability platform bounce, so it is checked at entry, where the operator can still fix it.
"""

from __future__ import annotations

from station.codes.lookalikes import lookalike_finding, looks_like
from station.findings import Finding, error

# 31 symbols: digits and capitals without I, O, S, V, Z (the check is modulo 31).
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_LENGTH = 18
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {ch: i for i, ch in enumerate(USCC_ALPHABET)}


def uscc_check_char(first17: str) -> str:
    """The check character for the first 17 characters of a code."""
    if len(first17) != len(_WEIGHTS) or any(ch not in _VALUE for ch in first17):
        raise ValueError(f"not 17 characters of the USCC alphabet: {first17!r}")
    total = sum(_VALUE[ch] * weight for ch, weight in zip(first17, _WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def validate_uscc(text: str) -> list[Finding]:
    """Findings for ``text`` as given: callers upper-case and trim operator input first."""
    if len(text) != USCC_LENGTH:
        return [error("uscc_wrong_length", length=len(text))]
    findings = []
    for i, ch in enumerate(text):
        if ch in _VALUE:
            continue
        resembles = looks_like(ch)
        if resembles is not None:
            findings.append(lookalike_finding(i + 1, ch, resembles))
        else:
            findings.append(error("uscc_bad_character", position=i + 1, char=ch))
    if findings:
        return findings
    expected = uscc_check_char(text[:17])
    if text[17] != expected:
        return [error("uscc_check_char_mismatch", expected=expected, found=text[17])]
    return []
