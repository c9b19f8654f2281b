"""The scale's line parsers: every common shape of a weight line, exact units, and garbage never read as a number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hardware.scale import ReplyKind, parse_continuous, parse_sics


@pytest.mark.parametrize(
    ("line", "kg", "stable", "net"),
    [
        (b"ST,GS,+0012.34kg", "12.34", True, False),
        (b"US,GS,+0012.30kg", "12.30", False, False),
        (b"ST,NT,-  0.20 kg", "-0.20", True, True),
        (b"ST,+00012.34  kg", "12.34", True, False),  # A&D: no mode field
        (b"ST,GS, 0012.34,kg", "12.34", True, False),  # Tiger: space for plus, comma before the unit
        (b"  ST,GS,+0450.5kg  ", "450.5", True, False),
        (b"ST,GS,+001234g", "1.234", True, False),
        (b"ST,GS,+0010.00lb", "4.5359237", True, False),
        (b"ST,GS,+0016.00oz", "0.45359237", True, False),
        (b"ST,GS,+0012.34KG", "12.34", True, False),
        (b"ST,GS,+0012kg", "12", True, False),
    ],
)
def test_continuous_weight_lines(line, kg, stable, net):
    reply = parse_continuous(line)
    assert reply.kind is ReplyKind.WEIGHT
    assert reply.kg == Decimal(kg)
    assert (reply.stable, reply.net) == (stable, net)
    assert reply.raw == line


def test_pounds_and_ounces_convert_exactly():
    assert parse_continuous(b"ST,GS,+0001.00lb").kg == Decimal("0.45359237")
    assert parse_continuous(b"ST,GS,+0001.00oz").kg * 16 == Decimal("0.45359237")
    assert parse_continuous(b"ST,GS,+0001.00lb").unit == "lb"


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        (b"OL,GS,+9999999kg", ReplyKind.OVERLOAD, "scale_overload"),
        (b"OL,GS,    ----kg", ReplyKind.OVERLOAD, "scale_overload"),
        (b"OL,-999999.9 g", ReplyKind.UNDERLOAD, "scale_underload"),
        (b"QT,+00012345PC", ReplyKind.ERROR, "scale_not_weight"),
        (b"ST,+00123.4 %", ReplyKind.ERROR, "scale_not_weight"),
        (b"ST,TR,+0001.20kg", ReplyKind.ERROR, "scale_shows_tare"),
        (b"ST,GS,+0012.34tl", ReplyKind.ERROR, "scale_unit_unknown"),
        (b"ST,GS,+0012.34t", ReplyKind.ERROR, "scale_unit_unknown"),  # tonne or tola: ambiguous, refused
    ],
)
def test_continuous_states_that_are_not_a_weight(line, kind, reason):
    reply = parse_continuous(line)
    assert (reply.kind, reply.reason, reply.kg) == (kind, reason, None)


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"ST,GS,12.3.4kg",
        b"ST,GS,+00;DROP TABLE events;kg",
        b"ST,GS,+<b>12</b>kg",
        b"ST,GS,+0012.34",  # no unit: the number could be anything
        b"XX,GS,+0012.34kg",
        b"ST,GS,+0012.34kg\x00",
        b"\xff\xfe\x00\x80",
        b"ST,GS,+00\xb912.34kg",
        b"ST,GS,+0012.34kgST,GS,+0012.34kg",  # two lines run together (a lost terminator)
        b"S S      12.34 kg",  # a SICS line on a stream setting
    ],
)
def test_continuous_garbage_is_never_a_weight(line):
    reply = parse_continuous(line)
    assert reply.kind is ReplyKind.ERROR
    assert reply.kg is None
    assert reply.reason == "scale_garbled"
    assert reply.raw == line


@pytest.mark.parametrize(
    ("line", "kind", "command", "kg", "stable"),
    [
        (b"S S      12.34 kg", ReplyKind.WEIGHT, "S", "12.34", True),
        (b"S D      12.30 kg", ReplyKind.WEIGHT, "S", "12.30", False),
        (b"S S     -0.020 kg", ReplyKind.WEIGHT, "S", "-0.020", True),
        (b"S S    1234.5 g", ReplyKind.WEIGHT, "S", "1.2345", True),
        (b"T S      1.230 kg", ReplyKind.DONE, "T", "1.230", True),
        (b"Z A", ReplyKind.DONE, "Z", None, False),
        (b"S +", ReplyKind.OVERLOAD, "S", None, False),
        (b"S -", ReplyKind.UNDERLOAD, "S", None, False),
    ],
)
def test_sics_replies(line, kind, command, kg, stable):
    reply = parse_sics(line)
    assert (reply.kind, reply.command) == (kind, command)
    assert reply.kg == (Decimal(kg) if kg else None)
    assert reply.stable is stable


@pytest.mark.parametrize(
    ("line", "command", "reason"),
    [
        (b"S I", "S", "scale_busy"),
        (b"T I", "T", "scale_busy"),
        (b"Z I", "Z", "scale_busy"),
        (b"ES", "", "scale_command_syntax"),
        (b"ET", "", "scale_command_garbled"),
        (b"EL", "", "scale_command_refused"),
        (b"S S      12.34", "", "scale_garbled"),
        (b"S X      12.34 kg", "", "scale_garbled"),
        (b"ST,GS,+0012.34kg", "", "scale_garbled"),
        (b"\x00\x00", "", "scale_garbled"),
    ],
)
def test_sics_errors(line, command, reason):
    reply = parse_sics(line)
    assert (reply.kind, reply.command, reply.reason, reply.kg) == (ReplyKind.ERROR, command, reason, None)
