"""read_code: one scanned payload in, one CodeResult out, never an exception.

The order of decisions is the policy:

1. a payload too long is refused before any search (a wedge scanner left running can deliver megabytes);
2. a fully valid GB code wins; two different valid ones are refused as ambiguous, never guessed between;
3. a code that is valid only if look-alike characters were Latin is refused, naming each look-alike;
4. an EU passport link or a GB/T 45565 code is named as such;
5. a GB code with the right shape that breaks a rule is returned with its errors, so the screen can show
   which segment is wrong;
6. otherwise the most precise "not recognised" reason available.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from station.codes.candidates import LOOSE, WHOLE, Candidate, find_candidates
from station.codes.gbt34014 import CODE_CHARS, CODE_LENGTHS, ECHELON_LENGTH, is_plausible
from station.codes.lookalikes import lookalike_finding, looks_like
from station.codes.model import DEFAULT_OPTIONS, CodeResult, CodeTables, NormaliseOptions, Scheme
from station.codes.normalise import Kind, Prepared, decode_payload, prepare
from station.codes.other_schemes import is_url, match_eu_passport, match_gbt45565
from station.findings import Finding, error, info

# Enough to point at every character of a code; a payload of thousands of look-alikes needs no more.
_MAX_LOOKALIKE_FINDINGS = 24


def read_code(
    payload: str | bytes,
    tables: CodeTables,
    today: date,
    options: NormaliseOptions = DEFAULT_OPTIONS,
) -> CodeResult:
    raw, findings = decode_payload(payload)
    if len(raw) > options.max_length:
        findings.append(error("payload_too_long", length=len(raw), max_length=options.max_length))
        return CodeResult.build(raw, None, Scheme.UNKNOWN, None, findings)
    prepared = prepare(raw, options)
    findings.extend(prepared.findings)
    if not prepared.text:
        findings.append(error("payload_empty"))
        return CodeResult.build(raw, None, Scheme.UNKNOWN, None, findings)
    return _Decision(raw, prepared, tables, today, findings).result()


class _Decision:
    def __init__(
        self, raw: str, prepared: Prepared, tables: CodeTables, today: date, findings: list[Finding]
    ) -> None:
        self.raw = raw
        self.prepared = prepared
        self.tables = tables
        self.candidates = find_candidates(prepared, tables, today)
        self.findings = findings
        self.extra = {"url": prepared.text} if is_url(prepared.text) else {}

    def result(self) -> CodeResult:
        valid = [c for c in self.candidates if c.reads_valid]
        clean = _distinct(_preferred([c for c in valid if c.clean]))
        if len(clean) == 1:
            return self._code(clean[0])
        if len(clean) > 1:
            return self._ambiguous(clean)
        disguised = _distinct(_preferred([c for c in valid if not c.clean]))
        if len(disguised) == 1:
            return self._disguised(disguised[0])
        other = match_eu_passport(self.prepared.text) or match_gbt45565(self.prepared.upper)
        if other is not None:
            scheme = Scheme.EU_PASSPORT if other.finding.code == "scheme_eu_passport" else Scheme.GBT45565
            return CodeResult.build(self.raw, None, scheme, None, [*self.findings, other.finding], other.extra)
        flawed = self._flawed()
        if flawed is not None:
            return self._code(flawed) if flawed.clean else self._disguised(flawed)
        return self._not_recognised()

    def _flawed(self) -> Candidate | None:
        """The one code-shaped place, when exactly one exists: a whole field first, then plausible pieces."""
        whole = _distinct([c for c in self.candidates if c.tier == WHOLE])
        if len(whole) == 1:
            return whole[0]
        pieces = [
            c for c in self.candidates if c.tier not in (WHOLE, LOOSE) and is_plausible(c.text, self.tables)
        ]
        pieces = _distinct(_undominated(pieces))
        return pieces[0] if len(pieces) == 1 else None

    def _code(self, chosen: Candidate) -> CodeResult:
        notes: list[Finding] = []
        if chosen.lower:
            notes.append(info("lower_case_converted"))
        if chosen.joined_lines:
            notes.append(info("lines_joined", parts=_parts(chosen)))
        if chosen.joined_over:
            notes.append(info("separators_removed", chars=chosen.joined_over))
        if self._extracted(chosen):
            params = {"offset": self.prepared.units[chosen.span[0]].offset, "length": len(chosen.text)}
            if self.prepared.text.startswith("[)>"):
                params["envelope"] = "iso15434"
            notes.append(info("code_extracted", **params))
        findings = [*self.findings, *notes, *chosen.findings]
        return CodeResult.build(self.raw, chosen.text, _scheme(chosen.text), chosen.fields, findings, self.extra)

    def _disguised(self, chosen: Candidate) -> CodeResult:
        # The shadow text goes into extra, never into code: the operator may be shown what it resembles, but
        # nothing downstream can record it as the code that was scanned.
        units = self.prepared.units
        marks = [
            lookalike_finding(pos + 1, units[chosen.units[pos]].char, chosen.text[pos])
            for pos in chosen.lookalikes
        ]
        extra = {**self.extra, "resembles": chosen.text}
        return CodeResult.build(self.raw, None, _scheme(chosen.text), None, [*self.findings, *marks], extra)

    def _ambiguous(self, found: list[Candidate]) -> CodeResult:
        codes = sorted(c.text for c in found)
        scheme = Scheme.GBT34014_ECHELON if all(len(c) == ECHELON_LENGTH for c in codes) else Scheme.GBT34014
        findings = [*self.findings, error("payload_ambiguous", candidates=codes)]
        return CodeResult.build(self.raw, None, scheme, None, findings, self.extra)

    def _not_recognised(self) -> CodeResult:
        text = self.prepared.upper
        findings = [*self.findings, *self._payload_lookalikes()]
        bad = [(i, ch) for i, ch in enumerate(text) if ch not in CODE_CHARS and looks_like(ch) is None]
        if len(text) in CODE_LENGTHS and bad:
            position, char = bad[0]
            findings.append(error("code_bad_character", position=position + 1, char=char))
        elif not bad and len(text) not in CODE_LENGTHS:
            findings.append(error("code_wrong_length", length=len(text)))
        else:
            # Includes code characters of the right count spread over lines that do not join into a code.
            findings.append(error("code_not_recognised", length=len(text)))
        return CodeResult.build(self.raw, None, Scheme.UNKNOWN, None, findings, self.extra)

    def _payload_lookalikes(self) -> list[Finding]:
        # With no code to count in, positions count in the payload as delivered (1-based).
        marks = []
        for unit in self.prepared.units:
            if unit.lookalike and len(marks) < _MAX_LOOKALIKE_FINDINGS:
                marks.append(lookalike_finding(unit.offset + 1, unit.char, unit.shadow))
        return marks

    def _extracted(self, chosen: Candidate) -> bool:
        first, last = chosen.span
        units = self.prepared.units
        outside = [*units[:first], *units[last + 1 :]]
        return any(u.kind not in (Kind.CONTROL, Kind.SPACE) for u in outside)


def _preferred(found: list[Candidate]) -> list[Candidate]:
    """Places backed by the payload's structure first; loose windows only when there are none."""
    anchored = [c for c in found if c.tier != LOOSE]
    return _undominated(anchored or found)


def _undominated(found: list[Candidate]) -> list[Candidate]:
    # A window inside a longer code-shaped place (the first 19 characters of a 24-character code) is a
    # reading of part of that code, not a second code.
    return [c for c in found if not any(c.within(other) and len(other.text) > len(c.text) for other in found)]


def _distinct(found: list[Candidate]) -> list[Candidate]:
    by_text: dict[str, Candidate] = {}
    for candidate in sorted(found, key=lambda c: c.tier):
        by_text.setdefault(candidate.text, candidate)
    return list(by_text.values())


def _scheme(code: str) -> Scheme:
    return Scheme.GBT34014_ECHELON if len(code) == ECHELON_LENGTH else Scheme.GBT34014


def _parts(candidate: Candidate) -> int:
    indices = candidate.units
    return 1 + sum(1 for a, b in pairwise(indices) if b != a + 1)
