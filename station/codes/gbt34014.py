"""GB/T 34014-2017 codes: the 24-character code and the 19-character echelon-use (梯次利用) code.

    24: maker(3) type(1) chem(1) spec(2) trace(7) date(3) serial(7)
    19: maker(3) type(1) chem(1) spec(2)          date(3) serial(7) 'R' type(1)

There is no check digit, so every segment rule counts: it is the only defence against a misread character.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from station.codes.dates import decode_date_at
from station.codes.lookalikes import lookalike_finding, looks_like
from station.codes.model import CodeFields, CodeTables
from station.findings import Finding, error, warning

CODE_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
PRODUCT_TYPES = frozenset("PMC")
FULL_LENGTH = 24
ECHELON_LENGTH = 19
CODE_LENGTHS = (FULL_LENGTH, ECHELON_LENGTH)
ECHELON_MARKER = "R"


@dataclass(frozen=True)
class _Layout:
    """0-based slices of one code length; a missing trace means an echelon code."""

    spec: slice
    trace: slice | None
    date: slice
    serial: slice


_LAYOUTS = {
    FULL_LENGTH: _Layout(spec=slice(5, 7), trace=slice(7, 14), date=slice(14, 17), serial=slice(17, 24)),
    ECHELON_LENGTH: _Layout(spec=slice(5, 7), trace=None, date=slice(7, 10), serial=slice(10, 17)),
}
_TYPE_AT = 3
_CHEM_AT = 4
_MARKER_AT = 17
_SUFFIX_AT = 18


def has_code_shape(text: str) -> bool:
    """Right length and only digits and capitals: what may be called "a GB code" even when it breaks rules."""
    return len(text) in CODE_LENGTHS and all(ch in CODE_CHARS for ch in text)


def is_plausible(text: str, tables: CodeTables) -> bool:
    """Shape plus the fixed letters in their places; cheap, so the payload search can sieve windows with it."""
    if not has_code_shape(text) or text[_TYPE_AT] not in PRODUCT_TYPES or text[_CHEM_AT] not in tables.chemistry:
        return False
    if len(text) == ECHELON_LENGTH:
        return text[_MARKER_AT] == ECHELON_MARKER and text[_SUFFIX_AT] in PRODUCT_TYPES
    return True


def parse_gb_code(code: str, tables: CodeTables, today: date) -> tuple[CodeFields | None, list[Finding]]:
    """Split an already clean 24- or 19-character code into fields and check every segment.

    Fields come back whenever the code has the right shape, even with errors, so a screen can show which
    segment is wrong; they are None only when the length or a character makes segments meaningless.
    """
    if len(code) not in CODE_LENGTHS:
        return None, [error("code_wrong_length", length=len(code))]
    bad = _bad_characters(code)
    if bad:
        return None, bad
    layout = _LAYOUTS[len(code)]
    echelon = layout.trace is None
    maker, product_type, chemistry = code[:3], code[_TYPE_AT], code[_CHEM_AT]
    date_code, serial = code[layout.date], code[layout.serial]
    findings: list[Finding] = []

    info = tables.makers.get(maker)
    if info is None:
        findings.append(warning("maker_unknown", maker=maker))
    if product_type not in PRODUCT_TYPES:
        findings.append(error("product_type_invalid", position=_TYPE_AT + 1, char=product_type))
    if chemistry not in tables.chemistry:
        findings.append(error("chemistry_unknown", position=_CHEM_AT + 1, char=chemistry))
    production_date, date_findings = decode_date_at(date_code, today, first_position=layout.date.start + 1)
    findings.extend(date_findings)
    if not serial.isdigit():
        findings.append(warning("serial_not_numeric", serial=serial))
    suffix = None
    if echelon:
        suffix = code[_SUFFIX_AT]
        if code[_MARKER_AT] != ECHELON_MARKER:
            findings.append(error("echelon_marker_invalid", position=_MARKER_AT + 1, char=code[_MARKER_AT]))
        if suffix not in PRODUCT_TYPES:
            findings.append(error("echelon_suffix_invalid", position=_SUFFIX_AT + 1, char=suffix))

    fields = CodeFields(
        maker=maker,
        product_type=product_type,
        chemistry=chemistry,
        chemistry_name=tables.chemistry.get(chemistry),
        spec=code[layout.spec],
        trace=None if layout.trace is None else code[layout.trace],
        date_code=date_code,
        production_date=production_date,
        serial=serial,
        echelon=echelon,
        echelon_suffix=suffix,
        maker_name_zh=(info.name_zh or None) if info else None,
        maker_name_en=(info.name_en or None) if info else None,
    )
    return fields, findings


def _bad_characters(code: str) -> list[Finding]:
    findings = []
    for i, ch in enumerate(code):
        if ch in CODE_CHARS:
            continue
        resembles = looks_like(ch)
        if resembles is not None:
            findings.append(lookalike_finding(i + 1, ch, resembles))
        else:
            findings.append(error("code_bad_character", position=i + 1, char=ch))
    return findings
