"""The intake label: stuck on a pack at receipt, it carries the recycling number every later step binds to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from station.documents.fonts import FontFile, find_font
from station.documents.labels.layout import Code, Composer, Frame, LabelSize, Layout
from station.documents.symbols import Symbology, make_symbol

DEFAULT_SIZE = LabelSize(100, 60)
KIND_NAMES = {"P": "电池包 Pack", "M": "模组 Module", "C": "单体 Cell"}


@dataclass(frozen=True)
class IntakeLabel:
    recycling_no: str
    code: str  # the GB/T 34014 code, or NOCODE-<recycling no> for a battery without one
    received_on: date
    kind: str = "P"
    source_name: str = ""
    mass_kg: float | None = None

    @property
    def qr_text(self) -> str:
        # Both identifiers in one symbol: the station's reader finds the GB code inside the payload, and the
        # recycling number comes first so a human reading the raw text sees the site's own number.
        return f"{self.recycling_no} {self.code}"


def intake_label(data: IntakeLabel, size: LabelSize = DEFAULT_SIZE, font: FontFile | None = None) -> Layout:
    w, h = size.width_mm, size.height_mm
    c = Composer("intake", size, font or find_font())
    m = max(2.0, h * 0.04)
    header = h * 0.16
    c.text("title", "入库标签 INTAKE", (m, m, w * 0.55, header - m), header * 0.55)
    c.text("date", data.received_on.isoformat(), (w * 0.55, m, w * 0.45 - m, header - m), header * 0.45, align="right")
    c.add(Frame(m, header + m * 0.3, w - 2 * m, 0.3, 0.3))
    top = header + m
    side = min(h - top - m, w * 0.38)
    c.add(Code(w - m - side, top, side, side, make_symbol(Symbology.QR, data.qr_text)))
    col = w - 3 * m - side
    bar_h = (h - top - m) * 0.24
    # Clear space above the bars: a scanner (or a camera's barcode finder) must not take the text for part of them.
    gap = max(2.0, h * 0.04)
    body = h - top - m - bar_h - gap
    # (name, text, share of the column's height, size as a share of it, at most this many lines before wrapping)
    rows = (
        ("recycling_label", "回收编号 Recycling no.", 0.15, 0.8, 1),
        ("recycling_no", data.recycling_no, 0.22, 0.8, 1),
        ("code_label", f"{KIND_NAMES.get(data.kind, data.kind)} · 编码 Code", 0.15, 0.8, 1),
        ("code", data.code, 0.2, 0.7, 1),
        ("source", _source_line(data), 0.28, 0.36, 2),
    )
    y = top
    for name, text, share, size, lines in rows:
        block_h = body * share
        c.text(name, text, (m, y, col, block_h), block_h * size, min_size=block_h * 0.25, max_lines=lines)
        y += block_h
    c.add(Code(m, h - m - bar_h, col, bar_h, make_symbol(Symbology.CODE_128, data.recycling_no)))
    return c.layout()


def _source_line(data: IntakeLabel) -> str:
    parts = [data.source_name] if data.source_name else []
    if data.mass_kg is not None:
        parts.append(f"{data.mass_kg:g} kg")
    return " · ".join(parts)
