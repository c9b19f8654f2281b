"""Where in a payload a GB/T 34014 code may sit, and what each possible place reads as.

Places are generated from the structure of the payload, best evidence first:

1. a whole field: a run of code characters exactly 24 or 19 long;
2. consecutive runs that add up to 24 or 19 across line breaks, spaces, hyphens or control characters
   (human-readable text printed over two lines or in groups);
3. the start or the end of a longer run (a vendor trailer after the code, an OEM code or a data identifier
   before it: ``[>16`` + 36 characters + the GB code, ``25S`` + the GB code in an ISO 15434 envelope);
4. anywhere inside a longer run ("loose"). A random window passes the GB rules often enough to be a false
   find, so a loose window counts only when it is fully valid and its maker is registered.

Every candidate is read from the look-alike "shadow" of the characters, so a code typed with one Cyrillic
letter is still located and reported at the right position instead of vanishing as "not recognised".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from station.codes.gbt34014 import CODE_LENGTHS, is_plausible, parse_gb_code
from station.codes.model import CodeFields, CodeTables
from station.codes.normalise import JOINABLE, Kind, Prepared, Unit
from station.findings import Finding, has_errors

WHOLE, JOINED, ANCHORED, LOOSE = 1, 2, 3, 4
# Two lines, or groups of three or four characters on a label; a code in more pieces than this is more likely
# a coincidence among short words than a printed code.
MAX_JOIN_PARTS = 8


@dataclass(frozen=True)
class Candidate:
    text: str  # upper-case shadow text: what the characters are or look like
    units: tuple[int, ...]  # indices of the units that make it up, in order
    tier: int
    fields: CodeFields | None
    findings: tuple[Finding, ...]
    lookalikes: tuple[int, ...]  # 0-based positions in text of characters that only look like code ones
    lower: bool  # some of its characters arrived in lower case
    joined_lines: bool
    joined_over: str  # non-control separators dropped between its parts (spaces, hyphens)

    @property
    def span(self) -> tuple[int, int]:
        return self.units[0], self.units[-1]

    @property
    def reads_valid(self) -> bool:
        """Valid as read through the shadow; a look-alike still makes the scan itself invalid."""
        return self.fields is not None and not has_errors(self.findings)

    @property
    def clean(self) -> bool:
        return not self.lookalikes

    def within(self, other: Candidate) -> bool:
        return other is not self and other.span[0] <= self.span[0] and self.span[1] <= other.span[1]


def find_candidates(prepared: Prepared, tables: CodeTables, today: date) -> list[Candidate]:
    reader = _Reader(prepared.units, tables, today)
    found: list[Candidate] = []
    for start, end in prepared.tokens:
        if end - start in CODE_LENGTHS:
            found.append(reader.read(tuple(range(start, end)), WHOLE))
    found.extend(reader.read(parts, JOINED) for parts in _joins(prepared))
    for start, end in prepared.tokens:
        if end - start in CODE_LENGTHS:
            continue  # a field of exactly code length is read whole, never as a shorter code plus junk
        for length in CODE_LENGTHS:
            if end - start > length:
                found.append(reader.read(tuple(range(start, start + length)), ANCHORED))
                found.append(reader.read(tuple(range(end - length, end)), ANCHORED))
                found.extend(_loose(reader, start, end, length))
    return found


def _joins(prepared: Prepared) -> Iterator[tuple[int, ...]]:
    tokens, units = prepared.tokens, prepared.units
    longest = max(CODE_LENGTHS)
    for first in range(len(tokens)):
        parts = list(range(*tokens[first]))
        for nxt in range(first + 1, min(len(tokens), first + MAX_JOIN_PARTS)):
            between = units[tokens[nxt - 1][1] : tokens[nxt][0]]
            if len(parts) >= longest or any(u.kind not in JOINABLE for u in between):
                break
            parts.extend(range(*tokens[nxt]))
            if len(parts) in CODE_LENGTHS:
                yield tuple(parts)


def _loose(reader: _Reader, start: int, end: int, length: int) -> Iterator[Candidate]:
    for at in range(start + 1, end - length):
        text = reader.shadow(range(at, at + length))
        # The sieve runs before the full parse: a 4096-character run has thousands of windows.
        if text[:3] in reader.tables.makers and is_plausible(text, reader.tables):
            candidate = reader.read(tuple(range(at, at + length)), LOOSE)
            if candidate.reads_valid:
                yield candidate


class _Reader:
    def __init__(self, units: tuple[Unit, ...], tables: CodeTables, today: date) -> None:
        self.units = units
        self.tables = tables
        self.today = today
        self._parsed: dict[str, tuple[CodeFields | None, tuple[Finding, ...]]] = {}

    def shadow(self, indices: range | tuple[int, ...]) -> str:
        return "".join(self.units[i].shadow for i in indices)

    def read(self, indices: tuple[int, ...], tier: int) -> Candidate:
        text = self.shadow(indices)
        if text not in self._parsed:
            fields, findings = parse_gb_code(text, self.tables, self.today)
            self._parsed[text] = (fields, tuple(findings))
        fields, findings = self._parsed[text]
        between = [u for u in self.units[indices[0] : indices[-1] + 1] if u.kind is not Kind.CODE]
        return Candidate(
            text=text,
            units=indices,
            tier=tier,
            fields=fields,
            findings=findings,
            lookalikes=tuple(i for i, idx in enumerate(indices) if self.units[idx].lookalike),
            lower=any(self.units[i].lower for i in indices),
            joined_lines=any(u.line_break for u in between),
            joined_over="".join(dict.fromkeys(u.char for u in between if u.kind is not Kind.CONTROL)),
        )
