"""What a scale's lines mean: the continuous ASCII family and Mettler Toledo MT-SICS.

Each parser turns one line (its terminator already removed by the serial link) into a ``ScaleReply``: a weight
with its unit converted to kilograms exactly (``Decimal``; a pound is 0.45359237 kg by definition), overload or
underload, the answer to a tare or zero command, or an error with a reason code. A line that fits no known shape
is ``scale_garbled`` with its raw bytes: it is never read as a number.

The continuous family is what most industrial indicators stream ten times a second (A&D, CAS, Tiger, Salter
Brecknell, many Chinese-made indicators): a status header ``ST`` (stable) / ``US`` (unstable) / ``OL`` (out of
range), optionally a mode ``GS`` (gross) / ``NT`` (net), a signed number and a unit, for example
``ST,GS,+0012.34kg``, ``US,NT,-  0.20 kg``, ``ST,+00012.34  kg`` or ``ST,GS, 0012.34,kg``. Headers for counting
(``QT``) and units that are not mass (``PC``, ``%``) are reported as ``scale_not_weight``.

MT-SICS is request / response: ``SI`` asks for the weight now and ``S`` for the next stable one, answered
``S S      12.34 kg`` (stable) or ``S D      12.30 kg`` (dynamic); ``T`` tares and ``Z`` zeroes. ``I`` means the
command cannot run now, ``+`` / ``-`` overload / underload, ``ES`` / ``ET`` / ``EL`` a syntax, transmission or
logical error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum

# Exact factors to the kilogram. Tonnes, tael and tola are left out on purpose: scales abbreviate them "t" and
# disagree which one it is.
UNIT_KG: dict[str, Decimal] = {
    "kg": Decimal(1),
    "g": Decimal("0.001"),
    "lb": Decimal("0.45359237"),
    "oz": Decimal("0.028349523125"),
}
_NOT_MASS = {"pc", "pcs", "%"}


class ReplyKind(StrEnum):
    WEIGHT = "weight"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"
    DONE = "done"  # a tare or zero command was carried out
    ERROR = "error"


@dataclass(frozen=True)
class ScaleReply:
    kind: ReplyKind
    command: str = ""  # which command this answers: "S" (a weight), "T", "Z"; "" for an unsolicited or unknown line
    kg: Decimal | None = None  # the weight shown, in kilograms
    stable: bool = False  # the scale itself says the weight has settled
    net: bool = False  # the scale shows net weight (its own tare applied)
    unit: str = ""  # the unit as the scale sent it
    raw: bytes = b""
    reason: str = ""  # for ERROR (and OVERLOAD / UNDERLOAD): a code from hardware.scale.reasons.SCALE_REASONS
    params: dict[str, object] = field(default_factory=dict)


def _error(raw: bytes, reason: str, command: str = "", **params: object) -> ScaleReply:
    return ScaleReply(ReplyKind.ERROR, command=command, raw=raw, reason=reason, params=params)


def _text(raw: bytes) -> str | None:
    if b"\x00" in raw:
        return None
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        return None


def to_kg(sign: str, number: str, unit: str, raw: bytes, command: str = "") -> ScaleReply | tuple[Decimal, str]:
    """The number in kilograms and the unit's name, or an error reply."""
    key = unit.strip().lower()
    if key in _NOT_MASS:
        return _error(raw, "scale_not_weight", command, unit=unit.strip())
    factor = UNIT_KG.get(key)
    if factor is None:
        return _error(raw, "scale_unit_unknown", command, unit=unit.strip())
    try:
        value = Decimal(number.replace(" ", ""))
    except InvalidOperation:
        return _error(raw, "scale_garbled", command, line=raw.decode("ascii", "replace"))
    if sign == "-":
        value = -value
    return value * factor, key


# ST/US, optional GS/NT, sign (or a space for plus), digits with leading spaces, optional comma, unit.
_CONTINUOUS = re.compile(
    r"^(?P<head>ST|US|QT)\s*,\s*(?:(?P<mode>GS|NT|GR|TR)\s*,\s*)?(?P<sign>[+-])?\s*"
    r"(?P<number>\d+(?:\.\d*)?|\.\d+)\s*,?\s*(?P<unit>[A-Za-z%]+)$"
)


