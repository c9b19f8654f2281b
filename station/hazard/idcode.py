"""The HJ 1276-2022 digital identification code of a hazardous-waste container (the QR code on its label).

37 characters in four segments: the generating company's unified social credit code (18), the waste code written
without dashes (8, ``90004549``), the generation date ``YYYYMMDD`` (8) and a sequence number (3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from station.codes import validate_uscc
from station.findings import Finding, error, has_errors

CODE_LENGTH = 37
MAX_SEQUENCE = 999
_USCC, _WASTE, _DATE = slice(0, 18), slice(18, 26), slice(26, 34)


@dataclass(frozen=True)
class ContainerCode:
    uscc: str
    waste_digits: str
    day: date
    sequence: int

    @property
    def text(self) -> str:
        return f"{self.uscc}{self.waste_digits}{self.day:%Y%m%d}{self.sequence:03d}"

    @property
    def waste_code(self) -> str:
        d = self.waste_digits
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"

    @property
    def prefix(self) -> str:
        """Everything but the sequence: the codes of one waste, one day, one company share it."""
        return self.text[:-3]


def container_code(uscc: str, waste_code: str, day: date, sequence: int) -> ContainerCode:
    """A new code; ``ValueError`` when a part would make it invalid (callers validate operator input first)."""
    code = ContainerCode(uscc, waste_code.replace("-", ""), day, sequence)
    findings = validate_container_code(code.text)
    if findings:
        raise ValueError(f"invalid container code parts: {[f.code for f in findings]}")
    return code


def parse_container_code(text: str) -> tuple[ContainerCode | None, list[Finding]]:
    findings = validate_container_code(text)
    if findings:
        return None, findings
    day = date(int(text[26:30]), int(text[30:32]), int(text[32:34]))
    return ContainerCode(text[_USCC], text[_WASTE], day, int(text[34:])), []


def validate_container_code(text: str) -> list[Finding]:
    """Findings for ``text`` as given: callers trim and upper-case a scanned label first."""
    if len(text) != CODE_LENGTH:
        return [error("container_code_wrong_length", length=len(text))]
    findings: list[Finding] = []
    uscc = validate_uscc(text[_USCC])
    if has_errors(uscc):
        findings.append(error("container_code_uscc_invalid", uscc=text[_USCC], findings=[f.as_dict() for f in uscc]))
    waste = text[_WASTE]
    # Categories run HW01 to HW50 in the National Hazardous Waste List.
    if not (waste.isascii() and waste.isdigit() and 1 <= int(waste[6:]) <= 50):
        findings.append(error("container_code_waste_invalid", waste=waste))
    stamp = text[_DATE]
    if not _is_date(stamp):
        findings.append(error("container_code_date_invalid", date=stamp))
    sequence = text[34:]
    if not (sequence.isascii() and sequence.isdigit() and int(sequence) >= 1):
        findings.append(error("container_code_sequence_invalid", sequence=sequence))
    return findings


def _is_date(stamp: str) -> bool:
    if not (stamp.isascii() and stamp.isdigit()):
        return False
    try:
        date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:]))
    except ValueError:
        return False
    return True
