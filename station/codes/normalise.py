"""From what a scanner delivered to classified characters, without losing track of where each one came from.

Nothing here decides what the code is. It decodes, strips configured prefixes and suffixes, and sorts every
remaining character into a kind: a code character (ASCII letter or digit, or a look-alike of one), a control
character, a space, a hyphen, or anything else. Each unit keeps its offset in the delivered text, so the search
can say where it found a code and the record can show the payload untouched.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

from station.codes.lookalikes import codepoint, looks_like
from station.codes.model import NormaliseOptions
from station.findings import Finding, error, info

_ASCII_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
_HYPHENS = frozenset("-")


class Kind(Enum):
    CODE = "code"
    CONTROL = "control"
    SPACE = "space"
    HYPHEN = "hyphen"
    OTHER = "other"


# A human-readable code split over lines, printed in groups or broken by a stray control character is still
# one code; any other punctuation marks the end of a field.
JOINABLE = frozenset({Kind.CONTROL, Kind.SPACE, Kind.HYPHEN})


@dataclass(frozen=True)
class Unit:
    offset: int  # index of the character in the delivered text
    char: str  # the character as delivered
    kind: Kind
    shadow: str = ""  # CODE units: the upper-case ASCII character it is, or only looks like
    lookalike: bool = False
    lower: bool = False

    @property
    def line_break(self) -> bool:
        return self.char in _LINE_BREAKS


@dataclass(frozen=True)
class Prepared:
    units: tuple[Unit, ...]
    tokens: tuple[tuple[int, int], ...]  # [start, end) unit indices of each run of CODE units
    text: str  # controls removed, surrounding whitespace trimmed, original case (URLs are case-sensitive)
    findings: tuple[Finding, ...]

    @property
    def upper(self) -> str:
        return ascii_upper(self.text)


def ascii_upper(text: str) -> str:
    # str.upper() would also change non-ASCII letters ('ß' becomes 'SS', Cyrillic 'а' becomes 'А'): only the
    # Latin letters a code can contain are folded, everything else must reach the look-alike check unchanged.
    return text.translate(_UPPER)


_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def decode_payload(payload: str | bytes | bytearray | memoryview) -> tuple[str, list[Finding]]:
    """Payload as text. Scanners deliver UTF-8 (QR without ECI too); never raise on what they send."""
    if isinstance(payload, str):
        return payload, []
    if not isinstance(payload, bytes | bytearray | memoryview):
        # bytes(n) of an int would allocate n zero bytes: refuse anything that is not text or bytes.
        raise TypeError(f"payload must be str or bytes, not {type(payload).__name__}")
    data = bytes(payload)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.end].hex()
        return data.decode("utf-8", errors="replace"), [error("payload_not_utf8", offset=exc.start, bytes=bad)]


def prepare(text: str, options: NormaliseOptions) -> Prepared:
    findings: list[Finding] = []
    affixes = _affixes(text, options, findings)
    units = tuple(_classify(i, ch) for i, ch in enumerate(text) if not any(a <= i < b for a, b in affixes))
    controls = [u.char for u in units if u.kind is Kind.CONTROL]
    if controls:
        seen = list(dict.fromkeys(codepoint(ch) for ch in controls))
        findings.append(info("control_characters_removed", count=len(controls), chars=seen))
    kept = "".join(u.char for u in units if u.kind is not Kind.CONTROL).strip()
    return Prepared(units=units, tokens=_tokens(units), text=kept, findings=tuple(findings))


def _affixes(text: str, options: NormaliseOptions, findings: list[Finding]) -> list[tuple[int, int]]:
    """[start, end) ranges of the one configured prefix and the one suffix found, if any.

    Affixes are matched on the text without surrounding whitespace and control characters first (the usual
    keyboard-wedge case), then on the text as delivered, for an affix that itself holds a control character.
    Blank characters outside an affix stay and are reported like any other control character.
    """
    lead = _skip_blank(text, range(len(text)), len(text))
    trail = _skip_blank(text, range(len(text) - 1, -1, -1), -1) + 1
    ranges: list[tuple[int, int]] = []
    body_start = 0
    for prefix in sorted(filter(None, options.prefixes), key=len, reverse=True):
        at = lead if text.startswith(prefix, lead) else None
        if at is None and text.startswith(prefix):
            at = 0
        if at is not None:
            body_start = at + len(prefix)
            ranges.append((at, body_start))
            findings.append(info("prefix_removed", prefix=prefix))
            break
    for suffix in sorted(filter(None, options.suffixes), key=len, reverse=True):
        stop = trail if text.endswith(suffix, body_start, trail) else None
        if stop is None and text.endswith(suffix, body_start):
            stop = len(text)
        if stop is not None:
            ranges.append((stop - len(suffix), stop))
            findings.append(info("suffix_removed", suffix=suffix))
            break
    return ranges


def _skip_blank(text: str, indices: range, default: int) -> int:
    for i in indices:
        ch = text[i]
        if not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")):
            return i
    return default


def _classify(offset: int, ch: str) -> Unit:
    if ch in _ASCII_ALNUM:
        return Unit(offset, ch, Kind.CODE, shadow=ch.upper(), lower=ch.islower())
    if unicodedata.category(ch) in ("Cc", "Cf"):
        return Unit(offset, ch, Kind.CONTROL)
    if ch.isspace():
        return Unit(offset, ch, Kind.SPACE)
    if ch in _HYPHENS:
        return Unit(offset, ch, Kind.HYPHEN)
    resembles = looks_like(ch)
    if resembles is not None:
        return Unit(offset, ch, Kind.CODE, shadow=resembles, lookalike=True)
    return Unit(offset, ch, Kind.OTHER)


def _tokens(units: tuple[Unit, ...]) -> tuple[tuple[int, int], ...]:
    tokens = []
    start = None
    for i, unit in enumerate(units):
        if unit.kind is Kind.CODE:
            if start is None:
                start = i
        elif start is not None:
            tokens.append((start, i))
            start = None
    if start is not None:
        tokens.append((start, len(units)))
    return tuple(tokens)
