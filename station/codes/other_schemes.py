"""Codes that are not GB/T 34014 but turn up on the bench, recognised so the operator is told what they are.

- GB/T 45565-2025 (锂离子电池编码规则) codes e-bike, storage and consumer Li-ion batteries, and explicitly not
  vehicle traction batteries. Its public descriptions agree on a 4-character company code (digits and capitals
  without I and O), '-' between the fixed and the variable part, and an extra '-R' segment for a reused battery;
  segment lengths beyond that were not read, so the pattern below is deliberately loose.
- EU Battery Regulation 2023/1542 passports are QR codes holding an http(s) link; the link is the identifier
  the station must keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from station.findings import Finding, error, warning

_COMPANY = "[0-9A-HJ-NP-Z]{4}"
_GBT45565 = re.compile(rf"({_COMPANY})[0-9A-Z]*(?:-[0-9A-Z]+)+")
_URL = re.compile(r"https?://[^\s/?#]+\S*", re.IGNORECASE)
_MAX_GBT45565 = 64


@dataclass(frozen=True)
class OtherScheme:
    finding: Finding
    extra: dict[str, str]


def match_eu_passport(text: str) -> OtherScheme | None:
    """``text`` with controls removed and trimmed, original case: a URL is case-sensitive."""
    if not _URL.fullmatch(text):
        return None
    return OtherScheme(warning("scheme_eu_passport", url=text), {"url": text})


def is_url(text: str) -> bool:
    return _URL.fullmatch(text) is not None


def match_gbt45565(upper: str) -> OtherScheme | None:
    """``upper``: the trimmed payload with ASCII letters folded to upper case."""
    if len(upper) > _MAX_GBT45565:
        return None
    match = _GBT45565.fullmatch(upper)
    if match is None:
        return None
    company = match.group(1)
    segments = upper.split("-")[1:]
    if all(segment == "R" for segment in segments):
        return None  # a reuse mark with no variable part is not a code
    reused = "R" in segments
    extra = {"company": company, "reused": "true" if reused else "false"}
    return OtherScheme(error("scheme_gbt45565", company=company, reused=reused), extra)