def parse_continuous(raw: bytes) -> ScaleReply:
    text = _text(raw)
    if text is None:
        return _error(raw, "scale_garbled", line=raw.decode("ascii", "replace"))
    line = text.strip()
    if line.startswith("OL"):  # the number is 9999... or dashes, never a weight
        under = "-" in line.split(",", 2)[-1][:3]
        kind = ReplyKind.UNDERLOAD if under else ReplyKind.OVERLOAD
        return ScaleReply(kind, "S", raw=raw, reason="scale_underload" if under else "scale_overload")
    match = _CONTINUOUS.match(line)
    if match is None:
        return _error(raw, "scale_garbled", line=line)
    if match["head"] == "QT":
        return _error(raw, "scale_not_weight", unit=match["unit"])
    if match["mode"] == "TR":  # the indicator shows its tare value, not what is on the platform
        return _error(raw, "scale_shows_tare")
    converted = to_kg(match["sign"] or "+", match["number"], match["unit"], raw)
    if isinstance(converted, ScaleReply):
        return converted
    kg, unit = converted
    return ScaleReply(
        ReplyKind.WEIGHT, "S", kg=kg, stable=match["head"] == "ST", net=match["mode"] == "NT", unit=unit, raw=raw
    )


_SICS_WEIGHT = re.compile(
    r"^(?P<cmd>S|SI|T|TA)\s+(?P<status>[SD])\s+(?P<sign>[+-])?\s*(?P<number>\d+(?:\.\d*)?|\.\d+)"
    r"\s*(?P<unit>[A-Za-z%]+)$"
)
_SICS_STATUS = re.compile(r"^(?P<cmd>S|SI|T|TA|Z|ZI)\s+(?P<status>[AI+\-])$")
_SICS_ERRORS = {"ES": "scale_command_syntax", "ET": "scale_command_garbled", "EL": "scale_command_refused"}
_SICS_COMMAND = {"S": "S", "SI": "S", "T": "T", "TA": "T", "Z": "Z", "ZI": "Z"}


def parse_sics(raw: bytes) -> ScaleReply:
    text = _text(raw)
    if text is None:
        return _error(raw, "scale_garbled", line=raw.decode("ascii", "replace"))
    line = text.strip()
    if line in _SICS_ERRORS:  # answers whatever command is outstanding
        return _error(raw, _SICS_ERRORS[line], code=line)
    match = _SICS_WEIGHT.match(line)
    if match is not None:
        command = _SICS_COMMAND[match["cmd"]]
        converted = to_kg(match["sign"] or "+", match["number"], match["unit"], raw, command)
        if isinstance(converted, ScaleReply):
            return converted
        kg, unit = converted
        # SICS weighs net once tared: "S S" is what is on the platform less the tare.
        kind = ReplyKind.DONE if command == "T" else ReplyKind.WEIGHT
        return ScaleReply(kind, command, kg=kg, stable=match["status"] == "S", unit=unit, raw=raw)
    match = _SICS_STATUS.match(line)
    if match is None:
        return _error(raw, "scale_garbled", line=line)
    command, status = _SICS_COMMAND[match["cmd"]], match["status"]
    if status == "A":
        return ScaleReply(ReplyKind.DONE, command, raw=raw)
    if status == "+":
        return ScaleReply(ReplyKind.OVERLOAD, command, raw=raw, reason="scale_overload")
    if status == "-":
        return ScaleReply(ReplyKind.UNDERLOAD, command, raw=raw, reason="scale_underload")
    return _error(raw, "scale_busy", command)


@dataclass(frozen=True)
class Protocol:
    name: str
    parse: Callable[[bytes], ScaleReply]
    poll: bytes = b""  # sent to ask for a weight; empty: the scale streams by itself
    tare: bytes = b""  # empty: the scale takes no commands, tare and zero are kept by the station
    zero: bytes = b""


PROTOCOLS: dict[str, Protocol] = {
    "continuous": Protocol("continuous", parse_continuous),
    "sics": Protocol("sics", parse_sics, poll=b"SI\r\n", tare=b"T\r\n", zero=b"Z\r\n"),
}
