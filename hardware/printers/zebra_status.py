"""A Zebra printer's host status (``~HS``): whether it can print before we hand it a label.

The answer is three lines, each framed by STX (0x02) and ETX (0x03), comma-separated fields. Line 1 field 2 is
"paper out", field 3 "pause"; line 2 field 3 is "head up" (ZPL II Programming Guide, ~HS).
"""

from __future__ import annotations

from dataclasses import dataclass

QUERY = b"~HS"
STX, ETX = b"\x02", b"\x03"


@dataclass(frozen=True)
class HostStatus:
    paper_out: bool
    paused: bool
    head_open: bool

    @property
    def problem(self) -> str | None:
        """The reason code that stops printing, or None."""
        if self.paper_out:
            return "printer_paper_out"
        if self.head_open:
            return "printer_head_open"
        if self.paused:
            return "printer_paused"
        return None


def complete(buffer: bytes) -> bool:
    return buffer.count(ETX) >= 3


def parse(buffer: bytes) -> HostStatus:
    """``ValueError`` when the answer is not three framed lines of the expected shape."""
    lines = []
    rest = buffer
    for _ in range(3):
        start, end = rest.find(STX), rest.find(ETX)
        if start < 0 or end < start:
            raise ValueError("host status is not three STX...ETX lines")
        lines.append(rest[start + 1 : end].decode("ascii", "replace").split(","))
        rest = rest[end + 1 :]
    first, second = lines[0], lines[1]
    if len(first) < 3 or len(second) < 3:
        raise ValueError("host status lines are too short")
    return HostStatus(paper_out=first[1] == "1", paused=first[2] == "1", head_open=second[2] == "1")


def answer(paper_out: bool = False, paused: bool = False, head_open: bool = False) -> bytes:
    """A well-formed ~HS answer (what a printer sends; used by the printer simulator in the tests)."""
    line1 = f"030,{int(paper_out)},{int(paused)},1245,000,0,0,0,000,0,0,0"
    line2 = f"000,0,{int(head_open)},0,0,2,4,0,00000000,1,000"
    line3 = "1234,0"
    return b"".join(STX + line.encode() + ETX + b"\r\n" for line in (line1, line2, line3))
